import { spawn } from "node:child_process";
import { createHmac } from "node:crypto";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, readSetting } from "@newsquiz/db";
import { createTestDb, type TestDb } from "@newsquiz/db/testing";
import { createAuth, type Auth } from "../auth";
import { TestVisitor } from "../testing";
import { AUTH_SECRET_SETTING, loadAuthSecret, rotateAuthSecret } from "./auth-secret";

const apiDir = path.resolve(import.meta.dirname, "../..");
let a: TestDb;
let b: TestDb;
beforeAll(async () => {
  [a, b] = await Promise.all([createTestDb(), createTestDb()]);
});
afterAll(async () => {
  await Promise.all([a.cleanup(), b.cleanup()]);
});

/** The app's auth on an installation's database, signed with that installation's own secret. */
async function installationAuth(db: TestDb["db"]): Promise<Auth> {
  const { secret } = await loadAuthSecret(db, undefined);
  return createAuth(db, { secret, baseURL: "http://localhost:3000" });
}

let n = 0;
async function signedUpVisitor(db: TestDb["db"], auth: Auth) {
  const v = new TestVisitor(db, auth);
  const email = `secret${++n}-${Date.now()}@example.com`;
  expect((await v.authRequest("/sign-up/email", { email, password: "correct horse battery", name: "Sam" }, `192.0.2.${n}`)).status).toBe(200);
  return { v, email, cookie: v.cookieHeader() };
}
const sessionEmail = async (auth: Auth, cookie: string) => (await auth.api.getSession({ headers: new Headers({ cookie }) }))?.user.email ?? null;

/** Runs a TypeScript file of this package in its own process on database `url`; resolves with its output. */
function runScript(file: string, url: string, args: string[], onReady?: (child: ReturnType<typeof spawn>) => void): Promise<{ code: number | null; out: string; err: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", DATABASE_URL: url };
  delete env.BETTER_AUTH_SECRET;
  delete env.BETTER_AUTH_URL;
  const child = spawn(process.execPath, ["--import", "tsx/esm", file, ...args], { cwd: apiDir, env });
  let out = "";
  let err = "";
  child.stdout.on("data", (chunk: Buffer) => {
    out += chunk.toString();
    if (onReady && out.includes("ready\n")) {
      onReady(child);
      onReady = undefined;
    }
  });
  child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
  return new Promise((resolve) => child.on("exit", (code) => resolve({ code, out, err })));
}

/** Runs test/auth-node.ts (one web node: see that file) on `url`; resolves with its last JSON line. */
async function runNode(url: string, args: string[], onReady?: (child: ReturnType<typeof spawn>) => void): Promise<Record<string, unknown>> {
  const { code, out, err } = await runScript("test/auth-node.ts", url, args, onReady);
  if (code !== 0) throw new Error(`auth-node ${args.join(" ")} exited ${code}: ${err}`);
  return JSON.parse(out.trim().split("\n").at(-1) ?? "") as Record<string, unknown>;
}

