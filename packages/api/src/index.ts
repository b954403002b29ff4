export { appRouter, createCaller } from "./root";
export type { AppRouter, RouterInputs, RouterOutputs } from "./root";
export { createContext } from "./trpc";
export type { Context, CreateContextOptions, SessionUser } from "./trpc";
export { UserFacingError } from "./errors";
export type { ArticleCard } from "./articles/list-articles";
export type { ReadingProgressView } from "./progress/reading-progress";
export type { AttemptView, InProgressAttemptView, SubmittedAttemptView, ResultQuestionView, AttemptArticleView, FlagReason, FlagView, SavedAnswerView } from "./quizzes";
