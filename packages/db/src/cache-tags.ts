import type { Db } from "./client";
import { querySql } from "./direct-sql";
import { Prisma } from "./generated/prisma/client";

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

/** A CacheTag row as the direct path reads it: 8-byte integers come back as numbers (SQLite), strings (`pg`) or bigints. */
interface CacheTagRow {
  tag: string;
  expiredAt: number | string | bigint;
  staleAt: number | string | bigint | null;
  changedAt: number | string | bigint;
}

/**
 * Tags changed at or after `since` (epoch ms). Callers pass their last poll minus a margin, so a row
 * committed late by a slower node with an earlier clock reading is still seen.
 *
 * Every node calls this before it serves each cached page (apps/web/cache-handler.mjs), so it runs as one plain
 * statement without Prisma's request pipeline (`querySql`): through `findMany` it cost ~0.2 ms of CPU, a tenth of
 * serving the library page from the cache (apps/web/README.md, "The library page's tail").
 */
export async function readCacheTagsSince(db: Db, since: number): Promise<CacheTagState[]> {
  const rows = await querySql<CacheTagRow>(
    db,
    Prisma.sql`SELECT "tag", "expiredAt", "staleAt", "changedAt" FROM "CacheTag" WHERE "changedAt" >= ${Math.max(0, Math.floor(since))}`,
  );
  return rows.map((r) => ({
    tag: r.tag,
    expiredAt: Number(r.expiredAt),
    staleAt: r.staleAt === null ? null : Number(r.staleAt),
    changedAt: Number(r.changedAt),
  }));
}
