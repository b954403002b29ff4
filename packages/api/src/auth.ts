import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { anonymous } from "better-auth/plugins";
import { getDb, type Db } from "@newsquiz/db";
import { readServerEnv } from "./env";
import { moveGuestData } from "./accounts/move-guest-data";

/**
 * Local development and the embedded default run without configuration. A fixed development secret is
 * fine there (sessions only live on this machine); production must set BETTER_AUTH_SECRET.
 */
const DEV_SECRET = "newsquiz-development-secret-change-me-in-production-0123456789";

export interface CreateAuthOptions {
  secret?: string;
  baseURL?: string;
}

export function createAuth(db: Db, options: CreateAuthOptions = {}) {
  return betterAuth({
    appName: "newsquiz",
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
        "/sign-in/email": { window: 60, max: 5 },
        "/sign-up/email": { window: 60, max: 5 },
      },
    },
    plugins: [
      anonymous({
        emailDomainName: "guest.newsquiz.invalid",
        generateName: () => "Guest",
        // A guest who signs up or signs in keeps everything they did as a guest.
        onLinkAccount: async ({ anonymousUser, newUser }) => {
          await moveGuestData(db, anonymousUser.user.id, newUser.user.id);
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
