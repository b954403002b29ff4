import { Prisma, querySql, type AnswerRow, type ArticleRow, type Db, type QuizRow } from "@newsquiz/db";
import type { Evidence, PublicQuestion } from "@newsquiz/quiz";
import { notFound } from "../errors";
import { publicQuestionOf, readStoredQuiz, type StoredQuestion } from "./stored-quiz";
import type { FlagReason } from "./flag-question";

type DbOrTx = Db | Prisma.TransactionClient;

export interface AttemptArticleView {
  slug: string;
  headline: string;
  /** The article was deleted after the attempt: results still show, but there is no reader to link to. */
  deleted: boolean;
}

/** An attempt being taken: the questions without answers, and the responses saved so far. */
export interface InProgressAttemptView {
  status: "in-progress";
  id: string;
  article: AttemptArticleView;
  startedAt: Date;
  total: number;
  questions: PublicQuestion[];
  /** Saved responses by question id. */
  answers: Record<string, string>;
}

/** One question of a submitted attempt, with everything needed to learn from it. */
export interface ResultQuestionView extends PublicQuestion {
  /** What the reader answered (option text, "True"/"False", or typed words); null when left blank. */
  response: string | null;
  correct: boolean;
  /** The right answer as shown to the reader. */
  answer: string;
  explanation: string;
  evidence: Evidence;
  /** `/articles/<slug>#s-<paragraph>-<sentence>`: opens the reader on the evidence sentence; null if the article was deleted. */
  evidenceHref: string | null;
  /** The reason this reader flagged the question with, if they did. */
  flag: FlagReason | null;
}

export interface SubmittedAttemptView {
  status: "submitted";
  id: string;
  article: AttemptArticleView;
  startedAt: Date;
  submittedAt: Date;
  durationMs: number;
  score: number;
  total: number;
  seed: number;
  questions: ResultQuestionView[];
}

export type AttemptView = InProgressAttemptView | SubmittedAttemptView;

/**
 * An attempt as loadOwnAttempt reads it: its own fields, its quiz (the stored questions and key) with the article's
 * name, and its answers.
 */
export interface OwnAttempt {
  id: string;
  quizId: string;
  userId: string;
  startedAt: Date;
  submittedAt: Date | null;
  score: number | null;
  total: number;
  durationMs: number | null;
  quiz: Pick<QuizRow, "id" | "seed" | "questions" | "answerKey"> & { article: Pick<ArticleRow, "slug" | "headline" | "deletedAt"> };
  answers: Pick<AnswerRow, "id" | "questionId" | "response" | "correct">[];
}

/** One row of the attempt ⋈ quiz ⋈ article read below (the same SQL and the same value types on SQLite and PostgreSQL). */
type AttemptJoinRow = Omit<OwnAttempt, "quiz" | "answers"> &
  Pick<QuizRow, "seed" | "questions" | "answerKey"> &
  Pick<ArticleRow, "slug" | "headline" | "deletedAt">;

/**
 * The statements every submit (submit-attempt.ts too), saved answer and results page runs, as PostgreSQL named
 * statements (planned once per pooled connection: ~0.3 ms of PostgreSQL's CPU a submit went to planning them anew).
 * Their SQL text is fixed (the flags' `IN` list varies only with a quiz's question count).
 */
export const PREPARED = { prepared: true } as const;

/**
 * The attempt with its quiz, article and answers, only if `userId` owns it (anyone else: not found).
 *
 * Two statements by primary key and index, written out: every submit, saved answer and results page starts
 * here, and Prisma's `include` made four queries of it, each compiled and mapped by the client. They run without
 * Prisma's request pipeline (`querySql`, @newsquiz/db).
 */
export async function loadOwnAttempt(db: DbOrTx, { userId, attemptId }: { userId: string | null; attemptId: string }): Promise<OwnAttempt> {
  if (!userId) throw notFound("This quiz attempt");
  const [row] = await querySql<AttemptJoinRow>(db, Prisma.sql`
    SELECT ${ATTEMPT_COLUMNS}
    ${ATTEMPT_JOIN}
    WHERE a."id" = ${attemptId} AND a."userId" = ${userId}`, PREPARED);
  if (!row) throw notFound("This quiz attempt");
  const answers = await querySql<OwnAttempt["answers"][number]>(db, Prisma.sql`
    SELECT "id", "questionId", "response", "correct" FROM "Answer" WHERE "attemptId" = ${row.id}`, PREPARED);
  return ownAttemptOf(row, answers);
}

/** The columns of `AttemptJoinRow`, read from `ATTEMPT_JOIN`. */
const ATTEMPT_COLUMNS = Prisma.sql`a."id", a."quizId", a."userId", a."startedAt", a."submittedAt", a."score", a."total", a."durationMs",
           q."seed", q."questions", q."answerKey", ar."slug", ar."headline", ar."deletedAt"`;
/** An attempt with its quiz and the quiz's article. */
const ATTEMPT_JOIN = Prisma.sql`FROM "Attempt" a
    JOIN "Quiz" q ON q."id" = a."quizId"
    JOIN "Article" ar ON ar."id" = q."articleId"`;

