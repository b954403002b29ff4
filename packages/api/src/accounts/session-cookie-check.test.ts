import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { sampleArticle } from "@newsquiz/article/samples";
import { createDb, type Db } from "@newsquiz/db";
import { createTestDb, type TestDb } from "@newsquiz/db/testing";
import { getCookieCache } from "better-auth/cookies";
import { createTestAuth, TEST_AUTH_SECRET, TestVisitor } from "../testing";
import { createContext } from "../trpc";
import type { Auth } from "../auth";
import { checkSessionCookies, readSignedCopy } from "./session-cookie-check";

// The session check from the signed cookies alone (session-cookie-check.ts) must accept exactly what better-auth's
// own check accepts from its cookie cache, and hand everything else to better-auth. Each test follows browser-like
// visitors through the tRPC context on a real migrated database, counting the statements that read the session
// table and the calls of better-auth's full check. Only Date is faked.

const MINUTE = 60_000;

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
  vi.restoreAllMocks();
});

/** One request's session check: who it is, the session-table reads, better-auth's full checks, the cookies set. */
async function request(v: TestVisitor, withAuth: Auth = auth, headers: Headers = v.headers()) {
  const resHeaders = new Headers();
  statements.length = 0;
  const fullChecks = vi.spyOn(withAuth.api, "getSession");
  const ctx = await createContext({ db, auth: withAuth, headers, resHeaders });
  const sessionReads = statements.filter((q) => /FROM\s+([`"]?\w+[`"]?\.)?[`"]?session[`"]?(\s|$)/i.test(q)).length;
  const calls = fullChecks.mock.calls.length;
  fullChecks.mockRestore();
  v.takeCookies(resHeaders);
  return { user: ctx.user, sessionReads, fullChecks: calls, setCookies: resHeaders.getSetCookie() };
}

/** A guest with a session and a fresh signed copy of it (their first write made them a guest). */
async function guest(withAuth: Auth = auth): Promise<{ v: TestVisitor; userId: string }> {
  const v = new TestVisitor(db, withAuth);
  await (await v.caller()).progress.save({ slug: sampleArticle().slug, paragraph: 0, ratio: 0 });
  const userId = (await db.session.findFirstOrThrow({ where: { token: tokenOf(v) } })).userId;
  return { v, userId };
}

const tokenOf = (v: TestVisitor) => /better-auth\.session_token=([^.;]+)/.exec(v.cookieHeader())?.[1] ?? "";
const cookieOf = (v: TestVisitor, name: string) => new RegExp(`(?:^|; )(${name.replace(".", "\\.")}=[^;]*)`).exec(v.cookieHeader())?.[1] ?? "";

describe("the session check from the signed cookies", () => {
  it("answers a guest's request from the signed copy alone: no query, no better-auth check, no cookie set", async () => {
    const { v, userId } = await guest();
    const r = await request(v);
    expect(r).toEqual({ user: { id: userId, name: "Guest", email: expect.stringContaining("@guest.newsquiz.invalid"), isAnonymous: true }, sessionReads: 0, fullChecks: 0, setCookies: [] });
  });

  it("answers a signed-in account the same way (not a guest)", async () => {
    const v = new TestVisitor(db, auth);
    const res = await v.authRequest("/sign-up/email", { name: "Ada", email: "ada-cookie-check@example.com", password: "correct horse battery" }, "203.0.113.60");
    expect(res.status).toBe(200);
    const r = await request(v);
    expect(r).toMatchObject({ user: { name: "Ada", email: "ada-cookie-check@example.com", isAnonymous: false }, sessionReads: 0, fullChecks: 0 });
  });

  it("without any cookie there is no session, and nothing is read", async () => {
    const r = await request(new TestVisitor(db, auth));
    expect(r).toEqual({ user: null, sessionReads: 0, fullChecks: 0, setCookies: [] });
  });

  it("hands a copy that has run out to better-auth, which reads the session once and sends the renewed copy", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: new Date() });
    const { v, userId } = await guest();
    vi.setSystemTime(Date.now() + MINUTE + 1000);
    const expired = await request(v);
    expect(expired).toMatchObject({ user: { id: userId }, sessionReads: 1, fullChecks: 1 });
    expect(expired.setCookies.some((c) => c.startsWith("better-auth.session_data="))).toBe(true);
    // the browser sends the renewed copy: the next request is answered from it again
    expect(await request(v)).toMatchObject({ user: { id: userId }, sessionReads: 0, fullChecks: 0 });
  });

  it("honours a session deleted elsewhere until its signed copy runs out (at most a minute), then not", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: new Date() });
    const { v, userId } = await guest();
    await db.session.deleteMany({ where: { userId } }); // signed out on another device
    vi.setSystemTime(Date.now() + 30_000);
    expect((await request(v)).user?.id).toBe(userId);
    vi.setSystemTime(Date.now() + 31_000);
    expect(await request(v)).toMatchObject({ user: null, sessionReads: 1, fullChecks: 1 });
  });

  it("refuses a tampered copy and lets better-auth decide from the session table", async () => {
    const { v, userId } = await guest();
    const data = cookieOf(v, "better-auth.session_data");
    const [name, value = ""] = [data.slice(0, data.indexOf("=")), data.slice(data.indexOf("=") + 1)];
    // The copy claims another user: its JSON re-encoded with a changed user id and the old signature.
    const decoded = JSON.parse(Buffer.from(value, "base64url").toString()) as { session: { user: { id: string } } };
    decoded.session.user.id = "someone-else";
    const forged = `${name}=${Buffer.from(JSON.stringify(decoded)).toString("base64url")}`;
    const headers = new Headers({ cookie: `${cookieOf(v, "better-auth.session_token")}; ${forged}` });
    expect(await checkSessionCookies(auth, headers)).toBeNull();
    const r = await request(v, auth, headers);
    expect(r).toMatchObject({ user: { id: userId }, sessionReads: 1, fullChecks: 1 });
  });

  it("never takes one session's signed copy for another session's cookie", async () => {
    const a = await guest();
    const b = await guest();
    // B's session cookie with A's (valid, signed) copy: the copy is not B's, so better-auth decides — B, not A.
    const headers = new Headers({ cookie: `${cookieOf(b.v, "better-auth.session_token")}; ${cookieOf(a.v, "better-auth.session_data")}` });
    expect(await checkSessionCookies(auth, headers)).toBeNull();
    expect((await request(b.v, auth, headers)).user?.id).toBe(b.userId);
  });

  it("refuses a session cookie whose signature is not the installation's", async () => {
    const { v } = await guest();
    const token = cookieOf(v, "better-auth.session_token");
    // the signature's first character changed (its last ones carry bits base64 decoding ignores)
    const at = token.lastIndexOf(".") + 1;
    const tampered = `${token.slice(0, at)}${token[at] === "A" ? "B" : "A"}${token.slice(at + 1)}`;
    const headers = new Headers({ cookie: `${tampered}; ${cookieOf(v, "better-auth.session_data")}` });
    expect(await checkSessionCookies(auth, headers)).toBeNull();
    expect((await request(v, auth, headers)).user).toBeNull();
  });

  it("signs everyone out when the secret changes (auth:rotate-secret, then a restart)", async () => {
    const { v } = await guest();
    const rotated = createTestAuth(db, { secret: "another-secret-another-secret-another-1234" });
    expect(await checkSessionCookies(rotated, v.headers())).toBeNull();
    expect((await request(v, rotated)).user).toBeNull();
  });

  it("reads the __Secure- cookies of an instance that answers over HTTPS", async () => {
    const secure = createTestAuth(db, { baseURL: "https://quiz.example" });
    const { v, userId } = await guest(secure);
    expect(v.cookieHeader()).toContain("__Secure-better-auth.session_data=");
    expect(await request(v, secure)).toMatchObject({ user: { id: userId }, sessionReads: 0, fullChecks: 0 });
    // the same cookies sent to the plain-HTTP instance are not its cookies: no session there
    expect((await request(v, auth)).user).toBeNull();
  });

  it("reads better-auth's signed copy exactly as better-auth's own getCookieCache does", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: new Date() });
    const { v } = await guest();
    const data = cookieOf(v, "better-auth.session_data");
    const value = decodeURIComponent(data.slice(data.indexOf("=") + 1));
    const decoded = JSON.parse(Buffer.from(value, "base64url").toString()) as { session: { user: { name: string } }; expiresAt: number; signature: string };
    const renamed = { ...decoded, session: { ...decoded.session, user: { ...decoded.session.user, name: "Mallory" } } };
    const cases: Array<[string, string, string]> = [
      ["as made", value, TEST_AUTH_SECRET],
      ["under another secret", value, "another-secret-another-secret-another-1234"],
      ["with a changed name", Buffer.from(JSON.stringify(renamed)).toString("base64url"), TEST_AUTH_SECRET],
      ["later expiry claimed", Buffer.from(JSON.stringify({ ...decoded, expiresAt: decoded.expiresAt + 3_600_000 })).toString("base64url"), TEST_AUTH_SECRET],
      ["not the shape of a copy", Buffer.from(JSON.stringify({ session: 1 })).toString("base64url"), TEST_AUTH_SECRET],
    ];
    for (const at of [Date.now(), Date.now() + 59_000, Date.now() + 61_000]) {
      vi.setSystemTime(at);
      for (const [label, cookie, secret] of cases) {
        const theirs = await getCookieCache(new Headers({ cookie: `better-auth.session_data=${cookie}` }), { secret, isSecure: false });
        const ours = readSignedCopy(cookie, secret);
        expect({ label, at, accepted: ours !== null, userId: ours?.user.id }).toEqual({ label, at, accepted: theirs !== null, userId: theirs?.user.id });
      }
    }
    // and the copy as made is accepted until it runs out
    vi.setSystemTime(Date.now() - 61_000);
    expect(readSignedCopy(value, TEST_AUTH_SECRET)?.user.name).toBe("Guest");
  });
});
