// @ts-check
/**
 * The headers every response of newsquiz carries, pages and API alike: next.config.mjs gives them to everything
 * Next serves, and server.cts to the tRPC answers it serves itself (src/server/direct-trpc.ts). Plain
 * JavaScript because next.config.mjs reads it at run time (see permissions-policy.mjs).
 */
import { PERMISSIONS_POLICY } from "./permissions-policy.mjs";

/** @type {ReadonlyArray<{ key: string, value: string }>} */
export const SECURITY_RESPONSE_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: PERMISSIONS_POLICY },
];
