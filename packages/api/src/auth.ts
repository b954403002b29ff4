import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { anonymous } from "better-auth/plugins";
import { APIError, createAuthMiddleware, getIP, isAPIError } from "better-auth/api";
import { dbProvider, getDb, type Db } from "@newsquiz/db";
import { readServerEnv, type ServerEnv } from "./env";
import { ACCOUNT_REQUESTS_PER_ADDRESS_PER_MINUTE, accountFieldProblem, MAX_EMAIL_LENGTH } from "./accounts/account-fields";
import { accountFieldMessages } from "./accounts/auth-messages";
import { loadAuthSecret, type AuthSecret } from "./accounts/auth-secret";
import { createGuestLimiter, tooManyGuestsMessage, type GuestLimiter } from "./accounts/guest-limits";
import { CLIENT_ADDRESS_HEADER } from "./net/client-address";
import { moveGuestData } from "./accounts/move-guest-data";
import { requestOrigin, requestProtocol } from "./accounts/request-origin";
import { createSignInLimiter, signInLockedMessage, type SignInLimiter } from "./accounts/sign-in-limits";

/** The limits better-auth's own per-address limiter does not cover; shared by every auth instance of a process. */
export interface AuthLimits {
  signIn: SignInLimiter;
  guests: GuestLimiter;
}

export function createAuthLimits(): AuthLimits {
  return { signIn: createSignInLimiter(), guests: createGuestLimiter() };
}

export interface CreateAuthOptions {
  /** Signs session cookies: `loadAuthSecret` in the app (BETTER_AUTH_SECRET or the installation's stored one). */
  secret: string;
  /**
   * BETTER_AUTH_URL: the only origin trusted; `https://` turns on Secure cookies. Unset: each request's own
   * origin (scheme + Host) is trusted, so the app works however it is reached.
   */
  baseURL?: string;
  /** Without a baseURL: whether this instance answers requests that came over HTTPS (Secure cookies). */
  https?: boolean;
  /** Tests pass their own (small) limits. */
  limits?: AuthLimits;
}

const tooManyRequests = (code: string, message: string, waitMs: number) =>
  new APIError("TOO_MANY_REQUESTS", { code, message }, { "Retry-After": String(Math.ceil(waitMs / 1000)) });

const emailOf = (body: unknown): string | null => {
  const email = (body as { email?: unknown } | undefined)?.email;
  return typeof email === "string" && email.length <= MAX_EMAIL_LENGTH ? email : null;
};

