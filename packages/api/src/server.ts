import { getDb } from "@newsquiz/db";
import { getAuth, loadServerAuthSecret } from "./auth";
import type { AuthSecret } from "./accounts/auth-secret";
import { readServerEnv } from "./env";
import { createContext } from "./trpc";
import { useSharedLimitStore } from "./create-limiter";

/** The tRPC context for one request on the app's own database and auth. */
export async function createServerContext(opts: { headers: Headers; resHeaders: Headers }) {
  return createContext({ db: getDb(), auth: await getAuth(opts.headers), ...opts });
}

/** Largest body the auth routes read: an email, a password and a name fit many times over. */
export const MAX_AUTH_BODY_BYTES = 16 * 1024;

const bodyTooLarge = () =>
  Response.json(
    { code: "BODY_TOO_LARGE", message: `Requests to sign in or sign up must be smaller than ${MAX_AUTH_BODY_BYTES / 1024} KB.` },
    { status: 413 },
  );

/** The request with its body read up to `maxBytes`, or a 413 response once it goes over (without reading the rest). */
async function withBodyLimit(req: Request, maxBytes: number): Promise<Request | Response> {
  if (!req.body) return req;
  if (Number(req.headers.get("content-length") ?? 0) > maxBytes) return bodyTooLarge();
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return bodyTooLarge();
    }
    chunks.push(value);
  }
  return new Request(req.url, { method: req.method, headers: req.headers, body: Buffer.concat(chunks), signal: req.signal });
}

/** better-auth's HTTP handler (sign-up, sign-in, sign-out, session), with its limits and a body-size cap. */
export async function handleAuthRequest(req: Request): Promise<Response> {
  const limited = await withBodyLimit(req, MAX_AUTH_BODY_BYTES);
  if (limited instanceof Response) return limited;
  return (await getAuth(limited.headers)).handler(limited);
}

/**
 * What the server does once when it starts, before its first request: checks every environment variable
 * (throws ConfigError naming each bad one) and loads this installation's session secret, generating and
 * storing it on the very first start.
 */
export async function startServer(): Promise<{ secretSource: AuthSecret["source"] }> {
  readServerEnv();
  // Every rate limit counts in the database, so several web nodes count together.
  useSharedLimitStore(getDb());
  const { source } = await loadServerAuthSecret();
  return { secretSource: source };
}

export { getAuth };
export { ConfigError } from "./env";
