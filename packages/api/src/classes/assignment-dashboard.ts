import type { Db } from "@newsquiz/db";
import { answersMatch, type Difficulty, type QuestionType, type QuizDifficulty } from "@newsquiz/quiz";
import { notFound } from "../errors";
import { csvField } from "../scores/attempts-csv";
import { percentOf } from "../scores/list-attempts";
import { questionKeyOf, readStoredQuiz } from "../quizzes/stored-quiz";
import { assignmentDifficultyOf, assignmentState, readPool, MAX_ASSIGNMENTS_PER_CLASS, type AssignmentState } from "./assignments";
import { teacherAccess } from "./class-access";
import { questionVersionOf } from "./curate-questions";
import { MAX_MEMBERS_SHOWN } from "./class-view";

export type StudentProgress = "not-started" | "reading" | "read" | "in-quiz" | "finished";

export interface DashboardStudentRow {
  userId: string;
  name: string;
  /** "left" / "removed" once out of the class; their work stays. */
  ended: "left" | "removed" | null;
  /** Share of the article read (0..1). */
  readRatio: number;
  progress: StudentProgress;
  state: AssignmentState;
  submittedAt: Date | null;
  score: number | null;
  total: number | null;
  percent: number | null;
  durationMs: number | null;
}

export interface DashboardQuestionRow {
  /** The pool question's id (for hiding and editing it). */
  id: string;
  /** The question's version (questionVersionOf): an edit names the one it started from, so it never overwrites a change it did not see. */
  version: string;
  /** 1-based, the pool's order (each student saw a subset, in their own order). */
  number: number;
  /** Hidden by a teacher: no quiz drawn since holds it. */
  hidden: boolean;
  /** Written by a teacher rather than the engine. */
  custom: boolean;
  /** The engine's estimate (absent for a teacher's own question and pools made before engine 2.2). */
  difficulty?: Difficulty;
  /** The options in the pool's order (each student's are shuffled); absent for fill-in. */
  options?: string[];
  /** Flags from this class's students, by reason. */
  flags: { reason: string; count: number }[];
  type: QuestionType;
  prompt: string;
  answer: string;
  /** The sentence of the article that holds the answer. */
  evidence: string;
  /** `/articles/<slug>#s-<p>-<s>`: the reader opened on that sentence. */
  evidenceHref: string;
  /** Students whose submitted quiz held it, and of those how many answered right / left it blank. */
  asked: number;
  correct: number;
  blank: number;
  percentCorrect: number | null;
  /** The wrong answer chosen most often, with how many chose it; null when nobody answered it wrong. */
  mostChosenWrong: { response: string; count: number } | null;
}

export interface AssignmentDashboard {
  id: string;
  classId: string;
  className: string;
  article: { slug: string; headline: string };
  dueAt: Date | null;
  questionCount: number;
  /** The difficulty the teacher set (easy, mixed or hard). */
  difficulty: QuizDifficulty;
  students: DashboardStudentRow[];
  /** Most missed first. */
  questions: DashboardQuestionRow[];
  summary: { students: number; read: number; finished: number; averagePercent: number | null; medianDurationMs: number | null };
}

async function assignmentForTeacher(db: Db, { userId, assignmentId }: { userId: string; assignmentId: string }) {
  const assignment = await db.assignment.findUnique({
    where: { id: assignmentId },
    include: { article: { select: { slug: true, headline: true } }, classroom: { select: { name: true } } },
  });
  if (!assignment || assignment.removedAt) throw notFound("This assignment");
  // not a teacher of its class: the assignment does not exist for them
  await teacherAccess(db, { classId: assignment.classId, userId }).catch(() => {
    throw notFound("This assignment");
  });
  return assignment;
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : Math.round((s[mid - 1]! + s[mid]!) / 2);
}

/**
 * One assignment as its class's teachers see it: each student's reading, result and time; each question's share
 * answered right, the wrong answer most chosen and the sentence that proves the right one. Only attempts made on
 * this assignment are read: nothing of a student's other work shows.
 */
