import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@newsquiz/db/testing";
import { searchTextOf } from "@newsquiz/db";
import { LIBRARY_PAGE_SIZE, listArticlesPage } from "./list-articles";

let testDb: TestDb;
// distinct lengths and levels in an order unlike the creation order; three kinds
const words = (i: number) => 100 + ((i * 17) % 40);
const grade = (i: number) => ((i * 13) % 40) / 4;
const kind = (i: number) => (["news", "textbook", "other"] as const)[i % 3]!;
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
      wordCount: words(i),
      readingMinutes: 1,
      gradeLevel: grade(i),
      kind: kind(i),
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

  it("search through the pages in the library's order, each match once, with the same total", async () => {
    const expected = visibleTo("owner"); // every article's text says "Text of article i."
    const first = await listArticlesPage(testDb.db, { viewerId: "owner", search: "text of article", page: 1 });
    const second = await listArticlesPage(testDb.db, { viewerId: "owner", search: "text of article", page: 2 });
    const past = await listArticlesPage(testDb.db, { viewerId: "owner", search: "text of article", page: 3 });
    expect([...first.cards, ...second.cards].map((c) => c.slug)).toEqual(expected);
    expect({ total: first.total, pageCount: first.pageCount }).toEqual({ total: expected.length, pageCount: 2 });
    expect(past).toMatchObject({ cards: [], total: expected.length, page: 3 });
  });

  it("never find someone else's import or a deleted article, whatever the words", async () => {
    // article-9 and article-27 are "other"'s imports, article-5 is deleted: all say "odd"
    for (const viewerId of ["owner", null] as const) {
      const slugs = (await listArticlesPage(testDb.db, { viewerId, search: "odd" })).cards.map((c) => c.slug);
      expect(slugs).toEqual(visibleTo(viewerId).filter((slug) => Number(slug.split("-")[1]) % 2 === 1));
      expect(slugs).not.toContain("article-9");
      expect(slugs).not.toContain("article-5");
    }
    expect((await listArticlesPage(testDb.db, { viewerId: "other", search: "article 9" })).cards.map((c) => c.slug)).toEqual(["article-9"]);
    expect((await listArticlesPage(testDb.db, { viewerId: "owner", search: "article 9" })).cards).toEqual([]);
    expect((await listArticlesPage(testDb.db, { viewerId: "owner", search: "article 8" })).cards.map((c) => c.slug)).toEqual(["article-8"]);
  });

  it("match the start of a word, and read quotes and operators as plain words", async () => {
    const odd = visibleTo("owner").filter((slug) => Number(slug.split("-")[1]) % 2 === 1);
    expect((await listArticlesPage(testDb.db, { viewerId: "owner", search: "od ARTIC" })).cards.map((c) => c.slug)).toEqual(odd.slice(0, LIBRARY_PAGE_SIZE));
    expect((await listArticlesPage(testDb.db, { viewerId: "owner", search: `"odd" -article*` })).total).toBe(odd.length);
    expect((await listArticlesPage(testDb.db, { viewerId: "owner", search: "odd OR even" })).total).toBe(0); // every word, and "or" is a word
    for (const search of [`"`, `*`, `- "" ( )`]) {
      expect(await listArticlesPage(testDb.db, { viewerId: "owner", search })).toMatchObject({ cards: [], total: 0, pageCount: 1 });
    }
  });

  it("sort by length and by level across both parts and pages, ties never repeated", async () => {
    const indexOf = (slug: string) => Number(slug.split("-")[1]);
    const visible = visibleTo("owner");
    const all = async (sort: "shortest" | "longest" | "easiest" | "hardest") => {
      const first = await listArticlesPage(testDb.db, { viewerId: "owner", sort, page: 1 });
      const second = await listArticlesPage(testDb.db, { viewerId: "owner", sort, page: 2 });
      return [...first.cards, ...second.cards].map((c) => c.slug);
    };
    expect(await all("shortest")).toEqual([...visible].sort((a, b) => words(indexOf(a)) - words(indexOf(b))));
    expect(await all("longest")).toEqual([...visible].sort((a, b) => words(indexOf(b)) - words(indexOf(a))));
    expect(await all("easiest")).toEqual([...visible].sort((a, b) => grade(indexOf(a)) - grade(indexOf(b))));
    expect(await all("hardest")).toEqual([...visible].sort((a, b) => grade(indexOf(b)) - grade(indexOf(a))));
  });

  it("filter by kind, with search and an order, and say when nothing is of that kind", async () => {
    const page = await listArticlesPage(testDb.db, { viewerId: "owner", kind: "textbook", sort: "shortest", search: "odd" });
    const expected = visibleTo("owner")
      .map((slug) => Number(slug.split("-")[1]))
      .filter((i) => kind(i) === "textbook" && i % 2 === 1)
      .sort((a, b) => words(a) - words(b))
      .map((i) => `article-${i}`);
    expect(expected.length).toBeGreaterThan(2);
    expect(page.cards.map((c) => c.slug)).toEqual(expected);
    expect(page.cards.every((c) => c.kind === "textbook")).toBe(true);
    expect(page.total).toBe(expected.length);
    const none = await listArticlesPage(testDb.db, { viewerId: "owner", kind: "biography" });
    expect(none).toMatchObject({ cards: [], total: 0, pageCount: 1 });
  });
});
