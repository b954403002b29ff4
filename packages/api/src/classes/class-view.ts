import type { Db } from "@newsquiz/db";
import type { QuizDifficulty } from "@newsquiz/quiz";
import { classAccess, type ClassRole } from "./class-access";
import { assignmentDifficultyOf, listMyAssignments, MAX_ASSIGNMENTS_PER_CLASS, type MyAssignmentView } from "./assignments";
import { formatJoinCode } from "./join-code";

/** People read for one class page (a bound: a class is a few dozen, at most a few hundred). */
export const MAX_MEMBERS_SHOWN = 1000;

export interface ClassPerson {
  userId: string;
  name: string;
  role: ClassRole;
  joinedAt: Date;
  /** null while in the class; "left" or "removed" once out (their past work stays visible). */
  ended: "left" | "removed" | null;
}

export interface TeacherAssignmentSummary {
  id: string;
  article: { slug: string; headline: string };
  dueAt: Date | null;
  createdAt: Date;
  questionCount: number;
  /** The difficulty the teacher set (easy, mixed or hard). */
  difficulty: QuizDifficulty;
  /** Students (in the class now) who submitted their quiz. */
  finished: number;
  averagePercent: number | null;
}

export type ClassView =
  | {
      role: "owner" | "teacher";
      id: string;
      name: string;
      archived: boolean;
      /** "K7QX3-M9RTA", or null when joining is turned off. */
      joinCode: string | null;
      teachers: ClassPerson[];
      students: ClassPerson[];
      assignments: TeacherAssignmentSummary[];
    }
  | {
      role: "student";
      id: string;
      name: string;
      archived: boolean;
      teachers: { name: string }[];
      assignments: MyAssignmentView[];
    };

/** The class page: everything a teacher manages, or a student's own assignments and nothing about other students. */
export async function getClassView(db: Db, { userId, classId, now = new Date() }: { userId: string; classId: string; now?: Date }): Promise<ClassView> {
  const { classroom, role, isTeacher } = await classAccess(db, { classId, userId });
  const members = await db.classMember.findMany({
    where: isTeacher ? { classId } : { classId, role: { in: ["owner", "teacher"] }, endedAt: null },
    orderBy: { joinedAt: "asc" },
    take: MAX_MEMBERS_SHOWN,
    select: { userId: true, role: true, joinedAt: true, endReason: true, endedAt: true, user: { select: { name: true } } },
  });
  const people = members.map(
    (m): ClassPerson => ({
      userId: m.userId,
      name: m.user.name,
      role: m.role as ClassRole,
      joinedAt: m.joinedAt,
      ended: m.endedAt ? (m.endReason === "removed" ? "removed" : "left") : null,
    }),
  );
  const base = { id: classroom.id, name: classroom.name, archived: classroom.archivedAt !== null };
  if (!isTeacher) {
    return { ...base, role: "student", teachers: people.map((p) => ({ name: p.name })), assignments: await listMyAssignments(db, { userId, classId, now }) };
  }
  const current = new Set(people.filter((p) => p.role === "student" && !p.ended).map((p) => p.userId));
  const assignments = await db.assignment.findMany({
    where: { classId, removedAt: null },
    orderBy: { createdAt: "desc" },
    take: MAX_ASSIGNMENTS_PER_CLASS,
    select: {
      id: true,
      dueAt: true,
      createdAt: true,
      questionCount: true,
      difficulty: true,
      article: { select: { slug: true, headline: true } },
      attempts: { where: { submittedAt: { not: null } }, select: { userId: true, score: true, total: true } },
    },
  });
  return {
    ...base,
    role: role === "owner" ? "owner" : "teacher",
    joinCode: classroom.joinCode ? formatJoinCode(classroom.joinCode) : null,
    teachers: people.filter((p) => p.role !== "student" && !p.ended),
    students: people.filter((p) => p.role === "student"),
    assignments: assignments.map((a) => {
      const firstBy = new Map<string, { score: number | null; total: number }>();
      for (const at of a.attempts) if (current.has(at.userId) && !firstBy.has(at.userId)) firstBy.set(at.userId, at);
      const done = [...firstBy.values()];
      const percents = done.map((d) => (d.total > 0 ? ((d.score ?? 0) / d.total) * 100 : 0));
      return {
        id: a.id,
        article: a.article,
        dueAt: a.dueAt,
        createdAt: a.createdAt,
        questionCount: a.questionCount,
        difficulty: assignmentDifficultyOf(a),
        finished: done.length,
        averagePercent: percents.length ? Math.round(percents.reduce((x, y) => x + y, 0) / percents.length) : null,
      };
    }),
  };
}
