import { parseArticleText } from "@newsquiz/article";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contentHashOf, upsertArticle } from "./articles";
import { articleMatches, fts5QueryOf, searchTermsOf, tsQueryOf } from "./search-index";
import { backfillSearchText, searchTextOf } from "./search-text";
import { createTestDb, type TestDb } from "./testing";

describe("a query as the index is asked it", () => {
  it("folds case and accents, cuts words at anything not a letter or digit, keeps at most 10 words", () => {
    expect(searchTermsOf("  Zelénskyy   COVID-19 don’t  ")).toEqual([["zelenskyy"], ["covid", "19"], ["don", "t"]]);
    expect(searchTermsOf("one two three four five six seven eight nine ten eleven")).toHaveLength(10);
  });

  it("turns operators and quotes into plain words or nothing, never into query syntax", () => {
    const terms = searchTermsOf(`"robot" AND -moon OR NEAR(a b) * ' : & | ! \\ % _ ^x`);
    expect(terms).toEqual([["robot"], ["and"], ["moon"], ["or"], ["near", "a"], ["b"], ["x"]]);
    expect(fts5QueryOf(terms)).toBe(`"robot" * "and" * "moon" * "or" * "near a" "b" "x"`);
    expect(tsQueryOf(terms)).toBe("robot:* & and:* & moon:* & or:* & (near <-> a) & b & x");
    expect(searchTermsOf(`" * - AND( ) '`)).toEqual([["and"]]);
    expect(searchTermsOf(`"*" -- ()`)).toEqual([]);
  });

  it("matches the last index word of each typed word as a prefix unless it is a single letter", () => {
    expect(fts5QueryOf(searchTermsOf("vladi covid-19"))).toBe(`"vladi" * "covid 19" *`);
    expect(tsQueryOf(searchTermsOf("vladi covid-19"))).toBe("vladi:* & (covid <-> 19:*)");
  });
});

describe("the stored search text", () => {
  it("is the folded words of the headline and text, separated by single spaces", () => {
    expect(searchTextOf("Café in São Paulo", ["It’s 3.5 km from example.com —", "“Zelénskyy” said."])).toBe(
      "cafe in sao paulo it s 3 5 km from example com zelenskyy said",
    );
  });
});

