import { createTRPCClient, httpBatchLink, httpLink, TRPCClientError } from "@trpc/client";
import { initTRPC } from "@trpc/server";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import superjson from "superjson";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { limitTrpcRequest, MAX_TRPC_BATCH_CALLS, MAX_TRPC_BODY_BYTES } from "./request-limits";

// A router of the app's shape (superjson, the fetch adapter) behind the same limit check as apps/web's route.
const t = initTRPC.create({ transformer: superjson });
let echoes = 0;
const router = t.router({
  echo: t.procedure.input(z.object({ text: z.string() })).query(({ input }) => {
    echoes++;
    return input.text.length;
  }),
  paste: t.procedure.input(z.object({ text: z.string() })).mutation(({ input }) => input.text.length),
});
async function handle(incoming: Request): Promise<Response> {
  const req = await limitTrpcRequest(incoming, "/api/trpc");
  if (req instanceof Response) return req;
  return fetchRequestHandler({ endpoint: "/api/trpc", req, router, maxBatchSize: MAX_TRPC_BATCH_CALLS });
}
const clientWith = (link: "batch" | "single", maxItems = 100) =>
  createTRPCClient<typeof router>({
    links: [
      link === "batch"
        ? httpBatchLink({ url: "http://app.test/api/trpc", transformer: superjson, maxItems, maxURLLength: 100_000, fetch: (url, init) => handle(new Request(url, init as RequestInit)) })
        : httpLink({ url: "http://app.test/api/trpc", transformer: superjson, fetch: (url, init) => handle(new Request(url, init as RequestInit)) }),
    ],
  });

/** A body that counts how many bytes were pulled from it. */
function countingBody(totalBytes: number, chunkBytes = 64 * 1024) {
  let pulled = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled >= totalBytes) return controller.close();
      const chunk = new Uint8Array(Math.min(chunkBytes, totalBytes - pulled)).fill(0x61);
      pulled += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  return { stream, pulled: () => pulled };
}

describe("tRPC batch size", () => {
  it("answers a batch of 10 calls", async () => {
    const client = clientWith("batch");
    const lengths = await Promise.all(Array.from({ length: MAX_TRPC_BATCH_CALLS }, (_, i) => client.echo.query({ text: "x".repeat(i) })));
    expect(lengths).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it("refuses a batch of 11 with a readable 400 that every call of the batch receives", async () => {
    const client = clientWith("batch");
    const results = await Promise.allSettled(Array.from({ length: 11 }, () => client.echo.query({ text: "a" })));
    expect(results.every((r) => r.status === "rejected")).toBe(true);
    const error = (results[0] as PromiseRejectedResult).reason as TRPCClientError<typeof router>;
    expect(error).toBeInstanceOf(TRPCClientError);
    expect(error.message).toBe("One request may hold at most 10 calls; this one held 11. Send them in smaller batches.");
    expect(error.data?.httpStatus).toBe(400);
  });

  it("refuses a 500-call batch at once, before any call runs", async () => {
    const before = echoes;
    const input = encodeURIComponent(JSON.stringify(Object.fromEntries(Array.from({ length: 500 }, (_, i) => [i, { json: { text: "a" } }]))));
    const res = await handle(new Request(`http://app.test/api/trpc/${Array.from({ length: 500 }, () => "echo").join(",")}?batch=1&input=${input}`));
    expect(res.status).toBe(400);
    const body = (await res.json()) as Array<{ error: { json: { message: string } } }>;
    expect(body).toHaveLength(500);
    expect(body[0]?.error.json.message).toMatch(/at most 10 calls; this one held 500/);
    expect(echoes).toBe(before);
  });
});

describe("odd addresses", () => {
  it("leaves a malformed escape in the path to tRPC (a 400), instead of failing with a 500", async () => {
    const res = await handle(new Request("http://app.test/api/trpc/echo%E0%A4%A"));
    expect(res.status).toBe(400);
  });
});

describe("request body size", () => {
  it("passes a 1 MB paste through", async () => {
    await expect(clientWith("single").paste.mutate({ text: "a".repeat(1024 * 1024) })).resolves.toBe(1024 * 1024);
  });

  it("refuses a body over the cap with a readable 413 the client shows", async () => {
    const error = await clientWith("single")
      .paste.mutate({ text: "a".repeat(MAX_TRPC_BODY_BYTES) })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCClientError);
    expect((error as TRPCClientError<typeof router>).message).toBe("This request is too large: the server reads at most 2 MB. Send a shorter text or a smaller file.");
    expect((error as TRPCClientError<typeof router>).data?.httpStatus).toBe(413);
  });

  it("stops reading a 30 MB streamed body (no Content-Length) just past the cap", async () => {
    const body = countingBody(30 * 1024 * 1024);
    const req = new Request("http://app.test/api/trpc/paste", { method: "POST", body: body.stream, duplex: "half" } as RequestInit);
    const res = await handle(req);
    expect(res.status).toBe(413);
    expect(body.pulled()).toBeLessThan(MAX_TRPC_BODY_BYTES + 256 * 1024);
  });

  it("refuses a declared Content-Length over the cap without reading the body", async () => {
    const body = countingBody(30 * 1024 * 1024);
    const req = new Request("http://app.test/api/trpc/paste", { method: "POST", body: body.stream, duplex: "half", headers: { "content-length": String(30 * 1024 * 1024) } } as RequestInit);
    const res = await limitTrpcRequest(req);
    expect((res as Response).status).toBe(413);
    expect(body.pulled()).toBeLessThanOrEqual(64 * 1024);
  });
});
