import type { ClassMemberRow, ClassroomRow, Db, Prisma } from "@newsquiz/db";
import { UserFacingError, notFound } from "../errors";

type DbOrTx = Db | Prisma.TransactionClient;

export type ClassRole = "owner" | "teacher" | "student";
export const TEACHER_ROLES: readonly ClassRole[] = ["owner", "teacher"];

export interface ClassAccess {
  classroom: ClassroomRow;
  member: ClassMemberRow;
  role: ClassRole;
  isTeacher: boolean;
}

/**
 * The class and the user's current place in it. Anyone who is not (or no longer) in the class is told it does
 * not exist, so nothing about a class shows to anyone outside it.
 */
export async function classAccess(db: DbOrTx, { classId, userId }: { classId: string; userId: string }): Promise<ClassAccess> {
  const member = await db.classMember.findUnique({ where: { classId_userId: { classId, userId } }, include: { classroom: true } });
  if (!member || member.endedAt) throw notFound("This class");
  const role = member.role as ClassRole;
  const { classroom, ...row } = member;
  return { classroom, member: row, role, isTeacher: TEACHER_ROLES.includes(role) };
}

/** As classAccess, for a teacher (owner or co-teacher) only; a student gets FORBIDDEN. */
export async function teacherAccess(db: DbOrTx, ids: { classId: string; userId: string }): Promise<ClassAccess> {
  const access = await classAccess(db, ids);
  if (!access.isTeacher) throw new UserFacingError("FORBIDDEN", "Only the class's teachers can do that.");
  return access;
}

/** Refuses changes to an archived class (it stays readable). */
export function assertNotArchived(classroom: ClassroomRow): void {
  if (classroom.archivedAt) throw new UserFacingError("CONFLICT", "This class is archived: restore it first.");
}

/** Whether `userId` reads the article through a class it is assigned to, not removed (an imported article becomes readable by that class only). */
export async function readsThroughClass(db: DbOrTx, { articleId, userId }: { articleId: string; userId: string }): Promise<boolean> {
  const found = await db.assignment.findFirst({
    where: { articleId, removedAt: null, classroom: { members: { some: { userId, endedAt: null } } } },
    select: { id: true },
  });
  return found !== null;
}
