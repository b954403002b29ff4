import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import superjson from "superjson";
import { createAuth, type Auth, type CreateAuthOptions } from "./auth";
import { CLIENT_ADDRESS_HEADER } from "./net/client-address";
import { appRouter, createCaller } from "./root";
import { createContext } from "./trpc";
import type { Db } from "@newsquiz/db";

/** What a call through tRPC's HTTP handler answered: the status, and the error a browser would read. */
export type HttpCallResult = { status: number; error?: { message: string; code: string; noQuiz?: string } };

/**
 * A browser-like visitor for API tests: it keeps the cookies the server sets (a guest identity, a session)
 * and sends them back on every call, exactly as the web app's tRPC client does.
 */
export class TestVisitor {
  private cookies = new Map<string, string>();
  /** The client address the web server would resolve for this visitor's tRPC calls (per-address limits); none when null. */
  clientAddress: string | null = null;
  constructor(
    readonly db: Db,
    readonly auth: Auth,
  ) {}

  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  /** Stores the cookies of a Set-Cookie list (an expired or empty one removes the cookie). */
  takeCookies(headers: Headers): void {
    for (const line of headers.getSetCookie()) {
      const [pair = ""] = line.split(";");
      const eq = pair.indexOf("=");
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      if (!value || /max-age=0/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  headers(): Headers {
    const h = new Headers();
    const cookie = this.cookieHeader();
    if (cookie) h.set("cookie", cookie);
    if (this.clientAddress) h.set(CLIENT_ADDRESS_HEADER, this.clientAddress);
    return h;
  }

  /** A tRPC caller for one "request"; cookies set by it are kept for the next. */
  async caller() {
    const resHeaders = new Headers();
    const ctx = await createContext({ db: this.db, auth: this.auth, headers: this.headers(), resHeaders });
    const caller = createCaller(ctx);
    // Cookies are read after each call through a proxy so every procedure call behaves like a request.
    return new Proxy(caller, {
      get: (target, prop, receiver) => wrap(Reflect.get(target, prop, receiver), () => this.takeCookies(resHeaders)),
    }) as typeof caller;
  }

  /**
   * Calls a mutation over HTTP through tRPC's fetch handler, as the web app's route does, so the error a
   * browser reads (the formatted message, not the caller's raw error) can be checked.
   */
  async httpMutation(path: string, input: unknown): Promise<HttpCallResult> {
    const headers = this.headers();
    headers.set("content-type", "application/json");
    return this.viaFetchHandler(new Request(`http://localhost:3000/api/trpc/${path}`, { method: "POST", headers, body: JSON.stringify(superjson.serialize(input)) }));
  }

  /** Calls a query over HTTP (GET) through tRPC's fetch handler, as the browser does: see httpMutation. */
  async httpQuery(path: string, input: unknown): Promise<HttpCallResult> {
    return this.viaFetchHandler(new Request(`http://localhost:3000/api/trpc/${path}?input=${encodeURIComponent(JSON.stringify(superjson.serialize(input)))}`, { headers: this.headers() }));
  }

  /** Runs `req` through tRPC's fetch handler with this visitor's database and auth; keeps cookies, reads the error. */
  private async viaFetchHandler(req: Request): Promise<HttpCallResult> {
    const res = await fetchRequestHandler({
      endpoint: "/api/trpc",
      req,
      router: appRouter,
      createContext: ({ req: r, resHeaders }) => createContext({ db: this.db, auth: this.auth, headers: r.headers, resHeaders }),
    });
    this.takeCookies(res.headers);
    const body = (await res.json()) as { error?: { json: { message: string; data: { code: string; noQuiz?: string | null } } } };
    if (!body.error) return { status: res.status };
    const { message, data } = body.error.json;
    // `noQuiz` only when the error carries it, so the other tests' expectations stay { message, code }
    return { status: res.status, error: { message, code: data.code, ...(data.noQuiz ? { noQuiz: data.noQuiz } : {}) } };
  }

  /** Sends a request through better-auth's own HTTP handler (rate limits included), keeping cookies. */
  async authRequest(path: string, body: unknown, ip = "203.0.113.7"): Promise<Response> {
    const headers = this.headers();
    headers.set("content-type", "application/json");
    // What apps/web/server.cts passes on after resolving the client address (net/client-address.ts).
    headers.set(CLIENT_ADDRESS_HEADER, ip);
    headers.set("origin", "http://localhost:3000");
    const res = await this.auth.handler(new Request(`http://localhost:3000/api/auth${path}`, { method: "POST", headers, body: JSON.stringify(body) }));
    this.takeCookies(res.headers);
    return res;
  }
}

// tRPC's caller is a tree of function proxies (`caller.article.list`): wrap every level so that `after`
// runs once each procedure call settles.
function wrap(value: unknown, after: () => void): unknown {
  if (typeof value !== "function" && (typeof value !== "object" || value === null)) return value;
  return new Proxy(value as object, {
    get: (t, p, r) => wrap(Reflect.get(t, p, r), after),
    apply: async (t, thisArg, args) => {
      try {
        return await Reflect.apply(t as (...a: unknown[]) => unknown, thisArg, args);
      } finally {
        after();
      }
    },
  });
}

/** A fixed secret for tests only; the app's comes from `loadAuthSecret` (BETTER_AUTH_SECRET or the database). */
export const TEST_AUTH_SECRET = "test-secret-test-secret-test-secret-0000";

/** An auth instance for tests, at http://localhost:3000 unless `options` say otherwise. */
export function createTestAuth(db: Db, options: Partial<CreateAuthOptions> = {}): Auth {
  return createAuth(db, { secret: TEST_AUTH_SECRET, baseURL: "http://localhost:3000", ...options });
}
