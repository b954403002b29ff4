/**
 * Seeds a database at the size a district reaches: 10,000 public articles (the 34 library texts under
 * varied headlines), a quiz on 1,000 of them, 10,000 readers with 100 graded answers each (submitted
 * attempts of up to 10 questions) — 1,000,000 answers — and their review queues. Reader 0 can sign in
 * (SCALE_READER_EMAIL / SCALE_READER_PASSWORD below). Deterministic (seeded), written through Prisma's
 * createMany in batches, on SQLite or PostgreSQL (DATABASE_URL; migrate it first).
 *
 *   DATABASE_URL=… node --import tsx/esm bench/seed-scale.ts [--articles 10000] [--readers 10000]
 */
import { parseArgs } from "node:util";
import { hashPassword } from "better-auth/crypto";
import { createDb, resolveDatabaseUrl, searchTextOf, type Db } from "@newsquiz/db";
import { makeQuiz, type PublicQuestion } from "@newsquiz/quiz";
import { inBatches, libraryTexts, seededRandom } from "./seed-support";

export const SCALE_READER_EMAIL = "reader-0@scale.example";
export const SCALE_READER_PASSWORD = "seeded reader password";
/** Answers per reader: 10,000 readers × 100 = 1,000,000 answers (attempts of up to 10 questions each). */
const ANSWERS_PER_READER = 100;
const BATCH = 2000;
const DAY = 86_400_000;

interface BaseQuiz {
  questions: PublicQuestion[];
  key: Record<string, Record<string, unknown> & { answer: string }>;
}

