import { CLIENT_ADDRESS_HEADER } from "../net/client-address";
import { describe, expect, it } from "vitest";
import { sampleArticle } from "@newsquiz/article/samples";
import { ACCOUNT_REQUESTS_PER_ADDRESS_PER_MINUTE } from "./account-fields";
import { createTestAuth, TestVisitor } from "../testing";
import { useTestApi } from "../test-api";
import { startTestWorker } from "../test-worker";
import { createSignInLimiter } from "./sign-in-limits";
import { createGuestLimiter } from "./guest-limits";
import { authErrorMessage } from "./auth-messages";
import { upsertArticle } from "@newsquiz/db";
import { readStoredQuiz } from "../quizzes/stored-quiz";
import { createQuizForArticle } from "../quizzes/create-quiz";
import { getArticle } from "../articles/get-article";

const slug = sampleArticle().slug;
let n = 0;
const freshEmail = () => `reader${++n}-${Date.now()}@example.com`;

const api = useTestApi();

/** Starts guest-race-writer.ts on a worker thread with its own database client. */
function raceWriter(data: { url: string; guestId: string; prefix: string }) {
  const worker = startTestWorker(new URL("./guest-race-writer.ts", import.meta.url), "runGuestRaceWriter", data);
  return {
    ready: worker.next(),
    async stop(): Promise<{ written: string[]; failed: number }> {
      worker.send("stop");
      const result = (await worker.next()) as { written: string[]; failed: number };
      await worker.terminate();
      return result;
    },
  };
}

async function json(res: Response): Promise<{ code?: string; message?: string; user?: { id: string; email: string } }> {
  return (await res.json()) as { code?: string; message?: string };
}

