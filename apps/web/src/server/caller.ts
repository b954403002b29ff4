import "server-only";
import { cache } from "react";
import { TRPCError } from "@trpc/server";
import { headers } from "next/headers";
import { createCaller } from "@newsquiz/api";
import { createServerContext } from "@newsquiz/api/server";

/** A caller acting for the visitor of this request (reads their session cookie: the page becomes dynamic). */
export const getRequestCaller = cache(async () =>
  createCaller(await createServerContext({ headers: new Headers(await headers()), resHeaders: new Headers() })),
);

/** A caller with no visitor: for pages that are the same for everyone and can be rendered statically. */
export const getPublicCaller = cache(async () =>
  createCaller(await createServerContext({ headers: new Headers(), resHeaders: new Headers() })),
);

/** A page's data, or null when the API says it does not exist (or is not this visitor's): the page then shows not-found. */
export async function nullIfNotFound<T>(load: () => Promise<T>): Promise<T | null> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof TRPCError && error.code === "NOT_FOUND") return null;
    throw error;
  }
}
