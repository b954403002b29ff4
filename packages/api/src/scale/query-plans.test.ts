/**
 * The hot queries use indexes: the statements Prisma really sends for the library, scores, review and
 * submit are captured and explained by the database itself (SQLite's EXPLAIN QUERY PLAN, PostgreSQL's
 * EXPLAIN with sequential scans priced out, as a big table would) on whichever provider the suite runs on.
 * A statement that reads a whole hot table fails the test, naming it; a library search that stops asking the
 * full-text index (FTS5 on SQLite, the GIN tsvector index on PostgreSQL) fails it too.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, searchTextOf, type Db } from "@newsquiz/db";
import { createTestDb, type TestDb } from "@newsquiz/db/testing";
import { sampleArticle } from "@newsquiz/article/samples";
import { listArticlesPage } from "../articles/list-articles";
import { getScoresOverview } from "../scores/get-scores-overview";
import { countDueItems, nextReviewItem } from "../review/due-items";
import { readStoredQuiz, saveAnswer, startAttempt, submitAttempt } from "../quizzes";

const HOT_TABLES = ["Article", "Attempt", "Answer", "ReviewItem", "ReadingProgress", "Quiz", "NoQuizVerdict", "session"];
let testDb: TestDb;
let captured: Array<{ query: string; params: string }> = [];
let traced: Db;
let userId: string;

beforeAll(async () => {
  testDb = await createTestDb({ withSample: true });
  traced = createDb({ url: testDb.url, poolSize: 2, onQuery: (event) => captured.push(event) });
  userId = (await testDb.db.user.create({ data: { id: "plan-reader", name: "Reader", email: "plan@example.com" } })).id;
  // A library big enough for the planner to weigh its options as at scale (PostgreSQL would rather filter a
  // one-row table than ask an index): 3,000 public articles, none of them about the sample's soldiers.
  await testDb.db.article.createMany({
    data: Array.from({ length: 3000 }, (_, i) => ({
      slug: `filler-${i}`,
      headline: `Filler ${i}`,
      paragraphs: JSON.stringify([`Filler text number ${i} about topic ${i % 50}.`]),
      relatedHeadlines: "[]",
      wordCount: 7,
      readingMinutes: 1,
      gradeLevel: i % 12,
      level: "Easy",
      kind: i % 2 ? "news" : "textbook",
      contentHash: `filler-${i}`,
      searchText: searchTextOf(`Filler ${i}`, [`Filler text number ${i} about topic ${i % 50}.`]),
      createdAt: new Date(Date.UTC(2025, 0, 1) + i * 60_000),
    })),
  });
  if (testDb.provider === "postgresql") await testDb.db.$executeRawUnsafe(`ANALYZE "Article"`);
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

type Plan = { provider: "sqlite"; steps: string[] } | { provider: "postgresql"; root: unknown };

/** The database's plan of one statement (PostgreSQL: sequential scans priced out, as on a big table). */
async function planOf(statement: { query: string; params: unknown[] }): Promise<Plan> {
  if (testDb.provider === "sqlite") {
    const plan = await testDb.db.$queryRawUnsafe<Array<{ detail: string }>>(`EXPLAIN QUERY PLAN ${statement.query}`, ...statement.params);
    return { provider: "sqlite", steps: plan.map((step) => step.detail) };
  }
  const [{ "QUERY PLAN": root }] = await testDb.db.$transaction(async (tx) => {
    await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
    return tx.$queryRawUnsafe<Array<{ "QUERY PLAN": unknown }>>(`EXPLAIN (FORMAT JSON) ${statement.query}`, ...statement.params);
  }) as [{ "QUERY PLAN": unknown }];
  return { provider: "postgresql", root };
}

/** Every node of a PostgreSQL plan. */
function nodesOf(root: unknown): Array<Record<string, unknown>> {
  const nodes: Array<Record<string, unknown>> = [];
  const walk = (node: unknown): void => {
    if (!node || typeof node !== "object") return;
    const n = node as Record<string, unknown>;
    if ("Node Type" in n) nodes.push(n);
    for (const value of Object.values(n)) (Array.isArray(value) ? value : [value]).forEach(walk);
  };
  walk(root);
  return nodes;
}

/** Full reads of hot tables in the plan of one statement (empty = indexes only). */
async function fullScans(statement: { query: string; params: unknown[] }): Promise<string[]> {
  const plan = await planOf(statement);
  if (plan.provider === "sqlite") {
    return plan.steps.filter((detail) => {
      const scanned = /^SCAN (?:main\.)?(\w+)/.exec(detail)?.[1];
      return scanned !== undefined && HOT_TABLES.includes(scanned) && !/USING (COVERING )?INDEX/.test(detail);
    });
  }
  return nodesOf(plan.root)
    .filter((n) => n["Node Type"] === "Seq Scan" && HOT_TABLES.includes(String(n["Relation Name"])))
    .map((n) => `Seq Scan on ${String(n["Relation Name"])}`);
}

/** Whether the plan asks the full-text index (SQLite: the FTS5 table; PostgreSQL: the GIN index on the stored tsvectors). */
async function readsSearchIndex(statement: { query: string; params: unknown[] }): Promise<boolean> {
  const plan = await planOf(statement);
  if (plan.provider === "sqlite") return plan.steps.some((detail) => /^SCAN (?:main\.)?ArticleSearch VIRTUAL TABLE INDEX/.test(detail));
  return nodesOf(plan.root).some((n) => n["Index Name"] === "ArticleSearch_document_idx");
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

  it("library search reads the full-text index, never every article", async () => {
    const searches = [
      { label: "a visitor's search", work: (db: Db) => listArticlesPage(db, { viewerId: null, search: "soldiers" }) },
      { label: "a reader's search of one kind, by length, page 2", work: (db: Db) => listArticlesPage(db, { viewerId: userId, search: "Korea sold", kind: "news", sort: "shortest", page: 2 }) },
    ];
    for (const { label, work } of searches) {
      await expectIndexedOnly(label, work);
      // the public articles' count and page (a reader's own imports are few: their owner index may serve those)
      const statements = (await statementsOf(work)).filter((s) => /ArticleSearch|to_tsvector/.test(s.query) && /"ownerId" IS NULL/.test(s.query));
      expect(statements.map((s) => s.query).join("\n"), `${label}: the count and the page`).toMatch(/COUNT[\s\S]*\n[\s\S]*LIMIT|LIMIT[\s\S]*\n[\s\S]*COUNT/);
      for (const statement of statements) expect({ label, query: statement.query, index: await readsSearchIndex(statement) }).toEqual({ label, query: statement.query, index: true });
    }
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
