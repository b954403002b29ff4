import { getDb } from "@newsquiz/db";
import { getAuth } from "./auth";
import { createContext } from "./trpc";

/** The tRPC context for one request on the app's own database and auth. */
export function createServerContext(opts: { headers: Headers; resHeaders: Headers }) {
  return createContext({ db: getDb(), auth: getAuth(), ...opts });
}

/** better-auth's HTTP handler (sign-up, sign-in, sign-out, session), rate limits included. */
export function handleAuthRequest(req: Request): Promise<Response> {
  return getAuth().handler(req);
}

export { getAuth };