describe("accounts", () => {
  it("a guest who signs up keeps their reading progress, and is no longer a guest", async () => {
    const v = api.visitor();
    await (await v.caller()).progress.save({ slug, paragraph: 6, ratio: 0.35 });
    const guest = await (await v.caller()).session.me();
    expect(guest?.isAnonymous).toBe(true);

    const email = freshEmail();
    const res = await v.authRequest("/sign-up/email", { email, password: "correct horse battery", name: "Ana" });
    expect(res.status).toBe(200);
    const me = await (await v.caller()).session.me();
    expect(me).toMatchObject({ email, isAnonymous: false });
    expect(me?.id).not.toBe(guest?.id);
    expect(await (await v.caller()).progress.get({ slug })).toMatchObject({ paragraph: 6, ratio: 0.35 });
    // The guest row is gone; nothing of theirs was deleted with it.
    expect(await api.db.user.findUnique({ where: { id: guest!.id } })).toBeNull();
  });

  it("a guest who signs up keeps their attempts, review queue, flags, imported articles and the quizzes they made", async () => {
    const v = api.visitor();
    const { id: attemptId } = await (await v.caller()).quiz.start({ slug });
    const attempt = await api.db.attempt.findUniqueOrThrow({ where: { id: attemptId }, include: { quiz: true } });
    const [q0] = readStoredQuiz(attempt.quiz);
    await (await v.caller()).attempt.submit({ attemptId }); // nothing answered: every question goes to review
    await (await v.caller()).attempt.flag({ attemptId, questionId: q0!.id, reason: "unclear" });
    const guestId = (await (await v.caller()).session.me())!.id;
    // an article the guest imported, with a quiz made for them
    const own = await upsertArticle(api.db, { ...sampleArticle(), slug: "guest-import-merge" }, { ownerId: guestId, contentHash: "guest-import-merge" });
    const made = await createQuizForArticle(api.db, await getArticle(api.db, { slug: own.slug, userId: guestId }), { seed: 4, createdById: guestId });
    const before = {
      attempts: await api.db.attempt.count({ where: { userId: guestId } }),
      review: (await api.db.reviewItem.findMany({ where: { userId: guestId }, orderBy: { questionKey: "asc" } })).map((r) => [r.questionKey, r.box, r.dueAt.getTime()]),
      flags: (await api.db.questionFlag.findMany({ where: { userId: guestId } })).map((f) => [f.questionKey, f.reason]),
    };
    expect(before.attempts).toBe(1);
    expect(before.review.length).toBe(attempt.total);
    expect(before.flags).toEqual([[q0!.key.questionKey, "unclear"]]);

    expect((await v.authRequest("/sign-up/email", { email: freshEmail(), password: "correct horse battery", name: "Cy" })).status).toBe(200);
    const me = (await (await v.caller()).session.me())!;
    expect(me.id).not.toBe(guestId);
    expect(await api.db.attempt.count({ where: { userId: me.id } })).toBe(before.attempts);
    const review = await api.db.reviewItem.findMany({ where: { userId: me.id }, orderBy: { questionKey: "asc" } });
    expect(review.map((r) => [r.questionKey, r.box, r.dueAt.getTime()])).toEqual(before.review);
    expect((await api.db.questionFlag.findMany({ where: { userId: me.id } })).map((f) => [f.questionKey, f.reason])).toEqual(before.flags);
    expect((await api.db.article.findUniqueOrThrow({ where: { id: own.id } })).ownerId).toBe(me.id);
    expect((await api.db.quiz.findUniqueOrThrow({ where: { id: made.id } })).createdById).toBe(me.id);
    // what the reader sees: their score, their review question, their private article
    expect((await (await v.caller()).attempt.get({ attemptId })).status).toBe("submitted");
    expect((await (await v.caller()).review.next()).dueCount).toBe(0); // due tomorrow, not lost
    expect((await (await v.caller()).article.bySlug({ slug: own.slug })).headline).toBe(sampleArticle().headline);
    for (const table of ["attempt", "reviewItem", "questionFlag"] as const) {
      expect(await (api.db[table] as unknown as { count(a: unknown): Promise<number> }).count({ where: { userId: guestId } })).toBe(0);
    }
  });

  it("signing in merges a guest's review item and flag on a question the account also has: the lower box, one flag", async () => {
    const v = api.visitor();
    const email = freshEmail();
    await v.authRequest("/sign-up/email", { email, password: "correct horse battery", name: "Di" });
    const accountId = (await (await v.caller()).session.me())!.id;
    const { id: first } = await (await v.caller()).quiz.start({ slug });
    await (await v.caller()).attempt.submit({ attemptId: first });
    const [q0] = readStoredQuiz((await api.db.attempt.findUniqueOrThrow({ where: { id: first }, include: { quiz: true } })).quiz);
    await (await v.caller()).attempt.flag({ attemptId: first, questionId: q0!.id, reason: "unclear" });
    const key = q0!.key.questionKey;
    const later = new Date(Date.UTC(2030, 0, 10));
    await api.db.reviewItem.update({ where: { userId_questionKey: { userId: accountId, questionKey: key } }, data: { box: 3, dueAt: later } });
    await v.authRequest("/sign-out", {});

    // as a new guest, the same first quiz: the question is missed and flagged again
    const { id: second } = await (await v.caller()).quiz.start({ slug });
    await (await v.caller()).attempt.submit({ attemptId: second });
    await (await v.caller()).attempt.flag({ attemptId: second, questionId: q0!.id, reason: "wrong-answer" });
    const guestId = (await (await v.caller()).session.me())!.id;
    const guestItem = await api.db.reviewItem.findUniqueOrThrow({ where: { userId_questionKey: { userId: guestId, questionKey: key } } });
    expect(guestItem.box).toBe(1);

    expect((await v.authRequest("/sign-in/email", { email, password: "correct horse battery" })).status).toBe(200);
    const items = await api.db.reviewItem.findMany({ where: { userId: accountId, questionKey: key } });
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ box: 1, dueAt: guestItem.dueAt });
    const flags = await api.db.questionFlag.findMany({ where: { questionKey: key, userId: { in: [accountId, guestId] } } });
    expect(flags).toHaveLength(1);
    expect(flags[0]!.userId).toBe(accountId);
    expect(await api.db.attempt.count({ where: { userId: accountId } })).toBe(2);
  });

  it("loses no write made on the guest's cookie while the guest signs up (a second database client racing the merge)", async () => {
    // The guest's writes come from another database client on a worker thread (as from another server
    // process), in a loop that runs all through the sign-up. Each write either lands on the account (moved by
    // the merge) or is refused once the guest is gone; none succeeds and then disappears with the guest.
    for (let round = 0; round < 3; round++) {
      const v = api.visitor();
      await (await v.caller()).progress.save({ slug, paragraph: 1, ratio: 0.05 });
      const guestId = (await (await v.caller()).session.me())!.id;
      const writer = raceWriter({ url: api.testDb.url, guestId, prefix: `race:${round}` });
      await writer.ready;
      const res = await v.authRequest("/sign-up/email", { email: freshEmail(), password: "correct horse battery", name: "Race" });
      const { written, failed } = await writer.stop();
      expect(res.status).toBe(200);
      const me = (await (await v.caller()).session.me())!;
      expect(me.isAnonymous).toBe(false);
      const kept = await api.db.questionFlag.findMany({ where: { questionKey: { startsWith: `race:${round}:` } }, select: { questionKey: true, userId: true } });
      expect(kept.map((f) => f.questionKey).sort()).toEqual([...written].sort());
      expect(kept.every((f) => f.userId === me.id)).toBe(true);
      expect(written.length).toBeGreaterThan(0); // writes were made before the merge …
      expect(failed).toBeGreaterThan(0); // … and after it (refused): the race really ran across the sign-up
      expect(await api.db.user.findUnique({ where: { id: guestId } })).toBeNull();
    }
  });

  it("signs out and back in; a guest's progress made before signing in merges into the account", async () => {
    const v = api.visitor();
    const email = freshEmail();
    await v.authRequest("/sign-up/email", { email, password: "correct horse battery", name: "Ben" });
    await (await v.caller()).progress.save({ slug, paragraph: 2, ratio: 0.15 });
    expect((await v.authRequest("/sign-out", {})).status).toBe(200);
    expect(await (await v.caller()).session.me()).toBeNull();

    await (await v.caller()).progress.save({ slug, paragraph: 12, ratio: 0.65 }); // as a new guest
    const res = await v.authRequest("/sign-in/email", { email, password: "correct horse battery" });
    expect(res.status).toBe(200);
    expect(await (await v.caller()).session.me()).toMatchObject({ email, isAnonymous: false });
    expect(await (await v.caller()).progress.get({ slug })).toMatchObject({ paragraph: 12, ratio: 0.65 });
  });

  it("stores the password hashed with a slow KDF, never as given", async () => {
    const v = api.visitor();
    const email = freshEmail();
    await v.authRequest("/sign-up/email", { email, password: "correct horse battery", name: "Cy" });
    const user = await api.db.user.findUniqueOrThrow({ where: { email } });
    const account = await api.db.account.findFirstOrThrow({ where: { userId: user.id, providerId: "credential" } });
    expect(account.password).not.toContain("correct horse battery");
    expect(account.password).toMatch(/^[0-9a-f]{32}:[0-9a-f]{128}$/); // scrypt salt:key
  });

  it("says the same thing for a wrong password and an unknown email", async () => {
    const v = api.visitor();
    const email = freshEmail();
    await v.authRequest("/sign-up/email", { email, password: "correct horse battery", name: "Di" });
    await v.authRequest("/sign-out", {});
    const wrong = await v.authRequest("/sign-in/email", { email, password: "wrong password!" }, "198.51.100.1");
    const unknown = await v.authRequest("/sign-in/email", { email: freshEmail(), password: "wrong password!" }, "198.51.100.1");
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    const [a, b] = [await json(wrong), await json(unknown)];
    expect(a.code).toBe(b.code);
    expect(authErrorMessage(a)).toBe("Wrong email or password.");
    expect(authErrorMessage(b)).toBe("Wrong email or password.");
  });

  it("refuses a taken email and a short password with readable messages", async () => {
    const v = api.visitor();
    const email = freshEmail();
    await v.authRequest("/sign-up/email", { email, password: "correct horse battery", name: "Ed" }, "198.51.100.2");
    const again = api.visitor();
    const taken = await again.authRequest("/sign-up/email", { email, password: "another good one", name: "Ed" }, "198.51.100.2");
    expect(taken.status).toBe(422);
    expect(authErrorMessage(await json(taken))).toBe("An account with this email already exists. Sign in instead.");
    const short = await again.authRequest("/sign-up/email", { email: freshEmail(), password: "short", name: "Ed" }, "198.51.100.2");
    expect(short.status).toBe(400);
    expect(authErrorMessage(await json(short))).toBe("Use at least 8 characters for your password.");
  });

  it("slows wrong passwords per address and account: the owner still signs in from their own network", async () => {
    const limitedAuth = createTestAuth(api.db, { limits: { signIn: createSignInLimiter({ freeFailures: 3 }), guests: createGuestLimiter() } });
    const owner = new TestVisitor(api.db, limitedAuth);
    const email = freshEmail();
    await owner.authRequest("/sign-up/email", { email, password: "correct horse battery", name: "Fi" }, "192.0.2.10");
    await owner.authRequest("/sign-out", {}, "192.0.2.10");
    const attacker = new TestVisitor(api.db, limitedAuth);
    for (let i = 0; i < 3; i++) {
      expect((await attacker.authRequest("/sign-in/email", { email, password: `guess ${i} guess` }, "192.0.2.66")).status).toBe(401);
    }
    // The attacker's address now waits, even with the right password…
    const blocked = await attacker.authRequest("/sign-in/email", { email, password: "correct horse battery" }, "192.0.2.66");
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get("retry-after")).toBe("30");
    const body = await json(blocked);
    expect(body.code).toBe("SIGN_IN_LOCKED");
    expect(authErrorMessage(body)).toBe("Too many wrong passwords for this account from your network. Try again in 30 seconds.");
    // …while the owner, from their own address, is not locked out of their account.
    const signedIn = await owner.authRequest("/sign-in/email", { email, password: "correct horse battery" }, "192.0.2.10");
    expect(signedIn.status).toBe(200);
    expect(await (await owner.caller()).session.me()).toMatchObject({ email });
    // The attacker's address may still try other accounts (better-auth's per-address limit caps the rate).
    expect((await attacker.authRequest("/sign-in/email", { email: freshEmail(), password: "guess guess" }, "192.0.2.66")).status).toBe(401);
  });

  it("a successful sign-in clears that address's failures on the account", async () => {
    const limitedAuth = createTestAuth(api.db, { limits: { signIn: createSignInLimiter({ freeFailures: 2 }), guests: createGuestLimiter() } });
    const v = new TestVisitor(api.db, limitedAuth);
    const email = freshEmail();
    await v.authRequest("/sign-up/email", { email, password: "correct horse battery", name: "Fo" }, "192.0.2.30");
    await v.authRequest("/sign-out", {}, "192.0.2.30");
    expect((await v.authRequest("/sign-in/email", { email, password: "typo typo typo" }, "192.0.2.30")).status).toBe(401);
    expect((await v.authRequest("/sign-in/email", { email, password: "correct horse battery" }, "192.0.2.30")).status).toBe(200);
    await v.authRequest("/sign-out", {}, "192.0.2.30");
    // One more failure would have been the second in a row without the success in between.
    expect((await v.authRequest("/sign-in/email", { email, password: "typo typo typo" }, "192.0.2.30")).status).toBe(401);
    expect((await v.authRequest("/sign-in/email", { email, password: "correct horse battery" }, "192.0.2.30")).status).toBe(200);
  });

  it("limits sign-in attempts per address", async () => {
    const v = api.visitor();
    const statuses: number[] = [];
    const limit = ACCOUNT_REQUESTS_PER_ADDRESS_PER_MINUTE;
    for (let i = 0; i < limit + 2; i++) statuses.push((await v.authRequest("/sign-in/email", { email: freshEmail(), password: "whatever123" }, "203.0.113.200")).status);
    expect(statuses.slice(0, limit).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(limit)).toEqual([429, 429]);
  });

  it("counts per address in the database, so a second web node (another auth instance) sees the same count", async () => {
    const nodeA = api.visitor();
    const nodeB = new TestVisitor(api.db, createTestAuth(api.db));
    const statuses: number[] = [];
    const limit = ACCOUNT_REQUESTS_PER_ADDRESS_PER_MINUTE;
    for (let i = 0; i < limit + 2; i++) {
      const node = i % 2 === 0 ? nodeA : nodeB;
      statuses.push((await node.authRequest("/sign-in/email", { email: freshEmail(), password: "whatever123" }, "203.0.113.201")).status);
    }
    expect(statuses.slice(0, limit).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(limit)).toEqual([429, 429]);
    // held in the database, where every node (not just every instance in this process) reads it
    const row = await api.db.rateLimit.findFirst({ where: { key: { contains: "203.0.113.201" } } });
    expect(row?.count).toBeGreaterThanOrEqual(limit);
  });

  it("sets session cookies httpOnly and SameSite=Lax, and Secure when served over HTTPS", async () => {
    const plain = api.visitor();
    const res = await plain.authRequest("/sign-up/email", { email: freshEmail(), password: "correct horse battery", name: "Gu" }, "198.51.100.3");
    const cookie = res.headers.getSetCookie().find((c) => c.includes("session_token"))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i);

    const httpsAuth = createTestAuth(api.db, { baseURL: "https://newsquiz.example" });
    const req = new Request("https://newsquiz.example/api/auth/sign-up/email", {
      method: "POST",
      headers: { "content-type": "application/json", origin: "https://newsquiz.example", [CLIENT_ADDRESS_HEADER]: "198.51.100.4" },
      body: JSON.stringify({ email: freshEmail(), password: "correct horse battery", name: "Hu" }),
    });
    const secure = (await httpsAuth.handler(req)).headers.getSetCookie().find((c) => c.includes("session_token"))!;
    expect(secure).toMatch(/Secure/i);
    expect(secure).toMatch(/HttpOnly/i);
  });
});
