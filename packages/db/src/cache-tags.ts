import type { Db } from "./client";

/** One revalidated tag as the web nodes share it (epoch milliseconds). */
export interface CacheTagState {
  tag: string;
  expiredAt: number;
  staleAt: number | null;
  changedAt: number;
}

/** Next.js's revalidateTag arguments turned into the tag's new state (same rules as its file-system cache). */
export function tagStateAfterRevalidate(tag: string, now: number, durations?: { expire?: number }): CacheTagState {
  if (!durations) return { tag, expiredAt: now, staleAt: null, changedAt: now };
  return { tag, expiredAt: durations.expire !== undefined ? now + durations.expire * 1000 : 0, staleAt: now, changedAt: now };
}

/** Records revalidated tags for every node (one upsert per tag, in one transaction). */
export async function publishCacheTags(db: Db, states: CacheTagState[]): Promise<void> {
  if (states.length === 0) return;
  await db.$transaction(
    states.map((s) => {
      const data = { expiredAt: BigInt(s.expiredAt), staleAt: s.staleAt === null ? null : BigInt(s.staleAt), changedAt: BigInt(s.changedAt) };
      return db.cacheTag.upsert({ where: { tag: s.tag }, create: { tag: s.tag, ...data }, update: data });
    }),
  );
}

/**
 * Tags changed at or after `since` (epoch ms). Callers pass their last poll minus a margin, so a row
 * committed late by a slower node with an earlier clock reading is still seen.
 */
export async function readCacheTagsSince(db: Db, since: number): Promise<CacheTagState[]> {
  const rows = await db.cacheTag.findMany({ where: { changedAt: { gte: BigInt(Math.max(0, Math.floor(since))) } } });
  return rows.map((r) => ({
    tag: r.tag,
    expiredAt: Number(r.expiredAt),
    staleAt: r.staleAt === null ? null : Number(r.staleAt),
    changedAt: Number(r.changedAt),
  }));
}
