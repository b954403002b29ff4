import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@newsquiz/db/testing";
import { searchTextOf } from "@newsquiz/db";
import { LIBRARY_PAGE_SIZE, listArticlesPage } from "./list-articles";

let testDb: TestDb;
const base = Date.UTC(2026, 0, 1);
beforeAll(async () => {
  testDb = await createTestDb();
  await testDb.db.user.create({ data: { id: "owner", name: "Owner", email: "owner@example.com" } });
  await testDb.db.user.create({ data: { id: "other", name: "Other", email: "other@example.com" } });
  // 40 articles a minute apart: every 4th is the owner's own import, every 9th someone else's, one public deleted.
  await testDb.db.article.createMany({
    data: Array.from({ length: 40 }, (_, i) => ({
      id: `a${String(i).padStart(2, "0")}`,
      slug: `article-${i}`,
      headline: `Article ${i} ${i % 2 ? "odd" : "even"}`,
      paragraphs: JSON.stringify([`Text of article ${i}.`]),
      relatedHeadlines: "[]",
      wordCount: 4,
      readingMinutes: 1,
      gradeLevel: 5,
      level: "easy",
      contentHash: `h${i}`,
      searchText: searchTextOf(`Article ${i} ${i % 2 ? "odd" : "even"}`, [`Text of article ${i}.`]),
      ownerId: i % 4 === 0 ? "owner" : i % 9 === 0 ? "other" : null,
      deletedAt: i === 5 ? new Date(base) : null,
      createdAt: new Date(base + i * 60_000),
    })),
  });
});
afterAll(async () => {
  await testDb.cleanup();
});

const visibleTo = (viewer: string | null) =>
  Array.from({ length: 40 }, (_, i) => i)
    .filter((i) => i !== 5 && (i % 4 === 0 ? viewer === "owner" : i % 9 !== 0))
    .reverse()
    .map((i) => `article-${i}`);

describe("library pages", () => {
  it("page through public articles and the reader's own imports together, newest first, each once", async () => {
    const expected = visibleTo("owner");
    const first = await listArticlesPage(testDb.db, { viewerId: "owner", page: 1 });
    const second = await listArticlesPage(testDb.db, { viewerId: "owner", page: 2 });
    expect(first.total).toBe(expected.length);
    expect(first.pageCount).toBe(Math.ceil(expected.length / LIBRARY_PAGE_SIZE));
    expect([...first.cards, ...second.cards].map((c) => c.slug)).toEqual(expected);
    expect(first.cards.find((c) => c.slug === "article-36")?.imported).toBe(true);
  });

  it("show a visitor without a session only public articles, and someone else's imports to no one", async () => {
    const page = await listArticlesPage(testDb.db, { viewerId: null, page: 1 });
    expect(page.cards.map((c) => c.slug)).toEqual(visibleTo(null).slice(0, LIBRARY_PAGE_SIZE));
    expect(page.total).toBe(visibleTo(null).length);
  });

  it("search every word, ignoring case and accents, across both parts", async () => {
    const page = await listArticlesPage(testDb.db, { viewerId: "owner", search: "ÉVEN  Article" });
    expect(page.cards.map((c) => c.slug)).toEqual(visibleTo("owner").filter((slug) => Number(slug.split("-")[1]) % 2 === 0));
  });
});
