/**
 * What a page view costs on an article with and without a quiz, in-process on a fresh SQLite database with the
 * starter library (real migrations), the engine in its fenced worker as in the server.
 * - today's quiz page: every view of `/articles/<slug>/quiz` starts the quiz (`quiz.start`), which on a text with no
 *   quiz runs the engine again each time only to refuse;
 * - `quiz.availability` (the reader page and the quiz page ask it): the engine once per article (stored first quiz or
 *   remembered "none"), then a read.
 * Run: node --import tsx/esm bench/quiz-availability-bench.ts
 */
import { performance } from "node:perf_hooks";
import { createTestDb } from "@newsquiz/db/testing";
import { startAttempt } from "../src/quizzes/start-attempt";
import { quizAvailabilityBySlug } from "../src/quizzes/quiz-availability";

const SLUGS = ["cold-as-ice-wikinews-interviews-marymegan-daly-on-unusual-new-sea-anemone"];
const VIEWS = 20;

async function main() {
  const testDb = await createTestDb({ withLibrary: true });
  try {
    const db = testDb.db;
    const sample = await db.article.findFirstOrThrow({ where: { ownerId: null, kind: "news" }, select: { slug: true }, orderBy: { slug: "asc" } });
    const slugs = [...SLUGS, sample.slug];
    let readers = 0;
    for (const slug of slugs) {
      const time = async (what: string, call: () => Promise<unknown>) => {
        const ms: number[] = [];
        let last: unknown;
        for (let i = 0; i < VIEWS; i++) {
          const t = performance.now();
          last = await call().catch((e: unknown) => `refused: ${e instanceof Error ? e.message.slice(0, 60) : String(e)}`);
          ms.push(performance.now() - t);
        }
        const rest = ms.slice(1).sort((a, b) => a - b);
        console.log(`${slug.slice(0, 40).padEnd(40)} ${what.padEnd(20)} first ${ms[0]!.toFixed(1)} ms, then median ${rest[Math.floor(rest.length / 2)]!.toFixed(2)} ms (${typeof last === "string" ? last : JSON.stringify(last).slice(0, 40)})`);
      };
      // each view a new reader (as first-time visitors are): today's quiz page starts a quiz on every view
      await time("quiz.start", async () => {
        const id = `bench-reader-${++readers}`;
        await db.user.create({ data: { id, name: "r", email: `${id}@example.com`, isAnonymous: true } });
        return (await startAttempt(db, id, { slug })).questions.length;
      });
      await db.quiz.deleteMany({ where: { article: { slug }, attempts: { none: {} } } });
      await time("quiz.availability", () => quizAvailabilityBySlug(db, { slug, userId: null }));
    }
  } finally {
    await testDb.cleanup();
  }
}

await main();
