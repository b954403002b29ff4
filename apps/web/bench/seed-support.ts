// Shared by the bench seeders (seed-scale.ts, seed-classes.ts): the starter library's texts, a seeded random source
// and batched writes.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseArticleText, type Article } from "@newsquiz/article";

/** The starter library's texts, in file order (a text the parser refuses is simply not used). */
export function libraryTexts(): Article[] {
  const dir = path.resolve(import.meta.dirname, "..", "..", "..", "packages", "article", "samples", "library");
  const out: Article[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".txt")).sort()) {
    try {
      out.push(parseArticleText(readFileSync(path.join(dir, file), "utf8")));
    } catch {
      // not used
    }
  }
  return out;
}

/** mulberry32 from `seed` as given: the seeders' data is the same on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Writes `rows` `size` at a time (one createMany per batch keeps each statement within the databases' limits). */
export async function inBatches<T>(rows: T[], size: number, write: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await write(rows.slice(i, i + size));
}
