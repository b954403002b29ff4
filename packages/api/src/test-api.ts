import { afterAll, beforeAll } from "vitest";
import { createTestDb, type TestDb } from "@newsquiz/db/testing";
import type { Db } from "@newsquiz/db";
import type { Auth, CreateAuthOptions } from "./auth";
import { createTestAuth, TestVisitor } from "./testing";

export interface UseTestApiOptions {
  /** Import the sample article into the database (default true). */
  withSample?: boolean;
  /** Options for the suite's auth instance (limits, baseURL …). */
  auth?: Partial<CreateAuthOptions>;
}

export interface TestApi {
  /** The suite's database, made fresh by the real migrations before its first test and deleted after its last. */
  readonly testDb: TestDb;
  readonly db: Db;
  readonly auth: Auth;
  /** A new browser-like visitor with no cookies yet (becomes a guest on its first write). */
  visitor(): TestVisitor;
  /** A new visitor signed up as an account (not a guest), with a unique email. */
  account(options?: { name?: string; password?: string }): Promise<TestVisitor & { email: string }>;
}

let accounts = 0;

/**
 * The set-up every api suite shares: a migrated database, a better-auth instance on it and visitors. Call
 * once at the top of a test file; the database exists from `beforeAll` on.
 */
export function useTestApi(options: UseTestApiOptions = {}): TestApi {
  let testDb: TestDb | undefined;
  let auth: Auth | undefined;
  beforeAll(async () => {
    testDb = await createTestDb({ withSample: options.withSample ?? true });
    auth = createTestAuth(testDb.db, options.auth);
  });
  afterAll(async () => {
    await testDb?.cleanup();
  });
  const ready = () => {
    if (!testDb || !auth) throw new Error("useTestApi: the database is made in beforeAll; use it inside a test or hook");
    return { testDb, auth };
  };
  const api: TestApi = {
    get testDb() {
      return ready().testDb;
    },
    get db() {
      return ready().testDb.db;
    },
    get auth() {
      return ready().auth;
    },
    visitor: () => new TestVisitor(ready().testDb.db, ready().auth),
    async account({ name = "Reader", password = "correct horse battery" } = {}) {
      const v = api.visitor();
      const email = `reader${++accounts}-${process.pid}@example.com`;
      const res = await v.authRequest("/sign-up/email", { email, password, name });
      if (res.status !== 200) throw new Error(`sign-up failed: ${res.status} ${await res.text()}`);
      return Object.assign(v, { email });
    },
  };
  return api;
}
