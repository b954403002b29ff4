import { z } from "zod";
import { answerKeyEntrySchema, publicQuestionSchema, type AnswerKeyEntry, type PublicQuestion } from "@newsquiz/quiz";
import type { QuizRow } from "@newsquiz/db";

/**
 * How a quiz is stored (Quiz.questions / Quiz.answerKey JSON).
 *
 * The engine's question ids are stable across seeds for the same fact and question type, but they are a
 * hash of the answer's own text and position, so sending them to the browser would let anyone hash each
 * option and find the right one. So each stored question gets an opaque random id (what the browser and
 * Answer.questionId see), and the stable key (`<articleId>:<engine id>`, unique across articles) is kept
 * in the answer key, server side only. Flags and the review queue use the stable key, so flags
 * accumulate across readers and quizzes.
 */
export const storedAnswerKeyEntrySchema = answerKeyEntrySchema.extend({
  /** Stable across quizzes of the same article: `<articleId>:<engine question id>`. */
  questionKey: z.string().min(1).max(200),
});
export type StoredAnswerKeyEntry = z.infer<typeof storedAnswerKeyEntrySchema>;

export const storedQuestionsSchema = z.array(publicQuestionSchema).max(40);
export const storedAnswerKeySchema = z.record(z.string(), storedAnswerKeyEntrySchema);

/** A question joined with its key, as the server sees it. */
export type StoredQuestion = PublicQuestion & { key: StoredAnswerKeyEntry };

/** The stable key of an engine question on an article (see the note above). */
export function questionKeyOf(articleId: string, engineQuestionId: string): string {
  return `${articleId}:${engineQuestionId}`;
}

/** Thrown when a stored quiz does not match the schema: a bug or a hand-edited database, never user input. */
export class StoredQuizError extends Error {
  override readonly name = "StoredQuizError";
}

/**
 * The questions of a stored quiz, each with its answer key entry, in the order they are asked.
 * For the review queue: find a ReviewItem's question with `questions.find((q) => q.key.questionKey === item.questionKey)`.
 */
export function readStoredQuiz(row: Pick<QuizRow, "id" | "questions" | "answerKey">): StoredQuestion[] {
  // A stored quiz never changes, so its validated form is kept (per process, bounded): submit, results and
  // review read the same few quizzes over and over. Keyed by id and checked against the stored text.
  const cached = parsedQuizzes.get(row.id);
  if (cached && cached.questions === row.questions && cached.answerKey === row.answerKey) return cached.parsed;
  const parsed = parseStoredQuiz(row);
  if (parsedQuizzes.size >= PARSED_QUIZ_CACHE_SIZE) parsedQuizzes.delete(parsedQuizzes.keys().next().value!);
  parsedQuizzes.set(row.id, { questions: row.questions, answerKey: row.answerKey, parsed });
  return parsed;
}

const PARSED_QUIZ_CACHE_SIZE = 500;
const parsedQuizzes = new Map<string, { questions: string; answerKey: string; parsed: StoredQuestion[] }>();

function parseStoredQuiz(row: Pick<QuizRow, "id" | "questions" | "answerKey">): StoredQuestion[] {
  const questions = storedQuestionsSchema.safeParse(JSON.parse(row.questions));
  const answerKey = storedAnswerKeySchema.safeParse(JSON.parse(row.answerKey));
  if (!questions.success || !answerKey.success) throw new StoredQuizError(`Quiz ${row.id} is not stored in the expected shape.`);
  return questions.data.map((q) => {
    const key = answerKey.data[q.id];
    if (!key) throw new StoredQuizError(`Quiz ${row.id} has no answer for question ${q.id}.`);
    return { ...q, key };
  });
}

/** Only what the browser may see before the attempt is submitted (a fresh object: no key fields carried along). */
export function publicQuestionOf(q: PublicQuestion): PublicQuestion {
  const out: PublicQuestion = { id: q.id, type: q.type, prompt: q.prompt, kind: q.kind };
  if (q.options) out.options = [...q.options];
  // the engine's estimate of how hard the question is: not secret (it says nothing of the answer); quizzes stored
  // before engine 2.2 have none
  if (q.difficulty) out.difficulty = q.difficulty;
  return out;
}

export type { AnswerKeyEntry };