export async function getAssignmentDashboard(db: Db, { userId, assignmentId, now = new Date() }: { userId: string; assignmentId: string; now?: Date }): Promise<AssignmentDashboard> {
  const assignment = await assignmentForTeacher(db, { userId, assignmentId });
  const [members, attempts, progress] = await Promise.all([
    db.classMember.findMany({
      where: { classId: assignment.classId, role: "student" },
      orderBy: { joinedAt: "asc" },
      take: MAX_MEMBERS_SHOWN,
      select: { userId: true, endedAt: true, endReason: true, user: { select: { name: true } } },
    }),
    db.attempt.findMany({
      where: { assignmentId },
      orderBy: { startedAt: "asc" },
      select: {
        userId: true,
        submittedAt: true,
        score: true,
        total: true,
        durationMs: true,
        answers: { select: { questionId: true, response: true, correct: true } },
        quiz: { select: { id: true, questions: true, answerKey: true } },
      },
    }),
    db.readingProgress.findMany({ where: { articleId: assignment.articleId, user: { classMemberships: { some: { classId: assignment.classId, role: "student" } } } }, select: { userId: true, furthestRatio: true } }),
  ]);
  const readOf = new Map(progress.map((p) => [p.userId, p.furthestRatio]));
  const studentIds = new Set(members.map((m) => m.userId));
  // each student's submitted attempt (the first), else the one in progress
  const attemptOf = new Map<string, (typeof attempts)[number]>();
  for (const a of attempts) {
    if (!studentIds.has(a.userId)) continue;
    const seen = attemptOf.get(a.userId);
    if (!seen || (!seen.submittedAt && a.submittedAt)) attemptOf.set(a.userId, a);
  }

  const students = members.map((m): DashboardStudentRow => {
    const a = attemptOf.get(m.userId);
    const readRatio = readOf.get(m.userId) ?? 0;
    const submitted = a?.submittedAt ?? null;
    const progressState: StudentProgress = submitted ? "finished" : a ? "in-quiz" : readRatio >= 0.95 ? "read" : readRatio > 0 ? "reading" : "not-started";
    return {
      userId: m.userId,
      name: m.user.name,
      ended: m.endedAt ? (m.endReason === "removed" ? "removed" : "left") : null,
      readRatio,
      progress: progressState,
      state: assignmentState({ dueAt: assignment.dueAt, submittedAt: submitted, now }),
      submittedAt: submitted,
      score: submitted ? (a?.score ?? 0) : null,
      total: submitted ? (a?.total ?? null) : null,
      percent: submitted && a ? percentOf(a.score ?? 0, a.total) : null,
      durationMs: submitted ? (a?.durationMs ?? null) : null,
    };
  });

  // per question, by the stable key every student's variant shares
  const pool = readPool(assignment);
  const tally = new Map<string, { asked: number; correct: number; blank: number; wrong: Map<string, number> }>();
  for (const a of attemptOf.values()) {
    if (!a.submittedAt) continue;
    const answers = new Map(a.answers.map((x) => [x.questionId, x]));
    for (const q of readStoredQuiz(a.quiz)) {
      const t = tally.get(q.key.questionKey) ?? { asked: 0, correct: 0, blank: 0, wrong: new Map<string, number>() };
      const given = answers.get(q.id);
      t.asked++;
      if (!given || given.response.trim() === "") t.blank++;
      else if (given.correct) t.correct++;
      else {
        // typed (cloze) answers are grouped as the grader compares them: case and spacing aside
        const same = [...t.wrong.keys()].find((r) => answersMatch(r, [given.response]));
        t.wrong.set(same ?? given.response, (t.wrong.get(same ?? given.response) ?? 0) + 1);
      }
      tally.set(q.key.questionKey, t);
    }
  }
  // flags the class's students raised on these questions (a flag is per student and stable question key)
  const keys = pool.questions.map((q) => questionKeyOf(assignment.articleId, q.id));
  const flagRows = await db.questionFlag.groupBy({
    by: ["questionKey", "reason"],
    where: { questionKey: { in: keys }, userId: { in: [...studentIds] } },
    _count: { _all: true },
  });
  const flagsOf = new Map<string, { reason: string; count: number }[]>();
  for (const f of flagRows) flagsOf.set(f.questionKey, [...(flagsOf.get(f.questionKey) ?? []), { reason: f.reason, count: f._count._all }]);

  const questions = pool.questions.map((q, i): DashboardQuestionRow => {
    const key = pool.answerKey[q.id];
    const t = tally.get(questionKeyOf(assignment.articleId, q.id));
    const wrong = t ? [...t.wrong].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))[0] : undefined;
    const answer = key?.type === "true-false" ? (key.answer === "true" ? "True" : "False") : (key?.answer ?? "");
    return {
      id: q.id,
      version: questionVersionOf(q, key),
      number: i + 1,
      hidden: pool.hidden.has(q.id),
      custom: q.id.startsWith("t"),
      ...(q.difficulty ? { difficulty: q.difficulty } : {}),
      ...(q.options ? { options: q.options } : {}),
      flags: flagsOf.get(questionKeyOf(assignment.articleId, q.id)) ?? [],
      type: q.type,
      prompt: q.prompt,
      answer,
      evidence: key?.evidence.text ?? "",
      evidenceHref: key ? `/articles/${assignment.article.slug}#s-${key.evidence.paragraph}-${key.evidence.sentence}` : `/articles/${assignment.article.slug}`,
      asked: t?.asked ?? 0,
      correct: t?.correct ?? 0,
      blank: t?.blank ?? 0,
      percentCorrect: t && t.asked > 0 ? percentOf(t.correct, t.asked) : null,
      mostChosenWrong: wrong ? { response: wrong[0], count: wrong[1] } : null,
    };
  });
  questions.sort((a, b) => (a.percentCorrect ?? 101) - (b.percentCorrect ?? 101) || a.number - b.number);

  const finished = students.filter((s) => s.percent !== null);
  return {
    id: assignment.id,
    classId: assignment.classId,
    className: assignment.classroom.name,
    article: assignment.article,
    dueAt: assignment.dueAt,
    questionCount: assignment.questionCount,
    difficulty: assignmentDifficultyOf(assignment),
    students,
    questions,
    summary: {
      students: students.filter((s) => !s.ended).length,
      read: students.filter((s) => s.readRatio >= 0.95).length,
      finished: finished.length,
      averagePercent: finished.length ? Math.round(finished.reduce((x, s) => x + (s.percent ?? 0), 0) / finished.length) : null,
      medianDurationMs: median(finished.flatMap((s) => (s.durationMs === null ? [] : [s.durationMs]))),
    },
  };
}

