import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { sampleArticle, SAMPLE_ARTICLE_TEXT } from "@newsquiz/article/samples";
import { makeQuiz } from "@newsquiz/quiz";
import { useTestApi } from "../test-api";
import { draftFromFile, draftFromPaste, extractArticleFromHtml, ImportError } from "../import";
import { createEngineFence, makeQuizFenced, readFileFenced, readPageFenced, readPasteFenced, useEngineFence, type EngineFence } from "./engine-fence";

const here = path.dirname(fileURLToPath(import.meta.url));
const neverEndingWorker = path.join(here, "test-support", "never-ending-worker.mjs");
const sample = sampleArticle();

const api = useTestApi();

const visitor = () => api.visitor();

/** A fence whose quiz making never ends (the stuck worker), while reading texts works as in production. */
function stuckQuizFence(stuck: EngineFence, onQuiz: () => void = () => {}): EngineFence {
  const reading = createEngineFence({ timeoutMs: 60_000 });
  return {
    makeQuiz: (article, options) => {
      onQuiz();
      return stuck.makeQuiz(article, options);
    },
    readPage: (page) => reading.readPage(page),
    readFile: (file) => reading.readFile(file),
    readPaste: (paste) => reading.readPaste(paste),
    close: async () => {
      await Promise.all([stuck.close(), reading.close()]);
    },
  };
}

/** Rows a failed import or quiz could have left behind. */
async function counts() {
  const db = api.db;
  return { articles: await db.article.count(), quizzes: await db.quiz.count(), attempts: await db.attempt.count() };
}