export async function seedScale(db: Db, { articles: articleCount, readers: readerCount }: { articles: number; readers: number }): Promise<void> {
  const random = seededRandom(13);
  const bases = libraryTexts();
  const quizzes = bases.map((article): BaseQuiz | null => {
    const made = makeQuiz(article, { count: 10, seed: 1 });
    if (made.questions.length === 0) return null;
    return { questions: made.questions, key: made.answerKey as unknown as BaseQuiz["key"] };
  });
  const now = Date.now();

  console.log(`seed: ${articleCount} articles`);
  const articleRows = Array.from({ length: articleCount }, (_, i) => {
    const base = bases[i % bases.length]!;
    const headline = `${base.headline} (${i + 1})`;
    const paragraphs = base.paragraphs.map((p) => p.text);
    return {
      id: `scale-article-${i}`,
      slug: `${base.slug.slice(0, 60)}-${i + 1}`,
      headline,
      source: base.source ?? null,
      paragraphs: JSON.stringify(paragraphs),
      relatedHeadlines: "[]",
      wordCount: base.stats.wordCount,
      readingMinutes: base.stats.readingMinutes,
      gradeLevel: base.stats.gradeLevel,
      level: base.stats.level,
      contentHash: `scale-${i}`,
      searchText: searchTextOf(headline, paragraphs),
      createdAt: new Date(now - (articleCount - i) * 60_000 - DAY),
    };
  });
  await inBatches(articleRows, BATCH, (batch) => db.article.createMany({ data: batch }));

  // A quiz on every 10th article, copied from its text's quiz with the article's own question keys.
  const quizRows: Array<{ id: string; articleId: string; base: BaseQuiz }> = [];
  for (let i = 0; i < articleCount; i += 10) {
    const base = quizzes[i % bases.length];
    if (base) quizRows.push({ id: `scale-quiz-${i}`, articleId: `scale-article-${i}`, base });
  }
  console.log(`seed: ${quizRows.length} quizzes`);
  await inBatches(quizRows, BATCH, (batch) =>
    db.quiz.createMany({
      data: batch.map((q) => ({
        id: q.id,
        articleId: q.articleId,
        engineVersion: "seed",
        seed: 1,
        questions: JSON.stringify(q.base.questions),
        answerKey: JSON.stringify(Object.fromEntries(Object.entries(q.base.key).map(([id, entry]) => [id, { ...entry, questionKey: `${q.articleId}:${id}` }]))),
      })),
    }),
  );

  console.log(`seed: ${readerCount} readers, ${readerCount * ANSWERS_PER_READER} answers`);
  const users = Array.from({ length: readerCount }, (_, r) => ({ id: `scale-reader-${r}`, name: `Reader ${r}`, email: r === 0 ? SCALE_READER_EMAIL : `reader-${r}@scale.example` }));
  await inBatches(users, BATCH, (batch) => db.user.createMany({ data: batch }));
  await db.account.create({
    data: { id: "scale-account-0", accountId: "scale-reader-0", providerId: "credential", userId: "scale-reader-0", password: await hashPassword(SCALE_READER_PASSWORD) },
  });

  let answersWritten = 0;
  for (let r0 = 0; r0 < readerCount; r0 += 200) {
    const attempts: Array<{ id: string; quizId: string; userId: string; startedAt: Date; submittedAt: Date; score: number; total: number; durationMs: number }> = [];
    const answers: Array<{ attemptId: string; questionId: string; response: string; correct: boolean; answeredAt: Date }> = [];
    const review = new Map<string, { userId: string; questionKey: string; quizId: string; box: number; dueAt: Date; lastAnsweredAt: Date }>();
    for (let r = r0; r < Math.min(readerCount, r0 + 200); r++) {
      let left = ANSWERS_PER_READER;
      for (let k = 0; left > 0; k++) {
        const quiz = quizRows[Math.floor(random() * quizRows.length)]!;
        const id = `scale-attempt-${r}-${k}`;
        const submittedAt = new Date(now - Math.floor(random() * 300) * DAY);
        let score = 0;
        for (const [n, q] of quiz.base.questions.entries()) {
          // the reader's last attempt may stop short: the questions after it are left blank (wrong)
          const answered = n < left;
          const correct = answered && random() < 0.7;
          if (correct) score++;
          else {
            const questionKey = `${quiz.articleId}:${q.id}`;
            review.set(`${r}|${questionKey}`, { userId: `scale-reader-${r}`, questionKey, quizId: quiz.id, box: 1, dueAt: new Date(submittedAt.getTime() + DAY), lastAnsweredAt: submittedAt });
          }
          if (answered) answers.push({ attemptId: id, questionId: q.id, response: correct ? quiz.base.key[q.id]!.answer : "a wrong answer", correct, answeredAt: submittedAt });
        }
        left -= Math.min(left, quiz.base.questions.length);
        attempts.push({ id, quizId: quiz.id, userId: `scale-reader-${r}`, startedAt: new Date(submittedAt.getTime() - 300_000), submittedAt, score, total: quiz.base.questions.length, durationMs: 300_000 });
      }
    }
    await inBatches(attempts, BATCH, (batch) => db.attempt.createMany({ data: batch }));
    await inBatches(answers, BATCH, (batch) => db.answer.createMany({ data: batch }));
    await inBatches([...review.values()], BATCH, (batch) => db.reviewItem.createMany({ data: batch }));
    answersWritten += answers.length;
    if ((r0 / 200) % 10 === 0) console.log(`seed: ${Math.min(readerCount, r0 + 200)} readers, ${answersWritten} answers`);
  }
  console.log(`seed: done — ${answersWritten} answers`);
}

if (import.meta.filename === process.argv[1] || process.argv[1]?.endsWith("seed-scale.ts")) {
  const { values } = parseArgs({ options: { articles: { type: "string", default: "10000" }, readers: { type: "string", default: "10000" } } });
  const db = createDb({ url: resolveDatabaseUrl() });
  const started = Date.now();
  seedScale(db, { articles: Number(values.articles), readers: Number(values.readers) })
    .then(async () => {
      console.log(`seed: ${((Date.now() - started) / 1000).toFixed(0)} s`);
      await db.$disconnect();
      process.exit(0);
    })
    .catch(async (error: unknown) => {
      console.error(error);
      await db.$disconnect();
      process.exit(1);
    });
}
