import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { createTestDb, type TestDb } from "@newsquiz/db/testing";
import { createDb, upsertArticle } from "@newsquiz/db";
import { parseArticleText } from "@newsquiz/article";
import { sampleArticle } from "@newsquiz/article/samples";
import { readFileSync } from "node:fs";
import { createTestAuth, TestVisitor } from "../testing";
import type { Auth } from "../auth";
import { useSharedLimitStore } from "../create-limiter";
import { readStoredQuiz, type StoredQuestion } from "../quizzes";
import { ASSIGNMENT_CSV_COLUMNS, JOINS_PER_ADDRESS, POOL_WRITE_TRIES, addQuestion, assignmentState, editQuestion, readPool, setQuestionHidden } from "../classes";
import type { Db } from "@newsquiz/db";
import { questionKeyOf } from "../quizzes/stored-quiz";

const sample = sampleArticle();
/**
 * A starter-library biography the engine asks nine multiple-choice questions of: the dashboard and curation tests
 * need an assignment pool of 3-9 choice questions, more than the sample gives (two).
 */
const longer = {
  ...parseArticleText(readFileSync(new URL("../../../article/samples/library/27-bio-fillmore.txt", import.meta.url), "utf8")),
  slug: "bio-fillmore",
};
let testDb: TestDb;
let auth: Auth;

beforeAll(async () => {
  testDb = await createTestDb({ withSample: true });
  auth = createTestAuth(testDb.db);
  await upsertArticle(testDb.db, longer, { contentHash: longer.slug });
});
afterAll(async () => {
  await testDb.cleanup();
});

let people = 0;
/** A visitor signed up as an account (each from its own address: sign-up is limited per address). */
async function account(name = "Reader", node: { db: Db; auth: Auth } = { db: testDb.db, auth }): Promise<{ v: TestVisitor; userId: string }> {
  const n = ++people;
  const v = new TestVisitor(node.db, node.auth);
  const res = await v.authRequest("/sign-up/email", { email: `person${n}-${Date.now()}@example.com`, password: "correct horse battery", name }, `198.51.100.${n}`);
  if (res.status !== 200) throw new Error(`sign-up failed: ${res.status} ${await res.text()}`);
  v.clientAddress = `192.0.2.${n}`;
  const me = await (await v.caller()).session.me();
  return { v, userId: me!.id };
}

async function codeOf(p: Promise<unknown>): Promise<string> {
  const error = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  return (error as TRPCError).code;
}

/** A class made by a new teacher, with `students` new accounts joined by its code. */
async function classWith(students: number, name = "Year 9 English") {
  const teacher = await account("Ms Teacher");
  const made = await (await teacher.v.caller()).classes.create({ name });
  const joined = [];
  for (let i = 0; i < students; i++) {
    const s = await account(`Student ${i + 1}`);
    await (await s.v.caller()).classes.join({ code: made.joinCode });
    joined.push(s);
  }
  return { teacher, classId: made.id, code: made.joinCode, students: joined };
}

function wrongResponse(q: StoredQuestion): string {
  if (q.type === "true-false") return q.key.answer === "true" ? "False" : "True";
  return q.options?.find((o) => o !== q.key.answer) ?? "not it";
}

/** The student opens the article's quiz (as the quiz page does) and answers: right where `right(q)` says so. */
async function takeQuiz(v: TestVisitor, slug: string, right: (q: StoredQuestion) => boolean, fresh = false) {
  const view = await (await v.caller()).quiz.start({ slug, fresh });
  const row = await testDb.db.attempt.findUniqueOrThrow({ where: { id: view.id }, include: { quiz: true } });
  const questions = readStoredQuiz(row.quiz);
  for (const q of questions) {
    await (await v.caller()).attempt.answer({ attemptId: view.id, questionId: q.id, response: right(q) ? (q.type === "true-false" ? (q.key.answer === "true" ? "True" : "False") : q.key.answer) : wrongResponse(q) });
  }
  const result = await (await v.caller()).attempt.submit({ attemptId: view.id });
  return { attemptId: view.id, assignmentId: row.assignmentId, questions, result };
}

