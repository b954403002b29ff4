import { TRPCReactProvider } from "@/trpc/react";

/** This page works on the visitor's data in the browser: the data client comes with it (not with every page). */
export default function DataLayout({ children }: { children: React.ReactNode }) {
  return <TRPCReactProvider>{children}</TRPCReactProvider>;
}
