import { describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { sampleArticle } from "@newsquiz/article/samples";
import { makeQuiz, type PublicQuestion } from "@newsquiz/quiz";
import { useTestApi } from "../test-api";
import type { TestVisitor } from "../testing";
import { readStoredQuiz } from "../quizzes";
import { drawVariant, readPool, type AssignmentState } from "../classes";

// The difficulty setting of an assignment (issue 14, "quiz settings: number of questions, types, difficulty"): the
// pool is made with it, each student's variant drawn with it, and the teacher and students see it.
const sample = sampleArticle();
const api = useTestApi();

let addresses = 0;
async function account(name: string): Promise<TestVisitor> {
  const v = await api.account({ name });
  v.clientAddress = `192.0.2.${++addresses}`;
  return v;
}

async function classWith(students: number) {
  const teacher = await account("Ms Teacher");
  const made = await (await teacher.caller()).classes.create({ name: "Year 10 English" });
  const joined: TestVisitor[] = [];
  for (let i = 0; i < students; i++) {
    const s = await account(`Student ${i + 1}`);
    await (await s.caller()).classes.join({ code: made.joinCode });
    joined.push(s);
  }
  return { teacher, classId: made.id, students: joined };
}

describe("classes.assign with a difficulty", () => {
  it("makes a harder pool, draws each student's variant without easy questions, and shows the setting to teacher and students", async () => {
    const { teacher, classId, students } = await classWith(2);
    const t = await teacher.caller();
    const hard = await t.classes.assign({ classId, slug: sample.slug, dueAt: null, questionCount: 5, types: ["choice", "true-false", "cloze"], difficulty: "hard" });
    expect(hard.difficulty).toBe("hard");
    const hardPool = readPool(await api.db.assignment.findUniqueOrThrow({ where: { id: hard.id } })).questions;

    // the pool is what the engine makes when asked for hard questions of these types (not its default mix)
    const types = ["choice", "true-false", "cloze"] as const;
    const asked = (difficulty: "mixed" | "hard") => makeQuiz(sample, { count: 8, seed: 1, types: [...types], difficulty }).questions.map((q) => q.id);
    expect(asked("hard")).not.toEqual(asked("mixed"));
    expect(hardPool.map((q) => q.id)).toEqual(asked("hard"));
    const other = await classWith(0);
    const mixed = await (await other.teacher.caller()).classes.assign({ classId: other.classId, slug: sample.slug, dueAt: null, questionCount: 5, types: [...types] });
    expect(mixed.difficulty).toBe("mixed");
    expect(readPool(await api.db.assignment.findUniqueOrThrow({ where: { id: mixed.id } })).questions.map((q) => q.id)).toEqual(asked("mixed"));

    const notEasy = hardPool.filter((q) => q.difficulty !== "easy").length;
    for (const s of students) {
      const started = await (await s.caller()).quiz.start({ slug: sample.slug });
      const quiz = (await api.db.attempt.findUniqueOrThrow({ where: { id: started.id }, include: { quiz: true } })).quiz;
      expect(quiz.difficulty).toBe("hard");
      const easy = readStoredQuiz(quiz).filter((q) => q.difficulty === "easy").length;
      // easy questions only when the pool had too few others for the five asked
      expect(easy).toBe(Math.max(0, 5 - notEasy));
      expect(started.questions.every((q) => q.difficulty !== undefined)).toBe(true);
      const mine = await (await s.caller()).classes.assignedToMe();
      expect(mine).toEqual([expect.objectContaining({ id: hard.id, difficulty: "hard", state: "to-do" satisfies AssignmentState })]);
    }

    const view = await t.classes.get({ classId });
    expect(view.role === "owner" && view.assignments).toEqual([expect.objectContaining({ id: hard.id, difficulty: "hard" })]);
    const student = await (await students[0]!.caller()).classes.get({ classId });
    expect(student.assignments).toEqual([expect.objectContaining({ id: hard.id, difficulty: "hard" })]);
    const dashboard = await t.classes.dashboard({ assignmentId: hard.id });
    expect(dashboard.difficulty).toBe("hard");
    expect(dashboard.questions.filter((q) => !q.custom).every((q) => q.difficulty !== undefined)).toBe(true);
  });

  it("keeps the setting when the teacher curates the assignment's questions", async () => {
    const { teacher, classId, students } = await classWith(1);
    const t = await teacher.caller();
    const { id: assignmentId } = await t.classes.assign({ classId, slug: sample.slug, dueAt: null, questionCount: 3, types: ["choice"], difficulty: "easy" });
    const before = await t.classes.dashboard({ assignmentId });
    const [first, second] = before.questions;
    await t.classes.hideQuestion({ assignmentId, questionId: first!.id, hidden: true });
    await t.classes.editQuestion({ assignmentId, questionId: second!.id, version: second!.version, prompt: `${second!.prompt} (read paragraph two)` });
    const after = await t.classes.dashboard({ assignmentId });
    expect(after.difficulty).toBe("easy");
    // the edited question keeps the engine's estimate
    expect(after.questions.find((q) => q.id === second!.id)?.difficulty).toBe(second!.difficulty);
    const started = await (await students[0]!.caller()).quiz.start({ slug: sample.slug });
    const quiz = (await api.db.attempt.findUniqueOrThrow({ where: { id: started.id }, include: { quiz: true } })).quiz;
    expect(quiz.difficulty).toBe("easy");
  });

  it("refuses a difficulty that is not a setting", async () => {
    const { teacher, classId } = await classWith(0);
    const error = await (await teacher.caller()).classes
      .assign({ classId, slug: sample.slug, dueAt: null, questionCount: 3, types: ["choice"], difficulty: "medium" as "hard" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe("BAD_REQUEST");
    expect(await api.db.assignment.count({ where: { classId } })).toBe(0);
  });
});

describe("drawVariant with a difficulty", () => {
  const q = (id: string, difficulty?: PublicQuestion["difficulty"]): PublicQuestion => ({
    id,
    type: "choice",
    prompt: `Question ${id}?`,
    options: ["a", "b", "c", "d"],
    kind: "number",
    ...(difficulty ? { difficulty } : {}),
  });
  const pool = {
    questions: [q("e1", "easy"), q("e2", "easy"), q("e3", "easy"), q("m1", "medium"), q("m2", "medium"), q("h1", "hard"), q("h2", "hard"), q("t1")],
    answerKey: {},
    hidden: new Set<string>(),
  };
  const ids = (qs: PublicQuestion[]) => qs.map((x) => x.id);

  it("leaves the mixed draw as it was and leans easy or hard draws away from the other end while the pool allows", () => {
    for (const seed of [1, 7, 42, 2024]) {
      expect(drawVariant(pool, { seed, count: 4, difficulty: "mixed" })).toEqual(drawVariant(pool, { seed, count: 4 }));
      const hard = ids(drawVariant(pool, { seed, count: 5, difficulty: "hard" }));
      expect(hard.sort()).toEqual(["h1", "h2", "m1", "m2", "t1"]); // the teacher's own (no estimate) counts as medium
      const easy = ids(drawVariant(pool, { seed, count: 4, difficulty: "easy" }));
      expect(easy.some((id) => id.startsWith("h"))).toBe(false);
      // too few others: the draw fills up from the avoided end rather than ask fewer questions
      const long = drawVariant(pool, { seed, count: 7, difficulty: "hard" });
      expect(long).toHaveLength(7);
      expect(ids(long).filter((id) => id.startsWith("e"))).toHaveLength(2);
    }
    // still each student's own order
    expect(ids(drawVariant(pool, { seed: 1, count: 5, difficulty: "hard" }))).not.toEqual(ids(drawVariant(pool, { seed: 2, count: 5, difficulty: "hard" })));
  });
});
