export { appRouter, createCaller } from "./root";
export type { AppRouter, RouterInputs, RouterOutputs } from "./root";
export { createContext } from "./trpc";
export type { Context, CreateContextOptions, SessionUser } from "./trpc";
export { NoQuizError, UserFacingError, type NoQuizReason } from "./errors";
export type { QuizAvailability } from "./quizzes/quiz-availability";
export type { ArticleCard, LibraryPage, LibrarySort } from "./articles/list-articles";
export { librarySortSchema } from "./articles/list-articles";
export type { ArticleAttribution } from "./articles/get-article";
export type { ReadingProgressView } from "./progress/reading-progress";
export type { AttemptView, InProgressAttemptView, SubmittedAttemptView, ResultQuestionView, AttemptArticleView, FlagReason, FlagView, SavedAnswerView } from "./quizzes";
export { timeZoneSchema } from "./scores/streak";
export type { ScoresOverview, ChartPoint } from "./scores/get-scores-overview";
export type { ReviewNext, ReviewQuestion } from "./review/due-items";
export type { ReviewAnswerResult } from "./review/answer-review";
export type {
  AssignmentDashboard,
  AssignmentState,
  ClassSummary,
  ClassView,
  DashboardQuestionRow,
  DashboardStudentRow,
  MyAssignmentView,
  StudentHistory,
} from "./classes";
