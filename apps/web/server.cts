/**
 * The production web server: Next.js behind a thin node:http layer that decides each request's client
 * address once (packages/api/src/net/client-address.ts) and hands it on in a header no client can forge.
 * Next's own `next start` keeps a client-sent X-Forwarded-For as it is, so per-address limits would be
 * trivially dodged without this. It also answers tRPC itself, with the handler of Next's own tRPC route, outside
 * Next's request path (src/server/direct-trpc.ts).
 *
 *   node --require tsx/cjs server.cjs          (PORT, HOSTNAME; NEWSQUIZ_TRUSTED_PROXIES for a load balancer)
 *   (`pnpm start` / start:prod adds MALLOC_ARENA_MAX=2 and --max-semi-space-size=8: apps/web/README.md, Memory)
 *
 * CommonJS on purpose (server.cjs only requires this file): tsx's require hook compiles it in the main thread,
 * where `--import tsx/esm` runs its module hooks in a thread of their own, a second V8 isolate of ~25-30 MB
 * resident for the server's whole life (apps/web/README.md, Memory).
 */
import { createServer } from "node:http";
import v8 from "node:v8";
import next from "next";
import { CLIENT_ADDRESS_HEADER, parseTrustedProxies, resolveClientAddress } from "@newsquiz/api/client-address";
import { addLibraryPageHeaders } from "./src/server/library-page-headers";
import { addReaderPagePolicy } from "./src/server/reader-page-policy";
import { registeredDirectTrpc, serveDirect, servesDirect } from "./src/server/direct-trpc";

// tsx (which runs this file) turns on source-mapped stack traces; Next and React build many Error objects
// while rendering, and mapping each one costs more than the request itself. Plain stacks in production.
process.setSourceMapsEnabled(false);

// V8 sizes its heap for the machine: on a 24 GB server it lets the heap grow to 4× what is live (~200 MB
// live here reached 800 MB reserved under load) before collecting. A fixed growth of half the live size keeps
// the heap near what it holds, without the slowdown of a hard cap close to the live size (apps/web/README.md,
// Memory). NEWSQUIZ_HEAP_GROWTH_PERCENT changes it; 0 leaves V8's own sizing.
const heapGrowthPercent = Number(process.env.NEWSQUIZ_HEAP_GROWTH_PERCENT ?? 50);
if (Number.isInteger(heapGrowthPercent) && heapGrowthPercent > 0) v8.setFlagsFromString(`--heap-growing-percent=${heapGrowthPercent}`);

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME ?? "0.0.0.0";
const trustedProxies = parseTrustedProxies(process.env.NEWSQUIZ_TRUSTED_PROXIES);
/** The origin of the URL the direct tRPC path gives a request, as Next does (the app reads the Host header, not this). */
const origin = urlOrigin(hostname, port);

function urlOrigin(host: string, listenPort: number): string {
  try {
    return new URL(`http://${host.includes(":") ? `[${host}]` : host}:${listenPort}`).origin;
  } catch {
    return `http://localhost:${listenPort}`; // a HOSTNAME a URL cannot hold: only the URL's host is lost
  }
}

const app = next({ dev: false, dir: __dirname, hostname, port });
const handle = app.getRequestHandler();

const server = createServer((req, res) => {
  const client = resolveClientAddress({ peer: req.socket.remoteAddress, forwardedFor: req.headers["x-forwarded-for"], trustedProxies });
  req.headers[CLIENT_ADDRESS_HEADER] = client;
  // Whatever reads X-Forwarded-For after this point (Next, better-auth) sees the address decided above.
  req.headers["x-forwarded-for"] = client;
  // tRPC, once Next has loaded its route, is answered here with that route's own handler: Next's request path
  // cost more than a quiz submit (src/server/direct-trpc.ts). Calls that change articles still go to Next.
  const direct = registeredDirectTrpc();
  if (direct && servesDirect(req.method, req.url)) {
    void serveDirect(direct, req, res, { origin, port });
    return;
  }
  addReaderPagePolicy(req.url, res);
  addLibraryPageHeaders(req.url, res);
  void handle(req, res);
});
server.keepAliveTimeout = 65_000;
app.prepare().then(
  () => {
    server.listen(port, hostname, () => {
      console.log(`newsquiz: listening on http://${hostname}:${port}${trustedProxies.length ? ` (trusting X-Forwarded-For from ${process.env.NEWSQUIZ_TRUSTED_PROXIES})` : ""}`);
    });
  },
  (error: unknown) => {
    console.error("newsquiz cannot start:", error);
    process.exit(1);
  },
);

for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 10_000).unref();
  });
}
