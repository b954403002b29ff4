/**
 * Seeds a class at the size the classes issue names: one teacher, 200 students, 50 assignments (the library
 * texts, each with a pool of questions made by the engine), and for every student and assignment their own quiz
 * (8 of the pool's questions in their own order), a graded attempt and their reading progress — 10,000 attempts,
 * 80,000 answers. The teacher and student 0 can sign in (CLASS_TEACHER_EMAIL / CLASS_STUDENT_EMAIL, password
 * CLASS_PASSWORD). Deterministic (seeded), written through Prisma's createMany in batches, on SQLite or PostgreSQL.
 *
 *   DATABASE_URL=… node --import tsx/esm bench/seed-classes.ts   (migrate the database first)
 */
import { hashPassword } from "better-auth/crypto";
import { createDb, resolveDatabaseUrl, searchTextOf, type Db } from "@newsquiz/db";
import { makeQuiz } from "@newsquiz/quiz";
import { inBatches, libraryTexts, seededRandom } from "./seed-support";

export const CLASS_TEACHER_EMAIL = "teacher@classes.example";
export const CLASS_STUDENT_EMAIL = "student-0@classes.example";
export const CLASS_PASSWORD = "seeded class password";
export const CLASS_ID = "bench-class";
const STUDENTS = 200;
const ASSIGNMENTS = 50;
const QUESTIONS = 8;
const BATCH = 1000;
const DAY = 86_400_000;

/** Returns the ids of the first assignment and of student 0. */
export async function seedClasses(db: Db): Promise<{ assignmentId: string; studentId: string }> {
  const random = seededRandom(14);
  const now = Date.now();
  const texts = libraryTexts()
    .map((article) => ({ article, quiz: makeQuiz(article, { count: Math.ceil(QUESTIONS * 1.5), seed: 1, types: ["choice", "true-false"] }) }))
    .filter((t) => t.quiz.questions.length >= QUESTIONS);

  const users = [
    { id: "bench-teacher", name: "Teacher", email: CLASS_TEACHER_EMAIL },
    ...Array.from({ length: STUDENTS }, (_, s) => ({ id: `bench-student-${s}`, name: `Student ${s}`, email: s === 0 ? CLASS_STUDENT_EMAIL : `student-${s}@classes.example` })),
  ];
  await inBatches(users, BATCH, (batch) => db.user.createMany({ data: batch }));
  const password = await hashPassword(CLASS_PASSWORD);
  for (const id of ["bench-teacher", "bench-student-0"]) {
    await db.account.create({ data: { id: `${id}-account`, accountId: id, providerId: "credential", userId: id, password } });
  }
  await db.classroom.create({ data: { id: CLASS_ID, name: "Bench class", joinCode: "BENCH2CLAS" } });
  await db.classMember.createMany({
    data: [{ classId: CLASS_ID, userId: "bench-teacher", role: "owner" }, ...Array.from({ length: STUDENTS }, (_, s) => ({ classId: CLASS_ID, userId: `bench-student-${s}`, role: "student" }))],
  });

  for (let a = 0; a < ASSIGNMENTS; a++) {
    const { article, quiz } = texts[a % texts.length]!;
    const articleId = `bench-article-${a}`;
    const paragraphs = article.paragraphs.map((p) => p.text);
    const headline = `${article.headline} (${a + 1})`;
    await db.article.create({
      data: {
        id: articleId,
        slug: `${article.slug.slice(0, 60)}-bench-${a + 1}`,
        headline,
        paragraphs: JSON.stringify(paragraphs),
        relatedHeadlines: "[]",
        wordCount: article.stats.wordCount,
        readingMinutes: article.stats.readingMinutes,
        gradeLevel: article.stats.gradeLevel,
        level: article.stats.level,
        contentHash: `bench-${a}`,
        searchText: searchTextOf(headline, paragraphs),
      },
    });
    const assignmentId = `bench-assignment-${a}`;
    const createdAt = new Date(now - (ASSIGNMENTS - a) * DAY);
    await db.assignment.create({
      data: {
        id: assignmentId,
        classId: CLASS_ID,
        articleId,
        createdById: "bench-teacher",
        dueAt: new Date(createdAt.getTime() + 3 * DAY),
        questionCount: QUESTIONS,
        questionTypes: JSON.stringify(["choice", "true-false"]),
        engineVersion: quiz.engineVersion,
        poolQuestions: JSON.stringify(quiz.questions),
        poolAnswerKey: JSON.stringify(quiz.answerKey),
        createdAt,
      },
    });
    const quizzes = [];
    const attempts = [];
    const answers = [];
    const progress = [];
    for (let s = 0; s < STUDENTS; s++) {
      const userId = `bench-student-${s}`;
      const picked = [...quiz.questions].sort(() => random() - 0.5).slice(0, QUESTIONS);
      const ids = picked.map((_, i) => `q${a}x${s}x${i}`);
      const key = Object.fromEntries(picked.map((q, i) => [ids[i], { ...quiz.answerKey[q.id]!, questionKey: `${articleId}:${q.id}` }]));
      const quizId = `bench-quiz-${a}-${s}`;
      quizzes.push({ id: quizId, articleId, engineVersion: quiz.engineVersion, seed: s, questions: JSON.stringify(picked.map((q, i) => ({ ...q, id: ids[i] }))), answerKey: JSON.stringify(key), createdById: userId, createdAt });
      const submittedAt = new Date(createdAt.getTime() + Math.floor(random() * 4 * DAY));
      let score = 0;
      const attemptId = `bench-attempt-${a}-${s}`;
      for (const [i, q] of picked.entries()) {
        const correct = random() < 0.7;
        if (correct) score++;
        const right = quiz.answerKey[q.id]!.answer;
        answers.push({ attemptId, questionId: ids[i]!, response: correct ? right : (q.options?.find((o) => o !== right) ?? "True"), correct, answeredAt: submittedAt });
      }
      attempts.push({ id: attemptId, quizId, userId, assignmentId, startedAt: new Date(submittedAt.getTime() - 400_000), submittedAt, score, total: QUESTIONS, durationMs: 400_000 });
      progress.push({ userId, articleId, furthestParagraph: paragraphs.length - 1, furthestRatio: 1, finishedAt: submittedAt });
    }
    await inBatches(quizzes, BATCH, (batch) => db.quiz.createMany({ data: batch }));
    await inBatches(attempts, BATCH, (batch) => db.attempt.createMany({ data: batch }));
    await inBatches(answers, BATCH, (batch) => db.answer.createMany({ data: batch }));
    await inBatches(progress, BATCH, (batch) => db.readingProgress.createMany({ data: batch }));
    if (a % 10 === 9) console.log(`seed: ${a + 1} assignments`);
  }
  return { assignmentId: "bench-assignment-0", studentId: "bench-student-0" };
}

if (process.argv[1]?.endsWith("seed-classes.ts")) {
  const db = createDb({ url: resolveDatabaseUrl() });
  seedClasses(db)
    .then(async () => {
      await db.$disconnect();
      process.exit(0);
    })
    .catch(async (error: unknown) => {
      console.error(error);
      await db.$disconnect();
      process.exit(1);
    });
}
