import { randomBytes } from "node:crypto";
import type { Article } from "@newsquiz/article";
import type { Db, Prisma, QuizRow } from "@newsquiz/db";
import { MAX_QUESTIONS, type PublicQuestion, type Quiz, type QuizDifficulty } from "@newsquiz/quiz";
import { makeQuizFenced } from "../engine/engine-fence";
import { NoQuizError } from "../errors";
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
  /** The difficulty asked of the engine; default "mixed". Stored with the row (variants are kept per difficulty). */
  difficulty?: QuizDifficulty;
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

/** A quiz the engine made (in a worker, under the time limit), with the questions to keep; not stored yet. */
export interface PreparedQuiz {
  engineVersion: string;
  seed: number;
  /** The difficulty the quiz was asked for (stored on the row; default "mixed"). */
  difficulty?: QuizDifficulty;
  questions: PublicQuestion[];
  answerKey: Quiz["answerKey"];
}

export interface PrepareQuizOptions {
  seed: number;
  /** Questions wanted; default QUIZ_LENGTH. */
  count?: number;
  /** Engine question ids to leave out (the caller maps its stable keys); the engine is asked for that many more. */
  exclude?: ReadonlySet<string>;
  /** Easier or harder questions than the default mix (the engine's `difficulty` option); default "mixed". */
  difficulty?: QuizDifficulty;
  /** See CreateQuizOptions.neverEmpty. */
  neverEmpty?: boolean;
}

/**
 * Makes a quiz on the article with the engine, off the request thread and under the time limit
 * (makeQuizFenced), without touching the database: callers store it afterwards, so a text the engine cannot
 * finish leaves nothing behind. Throws QuizTimeoutError past the limit, and a NoQuizError when the article
 * yields no question at all ("no-questions") or every one is excluded ("all-flagged").
 */
export async function prepareQuiz(article: Article, options: PrepareQuizOptions): Promise<PreparedQuiz> {
  const count = options.count ?? QUIZ_LENGTH;
  const exclude = options.exclude ?? new Set<string>();
  const ask = Math.min(MAX_QUESTIONS, count + exclude.size);
  const difficulty = options.difficulty ?? "mixed";
  const made = await makeQuizFenced(article, { count: ask, seed: options.seed, difficulty });
  let kept = made.questions.filter((q) => !exclude.has(q.id)).slice(0, count);
  if (kept.length === 0 && options.neverEmpty) kept = made.questions.slice(0, count);
  if (kept.length === 0) {
    if (made.questions.length > 0) throw new NoQuizError("all-flagged", "Every question this article gives has been flagged by readers, so there is no quiz to take.");
    throw new NoQuizError("no-questions", made.reason ?? "No questions could be made from this article.");
  }
  return { engineVersion: made.engineVersion, seed: made.seed, difficulty, questions: kept, answerKey: made.answerKey };
}

/**
 * Stores a prepared quiz for the article: each question gets a fresh random id (so ids say nothing about the
 * engine's) and its stable key; both are checked against the stored-quiz schemas.
 */
export async function storeQuiz(db: DbOrTx, articleId: string, prepared: PreparedQuiz, createdById: string | null): Promise<QuizRow> {
  const used = new Set<string>();
  const questions: PublicQuestion[] = [];
  const answerKey: Record<string, StoredAnswerKeyEntry> = {};
  for (const q of prepared.questions) {
    const entry = prepared.answerKey[q.id];
    if (!entry) throw new Error(`The quiz engine gave no answer for question ${q.id}.`);
    let id: string;
    do id = `q${randomBytes(5).toString("hex")}`;
    while (used.has(id));
    used.add(id);
    questions.push({ ...q, id });
    answerKey[id] = { ...entry, questionKey: questionKeyOf(articleId, q.id) };
  }
  // validate what is stored with the quiz package's schemas (extended with the stable key)
  const storedQuestions = storedQuestionsSchema.parse(questions);
  const storedKey = storedAnswerKeySchema.parse(answerKey);
  return db.quiz.create({
    data: {
      articleId,
      engineVersion: prepared.engineVersion,
      seed: prepared.seed,
      difficulty: prepared.difficulty ?? "mixed",
      questions: JSON.stringify(storedQuestions),
      answerKey: JSON.stringify(storedKey),
      createdById,
    },
  });
}

/**
 * Makes a quiz on the article (prepareQuiz: in a worker, under the time limit) and stores it. Excluded
 * questions are dropped: the engine is asked for more questions than needed so the quiz keeps up to `count`.
 */
export async function createQuizForArticle(db: DbOrTx, article: Article & { id: string }, options: CreateQuizOptions): Promise<QuizRow> {
  const prefix = questionKeyOf(article.id, "");
  const exclude = new Set([...(options.excludeQuestionKeys ?? [])].filter((key) => key.startsWith(prefix)).map((key) => key.slice(prefix.length)));
  const prepared = await prepareQuiz(article, {
    seed: options.seed,
    exclude,
    ...(options.count !== undefined ? { count: options.count } : {}),
    ...(options.difficulty !== undefined ? { difficulty: options.difficulty } : {}),
    ...(options.neverEmpty !== undefined ? { neverEmpty: options.neverEmpty } : {}),
  });
  return storeQuiz(db, article.id, prepared, options.createdById);
}
