import { readFileSync } from "node:fs";
import path from "node:path";
import { sampleArticle } from "@newsquiz/article/samples";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "./client";
import { toArticle } from "./articles";
import { ensureStarterLibrary, readStarterLibrary, readStarterManifest, starterLibraryDir, StarterLibraryError, starterLibrarySlugs } from "./starter-library";
import { createTestDb, type TestDb } from "./testing";

const texts = readStarterLibrary();

describe("the starter library's manifest", () => {
  it("lists the 34 texts of SOURCES.md with the same file, kind, headline, date and address", () => {
    const sources = readFileSync(path.join(starterLibraryDir(), "SOURCES.md"), "utf8");
    const rows = [...sources.matchAll(/^\| (\S+\.txt) \| (\w+) \| (.+?) \| (\S+) \| (\S+) \| \d+ \| \d+ \|$/gm)].map((m) => ({
      file: m[1],
      kind: m[2] === "bio" ? "biography" : m[2],
      headline: m[3],
      publishedAt: m[4],
      url: m[5],
    }));
    expect(rows).toHaveLength(34);
    expect(readStarterManifest().texts.map(({ file, kind, headline, publishedAt, url }) => ({ file, kind, headline, publishedAt, url }))).toEqual(rows);
  });

  it("gives every text its publisher, author line and licence with links", () => {
    const from = (source: string) => texts.filter((t) => t.article.source === source);
    expect([...new Set(texts.map((t) => t.article.source))].sort()).toEqual(["OpenStax", "Wikinews", "Wikipedia"]);
    expect(from("Wikinews").map((t) => t.license.name)).toEqual(Array(22).fill("CC BY 2.5"));
    expect(from("Wikipedia").every((t) => t.license.name === "CC BY-SA 3.0" && t.kind === "biography")).toBe(true);
    expect(from("OpenStax").every((t) => t.license.url === "https://creativecommons.org/licenses/by/4.0/" && t.kind === "textbook")).toBe(true);
    expect(new Set(texts.map((t) => t.article.slug)).size).toBe(34);
  });

  it("gives the addresses the texts are stored under without parsing them: the sample's, then each text's", () => {
    expect(starterLibrarySlugs()).toEqual([sampleArticle().slug, ...texts.map((t) => t.article.slug)]);
  });

  it("says which manifest it could not read", () => {
    const dir = path.join(starterLibraryDir(), "does-not-exist");
    expect(() => readStarterManifest(dir)).toThrow(StarterLibraryError);
    expect(() => readStarterManifest(dir)).toThrow(/manifest .* could not be read/);
  });
});

describe("ensureStarterLibrary", () => {
  let testDb: TestDb;
  beforeAll(async () => {
    testDb = await createTestDb();
  });
  afterAll(async () => {
    await testDb.cleanup();
  });

  it("imports the sample and the 34 texts once, even when two nodes start at the same moment", async () => {
    const second = createDb({ url: testDb.url, poolSize: 2 });
    try {
      const [a, b] = await Promise.all([ensureStarterLibrary(testDb.db, texts), ensureStarterLibrary(second, texts)]);
      const statuses = [...a.texts, ...b.texts].map((t) => t.status);
      expect(statuses.filter((s) => s === "created")).toHaveLength(34);
      expect(statuses.filter((s) => s === "unchanged")).toHaveLength(34);
    } finally {
      await second.$disconnect();
    }
    expect(await testDb.db.article.count({ where: { ownerId: null } })).toBe(35);
    const again = await ensureStarterLibrary(testDb.db, texts);
    expect(again.sample.status).toBe("unchanged");
    expect(again.texts.every((t) => t.status === "unchanged")).toBe(true);
  });

  it("keeps the sample first in the newest-first order, then the texts in manifest order", async () => {
    const rows = await testDb.db.article.findMany({ where: { ownerId: null }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: { slug: true, kind: true } });
    expect(rows[0]).toEqual({ slug: sampleArticle().slug, kind: "news" });
    expect(rows.slice(1).map((r) => r.slug)).toEqual(texts.map((t) => t.article.slug));
  });

  it("stores each text's source, author, licence and address, and rebuilds the same article", async () => {
    const galois = texts.find((t) => t.article.headline === "Évariste Galois: Final days")!;
    const row = await testDb.db.article.findUniqueOrThrow({ where: { slug: galois.article.slug } });
    expect(row).toMatchObject({
      kind: "biography",
      source: "Wikipedia",
      sourceUrl: "https://en.wikipedia.org/",
      author: "Wikipedia contributors",
      licenseName: "CC BY-SA 3.0",
      licenseUrl: "https://creativecommons.org/licenses/by-sa/3.0/",
      url: "https://en.wikipedia.org/w/index.php?title=%C3%89variste_Galois&action=history",
      publishedAt: "2004-08-18",
    });
    expect(toArticle(row).paragraphs.map((p) => p.text)).toEqual(galois.article.paragraphs.map((p) => p.text));
  });

  it("updates a text whose licence changed, and leaves a deleted one deleted", async () => {
    const [first, second] = texts;
    await testDb.db.article.update({ where: { slug: first!.article.slug }, data: { licenseName: "All rights reserved" } });
    await testDb.db.article.update({ where: { slug: second!.article.slug }, data: { deletedAt: new Date() } });
    const result = await ensureStarterLibrary(testDb.db, texts);
    expect(result.texts.slice(0, 2).map((t) => t.status)).toEqual(["updated", "unchanged"]);
    expect((await testDb.db.article.findUniqueOrThrow({ where: { slug: first!.article.slug } })).licenseName).toBe("CC BY 2.5");
    expect((await testDb.db.article.findUniqueOrThrow({ where: { slug: second!.article.slug } })).deletedAt).not.toBeNull();
  });

  it("leaves a reader's import that already uses a text's address alone", async () => {
    const fresh = await createTestDb();
    try {
      const user = await fresh.db.user.create({ data: { id: "u1", name: "Ada", email: "ada@example.com" } });
      const zaha = texts.find((t) => t.article.headline === "Zaha Hadid")!;
      await fresh.db.article.create({
        data: { slug: zaha.article.slug, ownerId: user.id, headline: "My notes", paragraphs: '["Mine."]', relatedHeadlines: "[]", wordCount: 1, readingMinutes: 1, gradeLevel: 1, level: "Easy", contentHash: "x" },
      });
      const result = await ensureStarterLibrary(fresh.db, texts);
      expect(result.texts.find((t) => t.slug === zaha.article.slug)?.status).toBe("slug-taken");
      expect(result.texts.filter((t) => t.status === "created")).toHaveLength(33);
      expect((await fresh.db.article.findUniqueOrThrow({ where: { slug: zaha.article.slug } })).headline).toBe("My notes");
    } finally {
      await fresh.cleanup();
    }
  });
});
