import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { anonymous } from "better-auth/plugins";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { getDb, type Db } from "@newsquiz/db";
import { readServerEnv } from "./env";
import { moveGuestData } from "./accounts/move-guest-data";
import { createAccountSignInLimiter, TooManySignInsError, type AccountSignInLimiter } from "./accounts/sign-in-limits";

/**
 * Local development and the embedded default run without configuration. A fixed development secret is
 * fine there (sessions only live on this machine); production must set BETTER_AUTH_SECRET.
 */
const DEV_SECRET = "newsquiz-development-secret-change-me-in-production-0123456789";

export interface CreateAuthOptions {
  secret?: string;
  baseURL?: string;
  /** Per-account sign-in limiter (tests pass a small one). */
  signInLimiter?: AccountSignInLimiter;
}

const emailOf = (body: unknown): string | null => {
  const email = (body as { email?: unknown } | undefined)?.email;
  return typeof email === "string" && email.length <= 320 ? email : null;
};

export function createAuth(db: Db, options: CreateAuthOptions = {}) {
  const signInLimiter = options.signInLimiter ?? createAccountSignInLimiter();
  return betterAuth({
    appName: "newsquiz",
    // Failed sign-ins are expected traffic, not warnings; real errors are still logged.
    logger: { level: "error" },
    secret: options.secret ?? DEV_SECRET,
    baseURL: options.baseURL,
    database: prismaAdapter(db, { provider: "sqlite" }),
    emailAndPassword: { enabled: true, minPasswordLength: 8, maxPasswordLength: 128, autoSignIn: true },
    session: { expiresIn: 60 * 60 * 24 * 30, updateAge: 60 * 60 * 24 },
    advanced: {
      // Secure cookies whenever the app is served over HTTPS (decided from BETTER_AUTH_URL / the request).
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
    },
    rateLimit: {
      enabled: true,
      window: 60,
      max: 100,
      storage: "memory",
      customRules: {
        // Per address (better-auth keys these on the client's IP).
        "/sign-in/email": { window: 60, max: 10 },
        "/sign-up/email": { window: 60, max: 10 },
        "/sign-in/anonymous": { window: 60, max: 30 },
      },
    },
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== "/sign-in/email") return;
        const email = emailOf(ctx.body);
        if (!email) return;
        try {
          await signInLimiter.attempt(email);
        } catch (error) {
          if (error instanceof TooManySignInsError) {
            throw new APIError("TOO_MANY_REQUESTS", { message: error.message, code: "TOO_MANY_ACCOUNT_SIGN_INS" });
          }
          throw error;
        }
      }),
      after: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== "/sign-in/email" || !ctx.context.newSession) return;
        const email = emailOf(ctx.body);
        if (email) await signInLimiter.succeeded(email);
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
          await moveGuestData(db, anonymousUser.user.id, newUser.user.id, { deleteGuest: true });
        },
      }),
    ],
  });
}
export type Auth = ReturnType<typeof createAuth>;

const globalForAuth = globalThis as unknown as { newsquizAuth?: Auth };

/** The server's auth instance on the default database (one per process). */
export function getAuth(): Auth {
  if (!globalForAuth.newsquizAuth) {
    const env = readServerEnv();
    if (env.NODE_ENV === "production" && !env.BETTER_AUTH_SECRET) {
      console.warn("newsquiz: BETTER_AUTH_SECRET is not set; using the development secret. Set it for any deployment reachable by others.");
    }
    globalForAuth.newsquizAuth = createAuth(getDb(), { secret: env.BETTER_AUTH_SECRET, baseURL: env.BETTER_AUTH_URL });
  }
  return globalForAuth.newsquizAuth;
}
