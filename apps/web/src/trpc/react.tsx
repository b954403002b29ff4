"use client";

import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink, type TRPCClient } from "@trpc/client";
import { createTRPCContext } from "@trpc/tanstack-react-query";
import superjson from "superjson";
import type { AppRouter } from "@newsquiz/api";
import { makeQueryClient } from "./query-client";
import { serialMutationsLink } from "./serial-mutations-link";

/** The server refuses batches of more calls (MAX_TRPC_BATCH_CALLS in @newsquiz/api); kept here so the browser bundle does not import the server. */
const MAX_BATCH_CALLS = 10;

export const { TRPCProvider, useTRPC } = createTRPCContext<AppRouter>();

let browserQueryClient: QueryClient | undefined;
let browserTrpcClient: TRPCClient<AppRouter> | undefined;

const makeTrpcClient = () =>
  createTRPCClient<AppRouter>({
    links: [serialMutationsLink<AppRouter>(), httpBatchLink({ url: "/api/trpc", transformer: superjson, maxItems: MAX_BATCH_CALLS })],
  });

/**
 * The tRPC + TanStack Query context. Not in the root layout: pages that only show things (the reader, the
 * header of every page) load their data parts after first paint, each inside its own provider (see
 * `components/lazy-islands.tsx`), and the pages built on data get it from their layout. In the browser every
 * provider shares one query cache and one client, so an answer saved in one part updates the others.
 */
export function TRPCReactProvider({ children }: { children: React.ReactNode }) {
  const server = typeof window === "undefined";
  const queryClient = server ? makeQueryClient() : (browserQueryClient ??= makeQueryClient());
  const trpcClient = server ? makeTrpcClient() : (browserTrpcClient ??= makeTrpcClient());
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        {children}
      </TRPCProvider>
    </QueryClientProvider>
  );
}