describe("classes.create, classes.mine, classes.join", () => {
  it("makes a class with a 10-character code the teacher sees; a student joins with it typed loosely", async () => {
    const { teacher, classId, code, students } = await classWith(0);
    expect(code).toMatch(/^[2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5}$/);
    const s = await account("Sam");
    const joined = await (await s.v.caller()).classes.join({ code: ` ${code.replace("-", " ").toLowerCase()} ` });
    expect(joined).toEqual({ classId, name: "Year 9 English" });
    expect(await (await teacher.v.caller()).classes.mine()).toEqual([expect.objectContaining({ id: classId, role: "owner", studentCount: 1 })]);
    expect(await (await s.v.caller()).classes.mine()).toEqual([expect.objectContaining({ id: classId, role: "student" })]);
    expect(students).toHaveLength(0);
  });

  it("needs an account: a guest is asked to sign up", async () => {
    const { code } = await classWith(0);
    const guest = new TestVisitor(testDb.db, auth);
    await (await guest.caller()).progress.save({ slug: sample.slug, paragraph: 0, ratio: 0 });
    await expect((await guest.caller()).classes.join({ code })).rejects.toThrow(/sign up/);
    expect(await codeOf((await guest.caller()).classes.create({ name: "Mine" }))).toBe("UNAUTHORIZED");
    expect(await (await guest.caller()).classes.assignedToMe()).toEqual([]);
  });

  it("refuses a wrong, turned-off, replaced or archived class's code", async () => {
    const { teacher, classId, code } = await classWith(0);
    const s = await account();
    await expect((await s.v.caller()).classes.join({ code: "ABCDE-FGHJK" })).rejects.toThrow(/No class has this code/);
    await (await teacher.v.caller()).classes.setJoinCode({ classId, enabled: false });
    expect(await codeOf((await s.v.caller()).classes.join({ code }))).toBe("NOT_FOUND");
    const { joinCode } = await (await teacher.v.caller()).classes.setJoinCode({ classId, enabled: true });
    expect(joinCode).not.toBe(code);
    expect(await codeOf((await s.v.caller()).classes.join({ code }))).toBe("NOT_FOUND");
    await (await teacher.v.caller()).classes.setArchived({ classId, archived: true });
    expect(await codeOf((await s.v.caller()).classes.join({ code: joinCode! }))).toBe("NOT_FOUND");
    await (await teacher.v.caller()).classes.setArchived({ classId, archived: false });
    expect((await (await s.v.caller()).classes.join({ code: joinCode! })).classId).toBe(classId);
  });

  it("limits tries per address, right or wrong, so codes cannot be guessed; another address is not held up", async () => {
    const { code } = await classWith(0);
    const s = await account();
    s.v.clientAddress = "203.0.113.99";
    // every try but the last one allowed is a wrong code, refused as wrong (not yet by the limit)
    for (let i = 0; i < JOINS_PER_ADDRESS - 1; i++) {
      await expect((await s.v.caller()).classes.join({ code: `ZZZZZ-ZZZ${"23456789AB"[i % 10]}` })).rejects.toThrow(/No class has this code/);
    }
    // the JOINS_PER_ADDRESS-th try still goes through: the limit is exactly that many
    await expect((await s.v.caller()).classes.join({ code })).resolves.toMatchObject({ name: "Year 9 English" });
    // one more from that address is refused, even with the right code
    const next = await account();
    next.v.clientAddress = "203.0.113.99";
    await expect((await next.v.caller()).classes.join({ code })).rejects.toThrow(/Too many tries at a class code/);
    next.v.clientAddress = "203.0.113.100";
    await expect((await next.v.caller()).classes.join({ code })).resolves.toMatchObject({ name: "Year 9 English" });
  });

  it("counts join tries in the database every web node shares: tries split over two nodes add up to one limit", async () => {
    const { teacher, classId, code } = await classWith(0);
    // node B: its own database client and auth instance on the same database, as a second server would have
    const dbB = createDb({ url: testDb.url });
    const authB = createTestAuth(dbB);
    try {
      const nodes = [
        { db: testDb.db, visitor: (await account("Tries on node A")).v },
        { db: dbB, visitor: (await account("Joins on node B", { db: dbB, auth: authB })).v },
      ];
      const tryJoin = async (i: number, joinCode: string) => {
        const node = nodes[i % 2]!;
        useSharedLimitStore(node.db); // each server counts through its own client
        node.visitor.clientAddress = "203.0.113.150";
        return (await node.visitor.caller()).classes.join({ code: joinCode });
      };
      for (let i = 0; i < JOINS_PER_ADDRESS - 1; i++) await expect(tryJoin(i, `ZZZZZ-ZZZ${"23456789AB"[i % 10]}`)).rejects.toThrow(/No class has this code/);
      // the last try allowed joins through node B; the teacher sees the student through node A
      await expect(tryJoin(1, code)).resolves.toMatchObject({ classId });
      const view = await (await teacher.v.caller()).classes.get({ classId });
      expect(view.role !== "student" && view.students.map((s) => s.name)).toEqual(["Joins on node B"]);
      // one more from that address is refused on either node
      await expect(tryJoin(0, code)).rejects.toThrow(/Too many tries at a class code/);
      await expect(tryJoin(1, code)).rejects.toThrow(/Too many tries at a class code/);
      const counter = await testDb.db.rateLimitCounter.findFirst({ where: { key: { contains: "203.0.113.150" } } });
      expect(counter?.points).toBeGreaterThan(JOINS_PER_ADDRESS);
    } finally {
      useSharedLimitStore(null);
      await dbB.$disconnect();
    }
  });
});

describe("classes.get, leave, removeMember, addCoTeacher", () => {
  it("shows a teacher the students and code; a student only their teachers and own assignments; an outsider nothing", async () => {
    const { teacher, classId, code, students } = await classWith(2);
    const view = await (await teacher.v.caller()).classes.get({ classId });
    expect(view).toMatchObject({ role: "owner", joinCode: code, students: [{ name: "Student 1", ended: null }, { name: "Student 2", ended: null }] });
    const seen = await (await students[0]!.v.caller()).classes.get({ classId });
    expect(seen).toEqual({ role: "student", id: classId, name: "Year 9 English", archived: false, teachers: [{ name: "Ms Teacher" }], assignments: [] });
    expect(JSON.stringify(seen)).not.toContain("Student 2");
    const outsider = await account();
    expect(await codeOf((await outsider.v.caller()).classes.get({ classId }))).toBe("NOT_FOUND");
    // the teacher renames and archives it: the students see both
    await (await teacher.v.caller()).classes.rename({ classId, name: "Year 9 English, set 2" });
    await (await teacher.v.caller()).classes.setArchived({ classId, archived: true });
    expect(await (await students[0]!.v.caller()).classes.get({ classId })).toMatchObject({ name: "Year 9 English, set 2", archived: true });
    await (await teacher.v.caller()).classes.setArchived({ classId, archived: false });
    // a student cannot manage the class
    expect(await codeOf((await students[0]!.v.caller()).classes.rename({ classId, name: "Mine now" }))).toBe("FORBIDDEN");
    expect(await codeOf((await students[0]!.v.caller()).classes.removeMember({ classId, memberUserId: students[1]!.userId }))).toBe("FORBIDDEN");
  });

  it("keeps a student who left or was removed on the teacher's list with that status; removed students cannot rejoin by code", async () => {
    const { teacher, classId, code, students } = await classWith(2);
    const [leaver, removed] = students as [Awaited<ReturnType<typeof account>>, Awaited<ReturnType<typeof account>>];
    await (await leaver.v.caller()).classes.leave({ classId });
    await (await teacher.v.caller()).classes.removeMember({ classId, memberUserId: removed.userId });
    const view = await (await teacher.v.caller()).classes.get({ classId });
    expect(view.role !== "student" && view.students.map((s) => [s.name, s.ended])).toEqual([
      ["Student 1", "left"],
      ["Student 2", "removed"],
    ]);
    expect(await codeOf((await leaver.v.caller()).classes.get({ classId }))).toBe("NOT_FOUND");
    await expect((await removed.v.caller()).classes.join({ code })).rejects.toThrow(/removed you/);
    await (await leaver.v.caller()).classes.join({ code });
    expect((await (await leaver.v.caller()).classes.get({ classId })).role).toBe("student");
    expect(await codeOf((await teacher.v.caller()).classes.leave({ classId }))).toBe("CONFLICT");
  });

  it("lets the owner add a co-teacher by email, who then teaches the class but cannot remove the owner", async () => {
    const { teacher, classId } = await classWith(1);
    const colleague = await account("Mr Colleague");
    const email = (await (await colleague.v.caller()).session.me())!.email;
    await expect((await teacher.v.caller()).classes.addCoTeacher({ classId, email: "nobody@example.com" })).rejects.toThrow(/No account/);
    await (await teacher.v.caller()).classes.addCoTeacher({ classId, email });
    const view = await (await colleague.v.caller()).classes.get({ classId });
    expect(view).toMatchObject({ role: "teacher", students: [{ name: "Student 1" }] });
    expect(await codeOf((await colleague.v.caller()).classes.removeMember({ classId, memberUserId: teacher.userId }))).toBe("FORBIDDEN");
  });
});

