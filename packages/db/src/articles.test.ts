import { SAMPLE_ARTICLE_TEXT, sampleArticle } from "@newsquiz/article/samples";
import { parseArticleText } from "@newsquiz/article";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ArticleSlugTakenError, contentHashOf, ensureSampleArticle, toArticle, upsertArticle } from "./articles";
import { createTestDb, type TestDb } from "./testing";

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(async () => {
  await testDb.cleanup();
});

describe("ensureSampleArticle", () => {
  it("imports the sample once, then leaves it alone", async () => {
    const { db } = testDb;
    const first = await ensureSampleArticle(db);
    expect(first.status).toBe("created");
    expect(first.article.ownerId).toBeNull();
    expect(first.article.contentHash).toBe(contentHashOf(SAMPLE_ARTICLE_TEXT));

    const second = await ensureSampleArticle(db);
    expect(second.status).toBe("unchanged");
    expect(second.article.id).toBe(first.article.id);
    expect(second.article.updatedAt).toEqual(first.article.updatedAt);
    expect(await db.article.count()).toBe(1);
  });

  it("stores the stats a list page shows without rebuilding the article", async () => {
    const row = await testDb.db.article.findUniqueOrThrow({ where: { slug: sampleArticle().slug } });
    const { stats, headline, paragraphs } = sampleArticle();
    expect(row.headline).toBe(headline);
    expect(row.headline).toMatch(/^N\. Korea decides to send around 10,000 soldiers/);
    expect(JSON.parse(row.paragraphs)).toHaveLength(paragraphs.length);
    expect(JSON.parse(row.relatedHeadlines)).toContain("S. Korea unveils first graphic cigarette warnings");
    expect({ wordCount: row.wordCount, readingMinutes: row.readingMinutes, gradeLevel: row.gradeLevel, level: row.level }).toEqual({
      wordCount: stats.wordCount,
      readingMinutes: stats.readingMinutes,
      gradeLevel: stats.gradeLevel,
      level: stats.level,
    });
  });

  it("round-trips: toArticle(row) equals sampleArticle()", async () => {
    const row = await testDb.db.article.findUniqueOrThrow({ where: { slug: sampleArticle().slug } });
    expect(toArticle(row)).toEqual(sampleArticle());
  });

  it("re-imports the sample when its stored hash differs (the sample text changed)", async () => {
    const { db } = testDb;
    const slug = sampleArticle().slug;
    await db.article.update({
      where: { slug },
      data: { contentHash: "outdated", paragraphs: JSON.stringify(["An older text of the sample."]), wordCount: 6 },
    });
    const result = await ensureSampleArticle(db);
    expect(result.status).toBe("updated");
    expect(toArticle(result.article)).toEqual(sampleArticle());
    expect(result.article.wordCount).toBe(sampleArticle().stats.wordCount);
    expect(await db.article.count()).toBe(1);
  });

  it("keeps a soft-deleted sample deleted", async () => {
    const { db } = testDb;
    const slug = sampleArticle().slug;
    await db.article.update({ where: { slug }, data: { deletedAt: new Date() } });
    const result = await ensureSampleArticle(db);
    expect(result.status).toBe("unchanged");
    expect(result.article.deletedAt).not.toBeNull();
    await db.article.update({ where: { slug }, data: { deletedAt: null } });
  });
});

describe("upsertArticle", () => {
  const text = "Council approves new bike lanes\nThe city council approved 12 km of new bike lanes on Monday.";

  it("keeps optional metadata and rebuilds the same article", async () => {
    const { db } = testDb;
    const user = await db.user.create({ data: { id: "owner-1", name: "Ada", email: "ada@example.com" } });
    const article = {
      ...parseArticleText(text, { slug: "bike-lanes" }),
      source: "City Times",
      author: "J. Doe",
      publishedAt: "2024-10-18",
      url: "https://example.com/bike-lanes",
    };
    const row = await upsertArticle(db, article, { ownerId: user.id, contentHash: contentHashOf(text) });
    expect(row.ownerId).toBe(user.id);
    expect(row.publishedAt).toBe("2024-10-18");
    expect(toArticle(row)).toEqual(article);
  });

  it("updates the same owner's article in place", async () => {
    const { db } = testDb;
    const changed = `${text}\nWork starts in spring.`;
    const before = await db.article.findUniqueOrThrow({ where: { slug: "bike-lanes" } });
    const row = await upsertArticle(db, parseArticleText(changed, { slug: "bike-lanes" }), {
      ownerId: "owner-1",
      contentHash: contentHashOf(changed),
    });
    expect(row.id).toBe(before.id);
    expect(toArticle(row).paragraphs.map((p) => p.text)).toEqual([
      "The city council approved 12 km of new bike lanes on Monday.",
      "Work starts in spring.",
    ]);
  });

  it("refuses a slug that belongs to another owner or to a public article", async () => {
    const { db } = testDb;
    await db.user.create({ data: { id: "owner-2", name: "Bo", email: "bo@example.com" } });
    const article = parseArticleText(text, { slug: "bike-lanes" });
    await expect(upsertArticle(db, article, { ownerId: "owner-2", contentHash: "x" })).rejects.toBeInstanceOf(
      ArticleSlugTakenError,
    );
    await expect(upsertArticle(db, article, { contentHash: "x" })).rejects.toThrow(/already exists/);
    const sample = sampleArticle();
    await expect(upsertArticle(db, sample, { ownerId: "owner-2", contentHash: "x" })).rejects.toBeInstanceOf(
      ArticleSlugTakenError,
    );
  });
});
