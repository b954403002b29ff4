import { initTRPC, TRPCError } from "@trpc/server";
import { isAPIError } from "better-auth/api";
import superjson, { type SuperJSONResult } from "superjson";
import { z, ZodError } from "zod";
import type { Db } from "@newsquiz/db";
import type { Auth } from "./auth";
import { NoQuizError, UserFacingError } from "./errors";
import { checkSessionCookies, type SessionUser } from "./accounts/session-cookie-check";
import { serializeAnswer } from "./net/serialize-answer";

export type { SessionUser };

export interface CreateContextOptions {
  db: Db;
  auth: Auth;
  /** Request headers (cookies). */
  headers: Headers;
  /** Response headers: a guest identity created during the call sets its cookie here. */
  resHeaders: Headers;
}

export async function createContext(opts: CreateContextOptions) {
  // Most requests are answered by the signed cookies alone (accounts/session-cookie-check.ts): the signed copy of
  // the session checked without better-auth's endpoint pipeline. When they cannot tell, better-auth decides.
  const fromCookies = await checkSessionCookies(opts.auth, opts.headers);
  if (fromCookies) return { ...opts, user: fromCookies.user };
  // With returnHeaders, the cookies getSession sets reach the browser: the signed session copy (cookie cache)
  // renewed after a read of the session table, so the next minute's requests need no query, and a session
  // extended after a day of use (updateAge) with its cookie. Without them every request after the copy's first
  // minute read the table, and an active reader's cookie still expired 30 days after sign-in.
  //
  // Only a live session's renewals are passed on, never a deletion: a request still in flight while a guest signs
  // up carries the guest's token, whose session sign-up has just removed, and better-auth answers it by expiring the
  // session cookie — which, passed on, would sign the new account out (the two-node test caught it once).
  const { headers: sessionCookies, response: session } = await opts.auth.api.getSession({ headers: opts.headers, returnHeaders: true });
  if (session) for (const cookie of sessionCookies.getSetCookie()) if (!expiresCookie(cookie)) opts.resHeaders.append("set-cookie", cookie);
  const user: SessionUser | null = session
    ? {
        id: session.user.id,
        name: session.user.name,
        email: session.user.email,
        isAnonymous: Boolean((session.user as { isAnonymous?: boolean | null }).isAnonymous),
      }
    : null;
  return { ...opts, user };
}
export type Context = Awaited<ReturnType<typeof createContext>>;

/** A Set-Cookie that removes its cookie (an empty value, `Max-Age=0` or a past `Expires`). */
export function expiresCookie(setCookie: string): boolean {
  const [pair = "", ...attributes] = setCookie.split(";");
  if (pair.slice(pair.indexOf("=") + 1).trim() === "") return true;
  for (const a of attributes) {
    const [name = "", value = ""] = a.split("=").map((x) => x.trim());
    if (/^max-age$/i.test(name) && Number(value) <= 0) return true;
    if (/^expires$/i.test(name) && Date.parse(value) <= Date.now()) return true;
  }
  return false;
}

function readableZodMessage(error: ZodError): string {
  const first = error.issues[0];
  if (!first) return "The request was not valid.";
  const where = first.path.length ? `${first.path.join(".")}: ` : "";
  return `${where}${first.message}`;
}

const t = initTRPC.context<Context>().create({
  // superjson both ways (the app's client reads and writes it); answers are written by serializeAnswer, which gives
  // superjson's exact output for plain trees faster and hands anything else to superjson (net/serialize-answer.ts).
  transformer: { input: superjson, output: { serialize: serializeAnswer, deserialize: (value: SuperJSONResult) => superjson.deserialize(value) } },
  errorFormatter({ shape, error }) {
    const zod = error.cause instanceof ZodError ? error.cause : null;
    const message = zod
      ? readableZodMessage(zod)
      : error.code === "INTERNAL_SERVER_ERROR"
        ? "Something went wrong on our side. Please try again."
        : shape.message;
    // `noQuiz`: this article has no quiz and asking again will not make one (the page offers no "Try again")
    const noQuiz = error.cause instanceof NoQuizError ? error.cause.reason : null;
    return { ...shape, message, data: { ...shape.data, stack: undefined, zodIssues: zod ? z.treeifyError(zod) : null, noQuiz } };
  },
});

/** Turns the domain's UserFacingError into a TRPCError that keeps its message. */
const userErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof UserFacingError) {
    throw new TRPCError({ code: result.error.cause.code, message: result.error.cause.message, cause: result.error.cause });
  }
  return result;
});

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Anyone, signed in or not; `ctx.user` may be null. */
export const publicProcedure = t.procedure.use(userErrors);

/**
 * For the first write a visitor makes: a visitor without a session becomes a guest (a real, anonymous user
 * row) and gets its session cookie on this response, so everything they do is kept and can later be
 * carried over to an account.
 */
export const guestProcedure = publicProcedure.use(async ({ ctx, next }) => {
  if (ctx.user) return next({ ctx: { ...ctx, user: ctx.user } });
  const { headers, response } = await ctx.auth.api.signInAnonymous({ headers: ctx.headers, returnHeaders: true }).catch((error: unknown) => {
    // Too many new guests from this address: say so (and how long to wait) instead of a generic error.
    if (isAPIError(error) && error.statusCode === 429) throw new TRPCError({ code: "TOO_MANY_REQUESTS", message: error.message, cause: error });
    throw error;
  });
  for (const cookie of headers.getSetCookie()) ctx.resHeaders.append("set-cookie", cookie);
  const user: SessionUser = { id: response.user.id, name: response.user.name, email: response.user.email, isAnonymous: true };
  return next({ ctx: { ...ctx, user } });
});

/** Only for a signed-in user (a guest counts: guests are users). */
export const userProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.user) throw new TRPCError({ code: "UNAUTHORIZED", message: "Please sign in first." });
  return next({ ctx: { ...ctx, user: ctx.user } });
});