describe("classes.assign and each student's own quiz", () => {
  it("gives each student their own variant from one pool, the same one again on return, counted in their own scores", async () => {
    const { teacher, classId, students } = await classWith(2);
    const made = await (await teacher.v.caller()).classes.assign({ classId, slug: sample.slug, dueAt: null, questionCount: 5, types: ["choice", "true-false"] });
    expect(made.questionCount).toBe(5);
    const assignment = await testDb.db.assignment.findUniqueOrThrow({ where: { id: made.id } });
    const poolKeys = new Set(readPool(assignment).questions.map((q) => questionKeyOf(assignment.articleId, q.id)));
    expect(poolKeys.size).toBeGreaterThan(5);

    const quizzes = [];
    for (const s of students) {
      const first = await (await s.v.caller()).quiz.start({ slug: sample.slug });
      const row = await testDb.db.attempt.findUniqueOrThrow({ where: { id: first.id }, include: { quiz: true } });
      expect(row.assignmentId).toBe(made.id);
      const questions = readStoredQuiz(row.quiz);
      expect(questions).toHaveLength(5);
      expect(questions.every((q) => poolKeys.has(q.key.questionKey) && ["choice", "true-false"].includes(q.type))).toBe(true);
      quizzes.push(questions.map((q) => `${q.key.questionKey}|${q.options?.join("/")}`));
      // back later: the same attempt
      expect((await (await s.v.caller()).quiz.start({ slug: sample.slug })).id).toBe(first.id);
    }
    expect(quizzes[0]).not.toEqual(quizzes[1]);

    const done = await takeQuiz(students[0]!.v, sample.slug, () => true);
    expect(done.assignmentId).toBe(made.id);
    const scores = await (await students[0]!.v.caller()).scores.overview({ tz: "UTC" });
    expect(scores.attempts).toEqual([expect.objectContaining({ id: done.attemptId, score: 5, total: 5 })]);
    // done: a later quiz on the article is practice, not the assignment again
    const next = await takeQuiz(students[0]!.v, sample.slug, () => false);
    expect(next.assignmentId).toBeNull();
    const mine = await (await students[0]!.v.caller()).classes.assignedToMe();
    expect(mine).toEqual([expect.objectContaining({ id: made.id, state: "done", result: { attemptId: done.attemptId, score: 5, total: 5 } })]);
    // class work is in the student's own review queue too: the other student misses every question of their variant
    const missed = await takeQuiz(students[1]!.v, sample.slug, () => false);
    expect(missed.assignmentId).toBe(made.id);
    const queued = await testDb.db.reviewItem.findMany({ where: { userId: students[1]!.userId } });
    expect(queued.map((r) => r.questionKey).sort()).toEqual(missed.questions.map((q) => q.key.questionKey).sort());
  });

  it("makes an imported article readable by the class it is assigned to, and by nobody else", async () => {
    const { teacher, classId, students } = await classWith(1);
    const slug = `teacher-import-${people}`;
    await upsertArticle(testDb.db, { ...sample, slug }, { ownerId: teacher.userId, contentHash: slug });
    const outsider = await account();
    expect(await codeOf((await students[0]!.v.caller()).article.bySlug({ slug }))).toBe("NOT_FOUND");
    await (await teacher.v.caller()).classes.assign({ classId, slug, dueAt: null, questionCount: 4, types: ["choice"] });
    expect((await (await students[0]!.v.caller()).article.bySlug({ slug })).headline).toBe(sample.headline);
    expect(await codeOf((await outsider.v.caller()).article.bySlug({ slug }))).toBe("NOT_FOUND");
    // another teacher cannot assign someone else's import to their class, even one they can read as a student
    const other = await (await students[0]!.v.caller()).classes.create({ name: "Student's own class" });
    expect(await codeOf((await students[0]!.v.caller()).classes.assign({ classId: other.id, slug, dueAt: null, questionCount: 4, types: ["choice"] }))).toBe("NOT_FOUND");
    // a student who leaves loses it
    await (await students[0]!.v.caller()).classes.leave({ classId });
    expect(await codeOf((await students[0]!.v.caller()).article.bySlug({ slug }))).toBe("NOT_FOUND");
  });

  it("refuses students, outsiders and bad settings", async () => {
    const { classId, students } = await classWith(1);
    expect(await codeOf((await students[0]!.v.caller()).classes.assign({ classId, slug: sample.slug, dueAt: null, questionCount: 5, types: ["choice"] }))).toBe("FORBIDDEN");
    const { teacher } = await classWith(0);
    expect(await codeOf((await teacher.v.caller()).classes.assign({ classId, slug: sample.slug, dueAt: null, questionCount: 5, types: ["choice"] }))).toBe("NOT_FOUND");
    // the question count's bounds, from both sides (the teacher of this class may assign; the limits refuse first)
    const own = await classWith(0);
    const assign = async (questionCount: number) => (await own.teacher.v.caller()).classes.assign({ classId: own.classId, slug: sample.slug, dueAt: null, questionCount, types: ["choice", "true-false"] });
    await expect(assign(2)).rejects.toThrow(/at least 3/);
    await expect(assign(21)).rejects.toThrow(/at most 20/);
    expect((await assign(3)).questionCount).toBe(3);
    expect((await assign(20)).id).toEqual(expect.any(String));
    await expect((await teacher.v.caller()).classes.assign({ classId, slug: sample.slug, dueAt: null, questionCount: 5, types: [] })).rejects.toThrow(/at least one question type/);
  });
});

