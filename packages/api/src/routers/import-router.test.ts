import { readFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { sampleArticle, SAMPLE_ARTICLE_TEXT } from "@newsquiz/article/samples";
import { TestVisitor } from "../testing";
import { useTestApi } from "../test-api";
import { IMPORTS_PER_WINDOW } from "../import-articles";

const sample = sampleArticle();
const fixture = (name: string) => readFileSync(new URL(`../import/fixtures/${name}`, import.meta.url), "utf8");
const realArticle = (name: string) => readFileSync(new URL(`../../../article/samples/library/${name}`, import.meta.url), "utf8");
const toBase64 = (text: string | Uint8Array) => Buffer.from(typeof text === "string" ? Buffer.from(text, "utf8") : text).toString("base64");

let server: http.Server;
let origin = "";
let host = "";

function feedXml(links: { title: string; path: string }[]): string {
  const items = links
    .map((l) => `<item><title>${l.title}</title><link>${origin}${l.path}</link><pubDate>Fri, 18 Oct 2024 09:30:00 +0200</pubDate><description>About ${l.title}</description></item>`)
    .join("");
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Local Test Feed</title><link>${origin}/</link>${items}</channel></rss>`;
}

const testApi = useTestApi();
beforeAll(async () => {
  server = http.createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    const send = (body: string, type = "text/html; charset=utf-8", status = 200) => {
      res.writeHead(status, { "content-type": type });
      res.end(body);
    };
    switch (path) {
      case "/article":
        return send(fixture("cluttered-news-page.html"));
      case "/json-ld":
        return send(fixture("json-ld-news-page.html"));
      case "/og-only":
        return send(fixture("og-only-news-page.html"));
      case "/no-article":
        return send("<!doctype html><html><head><title>Menu</title></head><body><nav><a href='/a'>Home</a></nav></body></html>");
      case "/image":
        return send("GIF89a", "image/gif");
      case "/feed.xml":
        return send(
          feedXml([
            { title: "Green corridor", path: "/article" },
            { title: "Gone missing", path: "/missing" },
            { title: "Only a menu", path: "/no-article" },
            { title: "JSON-LD story", path: "/json-ld" },
          ]),
          "application/rss+xml",
        );
      default:
        return send("not here", "text/plain", 404);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  origin = `http://${host}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const visitor = () => testApi.visitor();
type Caller = Awaited<ReturnType<TestVisitor["caller"]>>;

/** A caller on which every procedure call is a new request of the same visitor (cookies carried over). */
function api(v: TestVisitor): Caller {
  const at = (keys: string[]): unknown =>
    new Proxy(() => undefined, {
      get: (_target, key) => at([...keys, String(key)]),
      apply: async (_target, _this, args: unknown[]) => {
        let fn: unknown = await v.caller();
        for (const key of keys) fn = Reflect.get(fn as object, key);
        return (fn as (...a: unknown[]) => unknown)(...args);
      },
    });
  return at([]) as Caller;
}
const allowLocalServer = () => {
  process.env.NEWSQUIZ_IMPORT_ALLOW_HOSTS = host;
};
afterEach(() => {
  delete process.env.NEWSQUIZ_IMPORT_ALLOW_HOSTS;
});

describe("import.paste", () => {
  it("imports a real article as the visitor's private article, with its quiz ready to take", async () => {
    const owner = visitor();
    const text = realArticle("01-afghan.txt");
    const result = await (await owner.caller()).import.paste({ text });
    expect(result.headline).toBe(text.split("\n")[0]?.trim());
    expect(result.slug).toMatch(/^after-visa-snags-all-girl-afghan-team/);
    expect(result.alreadyImported).toBe(false);
    expect(result.questionCount).toBeGreaterThan(0);

    // The visitor became a guest, owns the article, and reads it.
    const me = await (await owner.caller()).session.me();
    expect(me?.isAnonymous).toBe(true);
    const article = await (await owner.caller()).article.bySlug({ slug: result.slug });
    expect(article.imported).toBe(true);
    expect(article.paragraphs[0]?.text).toMatch(/^A group of Afghan teenagers was awarded a silver medal/);
    const row = await testApi.db.article.findUniqueOrThrow({ where: { slug: result.slug } });
    expect(row.ownerId).toBe(me?.id);

    // The library lists it as imported, next to the sample.
    const cards = await (await owner.caller()).article.list();
    expect(cards.map((c) => c.slug)).toEqual(expect.arrayContaining([result.slug, sample.slug]));
    expect(cards.find((c) => c.slug === result.slug)?.imported).toBe(true);

    // The quiz is already stored: starting it uses that quiz instead of making one.
    const quizzesBefore = await testApi.db.quiz.count({ where: { articleId: row.id } });
    expect(quizzesBefore).toBe(1);
    const attempt = await (await owner.caller()).quiz.start({ slug: result.slug });
    expect(attempt.questions).toHaveLength(result.questionCount);
    expect(await testApi.db.quiz.count({ where: { articleId: row.id } })).toBe(1);
  });

  it("keeps the sample public and gives a pasted copy of it a slug of its own", async () => {
    const result = await (await visitor().caller()).import.paste({ text: SAMPLE_ARTICLE_TEXT });
    expect(result.headline).toBe(sample.headline);
    expect(result.slug).toMatch(new RegExp(`^${sample.slug.slice(0, 60)}.*-[a-z0-9]{6}$`));
    expect(result.slug).not.toBe(sample.slug);
    const stored = await testApi.db.article.findUniqueOrThrow({ where: { slug: sample.slug } });
    expect(stored.ownerId).toBeNull();
    // Everyone else still sees only the public sample.
    expect((await (await visitor().caller()).article.list()).map((c) => c.slug)).toEqual([sample.slug]);
  });

  it("gives a private article a slug that says nothing about other readers' articles", async () => {
    const body = "The council met on Tuesday and voted to build the new bridge over the river, the mayor said.";
    const headline = "A headline nobody else has used before";
    // the first reader with this headline gets a suffixed slug too, so a later reader's slug reveals nothing
    const alone = await (await visitor().caller()).import.paste({ headline, text: body });
    const second = await (await visitor().caller()).import.paste({ headline, text: body });
    const shape = /^a-headline-nobody-else-has-used-before-[a-z0-9]{6}$/;
    expect(alone.slug).toMatch(shape);
    expect(second.slug).toMatch(shape);
    expect(second.slug).not.toBe(alone.slug);
  });

  it("takes a headline and body typed separately, and returns the same article when the same text comes again", async () => {
    const owner = visitor();
    const input = {
      headline: "Harbour ferry returns after repairs",
      text: "The harbour ferry returned to service on Monday after six weeks of repairs.\n\nThe operator said 1,200 passengers used it on the first day.",
    };
    const first = await (await owner.caller()).import.paste(input);
    const again = await (await owner.caller()).import.paste(input);
    expect(again).toMatchObject({ slug: first.slug, alreadyImported: true });
    const article = await (await owner.caller()).article.bySlug({ slug: first.slug });
    expect(article.paragraphs.map((p) => p.text)).toEqual([
      "The harbour ferry returned to service on Monday after six weeks of repairs.",
      "The operator said 1,200 passengers used it on the first day.",
    ]);
    // A different article with the same headline gets another slug; the first is untouched.
    const other = await (await owner.caller()).import.paste({ ...input, text: "A different story under the same headline." });
    expect(other.slug).not.toBe(first.slug);
    expect(other.slug.slice(0, -7)).toBe(first.slug.slice(0, -7));
    expect((await (await owner.caller()).article.bySlug({ slug: first.slug })).paragraphs).toHaveLength(2);
  });

  it("refuses empty and oversized text with readable messages", async () => {
    const caller = api(visitor());
    await expect(caller.import.paste({ text: "   \n  " })).rejects.toMatchObject({ code: "BAD_REQUEST", message: "The text is empty." });
    await expect(caller.import.paste({ text: "Only a headline" })).rejects.toMatchObject({ code: "BAD_REQUEST", message: "The text has a headline but no paragraphs below it." });
    await expect(caller.import.paste({ headline: "Big", text: "x".repeat(210 * 1024) })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "The text is too large: paste at most 200 KB",
    });
    // Under the character limit but over 200 KB of UTF-8.
    await expect(caller.import.paste({ headline: "Big", text: "é".repeat(150 * 1024) })).rejects.toMatchObject({
      message: "The text is too large: paste at most 200 KB",
    });
  });
});

describe("import.file", () => {
  it("imports .txt, .md and .html uploads", async () => {
    const caller = api(visitor());
    const txt = await caller.import.file({ name: "clock.txt", type: "text/plain", base64: toBase64(realArticle("03-clock.txt")) });
    expect(txt.headline).toBe(realArticle("03-clock.txt").split("\n")[0]?.trim());
    const md = await caller.import.file({ name: "article.md", base64: toBase64(fixture("article.md")) });
    expect(md.headline).toBe("Ferry service to the islands resumes after two-week strike");
    const page = await caller.import.file({ name: "story.html", type: "text/html", base64: toBase64(fixture("json-ld-news-page.html")) });
    const article = await caller.article.bySlug({ slug: page.slug });
    expect(article.source).toBe("Northern Ledger"); // the publisher named in the page's JSON-LD
    expect(article.paragraphs.length).toBeGreaterThan(1);
  });

  it("refuses files that are too large, binary or not base64", async () => {
    const caller = api(visitor());
    const big = toBase64("a\n".repeat(101 * 1024));
    await expect(caller.import.file({ name: "big.txt", base64: big })).rejects.toMatchObject({ code: "BAD_REQUEST", message: "The file is too large" });
    const justOver = toBase64(`Headline\n${"b".repeat(200 * 1024)}`);
    await expect(caller.import.file({ name: "over.txt", base64: justOver })).rejects.toMatchObject({ message: "The file is too large" });
    const png = toBase64(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]));
    await expect(caller.import.file({ name: "photo.png", base64: png })).rejects.toMatchObject({ message: "This is not a text or HTML file" });
    await expect(caller.import.file({ name: "renamed.txt", base64: png })).rejects.toMatchObject({ message: "This is not a text or HTML file" });
    await expect(caller.import.file({ name: "x.txt", base64: "not base64!" })).rejects.toMatchObject({ message: "This is not a text or HTML file" });
  });
});

