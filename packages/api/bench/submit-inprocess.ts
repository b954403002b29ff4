/**
 * Where a submit's time goes, in one process, without a web server: the session check (tRPC context, cookie
 * cache), submitAttempt alone, the whole call through tRPC's fetch handler, and the same call through the batch
 * path the web server takes (answerTrpcBatch: no fetch Request/Response), on a fresh test database
 * (NEWSQUIZ_TEST_DB=postgresql for PostgreSQL). QUERIES=1 also prints the SQL one submit runs.
 *
 *   pnpm --filter @newsquiz/api run bench:submit [submits per measure, default 300]
 */
import { randomUUID } from "node:crypto";
import { createDb } from "@newsquiz/db";
import { createTestDb } from "@newsquiz/db/testing";
import type { PublicQuestion } from "@newsquiz/quiz";
import { createTestAuth, TestVisitor } from "../src/testing";
import { sampleArticle } from "@newsquiz/article/samples";
import { submitAttempt } from "../src/quizzes/submit-attempt";
import { createContext } from "../src/trpc";
import { appRouter } from "../src/root";
import { answerTrpcBatch } from "../src/net/answer-trpc-batch";
import superjson from "superjson";

const N = Number(process.argv[2] ?? 300);
const testDb = await createTestDb({ withSample: true });
const queries: string[] = [];
let logging = false;
const db = createDb({ url: testDb.url, onQuery: (e) => { if (logging) queries.push(e.query); } });
const auth = createTestAuth(db);
const v = new TestVisitor(db, auth);
const started = await (await v.caller()).quiz.start({ slug: sampleArticle().slug });
const first = await db.attempt.findFirstOrThrow({ where: { id: started.id }, include: { quiz: true } });
const questions = JSON.parse(first.quiz.questions) as PublicQuestion[];
async function prepare(n: number): Promise<string[]> {
  const ids = Array.from({ length: n }, () => randomUUID().replaceAll("-", ""));
  for (let i = 0; i < ids.length; i += 200) {
    const chunk = ids.slice(i, i + 200);
    await db.attempt.createMany({ data: chunk.map((id) => ({ id, quizId: first.quizId, userId: first.userId, total: questions.length })) });
    await db.answer.createMany({ data: chunk.flatMap((attemptId) => questions.map((q, k) => ({ attemptId, questionId: q.id, response: q.options ? q.options[k % q.options.length]! : "Seoul" }))) });
  }
  return ids;
}
const time = async (label: string, ids: string[], fn: (id: string) => Promise<unknown>) => {
  for (const id of ids.slice(0, 20)) await fn(id); // warm
  const t = performance.now();
  for (const id of ids.slice(20)) await fn(id);
  console.log(`${label}: ${((performance.now() - t) / (ids.length - 20)).toFixed(2)} ms`);
};
if (process.env.QUERIES) {
  const [id] = await prepare(1);
  logging = true;
  const r = await v.httpMutation("attempt.submit", { attemptId: id });
  logging = false;
  console.log(r.status, queries.length, "queries:\n" + queries.join("\n"));
}
const headers = v.headers();
await time("session check (createContext)", await prepare(N), () => createContext({ db, auth, headers, resHeaders: new Headers() }));
await time("submitAttempt alone", await prepare(N), (attemptId) => submitAttempt(db, { userId: first.userId, attemptId }));
await time("tRPC fetch handler", await prepare(N), (attemptId) => v.httpMutation("attempt.submit", { attemptId }));
const batchHeaders = v.headers();
batchHeaders.set("content-type", "application/json");
await time("batch path (answerTrpcBatch)", await prepare(N), async (attemptId) => {
  const answer = await answerTrpcBatch(
    { method: "POST", url: "/api/trpc/attempt.submit?batch=1", headers: batchHeaders, body: Buffer.from(JSON.stringify({ 0: superjson.serialize({ attemptId }) })) },
    { router: appRouter, endpoint: "/api/trpc", createContext: (opts) => createContext({ db, auth, ...opts }) },
  );
  if (answer?.status !== 200) throw new Error(`batch path answered ${answer?.status ?? "nothing"}`);
});
await db.$disconnect();
await testDb.cleanup();
