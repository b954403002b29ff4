import { getDb } from "@newsquiz/db";
import { getAuth, loadServerAuthSecret } from "./auth";
import type { AuthSecret } from "./accounts/auth-secret";
import { readServerEnv } from "./env";
import { createContext } from "./trpc";
import { useSharedLimitStore } from "./create-limiter";
import { authBodyTooLarge, MAX_AUTH_BODY_BYTES, readBodyWithin } from "./net/request-limits";

export { limitTrpcRequest, MAX_AUTH_BODY_BYTES, MAX_TRPC_BATCH_CALLS, MAX_TRPC_BODY_BYTES } from "./net/request-limits";
export { answerTrpcBatch, type TrpcBatchAnswer, type TrpcBatchRequest } from "./net/answer-trpc-batch";

/** The tRPC context for one request on the app's own database and auth. */
export async function createServerContext(opts: { headers: Headers; resHeaders: Headers }) {
  return createContext({ db: getDb(), auth: await getAuth(opts.headers), ...opts });
}

/** better-auth's HTTP handler (sign-up, sign-in, sign-out, session), with its limits and a body-size cap. */
export async function handleAuthRequest(req: Request): Promise<Response> {
  const limited = await readBodyWithin(req, MAX_AUTH_BODY_BYTES);
  if (limited === "too-large") return authBodyTooLarge();
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
export { workOutVerdictsAhead, type VerdictsAheadResult } from "./quizzes/work-out-verdicts-ahead";
export { ConfigError } from "./env";
