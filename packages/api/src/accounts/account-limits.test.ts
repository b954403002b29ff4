import { CLIENT_ADDRESS_HEADER } from "../net/client-address";
import { afterEach, describe, expect, it, vi } from "vitest";
import { TRPCError } from "@trpc/server";
import { sampleArticle } from "@newsquiz/article/samples";
import { handleAuthRequest } from "../server";
import { createTestAuth, TestVisitor } from "../testing";
import { useTestApi } from "../test-api";
import { authErrorMessage } from "./auth-messages";
import { createGuestLimiter } from "./guest-limits";
import { createSignInLimiter, signInLockedMessage, signInWaitS } from "./sign-in-limits";

const slug = sampleArticle().slug;
let n = 0;
const freshEmail = () => `limits${++n}-${Date.now()}@example.com`;

const api = useTestApi();
afterEach(() => {
  vi.useRealTimers();
});

async function body(res: Response) {
  return (await res.json()) as { code?: string; message?: string };
}

describe("sign-up field lengths", () => {
  it("refuses a name over 100 characters and an email over 254 with readable messages, and stores nothing", async () => {
    const v = api.visitor();
    const longName = await v.authRequest("/sign-up/email", { email: freshEmail(), password: "correct horse battery", name: "N".repeat(101) }, "198.51.100.40");
    expect(longName.status).toBe(400);
    expect(authErrorMessage(await body(longName))).toBe("Use at most 100 characters for your name.");

    const email = `${"e".repeat(243)}@example.com`; // 255 characters
    const longEmail = await v.authRequest("/sign-up/email", { email, password: "correct horse battery", name: "Ok" }, "198.51.100.40");
    expect(longEmail.status).toBe(400);
    expect(authErrorMessage(await body(longEmail))).toBe("Use an email address of at most 254 characters.");
    expect(await api.db.user.count({ where: { OR: [{ name: "N".repeat(101) }, { email }] } })).toBe(0);
  });

  it("accepts a name of exactly 100 characters", async () => {
    const v = api.visitor();
    const res = await v.authRequest("/sign-up/email", { email: freshEmail(), password: "correct horse battery", name: "N".repeat(100) }, "198.51.100.41");
    expect(res.status).toBe(200);
    expect((await (await v.caller()).session.me())?.name).toHaveLength(100);
  });

  it("refuses the same over-long name when a signed-in reader changes their profile", async () => {
    const v = api.visitor();
    await v.authRequest("/sign-up/email", { email: freshEmail(), password: "correct horse battery", name: "Short" }, "198.51.100.42");
    const res = await v.authRequest("/update-user", { name: "N".repeat(5000) }, "198.51.100.42");
    expect(res.status).toBe(400);
    expect((await body(res)).code).toBe("NAME_TOO_LONG");
    expect((await (await v.caller()).session.me())?.name).toBe("Short");
  });

  it("answers 413 to an auth request body over 16 KB without handing it to better-auth", async () => {
    const req = new Request("http://localhost:3000/api/auth/sign-up/email", {
      method: "POST",
      headers: { "content-type": "application/json", origin: "http://localhost:3000" },
      body: JSON.stringify({ email: freshEmail(), password: "correct horse battery", name: "N".repeat(10 * 1024 * 1024) }),
    });
    const res = await handleAuthRequest(req);
    expect(res.status).toBe(413);
    expect(authErrorMessage(await body(res))).toBe("That request was too large. Shorten what you typed and try again.");
  });
});

describe("guest creation per address", () => {
  it("limits new guests per address, through the tRPC writes and the HTTP route alike, with a readable error", async () => {
    const limited = createTestAuth(api.db, { limits: { signIn: createSignInLimiter(), guests: createGuestLimiter({ points: 2, durationS: 3600 }) } });
    const visitorAt = (address: string) => {
      const v = new TestVisitor(api.db, limited);
      const headers = v.headers.bind(v);
      v.headers = () => {
        const h = headers();
        h.set(CLIENT_ADDRESS_HEADER, address);
        return h;
      };
      return v;
    };
    // Two guests from one address: one made by a first write, one by the anonymous sign-in route.
    await (await visitorAt("203.0.113.50").caller()).progress.save({ slug, paragraph: 1, ratio: 0.1 });
    expect((await visitorAt("203.0.113.50").authRequest("/sign-in/anonymous", {}, "203.0.113.50")).status).toBe(200);

    const third = await (await visitorAt("203.0.113.50").caller()).progress.save({ slug, paragraph: 1, ratio: 0.1 }).catch((e: unknown) => e);
    expect(third).toBeInstanceOf(TRPCError);
    expect((third as TRPCError).code).toBe("TOO_MANY_REQUESTS");
    expect((third as TRPCError).message).toBe("Too many new guests from your network. Try again in 60 minutes, or sign in.");
    const route = await visitorAt("203.0.113.50").authRequest("/sign-in/anonymous", {}, "203.0.113.50");
    expect(route.status).toBe(429);
    expect(authErrorMessage(await body(route))).toMatch(/^Too many new guests from your network\. Try again in \d+ minutes, or sign in\.$/);

    // Another address is not affected, and a guest who already has a session keeps writing.
    await (await visitorAt("203.0.113.51").caller()).progress.save({ slug, paragraph: 2, ratio: 0.2 });
  });

  it("does not count visitors who already are guests", async () => {
    const limited = createTestAuth(api.db, { limits: { signIn: createSignInLimiter(), guests: createGuestLimiter({ points: 1, durationS: 3600 }) } });
    const v = new TestVisitor(api.db, limited);
    for (let i = 0; i < 3; i++) await (await v.caller()).progress.save({ slug, paragraph: i, ratio: i / 10 });
    expect(await (await v.caller()).progress.get({ slug })).toMatchObject({ paragraph: 2 });
  });
});

describe("sign-in waits", () => {
  it("grow with each further failure (30 s, 1, 2, 4, 8 min) up to 15 minutes", () => {
    expect([1, 2, 3, 4].map((f) => signInWaitS(f))).toEqual([0, 0, 0, 0]);
    expect([5, 6, 7, 8, 9, 10, 20].map((f) => signInWaitS(f))).toEqual([30, 60, 120, 240, 480, 900, 900]);
  });

  it("a locked address and account waits longer after each failure once the wait is over", async () => {
    vi.useFakeTimers({ toFake: ["Date", "setTimeout", "clearTimeout"] });
    const limiter = createSignInLimiter({ freeFailures: 2 });
    const attempt = { address: "192.0.2.77", email: "owner@example.com" };
    const waitMessage = async () => {
      const ms = await limiter.waitMs(attempt);
      return ms > 0 ? signInLockedMessage(ms) : null;
    };

    await limiter.failed(attempt);
    expect(await waitMessage()).toBeNull();
    await limiter.failed(attempt);
    expect(await waitMessage()).toBe("Too many wrong passwords for this account from your network. Try again in 30 seconds.");
    expect(await limiter.waitMs({ ...attempt, address: "192.0.2.78" })).toBe(0);
    expect(await limiter.waitMs({ ...attempt, email: "someone.else@example.com" })).toBe(0);

    vi.advanceTimersByTime(31_000);
    expect(await waitMessage()).toBeNull();
    await limiter.failed(attempt);
    expect(await waitMessage()).toBe("Too many wrong passwords for this account from your network. Try again in 1 minute.");
    vi.advanceTimersByTime(61_000);
    await limiter.failed(attempt);
    expect(await waitMessage()).toBe("Too many wrong passwords for this account from your network. Try again in 2 minutes.");

    await limiter.succeeded(attempt);
    expect(await waitMessage()).toBeNull();
  });
});
