import { readFileSync } from "node:fs";
import path from "node:path";
import { sampleArticle } from "@newsquiz/article/samples";
import { parseArticleText, slugify, starterLibraryManifestSchema, type Article, type ArticleKind, type License, type StarterLibraryManifest } from "@newsquiz/article";
import type { Db } from "./client";
import { contentHashOf, ensurePublicArticle, ensureSampleArticle, type EnsurePublicResult, type EnsureSampleResult } from "./articles";
import { findRepoRoot } from "./paths";

/** The folder of the starter library's texts, manifest.json and SOURCES.md (inside the repository). */
export function starterLibraryDir(): string {
  return path.join(findRepoRoot(), "packages", "article", "samples", "library");
}

/** manifest.json is missing, is not valid JSON, fails its schema, or names a text that does not match. */
export class StarterLibraryError extends Error {
  override name = "StarterLibraryError";
}

export interface StarterText {
  article: Article;
  contentHash: string;
  kind: ArticleKind;
  sourceUrl: string;
  license: License;
}

/** Reads and validates manifest.json. */
export function readStarterManifest(dir = starterLibraryDir()): StarterLibraryManifest {
  const file = path.join(dir, "manifest.json");
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new StarterLibraryError(`The starter library's manifest (${file}) could not be read: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  const parsed = starterLibraryManifestSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".") || "(top)"}: ${issue.message}`).join("; ");
    throw new StarterLibraryError(`The starter library's manifest (${file}) is not valid: ${problems}`);
  }
  return parsed.data;
}

/**
 * The starter library's texts in manifest order, parsed, each with its publisher's name, author line and
 * licence and its original address. The content hash covers the text and that metadata, so a change to
 * either is imported again on the next start.
 */
export function readStarterLibrary(dir = starterLibraryDir()): StarterText[] {
  const manifest = readStarterManifest(dir);
  return manifest.texts.map((entry) => {
    const publisher = manifest.publishers[entry.publisher]!; // the schema checks every key
    const text = readFileSync(path.join(dir, entry.file), "utf8");
    const parsed = parseArticleText(text);
    if (parsed.headline !== entry.headline) {
      throw new StarterLibraryError(`${entry.file} starts with "${parsed.headline}", but the manifest says "${entry.headline}".`);
    }
    const article: Article = { ...parsed, source: publisher.name, author: publisher.author, publishedAt: entry.publishedAt, url: entry.url };
    const meta = { kind: entry.kind, url: entry.url, publishedAt: entry.publishedAt, publisher };
    return { article, contentHash: contentHashOf(`${text}\n${JSON.stringify(meta)}`), kind: entry.kind, sourceUrl: publisher.url, license: publisher.license };
  });
}

/**
 * The addresses of the sample and the starter library's texts, from the manifest alone (a text's slug is made from
 * its headline, which the manifest repeats): for a running server that wants to find these articles without
 * reading and parsing every text (readStarterLibrary, ~0.1–0.3 s on this machine's cores).
 */
export function starterLibrarySlugs(dir = starterLibraryDir()): string[] {
  return [sampleArticle().slug, ...readStarterManifest(dir).texts.map((entry) => slugify(entry.headline))];
}

export interface EnsureStarterLibraryResult {
  sample: EnsureSampleResult;
  texts: Array<{ slug: string; status: EnsurePublicResult["status"] }>;
}

/**
 * Imports the sample and then the starter library, each only when missing or changed (see
 * ensurePublicArticle: idempotent, safe when several nodes start at once). The library sorts right after the
 * sample in the default newest-first order: each text is stored as created one second before the one above
 * it, counting back from the sample's own creation time, so the sample stays the article the library opens on.
 */
export async function ensureStarterLibrary(db: Db, texts: StarterText[] = readStarterLibrary()): Promise<EnsureStarterLibraryResult> {
  const sample = await ensureSampleArticle(db);
  const base = sample.article.createdAt.getTime();
  const results: EnsureStarterLibraryResult["texts"] = [];
  for (const [i, text] of texts.entries()) {
    const { status } = await ensurePublicArticle(db, text.article, text.contentHash, {
      kind: text.kind,
      sourceUrl: text.sourceUrl,
      license: text.license,
      createdAt: new Date(base - (i + 1) * 1000),
    });
    results.push({ slug: text.article.slug, status });
  }
  return { sample, texts: results };
}
