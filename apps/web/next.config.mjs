// @ts-check
// Plain JavaScript: a next.config.ts makes Next load its swc binding (26 MB resident) into the production
// server only to transpile this file (apps/web/README.md, Memory).
import path from "node:path";
import { SECURITY_RESPONSE_HEADERS } from "./src/lib/security-response-headers.mjs";

/** @type {import("next").NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // Several builds can live side by side (e.g. parallel e2e runs): NEXT_DIST_DIR picks the folder.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  // No ETag: Next hashed every cached page's whole HTML on every request for one (7 % of the server's work on the
  // library page at 20 connections, apps/web/README.md), and no browser ever sends it back — cached pages go out
  // `private, no-store` (src/proxy.ts; `/` from server.cts), pages rendered per request get none anyway. Files under /_next/static
  // carry their hash in their name; public/ files keep their Last-Modified for revalidation.
  generateEtags: false,
  // Several web nodes: revalidated cache tags are shared through the database (see cache-handler.mjs).
  cacheHandler: path.join(import.meta.dirname, "cache-handler.mjs"),
  // Workspace packages ship TypeScript source.
  transpilePackages: ["@newsquiz/article", "@newsquiz/quiz", "@newsquiz/db", "@newsquiz/api"],
  // piscina starts its worker threads from its own files, so it must stay a plain Node package.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@prisma/client", "pg", "@prisma/adapter-pg", "piscina"],
  typedRoutes: false,
  // Next loads every route's server code at start by default (all app routes, the Pages Router's runtime and
  // its own React for the reader page, a third copy of the api chunk): ~30+ MB resident that a server which
  // never serves the class, import or sign-up pages keeps for nothing. Routes load on their first request
  // instead (apps/web/README.md, Memory).
  experimental: { preloadEntriesOnStart: false },
  // Types are checked once by `pnpm typecheck` (tsc, part of `pnpm test:all`), not again in every build.
  typescript: { ignoreBuildErrors: true },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [...SECURITY_RESPONSE_HEADERS],
      },
    ];
  },
};

export default nextConfig;