describe("import.url", () => {
  it("refuses the local test server (loopback) when no allow-list is set", async () => {
    const caller = api(visitor());
    await expect(caller.import.url({ url: `${origin}/article` })).rejects.toMatchObject({ code: "BAD_REQUEST", message: "This address is not allowed" });
    for (const url of ["http://localhost/", "http://[::1]/", "http://[::ffff:127.0.0.1]/", "http://10.0.0.1/", "http://169.254.169.254/latest", "javascript:alert(1)", "file:///etc/passwd", "ftp://example.com/a"]) {
      await expect(caller.import.url({ url }), url).rejects.toMatchObject({ code: "BAD_REQUEST", message: "This address is not allowed" });
    }
  });

  it("imports a news page with its metadata when the test server is allow-listed", async () => {
    allowLocalServer();
    const caller = api(visitor());
    const result = await caller.import.url({ url: `${origin}/article` });
    const article = await caller.article.bySlug({ slug: result.slug });
    expect(article.headline).toBe("City council approves “green corridor” plan for riverside");
    expect(article).toMatchObject({
      source: "Riverside Daily",
      author: "Maria Okafor",
      publishedAt: "2024-10-18T07:30:00.000Z",
      url: "https://riverside-daily.example/local/2024/10/green-corridor-plan",
    });
    expect(article.paragraphs.map((p) => p.text).join(" ")).not.toMatch(/Advertisement|Sign up/);
  });

  it("says when a page has no article, is not a page, or is missing", async () => {
    allowLocalServer();
    const caller = api(visitor());
    await expect(caller.import.url({ url: `${origin}/no-article` })).rejects.toMatchObject({ message: "No article text found on this page" });
    await expect(caller.import.url({ url: `${origin}/image` })).rejects.toMatchObject({ message: "This address did not return a web page" });
    await expect(caller.import.url({ url: `${origin}/missing` })).rejects.toMatchObject({ message: "The page could not be fetched (HTTP 404)" });
  });
});

