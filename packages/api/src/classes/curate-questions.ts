import { randomBytes } from "node:crypto";
import { toArticle, type Db } from "@newsquiz/db";
import { normalizeAnswer, type AnswerKeyEntry, type PublicQuestion } from "@newsquiz/quiz";
import { UserFacingError, notFound } from "../errors";
import { MAX_ADDED_QUESTIONS, readPool } from "./assignments";
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
 * (packages/quiz's make-quiz tests): the right answer is written in the evidence sentence; the prompt does not give
 * it away; options are 2–4 different texts with the answer among them; a fill-in prompt keeps its blank.
 * Returns the first broken rule as a sentence for the teacher, or null.
 */
export function checkQuestion(q: { type: PublicQuestion["type"]; prompt: string; options?: string[]; answer: string; evidence: string }): string | null {
  if (q.prompt.trim().length < 10) return "Write a question of at least 10 characters.";
  if (q.prompt.length > MAX_PROMPT) return `A question can be at most ${MAX_PROMPT} characters.`;
  if (q.type === "true-false") return null; // the statement is the prompt; true/false is checked against the evidence by the engine that made it
  if (!containsWords(q.evidence, q.answer)) return "The right answer must be written in the evidence sentence, so students can find it in the article.";
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
  if (!assignment) throw notFound("This assignment");
  await teacherAccess(db, { classId: assignment.classId, userId }).catch(() => {
    throw notFound("This assignment");
  });
  return { assignment, pool: readPool(assignment) };
}

/** Hides a question from the quizzes drawn from now on (or shows it again). Quizzes already drawn keep theirs. */
export async function setQuestionHidden(db: Db, input: { userId: string; assignmentId: string; questionId: string; hidden: boolean }): Promise<void> {
  const { pool } = await loadForTeacher(db, input);
  if (!pool.questions.some((q) => q.id === input.questionId)) throw notFound("This question");
  const hidden = new Set(pool.hidden);
  if (input.hidden) hidden.add(input.questionId);
  else hidden.delete(input.questionId);
  await db.assignment.update({ where: { id: input.assignmentId }, data: { hiddenQuestions: JSON.stringify([...hidden]) } });
}

/**
 * Edits a question's prompt, options and right answer for quizzes drawn from now on (a true/false statement: its
 * prompt only). The evidence stays the engine's sentence; checkQuestion must pass.
 */
export async function editQuestion(db: Db, input: { userId: string; assignmentId: string; questionId: string; prompt: string; options?: string[]; answer?: string }): Promise<void> {
  const { pool } = await loadForTeacher(db, input);
  const index = pool.questions.findIndex((q) => q.id === input.questionId);
  const question = pool.questions[index];
  const key = pool.answerKey[input.questionId];
  if (!question || !key) throw notFound("This question");
  const isChoice = question.type === "choice" || question.type === "who-said";
  const next: PublicQuestion = { ...question, prompt: input.prompt.trim(), ...(isChoice && input.options ? { options: input.options.map((o) => o.trim()) } : {}) };
  const nextKey: AnswerKeyEntry = { ...key, ...(question.type !== "true-false" && input.answer ? { answer: input.answer.trim() } : {}) };
  const problem = checkQuestion({ type: next.type, prompt: next.prompt, ...(next.options ? { options: next.options } : {}), answer: nextKey.answer, evidence: key.evidence.text });
  if (problem) throw new UserFacingError("BAD_REQUEST", problem);
  const questions = pool.questions.map((q, i) => (i === index ? next : q));
  await db.assignment.update({
    where: { id: input.assignmentId },
    data: { poolQuestions: JSON.stringify(questions), poolAnswerKey: JSON.stringify({ ...pool.answerKey, [input.questionId]: nextKey }) },
  });
}

/** A teacher's own multiple-choice question on a sentence of the article they pick (paragraph and sentence index). */
export async function addQuestion(
  db: Db,
  input: { userId: string; assignmentId: string; prompt: string; answer: string; wrong: string[]; paragraph: number; sentence: number },
): Promise<{ id: string }> {
  const { assignment, pool } = await loadForTeacher(db, input);
  if (pool.questions.filter((q) => q.id.startsWith("t")).length >= MAX_ADDED_QUESTIONS) {
    throw new UserFacingError("CONFLICT", `An assignment can hold at most ${MAX_ADDED_QUESTIONS} questions of your own.`);
  }
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
  await db.assignment.update({
    where: { id: input.assignmentId },
    data: { poolQuestions: JSON.stringify([...pool.questions, question]), poolAnswerKey: JSON.stringify({ ...pool.answerKey, [id]: key }) },
  });
  return { id };
}

/** The article's sentences, for picking the evidence of a teacher's own question. */
export async function listSentences(db: Db, input: { userId: string; assignmentId: string }): Promise<{ paragraph: number; sentence: number; text: string }[]> {
  const { assignment } = await loadForTeacher(db, input);
  const articleRow = await db.article.findUniqueOrThrow({ where: { id: assignment.articleId } });
  return toArticle(articleRow).paragraphs.flatMap((p) => p.sentences.map((s) => ({ paragraph: p.index, sentence: s.index, text: s.text })));
}
