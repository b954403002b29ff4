import { createHash } from "node:crypto";
import { z } from "zod";
import { toArticle, type AssignmentRow, type Db } from "@newsquiz/db";
import {
  answerKeyEntrySchema,
  MAX_QUESTIONS,
  publicQuestionSchema,
  questionTypeSchema,
  quizDifficultySchema,
  type PublicQuestion,
  type QuestionType,
  type QuizDifficulty,
} from "@newsquiz/quiz";
import { makeQuizFenced } from "../engine/engine-fence";
import { UserFacingError, notFound } from "../errors";
import { storeQuiz } from "../quizzes/create-quiz";
import { assertNotArchived, classAccess, teacherAccess } from "./class-access";
import { classWriteLimiter } from "./class-limits";

/** Question types a teacher may ask for ("headline" is left out: the quiz page shows the headline). */
export const ASSIGNABLE_TYPES: readonly QuestionType[] = questionTypeSchema.options.filter((t) => t !== "headline");
export const MIN_ASSIGNMENT_QUESTIONS = 3;
export const MAX_ASSIGNMENT_QUESTIONS = 20;
/** Assignments one class may hold (a bound on every list read here). */
export const MAX_ASSIGNMENTS_PER_CLASS = 500;

const poolQuestionsSchema = z.array(publicQuestionSchema).max(MAX_QUESTIONS + 20);
const poolAnswerKeySchema = z.record(z.string(), answerKeyEntrySchema);

const hiddenSchema = z.array(z.string()).max(MAX_QUESTIONS * 2);
/** Teacher-added questions a pool may hold on top of the engine's. */
export const MAX_ADDED_QUESTIONS = 20;

/** The pool of an assignment, validated: the questions (engine ids, or `t…` for the teacher's own) with their answer key, and the ids hidden by the teacher. */
export function readPool(row: Pick<AssignmentRow, "id" | "poolQuestions" | "poolAnswerKey" | "hiddenQuestions">) {
  const questions = poolQuestionsSchema.safeParse(JSON.parse(row.poolQuestions));
  const answerKey = poolAnswerKeySchema.safeParse(JSON.parse(row.poolAnswerKey));
  const hidden = hiddenSchema.safeParse(JSON.parse(row.hiddenQuestions));
  if (!questions.success || !answerKey.success || !hidden.success) throw new Error(`Assignment ${row.id} has a pool not in the expected shape.`);
  return { questions: questions.data, answerKey: answerKey.data, hidden: new Set(hidden.data) };
}
export type AssignmentPool = ReturnType<typeof readPool>;

/** The difficulty a teacher asked for, validated as read back ("mixed" for assignments made before the setting). */
export function assignmentDifficultyOf(row: Pick<AssignmentRow, "id" | "difficulty">): QuizDifficulty {
  const parsed = quizDifficultySchema.safeParse(row.difficulty);
  if (!parsed.success) throw new Error(`Assignment ${row.id} has a difficulty not in the expected shape.`);
  return parsed.data;
}

export interface CreateAssignmentInput {
  userId: string;
  classId: string;
  slug: string;
  dueAt: Date | null;
  questionCount: number;
  types: QuestionType[];
  /** Easier or harder questions than the default mix; default "mixed". */
  difficulty?: QuizDifficulty;
}

/**
 * Assigns an article to a class. The teacher may assign a public article or one they imported themselves (which
 * then becomes readable by this class only). The engine runs once, under the usual time limit, for a pool of
 * half as many questions again as each student is asked, so students' quizzes differ but overlap. An "easy" or
 * "hard" assignment asks the engine for such questions and draws each student's variant leaning the same way.
 */
