import { CLIENT_ADDRESS_HEADER } from "../net/client-address";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@newsquiz/db/testing";
import { type Auth } from "../auth";
import { createTestAuth } from "../testing";
import { requestOrigin, requestProtocol } from "./request-origin";

let testDb: TestDb;
let n = 0;
const freshEmail = () => `origin${++n}-${Date.now()}@example.com`;

beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(async () => {
  await testDb.cleanup();
});

/**
 * A sign-up as a browser sends it: to `host` (the address in its location bar, the Host header), from a page
 * of `origin`. Next.js builds the request URL from the address it listens on, not from Host, so the URL here
 * is always localhost, as in the app.
 */
function signUp(auth: Auth, { host, origin, proto }: { host: string; origin: string; proto?: "http" | "https" }) {
  const headers = new Headers({ "content-type": "application/json", host, origin, [CLIENT_ADDRESS_HEADER]: `198.51.100.${++n % 250}` });
  if (proto) headers.set("x-forwarded-proto", proto);
  return auth.handler(
    new Request("http://localhost:3000/api/auth/sign-up/email", {
      method: "POST",
      headers,
      body: JSON.stringify({ email: freshEmail(), password: "correct horse battery", name: "Origin" }),
    }),
  );
}
const sessionCookie = (res: Response) => res.headers.getSetCookie().find((c) => c.includes("session_token")) ?? "";

describe("sign-in without BETTER_AUTH_URL: works however the app is reached", () => {
  const plain = () => createTestAuth(testDb.db, { baseURL: undefined, https: false });

  it.each(["127.0.0.1:3000", "localhost:3000", "[::1]:3000", "192.168.1.20:3000", "quiz.lan"])("via %s over plain HTTP, with cookies a browser sends back", async (host) => {
    const res = await signUp(plain(), { host, origin: `http://${host}` });
    expect(res.status).toBe(200);
    const cookie = sessionCookie(res);
    expect(cookie).toMatch(/^better-auth\.session_token=/);
    expect(cookie).not.toMatch(/;\s*Secure/i);
    expect(cookie).toMatch(/HttpOnly/i);
  });

  it("still refuses a request sent from another site's page", async () => {
    const res = await signUp(plain(), { host: "127.0.0.1:3000", origin: "http://evil.example" });
    expect(res.status).toBe(403);
    expect(((await res.json()) as { code?: string }).code).toBe("INVALID_ORIGIN");
    const other = await signUp(plain(), { host: "127.0.0.1:3000", origin: "http://127.0.0.1:4000" });
    expect(other.status).toBe(403);
  });

  it("over HTTPS (a TLS proxy in front says x-forwarded-proto: https) sets Secure, __Secure- cookies", async () => {
    const https = createTestAuth(testDb.db, { baseURL: undefined, https: true });
    const res = await signUp(https, { host: "quiz.example.org", origin: "https://quiz.example.org", proto: "https" });
    expect(res.status).toBe(200);
    expect(sessionCookie(res)).toMatch(/^__Secure-better-auth\.session_token=.*;\s*Secure/i);
  });
});

describe("sign-in with BETTER_AUTH_URL: only that origin", () => {
  it("accepts its own origin and refuses every other address, even the same server's", async () => {
    const auth = createTestAuth(testDb.db, { baseURL: "http://127.0.0.1:3000" });
    expect((await signUp(auth, { host: "127.0.0.1:3000", origin: "http://127.0.0.1:3000" })).status).toBe(200);
    expect((await signUp(auth, { host: "localhost:3000", origin: "http://localhost:3000" })).status).toBe(403);
    expect((await signUp(auth, { host: "[::1]:3000", origin: "http://[::1]:3000" })).status).toBe(403);
  });
});

describe("requestOrigin / requestProtocol", () => {
  it("read the scheme from x-forwarded-proto (first hop) or the URL, and the host from Host", () => {
    expect(requestOrigin(new Headers({ host: "[::1]:3120", "x-forwarded-proto": "http" }))).toBe("http://[::1]:3120");
    expect(requestOrigin(new Headers({ host: "quiz.example.org", "x-forwarded-proto": "https, http" }))).toBe("https://quiz.example.org");
    expect(requestOrigin(new Headers({ host: "quiz.example.org:443", "x-forwarded-proto": "https" }))).toBe("https://quiz.example.org");
    expect(requestOrigin(new Request("https://a.example/api/auth/x"))).toBe("https://a.example");
    expect(requestProtocol(new Headers())).toBe("http");
  });

  it("refuse a Host header that is not a plain address", () => {
    for (const host of ["evil.example/path", "user@evil.example", "a b", ""]) {
      expect(requestOrigin(new Headers({ host }))).toBeNull();
    }
  });
});