describe("classes.dashboard, dashboardCsv, studentHistory", () => {
  it("shows the teacher who read and finished, scores, time, and each question's share right with the most chosen wrong answer", async () => {
    const { teacher, classId, students } = await classWith(3);
    const dueAt = new Date(Date.now() + 86_400_000);
    const { id: assignmentId } = await (await teacher.v.caller()).classes.assign({ classId, slug: longer.slug, dueAt, questionCount: 6, types: ["choice"] });
    const assignment = await testDb.db.assignment.findUniqueOrThrow({ where: { id: assignmentId } });
    const pool = readPool(assignment);
    // both students miss, when they get it, the question of Student 1's variant that comes last in the pool (so not
    // the first in pool order: the dashboard must sort it first as the most missed); everything else right
    const keyOf = (index: number) => questionKeyOf(assignment.articleId, pool.questions[index]!.id);
    const firstView = await (await students[0]!.v.caller()).quiz.start({ slug: longer.slug });
    const firstRow = await testDb.db.attempt.findUniqueOrThrow({ where: { id: firstView.id }, include: { quiz: true } });
    const firstKeys = new Set(readStoredQuiz(firstRow.quiz).map((q) => q.key.questionKey));
    const hardIndex = pool.questions.findLastIndex((_, i) => firstKeys.has(keyOf(i)));
    expect(hardIndex).toBeGreaterThan(0);
    const hardKey = keyOf(hardIndex);
    const missHard = (q: StoredQuestion) => q.key.questionKey !== hardKey;
    const a = await takeQuiz(students[0]!.v, longer.slug, missHard);
    const b = await takeQuiz(students[1]!.v, longer.slug, missHard);
    await (await students[2]!.v.caller()).progress.save({ slug: longer.slug, paragraph: 1, ratio: 0.5 });
    // a student's practice quizzes on the same article are not the teacher's business
    await takeQuiz(students[0]!.v, longer.slug, () => false);
    expect((await takeQuiz(students[2]!.v, longer.slug, () => true, true)).assignmentId).toBeNull();

    const d = await (await teacher.v.caller()).classes.dashboard({ assignmentId });
    expect(d.students.map((s) => [s.name, s.progress, s.state, s.score])).toEqual([
      ["Student 1", "finished", "done", a.result.score],
      ["Student 2", "finished", "done", b.result.score],
      ["Student 3", "reading", "to-do", null],
    ]);
    expect(d.students[2]!.readRatio).toBe(0.5);
    expect(d.summary).toMatchObject({ students: 3, finished: 2 });
    expect(d.students.map((s) => s.durationMs)).toEqual([a.result.durationMs, b.result.durationMs, null]);
    const askedHard = [a, b].filter((t) => t.questions.some((q) => q.key.questionKey === hardKey));
    expect(askedHard[0]).toBe(a);
    const hard = d.questions.find((q) => q.number === hardIndex + 1)!;
    expect(hard.asked).toBe(askedHard.length);
    expect(d.questions[0]).toBe(hard); // most missed first
    expect(hard.percentCorrect).toBe(0);
    const wrongGiven = askedHard.map((t) => wrongResponse(t.questions.find((q) => q.key.questionKey === hardKey)!));
    expect(wrongGiven).toContain(hard.mostChosenWrong?.response);
    expect(hard.evidence).toBe(pool.answerKey[pool.questions[hardIndex]!.id]!.evidence.text);
    const answered = d.questions.filter((q) => q.asked > 0 && q !== hard);
    expect(answered.length).toBeGreaterThan(0);
    expect(answered.every((q) => q.percentCorrect === 100 && q.mostChosenWrong === null)).toBe(true);
    expect(d.questions.reduce((n, q) => n + q.asked, 0)).toBe(12);

    // students and other teachers see nothing of it
    expect(await codeOf((await students[0]!.v.caller()).classes.dashboard({ assignmentId }))).toBe("NOT_FOUND");
    const other = await classWith(0);
    expect(await codeOf((await other.teacher.v.caller()).classes.dashboard({ assignmentId }))).toBe("NOT_FOUND");
    expect(await codeOf((await other.teacher.v.caller()).classes.studentHistory({ classId, studentId: students[0]!.userId }))).toBe("NOT_FOUND");
  });

  it("keeps a removed student's work, marked, and exports CSV with names made formula-safe", async () => {
    const { teacher, classId, code } = await classWith(0);
    const sly = await account("=HYPERLINK(\"http://x\",\"hi\")");
    await (await sly.v.caller()).classes.join({ code });
    const { id: assignmentId } = await (await teacher.v.caller()).classes.assign({ classId, slug: sample.slug, dueAt: new Date(Date.now() - 60_000), questionCount: 3, types: ["choice"] });
    await takeQuiz(sly.v, sample.slug, () => true);
    await (await teacher.v.caller()).classes.removeMember({ classId, memberUserId: sly.userId });
    const d = await (await teacher.v.caller()).classes.dashboard({ assignmentId });
    expect(d.students).toEqual([expect.objectContaining({ ended: "removed", progress: "finished", state: "done-late", percent: 100 })]);
    const { csv, rows } = await (await teacher.v.caller()).classes.dashboardCsv({ assignmentId });
    expect(rows).toBe(1);
    const [header, line] = csv.split("\r\n");
    expect(header).toBe(ASSIGNMENT_CSV_COLUMNS.join(","));
    expect(line).toMatch(/^"'=HYPERLINK\(""http:\/\/x"",""hi""\)",removed the class,/);
    expect(line).toContain(",finished,done-late,");
  });

  it("gives a student's history across this class's assignments only", async () => {
    const { teacher, classId, students } = await classWith(1);
    const student = students[0]!;
    // the same student handed in an assignment of another class, and a practice quiz on this class's article
    const other = await classWith(0, "Other class");
    await (await student.v.caller()).classes.join({ code: other.code });
    const slug = `history-copy-${people}`;
    await upsertArticle(testDb.db, { ...sample, slug }, { contentHash: slug });
    await (await other.teacher.v.caller()).classes.assign({ classId: other.classId, slug, dueAt: null, questionCount: 3, types: ["choice"] });
    expect((await takeQuiz(student.v, slug, () => true)).assignmentId).not.toBeNull();
    expect((await takeQuiz(student.v, sample.slug, () => false)).assignmentId).toBeNull();
    const { id } = await (await teacher.v.caller()).classes.assign({ classId, slug: sample.slug, dueAt: null, questionCount: 3, types: ["choice"] });
    const history = async () => (await (await teacher.v.caller()).classes.studentHistory({ classId, studentId: student.userId })).assignments;
    expect(await history()).toEqual([expect.objectContaining({ id, state: "to-do", score: null, percent: null })]);
    // handed in: this class's result, and only it
    const done = await takeQuiz(student.v, sample.slug, () => true);
    expect(done.assignmentId).toBe(id);
    expect(await history()).toEqual([expect.objectContaining({ id, state: "done", score: done.result.score, total: done.result.total, percent: 100 })]);
    // the other class's teacher sees nothing of this class
    expect(await codeOf((await other.teacher.v.caller()).classes.studentHistory({ classId, studentId: student.userId }))).toBe("NOT_FOUND");
  });

  it("says late to a student past the due date who has not handed in, and to the teacher; handed in after it, done late", async () => {
    const { teacher, classId, students } = await classWith(2);
    const [handedIn, notYet] = students as [Awaited<ReturnType<typeof account>>, Awaited<ReturnType<typeof account>>];
    const { id } = await (await teacher.v.caller()).classes.assign({ classId, slug: sample.slug, dueAt: new Date(Date.now() - 60_000), questionCount: 3, types: ["choice"] });
    await takeQuiz(handedIn.v, sample.slug, () => true);
    expect((await (await notYet.v.caller()).classes.assignedToMe()).map((a) => [a.id, a.state])).toEqual([[id, "late"]]);
    const seen = await (await notYet.v.caller()).classes.get({ classId });
    expect(seen.role === "student" && seen.assignments.map((a) => a.state)).toEqual(["late"]);
    expect((await (await handedIn.v.caller()).classes.assignedToMe()).map((a) => a.state)).toEqual(["done-late"]);
    const d = await (await teacher.v.caller()).classes.dashboard({ assignmentId: id });
    expect(d.students.map((s) => [s.name, s.state])).toEqual([
      ["Student 1", "done-late"],
      ["Student 2", "late"],
    ]);
    const h = await (await teacher.v.caller()).classes.studentHistory({ classId, studentId: notYet.userId });
    expect(h.assignments.map((a) => a.state)).toEqual(["late"]);
  });

  it("counts the due instant itself as on time", () => {
    const dueAt = new Date("2026-12-03T09:00:00Z");
    const after = new Date(dueAt.getTime() + 1);
    expect(assignmentState({ dueAt, submittedAt: null, now: dueAt })).toBe("to-do");
    expect(assignmentState({ dueAt, submittedAt: null, now: after })).toBe("late");
    expect(assignmentState({ dueAt, submittedAt: dueAt, now: after })).toBe("done");
    expect(assignmentState({ dueAt, submittedAt: after, now: after })).toBe("done-late");
    expect(assignmentState({ dueAt: null, submittedAt: null, now: new Date("2099-01-01T00:00:00Z") })).toBe("to-do");
  });
});

