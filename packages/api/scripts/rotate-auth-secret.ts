/**
 * `pnpm auth:rotate-secret`: replaces this installation's stored session secret with a new random one and
 * ends every session (everyone, guests included, is signed out). Run it against the same DATABASE_URL as the
 * app, then restart every web node so they sign with the new secret. When BETTER_AUTH_SECRET is set the app
 * does not use the stored secret: rotate by setting a new value there instead.
 */
import { getDb } from "@newsquiz/db";
import { rotateAuthSecret } from "../src/accounts/auth-secret";
import { ConfigError, readServerEnv } from "../src/env";

async function main(): Promise<number> {
  const env = readServerEnv();
  if (env.BETTER_AUTH_SECRET) {
    console.error(
      "BETTER_AUTH_SECRET is set, so newsquiz signs sessions with it and not with the stored secret.\n" +
        "To rotate: set BETTER_AUTH_SECRET to a new value of 32+ random characters (e.g. `openssl rand -base64 32`) and restart every node.",
    );
    return 1;
  }
  const { sessionsEnded } = await rotateAuthSecret(getDb());
  console.log(
    `New session secret stored; ${sessionsEnded} session${sessionsEnded === 1 ? "" : "s"} ended (everyone is signed out).\n` +
      "Restart every newsquiz node now so that they sign new sessions with the new secret.",
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof ConfigError ? error.report() : error instanceof Error ? `${error.name}: ${error.message}` : error);
    process.exit(1);
  },
);
