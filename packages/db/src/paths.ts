import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { DbConfigError, readDbEnv, type EnvSource } from "./env";

const WORKSPACE_MARKER = "pnpm-workspace.yaml";

function walkUpFor(marker: string, start: string): string | undefined {
  let dir = path.resolve(start);
  for (;;) {
    if (existsSync(path.join(dir, marker))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

function thisFileDir(): string | undefined {
  try {
    return path.dirname(fileURLToPath(import.meta.url));
  } catch {
    // A bundler may give a non-file URL; the working directory is the fallback then.
    return undefined;
  }
}

let cachedRoot: string | undefined;

/**
 * The monorepo root (the folder holding pnpm-workspace.yaml), found from this file's location so it does
 * not depend on the working directory; the working directory is only a fallback (e.g. inside a bundle
 * copied outside the repository).
 */
export function findRepoRoot(): string {
  if (cachedRoot) return cachedRoot;
  const fromFile = thisFileDir();
  const root = (fromFile && walkUpFor(WORKSPACE_MARKER, fromFile)) ?? walkUpFor(WORKSPACE_MARKER, process.cwd());
  cachedRoot = root ?? process.cwd();
  return cachedRoot;
}

/** Folder for local data: NEWSQUIZ_DATA_DIR (relative = from the repo root) or `<repo root>/data`. */
export function resolveDataDir(env?: EnvSource): string {
  const { NEWSQUIZ_DATA_DIR } = readDbEnv(env);
  return NEWSQUIZ_DATA_DIR ? path.resolve(findRepoRoot(), NEWSQUIZ_DATA_DIR) : path.join(findRepoRoot(), "data");
}

/**
 * The database URL to use: DATABASE_URL, else `file:<data dir>/newsquiz.db`. PostgreSQL URLs are returned
 * as they are; SQLite paths are made absolute (relative ones are taken from the repo root) so every process opens the same file.
 */
export function resolveDatabaseUrl(env?: EnvSource): string {
  const { DATABASE_URL } = readDbEnv(env);
  if (!DATABASE_URL) return `file:${path.join(resolveDataDir(env), "newsquiz.db")}`;
  if (!DATABASE_URL.startsWith("file:")) return DATABASE_URL;
  return `file:${sqliteFilePath(DATABASE_URL)}`;
}

/** The absolute file path of a `file:` SQLite URL (query strings are not supported). */
export function sqliteFilePath(url: string): string {
  if (!url.startsWith("file:")) {
    throw new DbConfigError(`Not a SQLite URL (expected file:<path>): ${url}`);
  }
  let file = url.slice("file:".length);
  if (file.startsWith("//")) file = fileURLToPath(url);
  if (file.includes("?")) {
    throw new DbConfigError(`SQLite URL options are not supported, remove the "?…" part: ${url}`);
  }
  if (file === "" || file === ":memory:") {
    throw new DbConfigError(`An on-disk SQLite file is required, got: ${url}`);
  }
  return path.resolve(findRepoRoot(), file);
}

/** Creates the folder a SQLite file lives in (first start). */
export function ensureParentDir(filePath: string): void {
  mkdirSync(path.dirname(filePath), { recursive: true });
}