export async function createAssignment(
  db: Db,
  input: CreateAssignmentInput,
): Promise<{ id: string; questionCount: number; poolSize: number; difficulty: QuizDifficulty }> {
  const { classroom } = await teacherAccess(db, { classId: input.classId, userId: input.userId });
  assertNotArchived(classroom);
  const row = await db.article.findUnique({ where: { slug: input.slug } });
  if (!row || row.deletedAt || (row.ownerId !== null && row.ownerId !== input.userId)) throw notFound("This article");
  const count = await db.assignment.count({ where: { classId: input.classId, removedAt: null } });
  if (count >= MAX_ASSIGNMENTS_PER_CLASS) throw new UserFacingError("CONFLICT", `A class can hold at most ${MAX_ASSIGNMENTS_PER_CLASS} assignments.`);
  await classWriteLimiter.consume(input.userId);

  const poolSize = Math.min(MAX_QUESTIONS, Math.ceil(input.questionCount * 1.5));
  const difficulty = input.difficulty ?? "mixed";
  const made = await makeQuizFenced(toArticle(row), { count: poolSize, seed: 1, types: input.types, difficulty });
  if (made.questions.length === 0) {
    throw new UserFacingError("BAD_REQUEST", made.reason ?? "No questions of these types could be made from this article. Try other question types.");
  }
  const created = await db.assignment.create({
    data: {
      classId: input.classId,
      articleId: row.id,
      createdById: input.userId,
      dueAt: input.dueAt,
      questionCount: Math.min(input.questionCount, made.questions.length),
      questionTypes: JSON.stringify(input.types),
      difficulty,
      engineVersion: made.engineVersion,
      poolQuestions: JSON.stringify(made.questions),
      poolAnswerKey: JSON.stringify(made.answerKey),
    },
    select: { id: true, questionCount: true },
  });
  return { ...created, poolSize: made.questions.length, difficulty };
}

/**
 * A teacher (owner or co-teacher) removes an assignment. Students no longer have it (not on their class page,
 * "Assigned to you" or as their next quiz; an import it made readable is no longer readable through it), and its
 * dashboard, CSV and curating are gone. The row stays, marked `removedAt`, because the attempts made on it point to
 * it: the students keep them in their own scores and review, and the teacher's student history lists the results
 * handed in before the removal as from a removed assignment. Anyone who is not a teacher of the class, or an
 * assignment already removed, gets NOT_FOUND; an archived class is read-only (CONFLICT).
 */
export async function deleteAssignment(db: Db, { userId, assignmentId, now = new Date() }: { userId: string; assignmentId: string; now?: Date }): Promise<void> {
  const assignment = await db.assignment.findUnique({ where: { id: assignmentId }, select: { classId: true, removedAt: true } });
  if (!assignment || assignment.removedAt) throw notFound("This assignment");
  const { classroom } = await teacherAccess(db, { classId: assignment.classId, userId }).catch(() => {
    throw notFound("This assignment");
  });
  assertNotArchived(classroom);
  // a co-teacher removing it at the same moment: one write wins, the other is told it is gone
  const { count } = await db.assignment.updateMany({ where: { id: assignmentId, removedAt: null }, data: { removedAt: now } });
  if (count === 0) throw notFound("This assignment");
}

/** The student's own seed for an assignment: the same every time, different for every student (31 bits). */
export function variantSeedOf(assignmentId: string, userId: string): number {
  return createHash("sha256").update(`${assignmentId}:${userId}`).digest().readUInt32BE(0) >>> 1;
}