describe("import.feedPreview and import.feedItem", () => {
  it("lists a feed's items, then imports each ticked item, reporting failures without stopping", async () => {
    allowLocalServer();
    const owner = visitor();
    const feed = await (await owner.caller()).import.feedPreview({ url: `${origin}/feed.xml` });
    expect(feed.title).toBe("Local Test Feed");
    expect(feed.items.map((i) => i.title)).toEqual(["Green corridor", "Gone missing", "Only a menu", "JSON-LD story"]);
    expect(feed.items[0]?.link).toBe(`${origin}/article`);

    const results = [];
    for (const item of feed.items) results.push(await (await owner.caller()).import.feedItem({ url: item.link, feedTitle: feed.title }));
    expect(results.map((r) => (r.ok ? "ok" : r.stage))).toEqual(["ok", "fetch", "parse", "ok"]);
    expect(results[1]).toMatchObject({ ok: false, message: "The page could not be fetched (HTTP 404)" });
    expect(results[2]).toMatchObject({ ok: false, message: "No article text found on this page" });
    const imported = results.filter((r) => r.ok);
    const slugs = (await (await owner.caller()).article.list()).map((c) => c.slug);
    for (const r of imported) expect(slugs).toContain(r.slug);
  });

  it("refuses a feed on a loopback address without the allow-list, and a page that is not a feed", async () => {
    const caller = api(visitor());
    await expect(caller.import.feedPreview({ url: `${origin}/feed.xml` })).rejects.toMatchObject({ message: "This address is not allowed" });
    const item = await caller.import.feedItem({ url: `${origin}/article` });
    expect(item).toEqual({ ok: false, stage: "fetch", message: "This address is not allowed" });
    allowLocalServer();
    await expect(caller.import.feedPreview({ url: `${origin}/article` })).rejects.toMatchObject({ message: "This address did not return a news feed" });
  });
});

