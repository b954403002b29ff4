import { createHash, randomBytes } from "node:crypto";
import { toArticle, type AssignmentRow, type Db } from "@newsquiz/db";
import { normalizeAnswer, type AnswerKeyEntry, type PublicQuestion } from "@newsquiz/quiz";
import { UserFacingError, notFound } from "../errors";
import { MAX_ADDED_QUESTIONS, readPool, type AssignmentPool } from "./assignments";
import { teacherAccess } from "./class-access";

export const MAX_PROMPT = 300;
export const MAX_OPTION = 120;

/** Whether `needle` appears in `haystack` as whole words, compared as the grader compares answers (case, accents, punctuation aside). */
function containsWords(haystack: string, needle: string): boolean {
  const n = normalizeAnswer(needle);
  return n !== "" && ` ${normalizeAnswer(haystack)} `.includes(` ${n} `);
}

/**
 * The rules every question a teacher edits or writes must keep — the ones the engine's questions are held to
 * (packages/quiz's make-quiz tests): the right answer is written in the evidence sentence (a word's meaning aside); the prompt does not give
 * it away; options are 2–4 different texts with the answer among them; a fill-in prompt keeps its blank.
 * Returns the first broken rule as a sentence for the teacher, or null.
 */
export function checkQuestion(q: { type: PublicQuestion["type"]; prompt: string; options?: string[]; answer: string; evidence: string }): string | null {
  if (q.prompt.trim().length < 10) return "Write a question of at least 10 characters.";
  if (q.prompt.length > MAX_PROMPT) return `A question can be at most ${MAX_PROMPT} characters.`;
  if (q.type === "true-false") return null; // the statement is the prompt; true/false is checked against the evidence by the engine that made it
  // a word's meaning is a word the sentence does not hold: the word asked is (the evidence's span), its meaning not
  if (q.type !== "meaning" && !containsWords(q.evidence, q.answer)) return "The right answer must be written in the evidence sentence, so students can find it in the article.";
  if (containsWords(q.prompt, q.answer)) return "The question gives the answer away: leave the answer out of it.";
  if (q.type === "cloze") return q.prompt.includes("_____") ? null : "A fill-in question needs the blank, written _____.";
  const options = q.options ?? [];
  if (options.length < 2 || options.length > 4) return "Give 2 to 4 options.";
  if (options.some((o) => o.trim() === "" || o.length > MAX_OPTION)) return `Every option needs text, at most ${MAX_OPTION} characters.`;
  if (new Set(options.map(normalizeAnswer)).size !== options.length) return "Two options say the same thing.";
  if (!options.includes(q.answer)) return "The right answer must be one of the options.";
  return null;
}

async function loadForTeacher(db: Db, { userId, assignmentId }: { userId: string; assignmentId: string }) {
  const assignment = await db.assignment.findUnique({ where: { id: assignmentId } });
  if (!assignment || assignment.removedAt) throw notFound("This assignment");
  await teacherAccess(db, { classId: assignment.classId, userId }).catch(() => {
    throw notFound("This assignment");
  });
  return { assignment, pool: readPool(assignment) };
}

/**
 * A question's version as a teacher saw it: a short hash of its wording, options and answer key (not whether it is
 * hidden). The dashboard gives it with each question; an edit names the version it started from, and is refused
 * when the stored question no longer has it.
 */
export function questionVersionOf(question: PublicQuestion, key: AnswerKeyEntry | undefined): string {
  return createHash("sha256")
    .update(JSON.stringify([question, key ?? null]))
    .digest("base64url")
    .slice(0, 16);
}

/** An edit started from a version of the question that another teacher has since changed. */
export class QuestionChangedError extends UserFacingError {
  constructor() {
    super("CONFLICT", "This question was changed by someone else while you were editing it. Reload to see their version, then make your change again.");
    this.name = "QuestionChangedError";
  }
}

/** Tries of a curating write when other writes to the same pool keep coming in between its read and its write. */
export const POOL_WRITE_TRIES = 5;

type PoolFields = Partial<Pick<AssignmentRow, "poolQuestions" | "poolAnswerKey" | "hiddenQuestions">>;

/**
 * Every curating write goes through here: the pool is read, `change` works out the new fields from it, and they are
 * stored only if the pool's `poolVersion` is still the one read (compare-and-set, one UPDATE, on SQLite and
 * PostgreSQL alike). When another teacher's write came in between, the pool is read again and `change` decides
 * again on the new pool, so no write is ever lost, and an edit of a question someone else has just changed is
 * refused by `change` itself (QuestionChangedError).
 */
async function writePool<T>(
  db: Db,
  ids: { userId: string; assignmentId: string },
  change: (loaded: { assignment: AssignmentRow; pool: AssignmentPool }) => { data: PoolFields; result: T },
): Promise<T> {
  for (let i = 0; i < POOL_WRITE_TRIES; i++) {
    const loaded = await loadForTeacher(db, ids);
    const { data, result } = change(loaded);
    const { count } = await db.assignment.updateMany({
      where: { id: ids.assignmentId, poolVersion: loaded.assignment.poolVersion, removedAt: null },
      data: { ...data, poolVersion: { increment: 1 } },
    });
    if (count === 1) return result;
  }
  throw new UserFacingError("CONFLICT", "Other teachers are changing this assignment's questions right now. Reload the page and try again.");
}

