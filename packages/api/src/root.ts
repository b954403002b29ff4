import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import { createCallerFactory, createTRPCRouter } from "./trpc";
import { articleRouter } from "./routers/article-router";
import { progressRouter } from "./routers/progress-router";
import { sessionRouter } from "./routers/session-router";
import { importRouter } from "./routers/import-router";
import { scoresRouter } from "./routers/scores-router";
import { reviewRouter } from "./routers/review-router";
import { attemptRouter, quizRouter } from "./routers/quiz-router";
import { classesRouter } from "./routers/classes-router";

export const appRouter = createTRPCRouter({
  article: articleRouter,
  progress: progressRouter,
  session: sessionRouter,
  import: importRouter,
  scores: scoresRouter,
  review: reviewRouter,
  quiz: quizRouter,
  attempt: attemptRouter,
  classes: classesRouter,
});
export type AppRouter = typeof appRouter;
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;

export const createCaller = createCallerFactory(appRouter);
