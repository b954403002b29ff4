/**
 * How the production server is started (apps/web/README.md, Memory): glibc at most 2 malloc arenas (one per thread
 * otherwise, ~100 MB of mostly idle arenas under load) and an 8 MB young-generation semi-space instead of V8's 16 MB.
 * `start:prod` in package.json writes the same as a shell command (src/server/server-start.test.ts holds it to
 * `SERVER_COMMAND`); the e2e configs, the durability script and the benches start the server from here, so every
 * way the server starts is the same.
 */
export const SERVER_ENV = { MALLOC_ARENA_MAX: "2" } as const;
export const SERVER_SEMI_SPACE_MB = 8;
/** Node's own options for the server (before `--require tsx/cjs server.cjs`). */
export const SERVER_NODE_FLAGS = [`--max-semi-space-size=${SERVER_SEMI_SPACE_MB}`] as const;
/** The server's start as a shell command, run from apps/web. */
export const SERVER_COMMAND = `MALLOC_ARENA_MAX=${SERVER_ENV.MALLOC_ARENA_MAX} node ${SERVER_NODE_FLAGS.join(" ")} --require tsx/cjs server.cjs`;