/** Hides a question from the quizzes drawn from now on (or shows it again). Quizzes already drawn keep theirs. */
export async function setQuestionHidden(db: Db, input: { userId: string; assignmentId: string; questionId: string; hidden: boolean }): Promise<void> {
  await writePool(db, input, ({ pool }) => {
    if (!pool.questions.some((q) => q.id === input.questionId)) throw notFound("This question");
    const hidden = new Set(pool.hidden);
    if (input.hidden) hidden.add(input.questionId);
    else hidden.delete(input.questionId);
    return { data: { hiddenQuestions: JSON.stringify([...hidden]) }, result: undefined };
  });
}

/**
 * Edits a question's prompt, options and right answer for quizzes drawn from now on (a true/false statement: its
 * prompt only). The evidence stays the engine's sentence; checkQuestion must pass. `version` is the question's
 * version the teacher started from (questionVersionOf, given by the dashboard): if someone else changed the question
 * since, the edit is refused with QuestionChangedError (CONFLICT) instead of overwriting theirs. Returns the
 * question's new version.
 */
export async function editQuestion(
  db: Db,
  input: { userId: string; assignmentId: string; questionId: string; version: string; prompt: string; options?: string[]; answer?: string },
): Promise<{ version: string }> {
  return writePool(db, input, ({ pool }) => {
    const index = pool.questions.findIndex((q) => q.id === input.questionId);
    const question = pool.questions[index];
    const key = pool.answerKey[input.questionId];
    if (!question || !key) throw notFound("This question");
    if (questionVersionOf(question, key) !== input.version) throw new QuestionChangedError();
    const isChoice = question.type === "choice" || question.type === "who-said" || question.type === "meaning";
    const next: PublicQuestion = { ...question, prompt: input.prompt.trim(), ...(isChoice && input.options ? { options: input.options.map((o) => o.trim()) } : {}) };
    const nextKey: AnswerKeyEntry = { ...key, ...(question.type !== "true-false" && input.answer ? { answer: input.answer.trim() } : {}) };
    const problem = checkQuestion({ type: next.type, prompt: next.prompt, ...(next.options ? { options: next.options } : {}), answer: nextKey.answer, evidence: key.evidence.text });
    if (problem) throw new UserFacingError("BAD_REQUEST", problem);
    const questions = pool.questions.map((q, i) => (i === index ? next : q));
    return {
      data: { poolQuestions: JSON.stringify(questions), poolAnswerKey: JSON.stringify({ ...pool.answerKey, [input.questionId]: nextKey }) },
      result: { version: questionVersionOf(next, nextKey) },
    };
  });
}

/** A teacher's own multiple-choice question on a sentence of the article they pick (paragraph and sentence index). */
export async function addQuestion(
  db: Db,
  input: { userId: string; assignmentId: string; prompt: string; answer: string; wrong: string[]; paragraph: number; sentence: number },
): Promise<{ id: string }> {
  const { assignment } = await loadForTeacher(db, input);
  const articleRow = await db.article.findUniqueOrThrow({ where: { id: assignment.articleId } });
  const sentence = toArticle(articleRow).paragraphs[input.paragraph]?.sentences[input.sentence];
  if (!sentence) throw new UserFacingError("BAD_REQUEST", "Pick the sentence of the article that holds the answer.");
  const answer = input.answer.trim();
  const options = [answer, ...input.wrong.map((w) => w.trim()).filter(Boolean)];
  const prompt = input.prompt.trim();
  const problem = checkQuestion({ type: "choice", prompt, options, answer, evidence: sentence.text });
  if (problem) throw new UserFacingError("BAD_REQUEST", problem);
  const start = sentence.text.toLowerCase().indexOf(answer.toLowerCase());
  const id = `t${randomBytes(6).toString("hex")}`;
  const question: PublicQuestion = { id, type: "choice", prompt, options, kind: "concept" };
  const key: AnswerKeyEntry = {
    type: "choice",
    answer,
    evidence: { paragraph: input.paragraph, sentence: input.sentence, start: Math.max(0, start), end: start >= 0 ? start + answer.length : sentence.text.length, text: sentence.text },
    explanation: `Your teacher wrote this question. The article says: “${sentence.text}”`,
  };
  return writePool(db, input, ({ pool }) => {
    if (pool.questions.filter((q) => q.id.startsWith("t")).length >= MAX_ADDED_QUESTIONS) {
      throw new UserFacingError("CONFLICT", `An assignment can hold at most ${MAX_ADDED_QUESTIONS} questions of your own.`);
    }
    return { data: { poolQuestions: JSON.stringify([...pool.questions, question]), poolAnswerKey: JSON.stringify({ ...pool.answerKey, [id]: key }) }, result: { id } };
  });
}

/** The article's sentences, for picking the evidence of a teacher's own question. */
export async function listSentences(db: Db, input: { userId: string; assignmentId: string }): Promise<{ paragraph: number; sentence: number; text: string }[]> {
  const { assignment } = await loadForTeacher(db, input);
  const articleRow = await db.article.findUniqueOrThrow({ where: { id: assignment.articleId } });
  return toArticle(articleRow).paragraphs.flatMap((p) => p.sentences.map((s) => ({ paragraph: p.index, sentence: s.index, text: s.text })));
}