describe("the full-text index", () => {
  let testDb: TestDb;
  beforeAll(async () => {
    testDb = await createTestDb();
  });
  afterAll(async () => {
    await testDb.cleanup();
  });

  /** Slugs of the articles whose search text holds every word of `query`, as the library asks the index. */
  async function found(query: string): Promise<string[]> {
    const rows = await testDb.db.$queryRaw<Array<{ slug: string }>>`SELECT "slug" FROM "Article" WHERE ${articleMatches(testDb.provider, searchTermsOf(query))} ORDER BY "slug"`;
    return rows.map((row) => row.slug);
  }

  /** The index holds exactly what "Article"."searchText" holds (SQLite: FTS5's own check, which throws otherwise). */
  async function expectIndexConsistent(): Promise<void> {
    if (testDb.provider === "sqlite") {
      await testDb.db.$executeRawUnsafe(`INSERT INTO "ArticleSearch"("ArticleSearch", rank) VALUES ('integrity-check', 1)`);
      return;
    }
    const [{ wrong }] = await testDb.db.$queryRawUnsafe<[{ wrong: number }]>(
      `SELECT COUNT(*)::int AS wrong FROM "Article" a FULL JOIN "ArticleSearch" s ON s."articleId" = a."id"
       WHERE a."id" IS NULL OR s."articleId" IS NULL OR s."document" <> to_tsvector('simple'::regconfig, a."searchText")`,
    );
    expect(wrong).toBe(0);
  }

  const article = (slug: string, headline: string, text: string) => ({ ...parseArticleText(`${headline}\n\n${text}`), slug });

  it("finds an article as soon as it is stored, by whole words and by the start of a word, in any case or accent", async () => {
    await upsertArticle(testDb.db, article("harbour", "The harbour at Vladivostok", "Ships from Zürich and São Paulo arrived at dawn. The crews rested."), {
      contentHash: contentHashOf("harbour"),
    });
    expect(await found("vladivostok")).toEqual(["harbour"]);
    expect(await found("VLADI")).toEqual(["harbour"]);
    expect(await found("zurich SAO paulo")).toEqual(["harbour"]);
    expect(await found("Zürich")).toEqual(["harbour"]);
    expect(await found("harbour zeppelin")).toEqual([]);
    expect(await found("arbour")).toEqual([]); // words, not any substring
    await expectIndexConsistent();
  });

  it("follows an edit: the old words no longer find it, the new ones do", async () => {
    await upsertArticle(testDb.db, article("harbour", "The harbour at Vladivostok", "Zeppelins flew over the bay at noon."), {
      contentHash: contentHashOf("harbour, edited"),
    });
    expect(await found("zurich")).toEqual([]);
    expect(await found("zeppelin")).toEqual(["harbour"]);
    expect(await found("vladivostok")).toEqual(["harbour"]);
    await expectIndexConsistent();
  });

  it("follows rows written in bulk and deleted for good", async () => {
    await testDb.db.article.createMany({
      data: ["first", "second"].map((name) => ({
        slug: `bulk-${name}`,
        headline: `Bulk ${name}`,
        paragraphs: JSON.stringify([`The ${name} marmalade.`]),
        relatedHeadlines: "[]",
        wordCount: 3,
        readingMinutes: 1,
        gradeLevel: 1,
        level: "Easy",
        contentHash: name,
        searchText: searchTextOf(`Bulk ${name}`, [`The ${name} marmalade.`]),
      })),
    });
    expect(await found("marmalade")).toEqual(["bulk-first", "bulk-second"]);
    await testDb.db.article.delete({ where: { slug: "bulk-first" } });
    expect(await found("marmalade")).toEqual(["bulk-second"]);
    await expectIndexConsistent();
  });

  it("matches a word with a hyphen or an apostrophe as the words in sequence", async () => {
    await upsertArticle(testDb.db, article("covid", "Covid-19 cases fall", "Officials say they don't expect a new wave. Case 19 of covid was mild."), {
      contentHash: contentHashOf("covid"),
    });
    expect(await found("covid-19")).toEqual(["covid"]);
    expect(await found("COVI-19 CASE")).toEqual([]); // only the last index word of a typed word is a prefix
    expect(await found("COVID-19 CASE")).toEqual(["covid"]);
    expect(await found("don't")).toEqual(["covid"]);
    expect(await found("19-covid")).toEqual([]); // the words are there, but not in that order
  });

  it("answers odd input with plain words, never a syntax error", async () => {
    for (const query of [`"`, `"harbour`, `harbour"`, `AND`, `harbour AND`, `OR harbour`, `NOT harbour`, `*`, `harbour*`, `-harbour`, `NEAR(harbour bay)`, `harbour:*`, `'; DROP TABLE "Article"; --`, `a & b | !c`, `(harbour`, `\\`, `%_%`]) {
      const terms = searchTermsOf(query);
      if (terms.length === 0) continue;
      await expect(found(query), query).resolves.toBeInstanceOf(Array);
    }
    expect(await found("harbour*")).toEqual(["harbour"]);
    expect(await found(`"harbour`)).toEqual(["harbour"]);
    expect(await found("-harbour")).toEqual(["harbour"]);
    expect(await testDb.db.article.count()).toBeGreaterThan(0);
  });

  it("finds articles again once `migrate` fills in a search text that a migration emptied", async () => {
    await testDb.db.article.updateMany({ data: { searchText: "" } });
    expect(await found("zeppelin")).toEqual([]);
    expect(await backfillSearchText(testDb.db)).toBe(await testDb.db.article.count());
    expect(await found("zeppelin")).toEqual(["harbour"]);
    expect(await found("marmalade")).toEqual(["bulk-second"]);
    await expectIndexConsistent();
  });

  it("asks nothing for a query without a word", () => {
    expect(() => articleMatches(testDb.provider, [])).toThrow(/at least one word/);
  });
});
