import { randomBytes } from "node:crypto";
import type { Article } from "@newsquiz/article";
import type { Db, Prisma, QuizRow } from "@newsquiz/db";
import { makeQuiz, MAX_QUESTIONS, type PublicQuestion } from "@newsquiz/quiz";
import { UserFacingError } from "../errors";
import { QUIZ_LENGTH } from "./quiz-config";
import {
  questionKeyOf,
  storedAnswerKeySchema,
  storedQuestionsSchema,
  type StoredAnswerKeyEntry,
} from "./stored-quiz";

type DbOrTx = Db | Prisma.TransactionClient;

export interface CreateQuizOptions {
  seed: number;
  /** null for an article's shared first quiz. */
  createdById: string | null;
  /** Stable question keys to leave out (flagged by many readers, or by this reader). */
  excludeQuestionKeys?: ReadonlySet<string>;
  /** Questions wanted; default QUIZ_LENGTH. */
  count?: number;
  /**
   * When every question the engine gives is excluded, keep them rather than refuse (a public article's quiz
   * never disappears: flagged questions are replaced when there are others, never the whole quiz removed).
   */
  neverEmpty?: boolean;
}

/**
 * Stable keys of the article's questions that `userId` should not be given:
 * - on a public article, those flagged by at least `threshold` signed-in accounts (guests do not count: a
 *   guest costs nothing to make, so three throwaway guests could otherwise hide a question from everyone);
 * - on a private article, those its owner flagged (the owner decides for the readers of their article);
 * - and always those `userId` flagged themselves.
 */
export async function excludedQuestionKeys(
  db: DbOrTx,
  article: { id: string; ownerId: string | null },
  userId: string | null,
  threshold: number,
): Promise<Set<string>> {
  const prefix = questionKeyOf(article.id, "");
  const decided =
    article.ownerId === null
      ? (
          await db.questionFlag.groupBy({
            by: ["questionKey"],
            where: { questionKey: { startsWith: prefix }, user: { isAnonymous: { not: true } } },
            having: { questionKey: { _count: { gte: threshold } } },
          })
        ).map((f) => f.questionKey)
      : (await db.questionFlag.findMany({ where: { userId: article.ownerId, questionKey: { startsWith: prefix } }, select: { questionKey: true } })).map(
          (f) => f.questionKey,
        );
  const mine = userId
    ? await db.questionFlag.findMany({ where: { userId, questionKey: { startsWith: prefix } }, select: { questionKey: true } })
    : [];
  return new Set([...decided, ...mine.map((f) => f.questionKey)]);
}

/**
 * Makes a quiz on the article with the engine and stores it (engine version, seed, questions, answer key).
 * Excluded questions are dropped: the engine is asked for more questions than needed so the quiz keeps
 * up to `count`. Throws a UserFacingError when the article yields no question at all.
 */
export async function createQuizForArticle(db: DbOrTx, article: Article & { id: string }, options: CreateQuizOptions): Promise<QuizRow> {
  const count = options.count ?? QUIZ_LENGTH;
  const exclude = options.excludeQuestionKeys ?? new Set<string>();
  const ask = Math.min(MAX_QUESTIONS, count + exclude.size);
  const made = makeQuiz(article, { count: ask, seed: options.seed });
  let kept = made.questions.filter((q) => !exclude.has(questionKeyOf(article.id, q.id))).slice(0, count);
  if (kept.length === 0 && options.neverEmpty) kept = made.questions.slice(0, count);
  if (kept.length === 0) {
    const reason =
      made.questions.length > 0
        ? "Every question this article gives has been flagged by readers, so there is no quiz to take."
        : (made.reason ?? "No questions could be made from this article.");
    throw new UserFacingError("BAD_REQUEST", reason);
  }

  const used = new Set<string>();
  const questions: PublicQuestion[] = [];
  const answerKey: Record<string, StoredAnswerKeyEntry> = {};
  for (const q of kept) {
    const entry = made.answerKey[q.id];
    if (!entry) throw new Error(`The quiz engine gave no answer for question ${q.id}.`);
    let id: string;
    do id = `q${randomBytes(5).toString("hex")}`;
    while (used.has(id));
    used.add(id);
    questions.push({ ...q, id });
    answerKey[id] = { ...entry, questionKey: questionKeyOf(article.id, q.id) };
  }
  // validate what is stored with the quiz package's schemas (extended with the stable key)
  const storedQuestions = storedQuestionsSchema.parse(questions);
  const storedKey = storedAnswerKeySchema.parse(answerKey);
  return db.quiz.create({
    data: {
      articleId: article.id,
      engineVersion: made.engineVersion,
      seed: made.seed,
      questions: JSON.stringify(storedQuestions),
      answerKey: JSON.stringify(storedKey),
      createdById: options.createdById,
    },
  });
}
