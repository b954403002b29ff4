import { Prisma, type Db } from "@newsquiz/db";
import { UserFacingError, notFound } from "../errors";
import { assertNotArchived, classAccess, teacherAccess, type ClassRole } from "./class-access";
import { classWriteLimiter, consumeJoinAttempt } from "./class-limits";
import { formatJoinCode, makeJoinCode, normalizeJoinCode } from "./join-code";

export const MAX_CLASS_NAME = 80;
/** Classes one person may be in (any role) — a bound on every list read here. */
export const MAX_CLASSES_PER_USER = 200;

export interface ClassSummary {
  id: string;
  name: string;
  role: ClassRole;
  archived: boolean;
  /** Students in the class now (teachers see it; 0 for students). */
  studentCount: number;
  assignmentCount: number;
}

/** Every class the user is in now, teaching first, then by name. */
export async function listMyClasses(db: Db, userId: string): Promise<ClassSummary[]> {
  const rows = await db.classMember.findMany({
    where: { userId, endedAt: null },
    take: MAX_CLASSES_PER_USER,
    select: {
      role: true,
      classroom: {
        select: {
          id: true,
          name: true,
          archivedAt: true,
          _count: { select: { assignments: { where: { removedAt: null } }, members: { where: { role: "student", endedAt: null } } } },
        },
      },
    },
  });
  const summaries = rows.map((r) => {
    const role = r.role as ClassRole;
    return {
      id: r.classroom.id,
      name: r.classroom.name,
      role,
      archived: r.classroom.archivedAt !== null,
      studentCount: role === "student" ? 0 : r.classroom._count.members,
      assignmentCount: r.classroom._count.assignments,
    };
  });
  const rank = (s: ClassSummary) => (s.archived ? 2 : 0) + (s.role === "student" ? 1 : 0);
  return summaries.sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
}

