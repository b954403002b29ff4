import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { MessageChannel } from "node:worker_threads";
import { ArticleParseError, articleDraftSchema, type Article, type ArticleDraft, type ArticleParseErrorCode } from "@newsquiz/article";
import { quizSchema, type Quiz, type QuizOptions } from "@newsquiz/quiz";
import { Piscina } from "piscina";
import { readApiEnv } from "../env";
import { UserFacingError } from "../errors";
import type { FileInput } from "../import/draft-from-file";
import type { PasteInput } from "../import/draft-from-paste";
import { ImportError, type ImportErrorCode } from "../import/import-error";
import type { EngineReply, EngineTask, EngineTaskError } from "./engine-task";

/**
 * A text the engine could not finish within the time limit. Nothing was stored for it: callers make the quiz
 * before they write anything.
 */
export class QuizTimeoutError extends UserFacingError {
  constructor(readonly limitMs: number) {
    super(
      "UNPROCESSABLE_CONTENT",
      `This text could not be quizzed: making its questions took longer than ${formatSeconds(limitMs)}. Try a shorter text, or split it into parts.`,
    );
    this.name = "QuizTimeoutError";
  }
}

/** What an import read: a fetched page, an uploaded file or a pasted text. */
export type ImportSourceKind = "page" | "file" | "paste";

const TIMED_OUT_READING: Record<ImportSourceKind, string> = {
  page: "This page could not be imported: finding its article took longer than",
  file: "This file could not be imported: reading it took longer than",
  paste: "This text could not be imported: reading it took longer than",
};

/** A page, file or paste whose article could not be read within the time limit (nothing was stored for it). */
export class ImportTimeoutError extends UserFacingError {
  constructor(
    readonly limitMs: number,
    readonly source: ImportSourceKind,
  ) {
    super("UNPROCESSABLE_CONTENT", `${TIMED_OUT_READING[source]} ${formatSeconds(limitMs)}.`);
    this.name = "ImportTimeoutError";
  }
}

const BUSY_MESSAGE = "Quizzes are being made for many texts right now. Try again in a minute.";

function formatSeconds(ms: number): string {
  const s = Math.round(ms / 100) / 10;
  return s === 1 ? "1 second" : `${s} seconds`;
}

export interface EngineFenceOptions {
  /** Longest the engine may work on one text, from the moment it starts on it. */
  timeoutMs: number;
  /** The worker module; default: the bundle in production, the TypeScript source otherwise (see engineWorkerFile). */
  workerFile?: string;
  /** Worker threads at most; default: one per core but one, at least two. */
  maxThreads?: number;
}

/** A pool of worker threads running the quiz engine, each run under a time limit. */
export interface EngineFence {
  makeQuiz(article: Article, options: QuizOptions): Promise<Quiz>;
  /** The article in a fetched page (Readability), as extractArticleFromHtml finds it. */
  readPage(page: { url: string; html: string }): Promise<ArticleDraft>;
  /** The article in an uploaded file, as draftFromFile reads it. */
  readFile(file: FileInput): Promise<ArticleDraft>;
  /** The article in a pasted text, as draftFromPaste reads it. */
  readPaste(paste: PasteInput): Promise<ArticleDraft>;
  /** Stops the workers (a run in flight is rejected). */
  close(): Promise<void>;
}

const PACKAGE = "@newsquiz/api";

/** How long a worker with nothing to do is kept for the next text (imports and retakes often come in runs). */
export const IDLE_WORKER_MS = 30_000;

/** A file exported by this package, resolved the way Node would from the app's folder (a bundler never sees it). */
function resolveOwnExport(subpath: string): string | null {
  const bases = [path.join(process.cwd(), "noop.js")];
  try {
    bases.push(fileURLToPath(import.meta.url));
  } catch {
    // Bundled code may have no file URL; the app's folder is enough there.
  }
  const specifier = [PACKAGE, subpath].join("/");
  for (const base of bases) {
    try {
      return createRequire(base).resolve(specifier);
    } catch {
      // not found from here; try the next base
    }
  }
  return null;
}

/**
 * The worker module to load: in production the esbuild bundle (`dist/engine-worker.mjs`, made by this
 * package's `build`), since the server's own code is compiled by Next and a worker thread needs a file Node
 * can load; elsewhere the TypeScript source through tsx, so an edit to the engine is live at once.
 */
export function engineWorkerFile(nodeEnv: string): string {
  if (nodeEnv === "production") {
    const bundle = resolveOwnExport("engine-worker");
    if (bundle) return bundle;
    console.warn("newsquiz: dist/engine-worker.mjs is missing (run `pnpm build`); making quizzes from the TypeScript source instead.");
  }
  const source = resolveOwnExport("engine-worker-source");
  if (!source) throw new Error("The quiz engine's worker file was not found (packages/api/src/engine/engine-worker-source.mjs).");
  return source;
}

/** The importer's and article model's errors, rebuilt from the data a worker sent back. */
function rebuildError(error: EngineTaskError): Error {
  return error.type === "import"
    ? new ImportError(error.code as ImportErrorCode, error.message)
    : new ArticleParseError(error.code as ArticleParseErrorCode, error.message);
}