/** An `AttemptJoinRow` and its answers as an `OwnAttempt`. */
function ownAttemptOf(row: AttemptJoinRow, answers: OwnAttempt["answers"]): OwnAttempt {
  const { seed, questions, answerKey, slug, headline, deletedAt, ...attempt } = row;
  return { ...attempt, quiz: { id: row.quizId, seed, questions, answerKey, article: { slug, headline, deletedAt } }, answers };
}

/**
 * `loadOwnAttempt` as one PostgreSQL statement — the answers gathered by `json_agg` beside the attempt's row — for
 * the submit, where every round trip to PostgreSQL counts: a query's write to the socket was ~28 % of the server's
 * CPU per submit with four of them (apps/web/README.md, "The PostgreSQL submit's tail"). PostgreSQL only (the
 * direct path reads `json` as parsed values); on SQLite a statement costs no round trip.
 */
export async function loadOwnAttemptInOneRead(db: Db, { userId, attemptId }: { userId: string | null; attemptId: string }): Promise<OwnAttempt> {
  if (!userId) throw notFound("This quiz attempt");
  const [row] = await querySql<AttemptJoinRow & { answers: OwnAttempt["answers"] }>(db, Prisma.sql`
    SELECT ${ATTEMPT_COLUMNS},
           COALESCE((SELECT json_agg(json_build_object('id', n."id", 'questionId', n."questionId", 'response', n."response", 'correct', n."correct"))
                     FROM "Answer" n WHERE n."attemptId" = a."id"), '[]'::json) AS "answers"
    ${ATTEMPT_JOIN}
    WHERE a."id" = ${attemptId} AND a."userId" = ${userId}`, PREPARED);
  if (!row) throw notFound("This quiz attempt");
  const { answers, ...joined } = row;
  return ownAttemptOf(joined, answers);
}

/** A reader's flag on a question (by its stable key), as `attemptView` shows it. */
export interface QuestionFlagRow {
  questionKey: string;
  reason: string;
}

const displayAnswer = (q: StoredQuestion, text: string): string =>
  q.type === "true-false" ? (text.trim().toLowerCase() === "true" ? "True" : text.trim().toLowerCase() === "false" ? "False" : text) : text;

/**
 * Builds the view of an attempt: questions only while in progress, the full results once submitted. `flags`: the
 * reader's flags on the quiz's questions when the caller has read them already (the PostgreSQL submit reads them in
 * its write statement); otherwise they are read here.
 */
export async function attemptView(db: DbOrTx, row: OwnAttempt, flags?: readonly QuestionFlagRow[]): Promise<AttemptView> {
  const article: AttemptArticleView = { slug: row.quiz.article.slug, headline: row.quiz.article.headline, deleted: row.quiz.article.deletedAt !== null };
  const questions = readStoredQuiz(row.quiz);
  const answers = new Map(row.answers.map((a) => [a.questionId, a]));
  if (!row.submittedAt) {
    return {
      status: "in-progress",
      id: row.id,
      article,
      startedAt: row.startedAt,
      total: row.total,
      questions: questions.map(publicQuestionOf),
      answers: Object.fromEntries(row.answers.map((a) => [a.questionId, a.response])),
    };
  }
  const flagOf = new Map((flags ?? (await readFlags(db, row.userId, questions))).map((f) => [f.questionKey, f.reason as FlagReason]));
  return {
    status: "submitted",
    id: row.id,
    article,
    startedAt: row.startedAt,
    submittedAt: row.submittedAt,
    durationMs: row.durationMs ?? row.submittedAt.getTime() - row.startedAt.getTime(),
    score: row.score ?? 0,
    total: row.total,
    seed: row.quiz.seed,
    questions: questions.map((q) => {
      const given = answers.get(q.id);
      const { evidence } = q.key;
      return {
        ...publicQuestionOf(q),
        response: given ? displayAnswer(q, given.response) : null,
        correct: given?.correct ?? false,
        answer: displayAnswer(q, q.key.answer),
        explanation: q.key.explanation,
        evidence,
        evidenceHref: article.deleted ? null : `/articles/${article.slug}#s-${evidence.paragraph}-${evidence.sentence}`,
        flag: flagOf.get(q.key.questionKey) ?? null,
      };
    }),
  };
}

/** The reasons this reader flagged any of these questions with (by the questions' stable keys). */
function readFlags(db: DbOrTx, userId: string, questions: StoredQuestion[]): Promise<QuestionFlagRow[]> {
  if (questions.length === 0) return Promise.resolve([]);
  const keys = Prisma.join(questions.map((q) => q.key.questionKey));
  return querySql(db, Prisma.sql`SELECT "questionKey", "reason" FROM "QuestionFlag" WHERE "userId" = ${userId} AND "questionKey" IN (${keys})`, PREPARED);
}

/** An attempt of the user's own: questions while in progress, results once submitted. */
export async function getAttempt(db: Db, { userId, attemptId }: { userId: string | null; attemptId: string }): Promise<AttemptView> {
  return attemptView(db, await loadOwnAttempt(db, { userId, attemptId }));
}
