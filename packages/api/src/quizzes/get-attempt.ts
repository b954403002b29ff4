import type { AnswerRow, ArticleRow, AttemptRow, Db, Prisma, QuizRow } from "@newsquiz/db";
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

type AttemptWithQuiz = AttemptRow & { quiz: QuizRow & { article: Pick<ArticleRow, "slug" | "headline" | "deletedAt"> }; answers: AnswerRow[] };

/** The attempt with its quiz, article and answers, only if `userId` owns it (anyone else: not found). */
export async function loadOwnAttempt(db: DbOrTx, { userId, attemptId }: { userId: string | null; attemptId: string }): Promise<AttemptWithQuiz> {
  if (!userId) throw notFound("This quiz attempt");
  const row = await db.attempt.findFirst({
    where: { id: attemptId, userId },
    // only what the view needs from the article (its paragraphs are large)
    include: { quiz: { include: { article: { select: { slug: true, headline: true, deletedAt: true } } } }, answers: true },
  });
  if (!row) throw notFound("This quiz attempt");
  return row;
}

const displayAnswer = (q: StoredQuestion, text: string): string =>
  q.type === "true-false" ? (text.trim().toLowerCase() === "true" ? "True" : text.trim().toLowerCase() === "false" ? "False" : text) : text;

/** Builds the view of an attempt: questions only while in progress, the full results once submitted. */
export async function attemptView(db: DbOrTx, row: AttemptWithQuiz): Promise<AttemptView> {
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
  const flags = await db.questionFlag.findMany({
    where: { userId: row.userId, questionKey: { in: questions.map((q) => q.key.questionKey) } },
    select: { questionKey: true, reason: true },
  });
  const flagOf = new Map(flags.map((f) => [f.questionKey, f.reason as FlagReason]));
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

/** An attempt of the user's own: questions while in progress, results once submitted. */
export async function getAttempt(db: Db, { userId, attemptId }: { userId: string | null; attemptId: string }): Promise<AttemptView> {
  return attemptView(db, await loadOwnAttempt(db, { userId, attemptId }));
}
