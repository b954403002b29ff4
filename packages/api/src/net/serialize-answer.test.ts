import superjson from "superjson";
import { describe, expect, it } from "vitest";
import { sampleArticle } from "@newsquiz/article/samples";
import { useTestApi } from "../test-api";
import { serializeAnswer } from "./serialize-answer";

/** Byte for byte what superjson writes (key order included), and what superjson reads back. */
function expectSuperjsonOutput(value: unknown): void {
  const ours = serializeAnswer(value);
  expect(JSON.stringify(ours)).toBe(JSON.stringify(superjson.serialize(value)));
  expect(superjson.deserialize(JSON.parse(JSON.stringify(ours)) as typeof ours)).toEqual(superjson.deserialize(JSON.parse(JSON.stringify(superjson.serialize(value))) as typeof ours));
}

const at = new Date("2026-12-04T10:00:00.123Z");

describe("serializeAnswer writes what superjson writes", () => {
  it.each<[string, unknown]>([
    ["a plain tree without Dates (no meta)", { a: 1, b: "x", c: [true, false, null], d: { e: [] } }],
    ["Dates at several depths, in arrays too", { startedAt: at, answers: [{ at: new Date(0) }, { at: new Date(86_400_000) }], deep: { deeper: { when: new Date(1) } } }],
    ["undefined in objects and arrays (written as null, annotated)", { stack: undefined, list: [1, undefined, 3], nested: { gone: undefined } }],
    ["keys with dots and backslashes", { "a.b": new Date(2), "c\\d": { "e.f\\g": undefined } }],
    ["integer-like keys (their own order)", { 10: new Date(3), 2: "two", b: undefined, 1: [new Date(4)] }],
    ["an object without a prototype", Object.assign(Object.create(null) as object, { when: new Date(5) })],
    ["an array at the top", [{ when: new Date(6) }, undefined, "x"]],
    ["an error shape as tRPC sends it", { error: { message: "Please sign in first.", code: -32001, data: { code: "UNAUTHORIZED", httpStatus: 401, path: "attempt.submit", stack: undefined, zodIssues: null } } }],
    ["empty objects and arrays", { a: {}, b: [], c: [[]] }],
  ])("%s", (_name, value) => {
    expectSuperjsonOutput(value);
  });

  it.each<[string, unknown]>([
    ["a Map", { m: new Map([["a", 1]]) }],
    ["a Set", { s: new Set([1]) }],
    ["NaN", { n: Number.NaN }],
    ["Infinity", { n: Number.POSITIVE_INFINITY }],
    ["-0", { n: -0 }],
    ["a bigint", { n: 10n }],
    ["an invalid Date", { d: new Date(Number.NaN) }],
    ["an object reached twice", (() => {
      const shared = { x: 1 };
      return { a: shared, b: [shared] };
    })()],
    ["a Date reached twice", { a: at, b: { c: at } }],
    ["a class instance", { c: new (class Point { x = 1 })() }],
    ["an array with a hole", { a: [1, , 3] }],
    ["a regular expression", { r: /x/g }],
    ["an Error", { e: new Error("boom") }],
    ["a Date at the top", at],
    ["undefined at the top", undefined],
    ["a string at the top", "text"],
    ["null at the top", null],
  ])("falls back to superjson for %s", (_name, value) => {
    expectSuperjsonOutput(value);
  });

  it("falls back to superjson's own refusal of a prototype-polluting key", () => {
    const value = JSON.parse('{"__proto__": {"x": 1}}') as unknown;
    expect(() => serializeAnswer(value)).toThrow(/prototype pollution/);
    expect(() => superjson.serialize(value)).toThrow(/prototype pollution/);
  });
});

describe("on the app's own answers", () => {
  const api = useTestApi();

  it("writes a quiz in progress, a submitted attempt's results and a reader's scores as superjson does", async () => {
    const v = api.visitor();
    const started = await (await v.caller()).quiz.start({ slug: sampleArticle().slug });
    expectSuperjsonOutput(started);
    const results = await (await v.caller()).attempt.submit({ attemptId: started.id });
    expect(JSON.stringify(serializeAnswer(results))).toContain('"submittedAt":["Date"]');
    expectSuperjsonOutput(results);
    expectSuperjsonOutput(await (await v.caller()).attempt.get({ attemptId: started.id }));
    expectSuperjsonOutput(await (await v.caller()).scores.overview({ tz: "Europe/London" }));
  });
});