function isAbort(error: unknown): boolean {
  return error instanceof Error && error.name === "AbortError";
}

export function createEngineFence(options: EngineFenceOptions): EngineFence {
  const maxThreads = options.maxThreads ?? Math.max(2, availableParallelism() - 1);
  const pool = new Piscina<EngineTask, EngineReply>({
    filename: options.workerFile ?? engineWorkerFile(readApiEnv().NODE_ENV),
    // No worker is kept while no text is being read or quizzed: a loaded engine (its bundle, the language model)
    // holds 70–150 MB of the server's resident memory. One idle for IDLE_WORKER_MS goes; the next quiz then
    // waits ~0.5 s for a fresh worker to load (not counted against its time limit, see run()).
    minThreads: 0,
    maxThreads,
    idleTimeout: IDLE_WORKER_MS,
    // A queue longer than this is refused as "busy".
    maxQueue: maxThreads * 4,
  });
  // A worker that fails outside a task (e.g. its file does not load) is reported, not left to crash the server;
  // the task it was given fails on its own.
  pool.on("error", (error: unknown) => console.error("newsquiz: a quiz engine worker failed:", error));
  /** Runs one task under the limit; `onTimeout` makes the readable error for it. */
  async function run(task: EngineTask, onTimeout: (limitMs: number) => Error): Promise<EngineReply> {
    if (pool.queueSize >= pool.options.maxQueue) throw new UserFacingError("TOO_MANY_REQUESTS", BUSY_MESSAGE);
    // The limit runs from the moment the worker starts on this task (it says so), so a worker still loading or
    // a short wait for a free one never counts against the text.
    const controller = new AbortController();
    const { port1, port2 } = new MessageChannel();
    let timer: NodeJS.Timeout | undefined;
    port1.once("message", () => {
      timer = setTimeout(() => controller.abort(), options.timeoutMs);
    });
    let reply: EngineReply;
    try {
      // Piscina ends the worker thread when the signal fires, so a runaway text stops using the CPU.
      reply = await pool.run({ ...task, started: port2 }, { signal: controller.signal, transferList: [port2] });
    } catch (error) {
      if (controller.signal.aborted || isAbort(error)) throw onTimeout(options.timeoutMs);
      throw error;
    } finally {
      clearTimeout(timer);
      port1.close();
    }
    if (!reply.ok) throw rebuildError(reply.error);
    return reply;
  }

  async function readDraft(task: Exclude<EngineTask, { kind: "quiz" }>): Promise<ArticleDraft> {
    const reply = await run(task, (ms) => new ImportTimeoutError(ms, task.kind));
    return articleDraftSchema.parse("draft" in reply ? reply.draft : undefined);
  }

  return {
    async makeQuiz(article, quizOptions) {
      const reply = await run({ kind: "quiz", article, options: quizOptions }, (ms) => new QuizTimeoutError(ms));
      // What comes back from another thread is checked like any other input.
      return quizSchema.parse("quiz" in reply ? reply.quiz : undefined);
    },
    readPage: (page) => readDraft({ kind: "page", url: page.url, html: page.html }),
    readFile: (file) => readDraft({ kind: "file", file }),
    readPaste: (paste) => readDraft({ kind: "paste", paste }),
    close: () => pool.destroy(),
  };
}

let current: EngineFence | null = null;

function defaultFence(): EngineFence {
  current ??= createEngineFence({ timeoutMs: readApiEnv().NEWSQUIZ_QUIZ_TIME_LIMIT_S * 1000 });
  return current;
}

/**
 * The one way packages/api makes a quiz: the engine in a worker thread, under the time limit
 * (NEWSQUIZ_QUIZ_TIME_LIMIT_S). Deterministic like the engine itself: same article and seed, same quiz.
 * Throws QuizTimeoutError (readable, nothing stored) when the limit is hit, a "busy" UserFacingError when
 * too many quizzes wait for a worker.
 */
export function makeQuizFenced(article: Article, options: QuizOptions): Promise<Quiz> {
  return defaultFence().makeQuiz(article, options);
}

/**
 * The article in a fetched page, an uploaded file or a paste, read off the request thread under the same time
 * limit (ImportTimeoutError past it); the importer's own errors (ImportError, ArticleParseError) come back as
 * they were thrown.
 */
export function readPageFenced(page: { url: string; html: string }): Promise<ArticleDraft> {
  return defaultFence().readPage(page);
}

export function readFileFenced(file: FileInput): Promise<ArticleDraft> {
  return defaultFence().readFile(file);
}

export function readPasteFenced(paste: PasteInput): Promise<ArticleDraft> {
  return defaultFence().readPaste(paste);
}

/**
 * For tests: makes quizzes with `fence` (e.g. a deliberately slow worker) until the returned function is
 * called, which closes it and goes back to the default.
 */
export function useEngineFence(fence: EngineFence): () => Promise<void> {
  const previous = current;
  current = fence;
  return async () => {
    current = previous;
    await fence.close();
  };
}
