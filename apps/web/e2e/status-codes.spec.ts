import { expect, test, type APIRequestContext, type Browser } from "@playwright/test";
import { sampleArticle } from "@newsquiz/article/samples";
import { contentHashOf, createDb, upsertArticle, type Db } from "@newsquiz/db";
import { e2eDatabaseUrl } from "./support/database";

/**
 * HTTP status codes, checked on the raw responses (no browser rendering): every "not found" page answers 404
 * whoever asks, and a private article's page answers its owner 200 with the article in the HTML itself.
 * Visitors become guests through the app's own tRPC endpoints (a quiz start), like a reader taking a quiz.
 */
const sample = sampleArticle();
let db: Db;
test.beforeAll(() => {
  db = createDb({ url: e2eDatabaseUrl() });
});
test.afterAll(async () => {
  await db.$disconnect();
});

async function trpc<T>(request: APIRequestContext, procedure: string, input: unknown, method: "query" | "mutation" = "mutation"): Promise<T> {
  const res =
    method === "mutation"
      ? await request.post(`/api/trpc/${procedure}`, { data: { json: input } })
      : await request.get(`/api/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`);
  const body = await res.text();
  expect(res.ok(), body).toBe(true);
  return (JSON.parse(body) as { result: { data: { json: T } } }).result.data.json;
}

/** A new visitor who became a guest by starting (and submitting) a quiz on the sample: their request context and attempt. */
async function guest(browser: Browser) {
  const context = await browser.newContext();
  const attempt = await trpc<{ id: string }>(context.request, "quiz.start", { slug: sample.slug });
  await trpc(context.request, "attempt.submit", { attemptId: attempt.id });
  const me = await trpc<{ id: string }>(context.request, "session.me", undefined, "query");
  return { context, request: context.request, userId: me.id, attemptId: attempt.id };
}

test("not-found pages answer 404 and the owner's own pages 200, server-rendered", async ({ browser, playwright, baseURL }) => {
  const owner = await guest(browser);
  const other = await guest(browser);
  const anonymous = await playwright.request.newContext({ baseURL });

  // A private article of the owner's (as an import stores it).
  const slug = `e2e-private-${owner.userId.slice(0, 10).toLowerCase().replace(/[^a-z0-9]/g, "")}`;
  const headline = "A private article only its owner may read";
  const firstParagraph = sample.paragraphs[0]!.text;
  await upsertArticle(db, { ...sample, slug, headline }, { ownerId: owner.userId, contentHash: contentHashOf(slug) });

  // Its owner: 200, and the article is in the HTML the server sent (not filled in later by the browser).
  const own = await owner.request.get(`/articles/${slug}`);
  expect(own.status()).toBe(200);
  const html = await own.text();
  expect(html).toContain(`<h1 id="article-headline">${headline}</h1>`);
  expect(html).toContain(firstParagraph.slice(0, 60));
  expect(html).toContain("Delete this article");
  expect((await owner.request.get(`/articles/${slug}/quiz`)).status()).toBe(200);
  expect((await owner.request.get(`/attempts/${owner.attemptId}`)).status()).toBe(200);

  // Anyone else, with a session of their own or none: 404 for the article, its quiz and the owner's attempt.
  for (const [who, request] of [["another reader", other.request], ["a visitor without a session", anonymous]] as const) {
    for (const path of [`/articles/${slug}`, `/articles/${slug}/quiz`, `/attempts/${owner.attemptId}`]) {
      const res = await request.get(path);
      expect({ who, path, status: res.status() }).toEqual({ who, path, status: 404 });
      expect(await res.text()).not.toContain(headline);
    }
  }

  // Addresses that never existed, and the per-reader page of a public article.
  for (const path of ["/attempts/no-such-attempt", "/articles/no-such-article", "/articles/no-such-article/quiz", `/articles/${sample.slug}/own`]) {
    expect({ path, status: (await owner.request.get(path)).status() }).toEqual({ path, status: 404 });
  }
  // A public article: 200 for everyone, with or without a session.
  expect((await anonymous.get(`/articles/${sample.slug}`)).status()).toBe(200);
  expect((await other.request.get(`/articles/${sample.slug}`)).status()).toBe(200);

  // Once deleted, the owner gets 404 too.
  await db.article.update({ where: { slug }, data: { deletedAt: new Date() } });
  expect((await owner.request.get(`/articles/${slug}`)).status()).toBe(404);

  await Promise.all([owner.context.close(), other.context.close(), anonymous.dispose()]);
});