describe("the installation's session secret (BETTER_AUTH_SECRET unset)", () => {
  it("is generated on first start: two fresh installations get different secrets, 32 random bytes each", async () => {
    const [first, second] = [await loadAuthSecret(a.db, undefined), await loadAuthSecret(b.db, undefined)];
    expect(first.source).toBe("database");
    expect(first.secret).not.toBe(second.secret);
    for (const { secret } of [first, second]) expect(Buffer.from(secret, "base64url")).toHaveLength(32);
    // Later starts reuse it.
    expect((await loadAuthSecret(a.db, undefined)).secret).toBe(first.secret);
    expect(await readSetting(a.db, AUTH_SECRET_SETTING)).toBe(first.secret);
  });

  it("a session cookie signed by one installation is refused by another, even for a session token it knows", async () => {
    const [authA, authB] = [await installationAuth(a.db), await installationAuth(b.db)];
    const { email, cookie } = await signedUpVisitor(a.db, authA);
    expect(await sessionEmail(authA, cookie)).toBe(email);

    // Give B the very same user and session rows, so only the signature can tell the difference.
    const user = await a.db.user.findUniqueOrThrow({ where: { email } });
    const session = await a.db.session.findFirstOrThrow({ where: { userId: user.id } });
    await b.db.user.create({ data: user });
    await b.db.session.create({ data: session });

    expect(await sessionEmail(authB, cookie)).toBeNull();
    // The same token signed with B's secret is accepted by B: it was the signature that was refused.
    const secretB = (await readSetting(b.db, AUTH_SECRET_SETTING))!;
    const signedByB = `better-auth.session_token=${encodeURIComponent(`${session.token}.${createHmac("sha256", secretB).update(session.token).digest("base64")}`)}`;
    expect(await sessionEmail(authB, signedByB)).toBe(email);
  });

  it("BETTER_AUTH_SECRET, when set, wins and nothing is stored", async () => {
    const fresh = await createTestDb();
    try {
      const fromEnv = "an-operator-chosen-secret-of-40-characters!";
      expect(await loadAuthSecret(fresh.db, fromEnv)).toEqual({ secret: fromEnv, source: "environment" });
      expect(await readSetting(fresh.db, AUTH_SECRET_SETTING)).toBeNull();
    } finally {
      await fresh.cleanup();
    }
  });

  it("sessions survive a restart: a new server process on the same database accepts the cookie", async () => {
    const fresh = await createTestDb();
    try {
      const email = `restart-${Date.now()}@example.com`;
      const signUp = await runNode(fresh.url, ["sign-up", email]);
      expect(signUp.status).toBe(200);
      const me = await runNode(fresh.url, ["me", String(signUp.cookie)]);
      expect(me.email).toBe(email);
    } finally {
      await fresh.cleanup();
    }
  });

  it("two server processes starting together on one new database agree on one secret", async () => {
    const fresh = await createTestDb();
    try {
      const waiting: ReturnType<typeof spawn>[] = [];
      const go = (child: ReturnType<typeof spawn>) => {
        waiting.push(child);
        if (waiting.length === 2) for (const c of waiting) c.stdin?.write("go\n");
      };
      const [one, two] = await Promise.all([runNode(fresh.url, ["secret"], go), runNode(fresh.url, ["secret"], go)]);
      expect(one.source).toBe("database");
      expect(one.secret).toBe(two.secret);
      expect(await readSetting(fresh.db, AUTH_SECRET_SETTING)).toBe(one.secret);
      expect(String(one.secret).length).toBeGreaterThanOrEqual(43);
      expect(await fresh.db.setting.count({ where: { key: AUTH_SECRET_SETTING } })).toBe(1);
    } finally {
      await fresh.cleanup();
    }
  });

  it("two database clients (nodes in one process) starting together agree too", async () => {
    const fresh = await createTestDb();
    const clients = [createDb({ url: fresh.url }), createDb({ url: fresh.url }), createDb({ url: fresh.url })];
    try {
      const secrets = await Promise.all(clients.map((db) => loadAuthSecret(db, undefined)));
      expect(new Set(secrets.map((s) => s.secret)).size).toBe(1);
    } finally {
      await Promise.all(clients.map((db) => db.$disconnect()));
      await fresh.cleanup();
    }
  });

  it("rotation replaces the stored secret and signs everyone out", async () => {
    const before = await installationAuth(a.db);
    const { email, cookie } = await signedUpVisitor(a.db, before);
    expect(await sessionEmail(before, cookie)).toBe(email);
    const oldSecret = await readSetting(a.db, AUTH_SECRET_SETTING);

    // The documented command (`pnpm auth:rotate-secret`), run against this database.
    const run = await runScript("scripts/rotate-auth-secret.ts", a.url, []);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^New session secret stored; \d+ sessions? ended \(everyone is signed out\)\.\nRestart every newsquiz node now/);
    expect(await a.db.session.count()).toBe(0);
    const newSecret = await readSetting(a.db, AUTH_SECRET_SETTING);
    expect(newSecret).not.toBe(oldSecret);
    // Signed out on a node still running with the old secret as soon as it looks the session up (its signed
    // cookie cache may vouch for the old cookie for up to its 60 s maxAge: the command says to restart every node),
    // and at once on a node started after the rotation.
    expect((await before.api.getSession({ headers: new Headers({ cookie }), query: { disableCookieCache: true } }))?.user.email ?? null).toBeNull();
    const after = await installationAuth(a.db);
    expect(await sessionEmail(after, cookie)).toBeNull();
    // Signing in again works with the new secret.
    const again = new TestVisitor(a.db, after);
    expect((await again.authRequest("/sign-in/email", { email, password: "correct horse battery" }, "192.0.2.200")).status).toBe(200);
    expect(await sessionEmail(after, again.cookieHeader())).toBe(email);
    // A second rotation straight from the function ends the session just made.
    expect((await rotateAuthSecret(a.db)).sessionsEnded).toBeGreaterThan(0);
    // (this node still runs with the secret it started with: past its cookie cache, the session is gone)
    expect((await after.api.getSession({ headers: new Headers({ cookie: again.cookieHeader() }), query: { disableCookieCache: true } }))?.user.email ?? null).toBeNull();
  });
});
