/**
 * The hot queries use indexes: the statements Prisma really sends for the library, scores, review and
 * submit are captured and explained by the database itself (SQLite's EXPLAIN QUERY PLAN, PostgreSQL's
 * EXPLAIN with sequential scans priced out, as a big table would) on whichever provider the suite runs on.
 * A statement that reads a whole hot table fails the test, naming it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "@newsquiz/db";
import { createTestDb, type TestDb } from "@newsquiz/db/testing";
import { sampleArticle } from "@newsquiz/article/samples";
import { listArticlesPage } from "../articles/list-articles";
import { getScoresOverview } from "../scores/get-scores-overview";
import { countDueItems, nextReviewItem } from "../review/due-items";
import { readStoredQuiz, saveAnswer, startAttempt, submitAttempt } from "../quizzes";

const HOT_TABLES = ["Article", "Attempt", "Answer", "ReviewItem", "ReadingProgress", "Quiz", "session"];
let testDb: TestDb;
let captured: Array<{ query: string; params: string }> = [];
let traced: Db;
let userId: string;

beforeAll(async () => {
  testDb = await createTestDb({ withSample: true });
  traced = createDb({ url: testDb.url, poolSize: 2, onQuery: (event) => captured.push(event) });
  userId = (await testDb.db.user.create({ data: { id: "plan-reader", name: "Reader", email: "plan@example.com" } })).id;
  const slug = sampleArticle().slug;
  const view = await startAttempt(testDb.db, userId, { slug, fresh: false });
  const row = await testDb.db.attempt.findUniqueOrThrow({ where: { id: view.id }, include: { quiz: true } });
  // every question answered with something the engine did not choose (or left blank if it only takes options)
  for (const q of readStoredQuiz(row.quiz)) {
    const response = q.options ? q.options.find((o) => o !== q.key.answer) : "not it";
    if (response) await saveAnswer(testDb.db, userId, { attemptId: view.id, questionId: q.id, response });
  }
});
afterAll(async () => {
  await traced.$disconnect();
  await testDb.cleanup();
});

/** The statements `work` sends, without transaction control. */
async function statementsOf(work: (db: Db) => Promise<unknown>): Promise<Array<{ query: string; params: unknown[] }>> {
  captured = [];
  await work(traced);
  return captured
    .filter((e) => /^\s*(SELECT|UPDATE|INSERT|DELETE|WITH)\b/i.test(e.query))
    .map((e) => ({ query: e.query, params: JSON.parse(e.params || "[]") as unknown[] }));
}

/** Full reads of hot tables in the plan of one statement (empty = indexes only). */
async function fullScans(statement: { query: string; params: unknown[] }): Promise<string[]> {
  if (testDb.provider === "sqlite") {
    const plan = await testDb.db.$queryRawUnsafe<Array<{ detail: string }>>(`EXPLAIN QUERY PLAN ${statement.query}`, ...statement.params);
    return plan
      .map((step) => step.detail)
      .filter((detail) => {
        const scanned = /^SCAN (?:main\.)?(\w+)/.exec(detail)?.[1];
        return scanned !== undefined && HOT_TABLES.includes(scanned) && !/USING (COVERING )?INDEX/.test(detail);
      });
  }
  const [{ "QUERY PLAN": plan }] = await testDb.db.$transaction(async (tx) => {
    await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
    return tx.$queryRawUnsafe<Array<{ "QUERY PLAN": unknown }>>(`EXPLAIN (FORMAT JSON) ${statement.query}`, ...statement.params);
  }) as [{ "QUERY PLAN": unknown }];
  const scans: string[] = [];
  const walk = (node: unknown): void => {
    if (!node || typeof node !== "object") return;
    const n = node as Record<string, unknown>;
    if (n["Node Type"] === "Seq Scan" && HOT_TABLES.includes(String(n["Relation Name"]))) scans.push(`Seq Scan on ${String(n["Relation Name"])}`);
    for (const value of Object.values(n)) (Array.isArray(value) ? value : [value]).forEach(walk);
  };
  walk(plan);
  return scans;
}

async function expectIndexedOnly(label: string, work: (db: Db) => Promise<unknown>): Promise<void> {
  const statements = await statementsOf(work);
  expect(statements.length, `${label} sent no statement`).toBeGreaterThan(0);
  for (const statement of statements) {
    expect({ label, query: statement.query, scans: await fullScans(statement) }).toEqual({ label, query: statement.query, scans: [] });
  }
}

describe("hot queries use indexes", () => {
  it("library pages (public, and a reader's with progress)", async () => {
    await expectIndexedOnly("public library page", (db) => listArticlesPage(db, { viewerId: null, page: 3 }));
    await expectIndexedOnly("reader's library page", (db) => listArticlesPage(db, { viewerId: userId, page: 1 }));
    for (const sort of ["easiest", "hardest", "shortest", "longest"] as const) {
      await expectIndexedOnly(`public library page, ${sort} first`, (db) => listArticlesPage(db, { viewerId: null, sort, page: 2 }));
      await expectIndexedOnly(`reader's library of one kind, ${sort} first`, (db) => listArticlesPage(db, { viewerId: userId, kind: "textbook", sort }));
    }
    await expectIndexedOnly("reader's library of one kind, newest first", (db) => listArticlesPage(db, { viewerId: userId, kind: "news" }));
  });

  it("scores and the review queue", async () => {
    await expectIndexedOnly("scores", (db) => getScoresOverview(db, userId, "UTC"));
    await expectIndexedOnly("review count", (db) => countDueItems(db, userId, new Date(Date.now() + 2 * 86_400_000)));
    await expectIndexedOnly("review next", (db) => nextReviewItem(db, userId, new Date(Date.now() + 2 * 86_400_000)));
  });

  it("submitting an attempt", async () => {
    const attempt = await testDb.db.attempt.findFirstOrThrow({ where: { userId, submittedAt: null } });
    await expectIndexedOnly("submit", (db) => submitAttempt(db, { userId, attemptId: attempt.id }));
  });

  it("would notice a query that reads a whole table", async () => {
    const statements = await statementsOf((db) => db.answer.findMany({ where: { response: "anything" } }));
    expect((await fullScans(statements[0]!)).join(" ")).toMatch(/Answer/);
  });
});
