import { createHash } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import path from "node:path";
import { sampleArticle } from "@newsquiz/article/samples";
import { isCachedPage } from "../src/lib/cached-pages";

/**
 * The headers every page and API answer carries (Content-Security-Policy, Permissions-Policy, Cache-Control
 * on per-reader answers), the request limits, and that the pages work under that policy in a real browser
 * with no violation reported. Pages rendered per request carry a fresh nonce; the library and the reader,
 * served from Next's cache, carry the hashes of their inline scripts (src/lib/page-csp.mjs). The reader is a
 * Pages Router page sent without Next's scripts: its one script file is its own bundle (/reader-client/).
 */
const sample = sampleArticle();
const readerPath = `/articles/${sample.slug}`;
const CACHED_PAGES = ["/", readerPath, "/import", "/review"];
const PAGES = [...CACHED_PAGES, `${readerPath}/quiz`, "/scores", "/sign-in", "/sign-up", "/classes", "/library?q=korea"];

function nonceOf(policy: string | undefined): string {
  const match = /'nonce-([A-Za-z0-9+/=]+)'/.exec(policy ?? "");
  expect(match, `a nonce in ${policy}`).not.toBeNull();
  return match![1]!;
}

function scriptSources(policy: string): string[] {
  return policy.split("; ").find((d) => d.startsWith("script-src "))!.split(" ").slice(1);
}

/**
 * Every script element of a page a browser runs: its opening tag, and the SHA-256 hash-source of its text if
 * inline. Not `type="application/json"` data (the reader's props), which no browser runs.
 */
function scriptsOf(html: string): Array<{ tag: string; inlineHash: string | null }> {
  return [...html.matchAll(/(<script\b([^>]*)>)([\s\S]*?)<\/script>/g)].filter((m) => !/\stype="application\/json"/.test(m[2]!)).map((m) => ({
    tag: m[1]!,
    inlineHash: /\ssrc=/.test(m[2]!) ? null : `'sha256-${createHash("sha256").update(m[3]!, "utf8").digest("base64")}'`,
  }));
}

test("every page has exactly one strict CSP that lets each of its own scripts run: a fresh nonce, or hashes on cached pages", async ({ request }) => {
  const nonces = new Set<string>();
  for (const path of PAGES) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(200);
    const policies = res.headersArray().filter((h) => h.name.toLowerCase() === "content-security-policy");
    expect(policies, `${path}: one policy (a second would be enforced as well)`).toHaveLength(1);
    const policy = policies[0]!.value;
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'none'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toMatch(/style-src 'self'(;|$)/);
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).not.toContain("unsafe-inline");
    const allowed = scriptSources(policy);
    const html = await res.text();
    const scripts = scriptsOf(html);
    expect(scripts.length, path).toBeGreaterThan(0);
    if (CACHED_PAGES.includes(path)) {
      // Cached: no nonce anywhere; every inline script listed by its hash, every file from this origin.
      expect(policy, path).not.toContain("'nonce-");
      expect(allowed, path).toContain("'self'");
      for (const { tag, inlineHash } of scripts) {
        if (inlineHash) expect(allowed, `${path}: ${tag} is allowed by its hash`).toContain(inlineHash);
        else expect(tag, path).toMatch(path === readerPath ? /\ssrc="\/reader-client\/entry\.js"/ : /\ssrc="\/_next\/static\//);
      }
    } else {
      const nonce = nonceOf(policy);
      nonces.add(nonce);
      // Each script carries this response's nonce, or (the theme script) is listed by its hash.
      for (const { tag, inlineHash } of scripts) {
        if (!tag.includes(`nonce="${nonce}"`)) expect(allowed, `${path}: ${tag} has the nonce or its hash is listed`).toContain(inlineHash);
      }
    }
    expect(html, `${path} has no style attribute`).not.toMatch(/<[a-z]+[^>]*\sstyle="/);
    expect(res.headers()["permissions-policy"]).toContain("camera=()");
    expect(res.headers()["permissions-policy"]).toContain("microphone=()");
    expect(res.headers()["cache-control"], path).toContain("no-store");
    expect(res.headers()["cache-control"], path).toContain("private");
  }
  // One nonce per response, never reused.
  expect(nonces.size).toBe(PAGES.length - CACHED_PAGES.length);
});

