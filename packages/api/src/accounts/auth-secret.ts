import { randomBytes } from "node:crypto";
import { createSettingIfAbsent, replaceSetting, type Db } from "@newsquiz/db";

/** The settings row that holds the secret newsquiz generated for this installation. */
export const AUTH_SECRET_SETTING = "auth.secret";
/** Bytes of randomness in a generated secret (stored as base64url: 43 characters). */
export const AUTH_SECRET_BYTES = 32;

export interface AuthSecret {
  secret: string;
  /** `environment`: BETTER_AUTH_SECRET; `database`: the installation's stored secret (made on first start if missing). */
  source: "environment" | "database";
}

/** A new secret from the operating system's CSPRNG. */
export function generateAuthSecret(): string {
  return randomBytes(AUTH_SECRET_BYTES).toString("base64url");
}

/**
 * The secret that signs this installation's sessions. BETTER_AUTH_SECRET wins when set (validated at boot:
 * 32+ characters). Otherwise the secret lives in the database's `setting` table: the first start of the
 * first node generates it and every later start, and every other node on the same database, reads that
 * same value — two nodes starting together still agree (insert-if-absent, then read back). Kept in the
 * database rather than the data folder because a PostgreSQL deployment with several web nodes has no
 * shared folder, and the database is what is backed up anyway.
 */
export async function loadAuthSecret(db: Db, envSecret: string | undefined): Promise<AuthSecret> {
  if (envSecret) return { secret: envSecret, source: "environment" };
  const secret = await createSettingIfAbsent(db, AUTH_SECRET_SETTING, generateAuthSecret());
  return { secret, source: "database" };
}

/**
 * Replaces the stored secret with a new one and deletes every session, in one transaction: everyone is
 * signed out at once, even on nodes still running with the old secret, and nodes sign with the new one
 * from their next start. Guests lose their guest identity (a guest has no password to sign in again with).
 */
export async function rotateAuthSecret(db: Db): Promise<{ sessionsEnded: number }> {
  return db.$transaction(async (tx) => {
    await replaceSetting(tx, AUTH_SECRET_SETTING, generateAuthSecret());
    const { count } = await tx.session.deleteMany({});
    return { sessionsEnded: count };
  });
}