export const ASSIGNMENT_CSV_COLUMNS = ["student", "status", "read_percent", "progress", "state", "submitted_at", "score", "total", "percent", "duration_seconds"] as const;

/** The dashboard's students as CSV (RFC 4180, CRLF), names and headline formula-safe like the scores export. */
export async function exportAssignmentCsv(db: Db, input: { userId: string; assignmentId: string; now?: Date }): Promise<{ csv: string; fileName: string; rows: number }> {
  const d = await getAssignmentDashboard(db, input);
  const lines = [ASSIGNMENT_CSV_COLUMNS.join(",")];
  for (const s of d.students) {
    lines.push(
      [
        csvField(s.name, { text: true }),
        csvField(s.ended ? `${s.ended} the class` : "in the class"),
        csvField(Math.round(s.readRatio * 100)),
        csvField(s.progress),
        csvField(s.state),
        csvField(s.submittedAt ? s.submittedAt.toISOString() : null),
        csvField(s.score),
        csvField(s.total),
        csvField(s.percent),
        csvField(s.durationMs === null ? null : Math.round(s.durationMs / 1000)),
      ].join(","),
    );
  }
  const slug = d.article.slug.slice(0, 60);
  return { csv: `${lines.join("\r\n")}\r\n`, fileName: `newsquiz-class-${slug}.csv`, rows: d.students.length };
}

export interface StudentHistory {
  student: { userId: string; name: string; ended: "left" | "removed" | null };
  assignments: {
    id: string;
    article: { slug: string; headline: string };
    dueAt: Date | null;
    /** Set when a teacher removed the assignment: it has no dashboard any more; the result stays here. */
    removedAt: Date | null;
    state: AssignmentState;
    submittedAt: Date | null;
    score: number | null;
    total: number | null;
    percent: number | null;
    durationMs: number | null;
  }[];
}

/**
 * One student's work across this class's assignments (nothing from elsewhere), newest assignment first. A removed
 * assignment is listed (with `removedAt`) only when the student handed in their quiz on it before it was removed:
 * that result was class work. Work finished after the removal is the student's own (in their scores), not shown.
 */
export async function getStudentHistory(db: Db, { userId, classId, studentId, now = new Date() }: { userId: string; classId: string; studentId: string; now?: Date }): Promise<StudentHistory> {
  await teacherAccess(db, { classId, userId });
  const member = await db.classMember.findUnique({ where: { classId_userId: { classId, userId: studentId } }, select: { role: true, endedAt: true, endReason: true, user: { select: { name: true } } } });
  if (!member || member.role !== "student") throw notFound("This student");
  const rows = await db.assignment.findMany({
    where: { classId, OR: [{ removedAt: null }, { attempts: { some: { userId: studentId, submittedAt: { not: null } } } }] },
    orderBy: { createdAt: "desc" },
    take: MAX_ASSIGNMENTS_PER_CLASS,
    select: {
      id: true,
      dueAt: true,
      removedAt: true,
      article: { select: { slug: true, headline: true } },
      attempts: { where: { userId: studentId, submittedAt: { not: null } }, orderBy: { submittedAt: "asc" }, take: 1, select: { submittedAt: true, score: true, total: true, durationMs: true } },
    },
  });
  const assignments = rows.flatMap((r) => {
    const first = r.attempts[0];
    const a = first && (!r.removedAt || (first.submittedAt !== null && first.submittedAt <= r.removedAt)) ? first : undefined;
    if (r.removedAt && !a) return [];
    return [
      {
        id: r.id,
        article: r.article,
        dueAt: r.dueAt,
        removedAt: r.removedAt,
        state: assignmentState({ dueAt: r.dueAt, submittedAt: a?.submittedAt ?? null, now }),
        submittedAt: a?.submittedAt ?? null,
        score: a ? (a.score ?? 0) : null,
        total: a ? a.total : null,
        percent: a ? percentOf(a.score ?? 0, a.total) : null,
        durationMs: a ? a.durationMs : null,
      },
    ];
  });
  return {
    student: { userId: studentId, name: member.user.name, ended: member.endedAt ? (member.endReason === "removed" ? "removed" : "left") : null },
    assignments,
  };
}