test("the library and the reader are served from Next's cache, each with the hashes of exactly its own scripts", async ({ request }) => {
  for (const path of CACHED_PAGES) {
    await request.get(path);
    const res = await request.get(path);
    expect(res.headers()["x-nextjs-cache"], path).toMatch(/HIT|STALE/);
    const allowed = scriptSources(res.headers()["content-security-policy"]!);
    const inline = scriptsOf(await res.text()).flatMap((s) => (s.inlineHash ? [s.inlineHash] : []));
    expect(new Set(allowed), path).toEqual(new Set(["'self'", ...inline]));
  }
});

test("the proxy's list of cached pages is exactly what the build prerendered", () => {
  // A page the build made static but the proxy also gives a nonce policy would carry two policies (its scripts
  // blocked); one the proxy skips but the build renders per request would carry none.
  const manifest = JSON.parse(readFileSync(path.join(import.meta.dirname, "..", process.env.NEXT_DIST_DIR ?? ".next", "prerender-manifest.json"), "utf8")) as {
    routes: Record<string, unknown>;
    dynamicRoutes: Record<string, unknown>;
  };
  // Next's own: the 404 shown for unknown addresses is app/[...missing] (per request), the root error screen
  // is never a document of its own, the icon is not a page.
  const nextOwn = new Set(["/_not-found", "/_global-error", "/icon.svg"]);
  const prerendered = [...Object.keys(manifest.routes), ...Object.keys(manifest.dynamicRoutes).map((r) => r.replace(/\[[^\]]+\]/g, "some-slug"))].filter((r) => !nextOwn.has(r));
  expect(prerendered.sort()).toEqual(["/", "/articles/some-slug", "/import", "/review"]);
  for (const route of prerendered) expect(isCachedPage(route), route).toBe(true);
  for (const route of [`${readerPath}/quiz`, `${readerPath}/own`, "/scores", "/library", "/sign-in", "/sign-up", "/classes", "/attempts/x", "/nope"]) {
    expect(isCachedPage(route), route).toBe(false);
  }
});

test("per-reader API answers are private and never stored, and carry every header whichever server path answers them", async ({ request }) => {
  // The first tRPC request may be answered by Next (it loads the route that server.cts then calls directly).
  await request.get("/api/trpc/session.me");
  for (const path of ["/api/trpc/session.me", `/api/trpc/progress.get?input=${encodeURIComponent(JSON.stringify({ json: { slug: sample.slug } }))}`, "/api/trpc/review.dueCount"]) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(200);
    expect(res.headers()["x-newsquiz-api"], path).toBe("direct");
    expect(res.headers()["cache-control"], path).toBe("private, no-store");
    expect(res.headers()["permissions-policy"], path).toContain("geolocation=()");
    expect(res.headers()["x-content-type-options"], path).toBe("nosniff");
    expect(res.headers()["x-frame-options"], path).toBe("DENY");
    expect(res.headers()["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
  }
  // An import is answered by Next's route (it revalidates pages), with the same headers.
  const imported = await request.post("/api/trpc/import.paste", { headers: { "content-type": "application/json" }, data: JSON.stringify({ json: { text: "" } }) });
  expect(imported.status()).toBe(400);
  expect(imported.headers()["x-newsquiz-api"]).toBeUndefined();
  expect(imported.headers()["cache-control"]).toBe("private, no-store");
  expect(imported.headers()["x-content-type-options"]).toBe("nosniff");
});

test("a batch of more than 10 calls and a body over 2 MB are refused with readable errors", async ({ request }) => {
  const calls = Array.from({ length: 11 }, () => "session.me").join(",");
  const batch = await request.get(`/api/trpc/${calls}?batch=1`);
  expect(batch.status()).toBe(400);
  const errors = (await batch.json()) as Array<{ error: { json: { message: string } } }>;
  expect(errors).toHaveLength(11);
  expect(errors[0]!.error.json.message).toBe("One request may hold at most 10 calls; this one held 11. Send them in smaller batches.");

  const ten = await request.get(`/api/trpc/${Array.from({ length: 10 }, () => "session.me").join(",")}?batch=1`);
  expect(ten.status()).toBe(200);

  const big = await request.post("/api/trpc/import.paste", {
    headers: { "content-type": "application/json" },
    data: JSON.stringify({ json: { text: "a".repeat(3 * 1024 * 1024) } }),
  });
  expect(big.status()).toBe(413);
  expect(((await big.json()) as { error: { json: { message: string } } }).error.json.message).toMatch(/too large: the server reads at most 2 MB/);
  // The same on the direct path (server.cts stops reading just past the limit).
  const bigSubmit = await request.post("/api/trpc/attempt.submit", {
    headers: { "content-type": "application/json" },
    data: JSON.stringify({ json: { attemptId: "a".repeat(3 * 1024 * 1024) } }),
  });
  expect(bigSubmit.status()).toBe(413);
  expect(bigSubmit.headers()["x-newsquiz-api"]).toBe("direct");
  expect(((await bigSubmit.json()) as { error: { json: { message: string } } }).error.json.message).toMatch(/too large: the server reads at most 2 MB/);
  const elevenDirect = await request.get(`/api/trpc/${Array.from({ length: 11 }, () => "review.dueCount").join(",")}?batch=1`);
  expect(elevenDirect.status()).toBe(400);
  expect(elevenDirect.headers()["x-newsquiz-api"]).toBe("direct");
});

/** Records every CSP violation the page reports (events and console messages). */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to (execute|load|apply)/i.test(m.text())) violations.push(m.text());
  });
  await page.exposeFunction("__reportCspViolation", (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { __reportCspViolation: (t: string) => void }).__reportCspViolation(`${e.violatedDirective} blocked ${e.blockedURI}`);
    });
  });
  return violations;
}