describe("curating an assignment's questions: hideQuestion, editQuestion, addQuestion; students' flags", () => {
  it("leaves a hidden question out of quizzes drawn after, refuses edits that break the engine's rules, and uses a valid edit", async () => {
    const { teacher, classId, code } = await classWith(0);
    const { id: assignmentId } = await (await teacher.v.caller()).classes.assign({ classId, slug: longer.slug, dueAt: null, questionCount: 3, types: ["choice"] });
    const before = await (await teacher.v.caller()).classes.dashboard({ assignmentId });
    const [hide, edit, ...rest] = before.questions.sort((a, b) => a.number - b.number);
    expect(rest.length).toBeGreaterThan(0);
    await (await teacher.v.caller()).classes.hideQuestion({ assignmentId, questionId: hide!.id, hidden: true });

    const options = edit!.options!;
    // the answer must be in the evidence sentence, and the prompt must not give it away
    await expect((await teacher.v.caller()).classes.editQuestion({ assignmentId, questionId: edit!.id, version: edit!.version, prompt: edit!.prompt, options: [options[0]!, "Zzyzx Qwerty"], answer: "Zzyzx Qwerty" })).rejects.toThrow(
      /must be written in the evidence sentence/,
    );
    await expect((await teacher.v.caller()).classes.editQuestion({ assignmentId, questionId: edit!.id, version: edit!.version, prompt: `Is it ${edit!.answer}?`, options, answer: edit!.answer })).rejects.toThrow(/gives the answer away/);
    await expect((await teacher.v.caller()).classes.editQuestion({ assignmentId, questionId: edit!.id, version: edit!.version, prompt: edit!.prompt, options: [edit!.answer, edit!.answer], answer: edit!.answer })).rejects.toThrow(/same thing/);
    await (await teacher.v.caller()).classes.editQuestion({ assignmentId, questionId: edit!.id, version: edit!.version, prompt: "According to the article, which figure is right here?", options, answer: edit!.answer });

    // hide everything else: the next students get exactly the edited question
    for (const q of rest) await (await teacher.v.caller()).classes.hideQuestion({ assignmentId, questionId: q.id, hidden: true });
    const s = await account();
    await (await s.v.caller()).classes.join({ code });
    const view = await (await s.v.caller()).quiz.start({ slug: longer.slug });
    expect(view.questions.map((q) => q.prompt)).toEqual(["According to the article, which figure is right here?"]);
    const after = await (await teacher.v.caller()).classes.dashboard({ assignmentId });
    expect(after.questions.find((q) => q.id === hide!.id)?.hidden).toBe(true);
    // students and other teachers cannot curate, nor see the sentences to write a question on
    const outsider = (await classWith(0)).teacher;
    for (const who of [s, outsider]) {
      const c = await who.v.caller();
      expect(await codeOf(c.classes.hideQuestion({ assignmentId, questionId: edit!.id, hidden: false }))).toBe("NOT_FOUND");
      expect(await codeOf(c.classes.editQuestion({ assignmentId, questionId: edit!.id, version: edit!.version, prompt: "Which figure did someone else choose?", options, answer: edit!.answer }))).toBe("NOT_FOUND");
      expect(await codeOf(c.classes.addQuestion({ assignmentId, prompt: "Which figure did someone else add?", answer: edit!.answer, wrong: options.filter((o) => o !== edit!.answer).slice(0, 1), paragraph: 0, sentence: 0 }))).toBe("NOT_FOUND");
      expect(await codeOf(c.classes.sentences({ assignmentId }))).toBe("NOT_FOUND");
    }
    const unchanged = await (await teacher.v.caller()).classes.dashboard({ assignmentId });
    expect(unchanged.questions.map((q) => [q.id, q.hidden, q.prompt])).toEqual(after.questions.map((q) => [q.id, q.hidden, q.prompt]));
  });

  it("takes a teacher's own question on a sentence holding its answer, and shows the class's flags to the teacher", async () => {
    const { teacher, classId, code } = await classWith(0);
    const { id: assignmentId } = await (await teacher.v.caller()).classes.assign({ classId, slug: sample.slug, dueAt: null, questionCount: 3, types: ["choice"] });
    const sentences = await (await teacher.v.caller()).classes.sentences({ assignmentId });
    const target = sentences.find((x) => x.text.includes("Seoul"))!;
    expect(target).toBeDefined();
    await expect(
      (await teacher.v.caller()).classes.addQuestion({ assignmentId, prompt: "Which city's agency spoke first?", answer: "Tokyo", wrong: ["Beijing"], paragraph: target.paragraph, sentence: target.sentence }),
    ).rejects.toThrow(/must be written in the evidence sentence/);
    const { id } = await (await teacher.v.caller()).classes.addQuestion({
      assignmentId,
      prompt: "Which city is named in this sentence of the article?",
      answer: "Seoul",
      wrong: ["Tokyo", "Beijing"],
      paragraph: target.paragraph,
      sentence: target.sentence,
    });
    const d = await (await teacher.v.caller()).classes.dashboard({ assignmentId });
    for (const q of d.questions) if (q.id !== id) await (await teacher.v.caller()).classes.hideQuestion({ assignmentId, questionId: q.id, hidden: true });

    const s = await account("Flagging Student");
    await (await s.v.caller()).classes.join({ code });
    const taken = await takeQuiz(s.v, sample.slug, () => true);
    expect(taken.questions.map((q) => q.key.answer)).toEqual(["Seoul"]);
    await (await s.v.caller()).attempt.flag({ attemptId: taken.attemptId, questionId: taken.questions[0]!.id, reason: "ambiguous" });
    const mine = (await (await teacher.v.caller()).classes.dashboard({ assignmentId })).questions.find((q) => q.id === id)!;
    expect(mine).toMatchObject({ custom: true, asked: 1, correct: 1, percentCorrect: 100, flags: [{ reason: "ambiguous", count: 1 }] });
    expect(mine.evidence).toBe(target.text);
  });
});