export function createAuth(db: Db, options: CreateAuthOptions) {
  const limits = options.limits ?? createAuthLimits();
  const { baseURL } = options;
  return betterAuth({
    appName: "newsquiz",
    // Failed sign-ins are expected traffic, not warnings; real errors are still logged.
    logger: { level: "error" },
    onAPIError: {
      // A refusal (wrong password, a limit reached, a bad origin) is an answer to the visitor, not a server
      // error worth a log line; anything else is logged.
      onError: (error, ctx) => {
        if (!isAPIError(error) || error.statusCode >= 500) ctx.logger.error("auth request failed", error);
      },
    },
    secret: options.secret,
    baseURL,
    // With BETTER_AUTH_URL only that origin is trusted (better-auth's default); without it, the origin the
    // request was sent to — an Origin header from any other site is still refused (403 INVALID_ORIGIN).
    trustedOrigins: baseURL
      ? undefined
      : (request) => {
          const origin = request ? requestOrigin(request) : null;
          return origin ? [origin] : [];
        },
    database: prismaAdapter(db, { provider: dbProvider(db) }),
    emailAndPassword: { enabled: true, minPasswordLength: 8, maxPasswordLength: 128, autoSignIn: true },
    session: {
      expiresIn: 60 * 60 * 24 * 30,
      updateAge: 60 * 60 * 24,
      // A signed copy of the session in a cookie serves session checks for a minute without a query; any
      // node can verify it (same secret). Signing out clears it; a session deleted elsewhere lasts at most that minute.
      cookieCache: { enabled: true, maxAge: 60 },
    },
    advanced: {
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
      // Check origins under test too (better-auth skips the check when NODE_ENV=test), so tests see the app's rules.
      disableOriginCheck: false,
      // Secure (and `__Secure-` named) cookies only over HTTPS: from BETTER_AUTH_URL's scheme when it is set,
      // else per request (`getAuth` keeps one instance for http and one for https requests).
      useSecureCookies: baseURL ? baseURL.startsWith("https://") : options.https === true,
      // The client address decided once by the web server (net/client-address.ts), never a raw X-Forwarded-For.
      ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER] },
    },
    rateLimit: {
      enabled: true,
      window: 60,
      max: 100,
      // In the database (the rateLimit table), so every web node counts the same attempts.
      storage: "database",
      customRules: {
        // Per address (better-auth keys these on the client's IP), across all accounts. A class signs in
        // together from one school address, so this is a ceiling on stuffing, not the guard of one account
        // (that is the per address and account wait in the hook below).
        "/sign-in/email": { window: 60, max: ACCOUNT_REQUESTS_PER_ADDRESS_PER_MINUTE },
        "/sign-up/email": { window: 60, max: ACCOUNT_REQUESTS_PER_ADDRESS_PER_MINUTE },
        "/sign-in/anonymous": { window: 60, max: 30 },
      },
    },
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        // The same address better-auth's own limiter uses (its trusted-proxy settings included).
        const address = () => getIP(ctx.request ?? ctx.headers ?? new Headers(), ctx.context.options);
        switch (ctx.path) {
          case "/sign-up/email":
          case "/update-user": {
            const problem = accountFieldProblem(ctx.body);
            if (problem) throw new APIError("BAD_REQUEST", { code: problem, message: accountFieldMessages[problem] });
            return;
          }
          case "/sign-in/email": {
            const email = emailOf(ctx.body);
            if (!email) return;
            const waitMs = await limits.signIn.waitMs({ address: address(), email });
            if (waitMs > 0) throw tooManyRequests("SIGN_IN_LOCKED", signInLockedMessage(waitMs), waitMs);
            return;
          }
          case "/sign-in/anonymous": {
            // Covers both ways a guest is made: this HTTP route and `guestProcedure`'s direct API call.
            const waitMs = await limits.guests.consume(address());
            if (waitMs > 0) throw tooManyRequests("TOO_MANY_GUESTS", tooManyGuestsMessage(waitMs), waitMs);
            return;
          }
        }
      }),
      after: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== "/sign-in/email") return;
        const email = emailOf(ctx.body);
        if (!email) return;
        const attempt = { address: getIP(ctx.request ?? ctx.headers ?? new Headers(), ctx.context.options), email };
        if (ctx.context.newSession) await limits.signIn.succeeded(attempt);
        else if (isAPIError(ctx.context.returned) && ctx.context.returned.statusCode === 401) await limits.signIn.failed(attempt);
      }),
    },
    plugins: [
      anonymous({
        emailDomainName: "guest.newsquiz.invalid",
        generateName: () => "Guest",
        // A guest who signs up or signs in keeps everything they did as a guest. The guest is deleted in the
        // same transaction as the move (not afterwards by the plugin), so no write made meanwhile is lost.
        disableDeleteAnonymousUser: true,
        onLinkAccount: async ({ anonymousUser, newUser }) => {
          await moveGuestData(db, { guestId: anonymousUser.user.id, userId: newUser.user.id }, { deleteGuest: true });
        },
      }),
    ],
  });
}
export type Auth = ReturnType<typeof createAuth>;

interface ServerAuthState {
  env: ServerEnv;
  secret?: Promise<AuthSecret>;
  limits: AuthLimits;
  instances: Map<"configured" | "http" | "https", Auth>;
}
const globalForAuth = globalThis as unknown as { newsquizAuth?: ServerAuthState };

function serverAuthState(): ServerAuthState {
  globalForAuth.newsquizAuth ??= { env: readServerEnv(), limits: createAuthLimits(), instances: new Map() };
  return globalForAuth.newsquizAuth;
}

/**
 * This installation's session secret on the default database: BETTER_AUTH_SECRET, or the stored one (made
 * on the first start). Loaded once per process; the server's boot calls it so a database that cannot be
 * read stops the start instead of the first sign-in.
 */
export function loadServerAuthSecret(): Promise<AuthSecret> {
  const state = serverAuthState();
  state.secret ??= loadAuthSecret(getDb(), state.env.BETTER_AUTH_SECRET).catch((error: unknown) => {
    state.secret = undefined; // try again on the next request
    throw error;
  });
  return state.secret;
}

/**
 * The server's auth instance for a request (pass its headers). With BETTER_AUTH_URL there is one; without it,
 * one for requests that came over HTTPS (Secure cookies) and one for plain HTTP, so a browser on the LAN or on
 * 127.0.0.1 keeps its cookies. All share the secret, the database and the limits.
 */
export async function getAuth(headers?: Headers): Promise<Auth> {
  const state = serverAuthState();
  const { secret } = await loadServerAuthSecret();
  const baseURL = state.env.BETTER_AUTH_URL;
  const kind = baseURL ? "configured" : headers && requestProtocol(headers) === "https" ? "https" : "http";
  let auth = state.instances.get(kind);
  if (!auth) {
    auth = createAuth(getDb(), { secret, baseURL, https: kind === "https", limits: state.limits });
    state.instances.set(kind, auth);
  }
  return auth;
}
