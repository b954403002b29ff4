import { describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { sampleArticle } from "@newsquiz/article/samples";
import { useTestApi } from "../test-api";

const sample = sampleArticle();

const api = useTestApi();

const visitor = () => api.visitor();

describe("article router", () => {
  it("lists the sample article with its reading facts for a first-time visitor", async () => {
    const cards = await (await visitor().caller()).article.list();
    expect(cards).toHaveLength(1);
    expect(cards[0]).toMatchObject({
      slug: sample.slug,
      headline: sample.headline,
      wordCount: sample.stats.wordCount,
      readingMinutes: sample.stats.readingMinutes,
      level: sample.stats.level,
      progress: null,
    });
    expect(cards[0]?.firstLine).toBe(sample.paragraphs[0]?.sentences[0]?.text);
  });

  it("searches words in the headline and in the text, ignoring case and accents", async () => {
    const caller = await visitor().caller();
    expect(await caller.article.list({ search: "VLADIVOSTOK" })).toHaveLength(1);
    expect(await caller.article.list({ search: "soldiers seoul" })).toHaveLength(1);
    expect(await caller.article.list({ search: "Zelénskyy" })).toHaveLength(1);
    expect(await caller.article.list({ search: "zeppelin" })).toHaveLength(0);
  });

  it("returns the full article model by slug", async () => {
    const article = await (await visitor().caller()).article.bySlug({ slug: sample.slug });
    expect(article.headline).toBe(sample.headline);
    expect(article.paragraphs).toEqual(sample.paragraphs);
    expect(article.relatedHeadlines).toEqual(sample.relatedHeadlines);
    expect(article.glossary).toEqual(sample.glossary);
  });

  it("says an unknown article was not found, and rejects a malformed slug readably", async () => {
    const caller = await visitor().caller();
    await expect(caller.article.bySlug({ slug: "no-such-article" })).rejects.toMatchObject({ code: "NOT_FOUND", message: "This article was not found." });
    const bad = await caller.article.bySlug({ slug: "../etc/passwd" }).catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(TRPCError);
    expect((bad as TRPCError).code).toBe("BAD_REQUEST");
    // what the browser reads: the field and a sentence, not zod's JSON
    expect(await visitor().httpQuery("article.bySlug", { slug: "../etc/passwd" })).toEqual({
      status: 400,
      error: { code: "BAD_REQUEST", message: "slug: A slug is lower-case letters, digits and single hyphens" },
    });
    expect(await visitor().httpQuery("article.bySlug", { slug: "no-such-article" })).toEqual({ status: 404, error: { code: "NOT_FOUND", message: "This article was not found." } });
  });
});

describe("progress router", () => {
  it("has no progress and no identity for a visitor who has only read", async () => {
    const v = visitor();
    expect(await (await v.caller()).progress.get({ slug: sample.slug })).toBeNull();
    expect(await (await v.caller()).session.me()).toBeNull();
  });

  it("gives a visitor a guest identity on first save, in an httpOnly SameSite=Lax cookie", async () => {
    const v = visitor();
    const resHeaders = new Headers();
    const { createContext } = await import("../trpc");
    const { createCaller } = await import("../root");
    const caller = createCaller(await createContext({ db: api.db, auth: api.auth, headers: new Headers(), resHeaders }));
    await caller.progress.save({ slug: sample.slug, paragraph: 3, ratio: 0.2 });
    const cookie = resHeaders.getSetCookie().find((c) => c.includes("session_token"));
    expect(cookie).toBeDefined();
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    v.takeCookies(resHeaders);
    const me = await (await v.caller()).session.me();
    expect(me?.isAnonymous).toBe(true);
    const user = await api.db.user.findUniqueOrThrow({ where: { id: me!.id } });
    expect(user.isAnonymous).toBe(true);
  });

  it("keeps the furthest point, marks finished once, and restores it on return", async () => {
    const v = visitor();
    await (await v.caller()).progress.save({ slug: sample.slug, paragraph: 9, ratio: 0.5 });
    await (await v.caller()).progress.save({ slug: sample.slug, paragraph: 2, ratio: 0.15 });
    let progress = await (await v.caller()).progress.get({ slug: sample.slug });
    expect(progress).toMatchObject({ paragraph: 9, ratio: 0.5, finishedAt: null });

    await (await v.caller()).progress.save({ slug: sample.slug, paragraph: 19, ratio: 1, finished: true });
    progress = await (await v.caller()).progress.get({ slug: sample.slug });
    expect(progress?.finishedAt).toBeInstanceOf(Date);
    const finishedAt = progress!.finishedAt;
    await (await v.caller()).progress.save({ slug: sample.slug, paragraph: 19, ratio: 1, finished: true });
    expect((await (await v.caller()).progress.get({ slug: sample.slug }))?.finishedAt).toEqual(finishedAt);

    const [card] = await (await v.caller()).article.list();
    expect(card?.progress).toEqual({ ratio: 1, finished: true });
  });

  it("clamps a paragraph index past the end to the last paragraph", async () => {
    const v = visitor();
    const saved = await (await v.caller()).progress.save({ slug: sample.slug, paragraph: 500, ratio: 1 });
    expect(saved.paragraph).toBe(sample.paragraphs.length - 1);
  });

  it("never shows one reader's progress to another", async () => {
    const a = visitor();
    const b = visitor();
    await (await a.caller()).progress.save({ slug: sample.slug, paragraph: 7, ratio: 0.4 });
    await (await b.caller()).progress.save({ slug: sample.slug, paragraph: 1, ratio: 0.1 });
    expect((await (await a.caller()).progress.get({ slug: sample.slug }))?.paragraph).toBe(7);
    expect((await (await b.caller()).progress.get({ slug: sample.slug }))?.paragraph).toBe(1);
  });

  it("rejects out-of-range input with a readable message", async () => {
    // what the browser reads: the field and zod's sentence, not a JSON dump of the issues
    const v = visitor();
    expect(await v.httpMutation("progress.save", { slug: sample.slug, paragraph: -1, ratio: 0.5 })).toEqual({
      status: 400,
      error: { code: "BAD_REQUEST", message: "paragraph: Too small: expected number to be >=0" },
    });
    expect(await v.httpMutation("progress.save", { slug: sample.slug, paragraph: 1, ratio: 1.5 })).toEqual({
      status: 400,
      error: { code: "BAD_REQUEST", message: "ratio: Too big: expected number to be <=1" },
    });
    const caller = await visitor().caller();
    await expect(caller.progress.save({ slug: sample.slug, paragraph: -1, ratio: 0.5 })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(caller.progress.save({ slug: sample.slug, paragraph: 1, ratio: 1.5 })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(caller.progress.save({ slug: "missing-article", paragraph: 1, ratio: 0.5 })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