/** A class with a co-teacher (added by the owner) and `students` students. */
async function classWithCoTeacher(students: number) {
  const made = await classWith(students);
  const coTeacher = await account("Mr Colleague");
  const email = (await (await coTeacher.v.caller()).session.me())!.email;
  await (await made.teacher.v.caller()).classes.addCoTeacher({ classId: made.classId, email });
  return { ...made, coTeacher };
}

describe("classes.deleteAssignment", () => {
  it("takes the assignment away from students and the class, keeps their results in their scores and, marked removed, in the teacher's history", async () => {
    const { teacher, coTeacher, classId, code, students } = await classWithCoTeacher(3);
    const [early, late, idle] = students as [Awaited<ReturnType<typeof account>>, Awaited<ReturnType<typeof account>>, Awaited<ReturnType<typeof account>>];
    const otherSlug = `kept-copy-${people}`;
    await upsertArticle(testDb.db, { ...sample, slug: otherSlug }, { contentHash: otherSlug });
    const { id: keptId } = await (await teacher.v.caller()).classes.assign({ classId, slug: otherSlug, dueAt: null, questionCount: 3, types: ["choice"] });
    const { id: removedId } = await (await teacher.v.caller()).classes.assign({ classId, slug: sample.slug, dueAt: null, questionCount: 4, types: ["true-false"] });
    // one student handed in both; another is half-way through the quiz of the one to be removed; the third has not started
    const done = await takeQuiz(early.v, sample.slug, () => true);
    expect(done.assignmentId).toBe(removedId);
    await takeQuiz(early.v, otherSlug, () => true);
    const halfway = await (await late.v.caller()).quiz.start({ slug: sample.slug });
    expect((await testDb.db.attempt.findUniqueOrThrow({ where: { id: halfway.id } })).assignmentId).toBe(removedId);

    // only the class's teachers may remove it; everyone else is told it does not exist
    expect(await codeOf((await idle.v.caller()).classes.deleteAssignment({ assignmentId: removedId }))).toBe("NOT_FOUND");
    const outsider = await classWith(0);
    expect(await codeOf((await outsider.teacher.v.caller()).classes.deleteAssignment({ assignmentId: removedId }))).toBe("NOT_FOUND");
    expect(await codeOf((await teacher.v.caller()).classes.deleteAssignment({ assignmentId: "no-such-assignment" }))).toBe("NOT_FOUND");
    await (await coTeacher.v.caller()).classes.deleteAssignment({ assignmentId: removedId });
    expect(await codeOf((await teacher.v.caller()).classes.deleteAssignment({ assignmentId: removedId }))).toBe("NOT_FOUND");

    // students: no longer assigned anywhere; a quiz on the article is practice now
    for (const s of students) {
      expect((await (await s.v.caller()).classes.assignedToMe()).map((a) => a.id)).toEqual([keptId]);
      const view = await (await s.v.caller()).classes.get({ classId });
      expect(view.role === "student" && view.assignments.map((a) => a.id)).toEqual([keptId]);
    }
    expect((await takeQuiz(idle.v, sample.slug, () => true)).assignmentId).toBeNull();
    // the handed-in result stays in the student's own scores and can be opened
    const scores = await (await early.v.caller()).scores.overview({ tz: "UTC" });
    expect(scores.attempts.map((a) => a.id)).toContain(done.attemptId);
    expect((await (await early.v.caller()).attempt.get({ attemptId: done.attemptId })).id).toBe(done.attemptId);
    // the quiz in progress is not lost either: it resumes and counts in the student's scores
    expect((await (await late.v.caller()).quiz.start({ slug: sample.slug })).id).toBe(halfway.id);
    await (await late.v.caller()).attempt.submit({ attemptId: halfway.id });
    expect((await (await late.v.caller()).scores.overview({ tz: "UTC" })).attempts.map((a) => a.id)).toEqual([halfway.id]);

    // the teacher: gone from the class, its dashboard, CSV and curating; kept, marked, in the history of who handed in before
    const view = await (await teacher.v.caller()).classes.get({ classId });
    expect(view.role !== "student" && view.assignments.map((a) => a.id)).toEqual([keptId]);
    expect((await (await teacher.v.caller()).classes.mine()).find((c) => c.id === classId)?.assignmentCount).toBe(1);
    expect(await codeOf((await teacher.v.caller()).classes.dashboard({ assignmentId: removedId }))).toBe("NOT_FOUND");
    expect(await codeOf((await teacher.v.caller()).classes.dashboardCsv({ assignmentId: removedId }))).toBe("NOT_FOUND");
    expect(await codeOf((await teacher.v.caller()).classes.sentences({ assignmentId: removedId }))).toBe("NOT_FOUND");
    expect(await codeOf((await teacher.v.caller()).classes.hideQuestion({ assignmentId: removedId, questionId: "q1", hidden: true }))).toBe("NOT_FOUND");
    const history = await (await teacher.v.caller()).classes.studentHistory({ classId, studentId: early.userId });
    expect(history.assignments).toEqual([
      expect.objectContaining({ id: removedId, removedAt: expect.any(Date), state: "done", score: done.result.score, total: done.result.total }),
      expect.objectContaining({ id: keptId, removedAt: null, state: "done" }),
    ]);
    // handed in after the removal: the student's own practice, not shown to the teacher; not started: not listed
    for (const s of [late, idle]) {
      const h = await (await teacher.v.caller()).classes.studentHistory({ classId, studentId: s.userId });
      expect(h.assignments.map((a) => [a.id, a.removedAt, a.state])).toEqual([[keptId, null, "to-do"]]);
    }

    // nothing orphaned: the attempts still point to the (removed) assignment, which still belongs to the class
    const row = await testDb.db.assignment.findUniqueOrThrow({ where: { id: removedId }, include: { attempts: { select: { id: true } } } });
    expect(row.removedAt).not.toBeNull();
    expect(row.classId).toBe(classId);
    expect(row.attempts.map((a) => a.id).sort()).toEqual([done.attemptId, halfway.id].sort());
    // a student joining afterwards never sees it
    const newcomer = await account("Newcomer");
    await (await newcomer.v.caller()).classes.join({ code });
    expect((await (await newcomer.v.caller()).classes.assignedToMe()).map((a) => a.id)).toEqual([keptId]);
  });

  it("stops an assigned import being readable through the removed assignment, and refuses removal in an archived class", async () => {
    const { teacher, classId, students } = await classWith(1);
    const slug = `removed-import-${people}`;
    await upsertArticle(testDb.db, { ...sample, slug }, { ownerId: teacher.userId, contentHash: slug });
    const { id } = await (await teacher.v.caller()).classes.assign({ classId, slug, dueAt: null, questionCount: 3, types: ["choice"] });
    expect((await (await students[0]!.v.caller()).article.bySlug({ slug })).headline).toBe(sample.headline);
    await (await teacher.v.caller()).classes.setArchived({ classId, archived: true });
    await expect((await teacher.v.caller()).classes.deleteAssignment({ assignmentId: id })).rejects.toThrow(/archived/);
    await (await teacher.v.caller()).classes.setArchived({ classId, archived: false });
    await (await teacher.v.caller()).classes.deleteAssignment({ assignmentId: id });
    expect(await codeOf((await students[0]!.v.caller()).article.bySlug({ slug }))).toBe("NOT_FOUND");
    // the teacher may assign it again: a new assignment, to do again
    const again = await (await teacher.v.caller()).classes.assign({ classId, slug, dueAt: null, questionCount: 3, types: ["choice"] });
    expect((await (await students[0]!.v.caller()).classes.assignedToMe()).map((a) => [a.id, a.state])).toEqual([[again.id, "to-do"]]);
  });
});