describe("private articles", () => {
  it("are hidden from everyone but the owner, who alone can delete them (NOT_FOUND, never FORBIDDEN)", async () => {
    const owner = visitor();
    const { slug } = await (await owner.caller()).import.paste({ text: realArticle("02-asylum.txt") });
    const strangers = [visitor(), visitor()];
    await (await strangers[1]!.caller()).progress.save({ slug: sample.slug, paragraph: 0, ratio: 0 }); // a guest with a session

    for (const stranger of strangers) {
      const caller = await stranger.caller();
      expect((await caller.article.list()).map((c) => c.slug)).not.toContain(slug);
      expect((await caller.article.list({ search: "asylum" })).map((c) => c.slug)).not.toContain(slug);
      await expect(caller.article.bySlug({ slug })).rejects.toMatchObject({ code: "NOT_FOUND", message: "This article was not found." });
      await expect(caller.quiz.start({ slug })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(caller.quiz.current({ slug })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(caller.progress.save({ slug, paragraph: 1, ratio: 0.5 })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(caller.import.delete({ slug })).rejects.toMatchObject({ code: "NOT_FOUND", message: "This article was not found." });
    }
    // Same answer as for an article that never existed.
    await expect((await strangers[0]!.caller()).import.delete({ slug: "never-existed" })).rejects.toMatchObject({ code: "NOT_FOUND", message: "This article was not found." });
    expect((await (await owner.caller()).article.bySlug({ slug })).headline).toBe(realArticle("02-asylum.txt").split("\n")[0]?.trim());
  });

  it("the owner deletes one: it leaves the library and the reader, and past scores keep their article", async () => {
    const owner = visitor();
    const { slug } = await (await owner.caller()).import.paste({ text: realArticle("03-clock.txt") });
    const attempt = await (await owner.caller()).quiz.start({ slug });
    const searched = async () => (await (await owner.caller()).article.list({ search: "ZUCKERBERG headquart" })).map((c) => c.slug);
    expect(await searched()).toContain(slug); // in the search index as soon as it is imported

    expect(await (await owner.caller()).import.delete({ slug })).toEqual({ slug });
    expect((await (await owner.caller()).article.list()).map((c) => c.slug)).not.toContain(slug);
    expect(await searched()).not.toContain(slug);
    await expect((await owner.caller()).article.bySlug({ slug })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect((await owner.caller()).import.delete({ slug })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const row = await testApi.db.article.findUniqueOrThrow({ where: { slug } });
    expect(row.deletedAt).toBeInstanceOf(Date);
    expect(await testApi.db.attempt.count({ where: { id: attempt.id } })).toBe(1);
  });

  it("the shared sample cannot be deleted by anyone", async () => {
    const caller = api(visitor());
    await expect(caller.import.delete({ slug: sample.slug })).rejects.toMatchObject({ code: "FORBIDDEN", message: "Articles in the shared library cannot be deleted." });
    expect((await caller.article.list()).map((c) => c.slug)).toContain(sample.slug);
  });
});

describe("rate limit", () => {
  it(`allows ${IMPORTS_PER_WINDOW} imports per person in ten minutes, then says when to try again`, async () => {
    const busy = visitor();
    for (let i = 0; i < IMPORTS_PER_WINDOW; i += 1) {
      await expect((await busy.caller()).import.paste({ text: "" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    }
    await expect((await busy.caller()).import.paste({ text: SAMPLE_ARTICLE_TEXT })).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS",
      message: "Too many imports; try again in 10 minutes",
    });
    // Feed items count too; another person is not affected.
    await expect((await busy.caller()).import.feedItem({ url: "https://example.com/a" })).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS" });
    expect((await (await visitor().caller()).import.paste({ headline: "Fine", text: "Another person can still import." })).slug).toMatch(/^fine/);
  });
});
