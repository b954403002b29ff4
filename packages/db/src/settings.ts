import type { Db } from "./client";
import { Prisma } from "./generated/prisma/client";

/** The stored value of an installation setting, or null when none was written yet. */
export async function readSetting(db: Db, key: string): Promise<string | null> {
  const row = await db.setting.findUnique({ where: { key } });
  return row?.value ?? null;
}

const isUniqueViolation = (error: unknown): boolean =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

/**
 * Stores `value` under `key` unless a value is already there, and returns the value that is stored.
 * Race-safe across processes and nodes: the key is the primary key, so when several start at once exactly
 * one insert wins and every other caller reads the winner's value back (plain INSERT + unique violation,
 * the same on SQLite and PostgreSQL).
 */
export async function createSettingIfAbsent(db: Db, key: string, value: string): Promise<string> {
  const existing = await readSetting(db, key);
  if (existing !== null) return existing;
  try {
    await db.setting.create({ data: { key, value } });
    return value;
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const winner = await readSetting(db, key);
    if (winner === null) throw error;
    return winner;
  }
}

/** Writes `value` under `key`, replacing what was there (or creating it). */
export async function replaceSetting(db: Db | Prisma.TransactionClient, key: string, value: string): Promise<void> {
  await db.setting.upsert({ where: { key }, create: { key, value }, update: { value } });
}