describe("two teachers curating the same assignment at once", () => {
  async function assignedWithTwoTeachers() {
    const made = await classWithCoTeacher(0);
    const { id: assignmentId } = await (await made.teacher.v.caller()).classes.assign({ classId: made.classId, slug: longer.slug, dueAt: null, questionCount: 3, types: ["choice"] });
    const questions = (await (await made.teacher.v.caller()).classes.dashboard({ assignmentId })).questions.sort((a, b) => a.number - b.number);
    return { ...made, assignmentId, questions };
  }
  const promptOf = async (v: TestVisitor, assignmentId: string, id: string) => (await (await v.caller()).classes.dashboard({ assignmentId })).questions.find((q) => q.id === id)!;

  it("refuses the second save of a question edited from an old version, with a CONFLICT that says to reload; after reloading it saves", async () => {
    const { teacher, coTeacher, assignmentId, questions } = await assignedWithTwoTeachers();
    const q = questions[0]!;
    const mine = { assignmentId, questionId: q.id, version: q.version, options: q.options!, answer: q.answer };
    // both opened the editor on the same version; the owner saves first
    const saved = await (await teacher.v.caller()).classes.editQuestion({ ...mine, prompt: "Which figure does the article give here, according to the owner?" });
    expect(saved.version).not.toBe(q.version);
    const refused = await coTeacher.v.httpMutation("classes.editQuestion", { ...mine, prompt: "Which figure does the article give, says the co-teacher?" });
    expect(refused).toEqual({ status: 409, error: { code: "CONFLICT", message: expect.stringMatching(/changed by someone else.*Reload to see/) } });
    // the owner's wording was not overwritten
    const now = await promptOf(coTeacher.v, assignmentId, q.id);
    expect(now).toMatchObject({ prompt: "Which figure does the article give here, according to the owner?", version: saved.version });
    // hiding it is not a change to its wording: the version stays
    await (await teacher.v.caller()).classes.hideQuestion({ assignmentId, questionId: q.id, hidden: true });
    expect((await promptOf(coTeacher.v, assignmentId, q.id)).version).toBe(saved.version);
    // reloaded: the co-teacher's save from the new version goes through
    await (await coTeacher.v.caller()).classes.editQuestion({ ...mine, version: now.version, prompt: "Which figure does the article give, says the co-teacher?" });
    expect((await promptOf(teacher.v, assignmentId, q.id)).prompt).toBe("Which figure does the article give, says the co-teacher?");
    // a made-up version is refused the same way
    expect(await codeOf((await teacher.v.caller()).classes.editQuestion({ ...mine, version: "not-a-version", prompt: "Which figure does the article give, then?" }))).toBe("CONFLICT");
  });

  /**
   * Clients for `clients.length` writers that each hold their first pool write until every writer has read the pool
   * and reached theirs: the same moment, made certain (without it the calls ran one after the other and the test
   * passed with the compare-and-set removed).
   */
  function atTheSameMoment(clients: Db[]): Db[] {
    let arrived = 0;
    let release = () => {};
    const everyone = new Promise<void>((resolve) => (release = resolve));
    return clients.map((client) => {
      let first = true;
      return client.$extends({
        query: {
          assignment: {
            async updateMany({ args, query }) {
              if (first) {
                first = false;
                if (++arrived === clients.length) release();
                await everyone;
              }
              return query(args);
            },
          },
        },
      }) as unknown as Db; // the extended client has the same model API; only its TypeScript type differs
    });
  }

  it("at the same moment, on two database clients: one save of the same question wins and the other is refused; changes to different questions are all kept", async () => {
    const { teacher, coTeacher, assignmentId, questions } = await assignedWithTwoTeachers();
    const [q1, q2, q3] = questions as [(typeof questions)[number], (typeof questions)[number], (typeof questions)[number]];
    const dbB = createDb({ url: testDb.url }); // the co-teacher's server
    try {
      const edit = (db: Db, userId: string, q: typeof q1, prompt: string) => editQuestion(db, { userId, assignmentId, questionId: q.id, version: q.version, prompt, options: q.options!, answer: q.answer });
      const [a, b] = atTheSameMoment([testDb.db, dbB]);
      const same = await Promise.allSettled([edit(a!, teacher.userId, q1, "Which figure is right, in the owner's words?"), edit(b!, coTeacher.userId, q1, "Which figure is right, in the co-teacher's words?")]);
      expect(same.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
      const loser = same.find((r) => r.status === "rejected") as PromiseRejectedResult;
      expect(loser.reason).toMatchObject({ name: "QuestionChangedError", code: "CONFLICT" });
      const winnerPrompt = same[0]!.status === "fulfilled" ? "Which figure is right, in the owner's words?" : "Which figure is right, in the co-teacher's words?";
      expect((await promptOf(teacher.v, assignmentId, q1.id)).prompt).toBe(winnerPrompt);

      // different questions, a hide and a question of one's own, all read before any is stored: nothing is lost
      const sentences = await (await teacher.v.caller()).classes.sentences({ assignmentId });
      const target = sentences.find((x) => x.text.includes("Kyoto University"))!;
      expect(target).toBeDefined();
      const [c1, c2, c3, c4] = atTheSameMoment([testDb.db, dbB, testDb.db, dbB]);
      const [, , added] = await Promise.all([
        edit(c1!, teacher.userId, q2, "Which figure is right for the second question?"),
        edit(c2!, coTeacher.userId, q3, "Which figure is right for the third question?"),
        addQuestion(c3!, { userId: teacher.userId, assignmentId, prompt: "Which city is named in this sentence of the article?", answer: "Kyoto", wrong: ["Tokyo"], paragraph: target.paragraph, sentence: target.sentence }),
        setQuestionHidden(c4!, { userId: coTeacher.userId, assignmentId, questionId: q1.id, hidden: true }),
      ]);
      const after = (await (await teacher.v.caller()).classes.dashboard({ assignmentId })).questions;
      expect(after.find((q) => q.id === q2.id)?.prompt).toBe("Which figure is right for the second question?");
      expect(after.find((q) => q.id === q3.id)?.prompt).toBe("Which figure is right for the third question?");
      expect(after.find((q) => q.id === added.id)?.custom).toBe(true);
      expect(after.find((q) => q.id === q1.id)).toMatchObject({ hidden: true, prompt: winnerPrompt });
    } finally {
      await dbB.$disconnect();
    }
  });

  it("when another teacher's write lands between reading the pool and storing it, reads again: both changes are kept, and an edit of the changed question is refused", async () => {
    const { teacher, coTeacher, assignmentId, questions } = await assignedWithTwoTeachers();
    const [q1, q2] = questions as [(typeof questions)[number], (typeof questions)[number]];
    // the owner's edit runs on a client that lets the co-teacher write first, just before the owner's first write
    let interleave: (() => Promise<unknown>) | null = null;
    let writes = 0;
    const racing = testDb.db.$extends({
      query: {
        assignment: {
          async updateMany({ args, query }) {
            writes++;
            const other = interleave;
            interleave = null;
            if (other) await other();
            return query(args);
          },
        },
      },
    }) as unknown as Db; // the extended client has the same model API; only its TypeScript type differs
    const ownerId = teacher.userId;
    interleave = async () =>
      (await coTeacher.v.caller()).classes.editQuestion({ assignmentId, questionId: q2.id, version: q2.version, prompt: "Which figure is right, the co-teacher asks?", options: q2.options!, answer: q2.answer });
    await editQuestion(racing, { userId: ownerId, assignmentId, questionId: q1.id, version: q1.version, prompt: "Which figure is right, the owner asks?", options: q1.options!, answer: q1.answer });
    expect(writes).toBe(2); // the first write found the pool changed and was made again on the new pool
    let after = (await (await teacher.v.caller()).classes.dashboard({ assignmentId })).questions;
    expect(after.find((q) => q.id === q1.id)?.prompt).toBe("Which figure is right, the owner asks?");
    expect(after.find((q) => q.id === q2.id)?.prompt).toBe("Which figure is right, the co-teacher asks?");

    // the same, on the same question: the owner's edit is refused, the co-teacher's stays
    const fresh = after.find((q) => q.id === q1.id)!;
    interleave = async () =>
      (await coTeacher.v.caller()).classes.editQuestion({ assignmentId, questionId: q1.id, version: fresh.version, prompt: "Which figure is right, the co-teacher asks first?", options: q1.options!, answer: q1.answer });
    await expect(
      editQuestion(racing, { userId: ownerId, assignmentId, questionId: q1.id, version: fresh.version, prompt: "Which figure is right, the owner asks again?", options: q1.options!, answer: q1.answer }),
    ).rejects.toMatchObject({ name: "QuestionChangedError", code: "CONFLICT" });
    after = (await (await teacher.v.caller()).classes.dashboard({ assignmentId })).questions;
    expect(after.find((q) => q.id === q1.id)?.prompt).toBe("Which figure is right, the co-teacher asks first?");

    // writes that never stop coming in between: a readable CONFLICT after a few tries, nothing half-written
    let others = 0;
    const busy = testDb.db.$extends({
      query: {
        assignment: {
          async updateMany({ args, query }) {
            others++;
            await testDb.db.assignment.update({ where: { id: assignmentId }, data: { poolVersion: { increment: 1 } } });
            return query(args);
          },
        },
      },
    }) as unknown as Db; // as above
    await expect(editQuestion(busy, { userId: ownerId, assignmentId, questionId: q2.id, version: after.find((q) => q.id === q2.id)!.version, prompt: "Which figure is right, never stored?", options: q2.options!, answer: q2.answer })).rejects.toThrow(
      /Other teachers are changing/,
    );
    expect(others).toBe(POOL_WRITE_TRIES);
    expect((await promptOf(teacher.v, assignmentId, q2.id)).prompt).toBe("Which figure is right, the co-teacher asks?");
  });
});
