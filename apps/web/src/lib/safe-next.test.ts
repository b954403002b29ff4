import { describe, expect, it } from "vitest";
import { safeNext } from "./safe-next";

const ORIGIN = "http://localhost:3000";

describe("safeNext", () => {
  it("keeps paths on this site, with their query and fragment", () => {
    expect(safeNext("/scores", ORIGIN)).toBe("/scores");
    expect(safeNext("/articles/a-b/quiz?fresh=1#q2", ORIGIN)).toBe("/articles/a-b/quiz?fresh=1#q2");
    expect(safeNext("/review")).toBe("/review");
    expect(safeNext("/a/../scores", ORIGIN)).toBe("/scores");
  });

  it.each([
    ["nothing", null],
    ["empty", ""],
    ["protocol-relative", "//evil.com"],
    ["absolute", "https://evil.com/x"],
    ["same site written absolute", "http://localhost:3000/scores"],
    ["javascript", "javascript:alert(1)"],
    ["backslash", "\\evil.com"],
    ["slash backslash", "/\\evil.com"],
    ["backslash slash", "\\/evil.com"],
    ["encoded tab", "/%09/evil.com"],
    ["raw tab", "/\t/evil.com"],
    ["raw newline", "/\n/evil.com"],
    ["raw carriage return", "/\r/evil.com"],
    ["NUL", "/\u0000/evil.com"],
    ["encoded backslash", "/%5Cevil.com"],
    ["encoded slash", "/%2Fevil.com"],
    ["encoded both slashes", "%2F%2Fevil.com"],
    ["encoded newline", "/%0a/evil.com"],
    ["dot segment to //", "/.//evil.com"],
    ["dot-dot segment to //", "/x/..//evil.com"],
    ["malformed escape", "/%E0%A4%A"],
    ["relative path", "scores"],
    ["user info", "/@evil.com"],
  ])("refuses %s", (_name, next) => {
    const target = safeNext(next, ORIGIN);
    if (_name === "user info") {
      // "/@evil.com" is a path on this site, not a host: it stays here
      expect(new URL(target, ORIGIN).origin).toBe(ORIGIN);
      return;
    }
    expect(target).toBe("/");
  });

  it("never resolves to another origin, whatever the input", () => {
    const tricky = ["/\\", "\\", "/%09", "/%5c", "/%2f", "//", "/./", "/../", "/\t", "@", ":", "evil.com", "/", "%2F"];
    for (const a of tricky) for (const b of tricky) for (const c of tricky) {
      const next = `${a}${b}${c}evil.com`;
      const target = safeNext(next, ORIGIN);
      expect(new URL(target, ORIGIN).origin, next).toBe(ORIGIN);
      expect(target.startsWith("//"), next).toBe(false);
      expect(target.includes("\\"), next).toBe(false);
    }
  });
});
