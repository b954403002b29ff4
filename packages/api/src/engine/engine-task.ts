import type { MessagePort } from "node:worker_threads";
import type { Article } from "@newsquiz/article";
import { makeQuiz, type Quiz, type QuizOptions } from "@newsquiz/quiz";

/** What the main thread sends a worker: the article and the engine's options (plain data, structured-cloned). */
export interface EngineTask {
  article: Article;
  options: QuizOptions;
  /** Told "started" when the engine begins: the time limit runs from then (not while a worker loads or is busy). */
  started?: MessagePort;
}

/**
 * The job a worker does: the quiz engine, untouched. Same article and seed give the same quiz as a call in
 * the main thread would (the engine is pure; only the thread differs).
 */
export function runEngineTask(task: EngineTask): Quiz {
  task.started?.postMessage("started");
  task.started?.close();
  return makeQuiz(task.article, task.options);
}