describe("the engine runs in a worker, deterministically", () => {
  it("gives the same quiz as the engine called in this thread (same article, same seed)", async () => {
    const fenced = await makeQuizFenced(sample, { count: 10, seed: 7 });
    expect(fenced.questions.length).toBeGreaterThan(0);
    expect(fenced).toEqual(makeQuiz(sample, { count: 10, seed: 7 }));
  });

  it("the production bundle (dist/engine-worker.mjs) loads in a worker and gives the same quiz", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "newsquiz-engine-"));
    try {
      const outfile = path.join(dir, "engine-worker.mjs");
      execFileSync(process.execPath, ["--import", "tsx/esm", path.join(here, "..", "..", "scripts", "bundle-engine-worker.ts"), outfile], {
        cwd: path.join(here, "..", ".."),
        stdio: "pipe",
      });
      const fence = createEngineFence({ timeoutMs: 60_000, workerFile: outfile });
      try {
        expect(await fence.makeQuiz(sample, { count: 10, seed: 3 })).toEqual(makeQuiz(sample, { count: 10, seed: 3 }));
      } finally {
        await fence.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("fetched pages are read in a worker too", () => {
  const html = readFileSync(path.join(here, "..", "import", "fixtures", "cluttered-news-page.html"), "utf8");
  const url = "https://news.example.org/story";

  it("finds the same article as the reader in this thread", async () => {
    expect(await readPageFenced({ url, html })).toEqual(extractArticleFromHtml(html, { url }));
  });

  it("keeps the importer's own readable errors", async () => {
    const menu = "<!doctype html><html><head><title>Menu</title></head><body><nav><a href='/a'>Home</a></nav></body></html>";
    const error: unknown = await readPageFenced({ url, html: menu }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect(error).toMatchObject({ code: "no-article", message: "No article text found on this page" });
  });

  it("gives a page that takes too long a readable error", async () => {
    const fence = createEngineFence({ timeoutMs: 300, workerFile: neverEndingWorker });
    try {
      await expect(fence.readPage({ url, html })).rejects.toMatchObject({
        code: "UNPROCESSABLE_CONTENT",
        message: "This page could not be imported: finding its article took longer than 0.3 seconds.",
      });
    } finally {
      await fence.close();
    }
  });
});

describe("uploaded files and pasted texts are read in a worker too", () => {
  const html = readFileSync(path.join(here, "..", "import", "fixtures", "cluttered-news-page.html"), "utf8");
  const file = { name: "story.html", type: "text/html", bytes: new TextEncoder().encode(html) };

  it("reads the same article as the importer in this thread", async () => {
    expect(await readFileFenced(file)).toEqual(draftFromFile(file));
    const paste = { headline: "A headline", text: SAMPLE_ARTICLE_TEXT };
    expect(await readPasteFenced(paste)).toEqual(draftFromPaste(paste));
  });

  it("keeps the importer's own readable errors", async () => {
    const binary = { name: "photo.txt", bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3]) };
    const error: unknown = await readFileFenced(binary).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect(error).toMatchObject({ code: "not-text" });
  });

  it("gives an upload or a paste that takes too long a readable error, and stores nothing", async () => {
    const restore = useEngineFence(createEngineFence({ timeoutMs: 300, workerFile: neverEndingWorker }));
    try {
      const before = await counts();
      const caller = await visitor().caller();
      await expect(caller.import.file({ name: file.name, type: file.type, base64: Buffer.from(file.bytes).toString("base64") })).rejects.toMatchObject({
        code: "UNPROCESSABLE_CONTENT",
        message: "This file could not be imported: reading it took longer than 0.3 seconds.",
      });
      await expect(caller.import.paste({ headline: "Never read", text: SAMPLE_ARTICLE_TEXT })).rejects.toMatchObject({
        code: "UNPROCESSABLE_CONTENT",
        message: "This text could not be imported: reading it took longer than 0.3 seconds.",
      });
      expect(await counts()).toEqual(before);
    } finally {
      await restore();
    }
  });
});

describe("a text the engine cannot finish in time", () => {
  it("gets a readable 'could not be quizzed' on import, and nothing is saved", async () => {
    const restore = useEngineFence(stuckQuizFence(createEngineFence({ timeoutMs: 300, workerFile: neverEndingWorker })));
    try {
      const before = await counts();
      const reader = visitor();
      await expect((await reader.caller()).import.paste({ headline: "A text that never ends", text: SAMPLE_ARTICLE_TEXT })).rejects.toMatchObject({
        code: "UNPROCESSABLE_CONTENT",
        message: "This text could not be quizzed: making its questions took longer than 0.3 seconds. Try a shorter text, or split it into parts.",
      });
      expect(await counts()).toEqual(before);
      expect((await (await reader.caller()).article.list()).map((card) => card.slug)).toEqual([sample.slug]);
    } finally {
      await restore();
    }
  });

  it("gets the same readable error when a quiz is started, with no quiz or attempt stored", async () => {
    const restore = useEngineFence(createEngineFence({ timeoutMs: 300, workerFile: neverEndingWorker }));
    try {
      await api.db.quiz.deleteMany({ where: { article: { slug: sample.slug } } });
      const before = await counts();
      await expect((await visitor().caller()).quiz.start({ slug: sample.slug })).rejects.toMatchObject({
        code: "UNPROCESSABLE_CONTENT",
        message: expect.stringMatching(/^This text could not be quizzed/),
      });
      expect(await counts()).toEqual(before);
    } finally {
      await restore();
    }
  });

  it("does not hold up other requests while it runs", async () => {
    // A limit far beyond the test: the slow run is still in flight when the other requests are answered.
    const stuck = createEngineFence({ timeoutMs: 600_000, workerFile: neverEndingWorker });
    let reached = () => {};
    const reachedEngine = new Promise<void>((resolve) => (reached = resolve));
    const restore = useEngineFence(stuckQuizFence(stuck, reached));
    const before = await counts();
    const slowReader = visitor();
    let settled = false;
    const slow = (await slowReader.caller()).import.paste({ headline: "Stuck in the engine", text: SAMPLE_ARTICLE_TEXT }).then(
      () => "imported",
      (error: unknown) => (error instanceof Error ? error.message : String(error)),
    );
    void slow.finally(() => {
      settled = true;
    });
    try {
      await reachedEngine; // the import is now waiting on its worker
      const other = visitor();
      const cards = await (await other.caller()).article.list();
      expect(cards.map((card) => card.slug)).toContain(sample.slug);
      const article = await (await other.caller()).article.bySlug({ slug: sample.slug });
      expect(article.headline).toBe(sample.headline);
      expect(settled).toBe(false);
    } finally {
      await restore(); // ends the stuck worker; its import fails
    }
    expect(await slow).not.toBe("imported");
    expect(await counts()).toEqual(before);
  });
});
