import type { MessagePort } from "node:worker_threads";
import { ArticleParseError, type Article, type ArticleDraft } from "@newsquiz/article";
import { makeQuiz, type Quiz, type QuizOptions } from "@newsquiz/quiz";
import { draftFromFile, type FileInput } from "../import/draft-from-file";
import { draftFromPaste, type PasteInput } from "../import/draft-from-paste";
import { extractArticleFromHtml } from "../import/extract-article";
import { ImportError } from "../import/import-error";

/**
 * What the main thread sends a worker (plain data, structured-cloned): a quiz to make, or a text to read into an
 * article — a fetched page, an uploaded file or a paste.
 */
export type EngineTask = (
  | { kind: "quiz"; article: Article; options: QuizOptions }
  | { kind: "page"; url: string; html: string }
  | { kind: "file"; file: FileInput }
  | { kind: "paste"; paste: PasteInput }
) & {
  /** Told "started" when the work begins: the time limit runs from then (not while a worker loads or is busy). */
  started?: MessagePort;
};

/** A readable error raised in the worker, sent back as data (an Error's class does not cross threads). */
export interface EngineTaskError {
  type: "import" | "parse";
  code: string;
  message: string;
}

export type EngineReply = { ok: true; quiz: Quiz } | { ok: true; draft: ArticleDraft } | { ok: false; error: EngineTaskError };

/** The draft a worker reads from a page, file or paste: the importer's own functions, untouched. */
function readDraft(task: Exclude<EngineTask, { kind: "quiz" }>): ArticleDraft {
  switch (task.kind) {
    case "page":
      return extractArticleFromHtml(task.html, { url: task.url });
    case "file":
      return draftFromFile(task.file);
    case "paste":
      return draftFromPaste(task.paste);
  }
}

/**
 * The job a worker does: the quiz engine or the importer (Readability for pages), untouched. Same article and seed
 * give the same quiz as a call in the main thread would (the engine is pure; only the thread differs).
 */
export function runEngineTask(task: EngineTask): EngineReply {
  task.started?.postMessage("started");
  task.started?.close();
  try {
    if (task.kind === "quiz") return { ok: true, quiz: makeQuiz(task.article, task.options) };
    return { ok: true, draft: readDraft(task) };
  } catch (error) {
    if (error instanceof ImportError) return { ok: false, error: { type: "import", code: error.code, message: error.message } };
    if (error instanceof ArticleParseError) return { ok: false, error: { type: "parse", code: error.code, message: error.message } };
    throw error;
  }
}
