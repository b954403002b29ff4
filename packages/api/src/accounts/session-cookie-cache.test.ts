import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { sampleArticle } from "@newsquiz/article/samples";
import { createDb, type Db } from "@newsquiz/db";
import { createTestDb, type TestDb } from "@newsquiz/db/testing";
import { createTestAuth, TestVisitor } from "../testing";
import { createContext } from "../trpc";
import type { Auth } from "../auth";

// A signed copy of the session in a cookie (better-auth's cookie cache, 60 s) answers session checks without a
// query. It only helps if the browser gets a fresh copy when the old one runs out: these tests follow one
// browser-like visitor (it keeps what the responses set) through the tRPC context, on a client that records
// every statement. Only Date is faked.

const MINUTE = 60_000;
const DAY = 86_400_000;

let testDb: TestDb;
let db: Db;
let auth: Auth;
const statements: string[] = [];
beforeAll(async () => {
  testDb = await createTestDb({ withSample: true });
  db = createDb({ url: testDb.url, onQuery: (e) => statements.push(e.query) });
  auth = createTestAuth(db);
});
afterAll(async () => {
  await db.$disconnect();
  await testDb.cleanup();
});
afterEach(() => {
  vi.useRealTimers();
});

/** One tRPC request's context for the visitor: who it is, the statements the session check ran, the cookies it set. */
async function request(v: TestVisitor) {
  const resHeaders = new Headers();
  statements.length = 0;
  const ctx = await createContext({ db, auth, headers: v.headers(), resHeaders });
  const sessionReads = statements.filter((q) => /FROM\s+([`"]?\w+[`"]?\.)?[`"]?session[`"]?(\s|$)/i.test(q)).length;
  v.takeCookies(resHeaders);
  return { userId: ctx.user?.id ?? null, sessionReads, setCookies: resHeaders.getSetCookie() };
}

describe("the session check", () => {
  it("reads the session table once a minute, not on every request, for as long as the reader keeps going", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: new Date() });
    const v = new TestVisitor(db, auth);
    await (await v.caller()).progress.save({ slug: sampleArticle().slug, paragraph: 0, ratio: 0 });
    const first = await request(v);
    expect(first.userId).not.toBeNull();
    expect(first.sessionReads).toBe(0);

    vi.setSystemTime(Date.now() + 2 * MINUTE);
    const expired = await request(v);
    expect({ userId: expired.userId, sessionReads: expired.sessionReads }).toEqual({ userId: first.userId, sessionReads: 1 });
    expect(expired.setCookies.some((c) => c.startsWith("better-auth.session_data="))).toBe(true);
    // the renewed copy serves the next minute
    for (let i = 0; i < 3; i++) {
      vi.setSystemTime(Date.now() + 10_000);
      expect(await request(v)).toMatchObject({ userId: first.userId, sessionReads: 0 });
    }
  });

  it("never passes on the expiry of a session cookie (a request still in flight when a guest signs up must not sign the account out)", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: new Date() });
    const v = new TestVisitor(db, auth);
    await (await v.caller()).progress.save({ slug: sampleArticle().slug, paragraph: 0, ratio: 0 });
    const { userId } = await request(v);
    // what signing up does to the guest's session while one of the guest's requests is still on its way
    await db.session.deleteMany({ where: { userId: userId! } });
    vi.setSystemTime(Date.now() + 2 * MINUTE); // past the signed copy: the session table is read and has nothing
    const late = await request(v);
    expect(late.userId).toBeNull();
    expect(late.setCookies).toEqual([]);
  });

  it("extends an active reader's session cookie along with the session, past the 30 days from sign-in", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: new Date() });
    const v = new TestVisitor(db, auth);
    await (await v.caller()).progress.save({ slug: sampleArticle().slug, paragraph: 0, ratio: 0 });
    const { userId } = await request(v);
    const before = await db.session.findFirstOrThrow({ where: { userId: userId! } });

    vi.setSystemTime(Date.now() + 2 * DAY);
    const later = await request(v);
    const after = await db.session.findFirstOrThrow({ where: { userId: userId! } });
    expect(after.expiresAt.getTime() - before.expiresAt.getTime()).toBeGreaterThanOrEqual(2 * DAY - MINUTE);
    const token = later.setCookies.find((c) => c.startsWith("better-auth.session_token="));
    expect(token).toMatch(/Max-Age=2592000/i);
  });
});