/** mulberry32: a small seeded generator (the variant must be the same whenever it is drawn again). */
function rngOf(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: readonly T[], rng: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** The question estimate an "easy" or "hard" variant leaves out while the pool has enough others. */
const AVOIDED: Record<QuizDifficulty, PublicQuestion["difficulty"] | null> = { easy: "hard", mixed: null, hard: "easy" };

/**
 * A student's quiz drawn from the assignment's pool with their own seed: `questionCount` of the pool's questions
 * the teacher has not hidden, in their own order, options shuffled (true/false keeps its order). For a "hard"
 * assignment the pool's easy questions are drawn only when there are not enough others (for an "easy" one, the
 * hard questions); questions without an estimate (a teacher's own, pools made before engine 2.2) count as medium.
 * Pure; the same student always gets the same from the same pool.
 */
export function drawVariant(
  pool: AssignmentPool,
  { seed, count, difficulty = "mixed" }: { seed: number; count: number; difficulty?: QuizDifficulty },
): PublicQuestion[] {
  const rng = rngOf(seed);
  const order = shuffled(
    pool.questions.filter((q) => !pool.hidden.has(q.id)),
    rng,
  );
  const avoided = AVOIDED[difficulty];
  const kept = new Set([...order.filter((q) => q.difficulty !== avoided || !avoided), ...order.filter((q) => avoided && q.difficulty === avoided)].slice(0, count));
  return order
    .filter((q) => kept.has(q))
    .map((q) => (q.options && q.type !== "true-false" ? { ...q, options: shuffled(q.options, rng) } : q));
}

/**
 * The assignment of this article the student still has to do (not removed, in a class they are in now, not
 * archived, no submitted attempt yet), newest first; null when there is none.
 */
export async function openAssignmentFor(db: Db, { userId, articleId }: { userId: string; articleId: string }): Promise<AssignmentRow | null> {
  return db.assignment.findFirst({
    where: {
      articleId,
      removedAt: null,
      classroom: { archivedAt: null, members: { some: { userId, role: "student", endedAt: null } } },
      attempts: { none: { userId, submittedAt: { not: null } } },
    },
    orderBy: { createdAt: "desc" },
  });
}

/** Stores the student's variant of the assignment as their own quiz and starts an attempt on it; returns the attempt id. */
export async function startAssignmentAttempt(db: Db, { userId, assignment }: { userId: string; assignment: AssignmentRow }): Promise<string> {
  const pool = readPool(assignment);
  const seed = variantSeedOf(assignment.id, userId);
  const difficulty = assignmentDifficultyOf(assignment);
  const questions = drawVariant(pool, { seed, count: assignment.questionCount, difficulty });
  if (questions.length === 0) throw new UserFacingError("CONFLICT", "Your teacher hid every question of this assignment: there is no quiz to take yet.");
  return db.$transaction(async (tx) => {
    const quiz = await storeQuiz(tx, assignment.articleId, { engineVersion: assignment.engineVersion, seed, difficulty, questions, answerKey: pool.answerKey }, userId);
    const attempt = await tx.attempt.create({ data: { quizId: quiz.id, userId, total: questions.length, assignmentId: assignment.id }, select: { id: true } });
    return attempt.id;
  });
}

export type AssignmentState = "to-do" | "late" | "done" | "done-late";

/** Due/late/done of one student's assignment. */
export function assignmentState({ dueAt, submittedAt, now }: { dueAt: Date | null; submittedAt: Date | null; now: Date }): AssignmentState {
  if (submittedAt) return dueAt && submittedAt > dueAt ? "done-late" : "done";
  return dueAt && now > dueAt ? "late" : "to-do";
}

export interface MyAssignmentView {
  id: string;
  classId: string;
  className: string;
  article: { slug: string; headline: string; readingMinutes: number };
  dueAt: Date | null;
  state: AssignmentState;
  questionCount: number;
  /** The difficulty the teacher set. */
  difficulty: QuizDifficulty;
  /** The student's own result, once submitted. */
  result: { attemptId: string; score: number; total: number } | null;
  /** Share of the article read (0..1). */
  readRatio: number;
}

/** The assignments (not removed) of the classes the student is in now (one class, or all), still to do first, then newest. */
export async function listMyAssignments(db: Db, { userId, classId, now = new Date() }: { userId: string; classId?: string; now?: Date }): Promise<MyAssignmentView[]> {
  if (classId) await classAccess(db, { classId, userId });
  const rows = await db.assignment.findMany({
    where: {
      ...(classId ? { classId } : {}),
      removedAt: null,
      classroom: { ...(classId ? {} : { archivedAt: null }), members: { some: { userId, role: "student", endedAt: null } } },
      article: { deletedAt: null },
    },
    orderBy: { createdAt: "desc" },
    take: MAX_ASSIGNMENTS_PER_CLASS,
    select: {
      id: true,
      classId: true,
      dueAt: true,
      questionCount: true,
      difficulty: true,
      articleId: true,
      classroom: { select: { name: true } },
      article: { select: { slug: true, headline: true, readingMinutes: true } },
      attempts: { where: { userId, submittedAt: { not: null } }, orderBy: { submittedAt: "asc" }, take: 1, select: { id: true, submittedAt: true, score: true, total: true } },
    },
  });
  const progress = await db.readingProgress.findMany({
    where: { userId, articleId: { in: [...new Set(rows.map((r) => r.articleId))] } },
    select: { articleId: true, furthestRatio: true },
  });
  const readOf = new Map(progress.map((p) => [p.articleId, p.furthestRatio]));
  const views = rows.map((r): MyAssignmentView => {
    const done = r.attempts[0];
    return {
      id: r.id,
      classId: r.classId,
      className: r.classroom.name,
      article: r.article,
      dueAt: r.dueAt,
      state: assignmentState({ dueAt: r.dueAt, submittedAt: done?.submittedAt ?? null, now }),
      questionCount: r.questionCount,
      difficulty: assignmentDifficultyOf(r),
      result: done ? { attemptId: done.id, score: done.score ?? 0, total: done.total } : null,
      readRatio: readOf.get(r.articleId) ?? 0,
    };
  });
  const open = (v: MyAssignmentView) => (v.result ? 1 : 0);
  return views.sort((a, b) => open(a) - open(b));
}
