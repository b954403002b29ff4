import { describe, expect, it } from "vitest";
import { createTRPCClient, type TRPCLink } from "@trpc/client";
import { initTRPC } from "@trpc/server";
import { observable } from "@trpc/server/observable";
import { serialMutationsLink } from "./serial-mutations-link";

const t = initTRPC.create();
const _router = t.router({
  saveProgress: t.procedure.mutation(() => "saved"),
  startQuiz: t.procedure.mutation(() => "started"),
  library: t.procedure.query(() => "list"),
});
type Router = typeof _router;

/** A server stand-in: records which calls reached it, and answers (or fails) each one when the test says so. */
function fakeServer() {
  const reached: string[] = [];
  const answer = new Map<string, (ok: boolean) => void>();
  const link: TRPCLink<Router> = () => ({ op }) =>
    observable((observer) => {
      reached.push(op.path);
      answer.set(op.path, (ok) => {
        if (ok) {
          observer.next({ result: { type: "data", data: op.path } });
          observer.complete();
        } else observer.error(new Error(`${op.path} failed`) as never);
      });
      return () => {};
    });
  return { reached, answer, link };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("serialMutationsLink", () => {
  it("sends a mutation only once the one before has answered; queries go at once", async () => {
    const server = fakeServer();
    const client = createTRPCClient<Router>({ links: [serialMutationsLink<Router>(), server.link] });
    const first = client.saveProgress.mutate();
    const second = client.startQuiz.mutate();
    const query = client.library.query();
    await settle();
    expect([...server.reached].sort()).toEqual(["library", "saveProgress"]); // the quiz start waits for the save's answer
    server.answer.get("library")!(true);
    expect(await query).toBe("library");
    server.answer.get("saveProgress")!(true);
    expect(await first).toBe("saveProgress");
    await settle();
    expect(server.reached.at(-1)).toBe("startQuiz");
    server.answer.get("startQuiz")!(true);
    expect(await second).toBe("startQuiz");
  });

  it("lets the next mutation go when the one before fails", async () => {
    const server = fakeServer();
    const client = createTRPCClient<Router>({ links: [serialMutationsLink<Router>(), server.link] });
    const first = client.saveProgress.mutate();
    const second = client.startQuiz.mutate();
    await settle();
    server.answer.get("saveProgress")!(false);
    await expect(first).rejects.toThrow("saveProgress failed");
    await settle();
    expect(server.reached).toEqual(["saveProgress", "startQuiz"]);
    server.answer.get("startQuiz")!(true);
    expect(await second).toBe("startQuiz");
  });
});