test("the pages work under the CSP with no violation: read, quiz, scores, review, theme", async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto("/");
  await page.getByRole("link", { name: sample.headline }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(sample.headline);
  // Scripts ran: the theme toggle (a client component) answers, and the theme script set the text size.
  await expect(page.locator("html")).toHaveAttribute("data-text-size", /\d/);
  const toggle = page.getByRole("button", { name: /Switch to (dark|light) theme/ });
  await toggle.click();
  await expect(page.locator("html")).toHaveAttribute("data-theme", /dark|light/);
  await page.getByRole("button", { name: "Larger text" }).click();
  await page.getByTestId("article-end").getByRole("link", { name: /quiz/i }).click();
  // (the first question's answer: its options, or the text field of a typed blank — whichever the sample's quiz asks first)
  await expect(page.getByRole("group").or(page.getByRole("radiogroup")).or(page.getByRole("textbox")).first()).toBeVisible();
  await expect(page.getByRole("progressbar", { name: "Quiz progress" })).toBeVisible();
  for (const path of ["/scores", "/review", "/import", "/sign-in"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  }
  await page.reload();
  expect(violations).toEqual([]);
  // The watcher itself hears a violation: an image from another origin is refused and reported.
  await page.evaluate(() => {
    const img = document.createElement("img");
    img.src = "https://example.invalid/pixel.png";
    img.alt = "";
    document.body.append(img);
  });
  await expect.poll(() => violations.length).toBeGreaterThan(0);
  expect(violations.join("\n")).toMatch(/img-src/);
});

test("a script that is not the page's own is refused on a cached page, and the page still works", async ({ page }) => {
  const violations = await watchViolations(page);
  // The reader's real answer (policy included) with one extra inline script, as an injection would add it.
  await page.route(`**${readerPath}`, async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace("</body>", "<script>document.documentElement.dataset.injected='ran'</script></body>");
    await route.fulfill({ response, body });
  });
  await page.goto(readerPath);
  await expect.poll(() => violations.join("\n")).toMatch(/script-src/);
  expect(await page.locator("html").getAttribute("data-injected")).toBeNull();
  // The page's own scripts ran: the theme toggle answers.
  await page.getByRole("button", { name: /Switch to (dark|light) theme/ }).click();
  await expect(page.locator("html")).toHaveAttribute("data-theme", /dark|light/);
});