async function uniqueCodeWrite<T>(write: (code: string) => Promise<T>): Promise<T> {
  // 50 random bits: a clash is very unlikely, but the unique index decides; try again with a new code.
  for (let i = 0; ; i++) {
    try {
      return await write(makeJoinCode());
    } catch (error) {
      if (i < 3 && error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") continue;
      throw error;
    }
  }
}

/** Makes a class with the user as its owner and a fresh join code. */
export async function createClass(db: Db, { userId, name }: { userId: string; name: string }): Promise<{ id: string; joinCode: string }> {
  await classWriteLimiter.consume(userId);
  const created = await uniqueCodeWrite((joinCode) =>
    db.classroom.create({ data: { name, joinCode, members: { create: { userId, role: "owner" } } }, select: { id: true, joinCode: true } }),
  );
  return { id: created.id, joinCode: formatJoinCode(created.joinCode ?? "") };
}

export async function renameClass(db: Db, { userId, classId, name }: { userId: string; classId: string; name: string }): Promise<void> {
  await teacherAccess(db, { classId, userId });
  await db.classroom.update({ where: { id: classId }, data: { name } });
}

/** Archives (read-only: no joining, no new assignments) or restores a class. */
export async function setClassArchived(db: Db, { userId, classId, archived }: { userId: string; classId: string; archived: boolean }): Promise<void> {
  await teacherAccess(db, { classId, userId });
  await db.classroom.update({ where: { id: classId }, data: { archivedAt: archived ? new Date() : null } });
}

/** A new join code (the old one stops working at once), or none: `enabled: false` turns joining off. */
export async function setJoinCode(db: Db, { userId, classId, enabled }: { userId: string; classId: string; enabled: boolean }): Promise<{ joinCode: string | null }> {
  const { classroom } = await teacherAccess(db, { classId, userId });
  assertNotArchived(classroom);
  if (!enabled) {
    await db.classroom.update({ where: { id: classId }, data: { joinCode: null } });
    return { joinCode: null };
  }
  const row = await uniqueCodeWrite((joinCode) => db.classroom.update({ where: { id: classId }, data: { joinCode }, select: { joinCode: true } }));
  return { joinCode: formatJoinCode(row.joinCode ?? "") };
}

/**
 * Joins the class whose code this is, as a student. Every try counts against the address's join limit (right or
 * wrong), so codes cannot be guessed. Joining again after leaving restores the place (and the past work);
 * a student the teacher removed cannot join again by code. A teacher of the class stays a teacher.
 */
export async function joinClass(db: Db, { userId, code, address }: { userId: string; code: string; address: string | null }): Promise<{ classId: string; name: string }> {
  await consumeJoinAttempt(address ? `address:${address}` : `user:${userId}`);
  const joinCode = normalizeJoinCode(code);
  const classroom = joinCode ? await db.classroom.findUnique({ where: { joinCode } }) : null;
  if (!classroom || classroom.archivedAt) {
    throw new UserFacingError("NOT_FOUND", "No class has this code. Check it with your teacher: codes can be changed or turned off.");
  }
  const existing = await db.classMember.findUnique({ where: { classId_userId: { classId: classroom.id, userId } } });
  if (existing?.endReason === "removed") throw new UserFacingError("FORBIDDEN", "Your teacher removed you from this class. Ask them to add you back.");
  if (existing && existing.endedAt) {
    await db.classMember.update({ where: { id: existing.id }, data: { endedAt: null, endReason: null } });
  } else if (!existing) {
    await db.classMember.create({ data: { classId: classroom.id, userId, role: "student" } }).catch((error: unknown) => {
      // two tabs joining at once: the other one made the row
      if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
    });
  }
  return { classId: classroom.id, name: classroom.name };
}

/** A student leaves; their past work stays with the teacher, marked "left the class". The owner cannot leave. */
export async function leaveClass(db: Db, { userId, classId }: { userId: string; classId: string }): Promise<void> {
  const { member, role } = await classAccess(db, { classId, userId });
  if (role === "owner") throw new UserFacingError("CONFLICT", "You made this class, so you cannot leave it: archive it instead.");
  await db.classMember.update({ where: { id: member.id }, data: { endedAt: new Date(), endReason: "left" } });
}

/** A teacher removes a student (their past work stays, marked "removed"), or the owner removes a co-teacher. */
export async function removeMember(db: Db, { userId, classId, memberUserId }: { userId: string; classId: string; memberUserId: string }): Promise<void> {
  const { role } = await teacherAccess(db, { classId, userId });
  const target = await db.classMember.findUnique({ where: { classId_userId: { classId, userId: memberUserId } } });
  if (!target || target.endedAt) throw notFound("This person");
  if (target.role === "owner") throw new UserFacingError("FORBIDDEN", "The class's owner cannot be removed.");
  if (target.role === "teacher" && role !== "owner") throw new UserFacingError("FORBIDDEN", "Only the class's owner can remove a co-teacher.");
  await db.classMember.update({ where: { id: target.id }, data: { endedAt: new Date(), endReason: "removed" } });
}

/** The owner adds a co-teacher by the email of their account (a student of the class becomes a teacher). */
export async function addCoTeacher(db: Db, { userId, classId, email }: { userId: string; classId: string; email: string }): Promise<{ name: string }> {
  const { role, classroom } = await teacherAccess(db, { classId, userId });
  if (role !== "owner") throw new UserFacingError("FORBIDDEN", "Only the class's owner can add co-teachers.");
  assertNotArchived(classroom);
  const user = await db.user.findFirst({ where: { email: email.trim().toLowerCase(), isAnonymous: { not: true } }, select: { id: true, name: true } });
  if (!user) throw new UserFacingError("NOT_FOUND", "No account has this email address. Ask your colleague to sign up first.");
  if (user.id === userId) throw new UserFacingError("CONFLICT", "You already teach this class.");
  await db.classMember.upsert({
    where: { classId_userId: { classId, userId: user.id } },
    create: { classId, userId: user.id, role: "teacher" },
    update: { role: "teacher", endedAt: null, endReason: null },
  });
  return { name: user.name };
}
