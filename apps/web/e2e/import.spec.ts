import { readFileSync } from "node:fs";
import http from "node:http";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";

/**
 * A tiny news site on 127.0.0.1:4105. playwright.config.ts allow-lists exactly this host:port for the app's
 * fetcher (NEWSQUIZ_IMPORT_ALLOW_HOSTS); every other loopback address stays refused.
 */
const SITE_PORT = 4105;
const site = `http://127.0.0.1:${SITE_PORT}`;
const fixture = (name: string) => readFileSync(new URL(`../../../packages/api/src/import/fixtures/${name}`, import.meta.url), "utf8");
const realArticle = (name: string) => readFileSync(new URL(`../../../packages/article/samples/library/${name}`, import.meta.url), "utf8");

const BATTERY = "Battery maker picks Northport for $2.1 billion plant, bringing 900 jobs";
const HEATWAVE = "Heatwave closes schools across the coast for a second day";
const CORRIDOR = "City council approves “green corridor” plan for riverside";

function feed(): string {
  const item = (title: string, path: string) => `<item><title>${title}</title><link>${site}${path}</link><pubDate>Fri, 18 Oct 2024 09:30:00 +0200</pubDate></item>`;
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Test Wire</title><link>${site}/</link>${item(HEATWAVE, "/heatwave")}${item("A story that is gone", "/gone")}${item(CORRIDOR, "/slow-corridor")}${item(BATTERY, "/battery")}</channel></rss>`;
}

let server: http.Server;
test.beforeAll(async () => {
  server = http.createServer((req, res) => {
    const send = (body: string, type = "text/html; charset=utf-8", status = 200) => {
      res.writeHead(status, { "content-type": type });
      res.end(body);
    };
    switch (new URL(req.url ?? "/", site).pathname) {
      case "/battery":
        return send(fixture("json-ld-news-page.html"));
      case "/heatwave":
        return send(fixture("og-only-news-page.html"));
      case "/slow-corridor":
        // Slow on purpose, so the progress of the feed import can be seen mid-way.
        return void setTimeout(() => send(fixture("cluttered-news-page.html")), 1500);
      case "/payload":
        return send(fixture("payload-page.html"));
      case "/feed.xml":
        return send(feed(), "application/rss+xml");
      default:
        return send("Not found", "text/plain", 404);
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(SITE_PORT, "127.0.0.1", resolve);
  });
});
test.afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** The form's error line (Next's route announcer is a role=alert too, so the role alone is ambiguous). */
const formError = (page: Page) => page.locator('p.form-error[role="alert"]');

async function openTab(page: Page, name: "Paste" | "Upload" | "Address" | "Feed") {
  await page.goto("/import");
  await page.getByRole("tab", { name }).click();
  await expect(page.getByRole("tab", { name })).toHaveAttribute("aria-selected", "true");
}

async function importAddress(page: Page, url: string) {
  await openTab(page, "Address");
  await page.getByLabel("Page address").fill(url);
  await page.getByRole("button", { name: "Fetch and import" }).click();
}

test("paste an article, land on it, take its quiz; it is private and its owner can delete it", async ({ page, browser }) => {
  const text = realArticle("01-afghan.txt");
  const headline = text.split("\n")[0]!.trim();
  await openTab(page, "Paste");
  await page.getByLabel("Article text").fill(text);
  const imported = page.waitForResponse((r) => r.url().includes("import.paste"));
  await page.getByRole("button", { name: "Import and make the quiz" }).click();
  // An import changes the library: it is answered by Next's route, which revalidates the cached pages (other
  // calls are answered by server.cts directly: src/server/direct-trpc.ts); the library below shows it.
  expect((await imported).headers()["x-newsquiz-api"]).toBeUndefined();

  await expect(page).toHaveURL(/\/articles\/after-visa-snags-all-girl-afghan-team/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(headline);
  await expect(page.locator("[data-paragraph]").first()).toContainText("A group of Afghan teenagers was awarded a silver medal");
  await expect(page.getByText("Imported by you · only you can see it")).toBeVisible();
  const articlePath = new URL(page.url()).pathname;

  // The library shows it, marked as imported (the starter library's public copy of this text has another address).
  const ownLink = (p: Page) => p.locator(`a[href="${articlePath}"]`);
  await page.goto("/");
  const card = page.getByRole("listitem").filter({ has: ownLink(page) });
  await expect(card.getByText("Imported", { exact: true })).toBeVisible();

  // Someone else neither sees it in the library nor at its address.
  const stranger = await browser.newContext();
  const strangerPage = await stranger.newPage();
  await strangerPage.goto("/");
  await expect(strangerPage.getByRole("link", { name: headline })).toHaveCount(1); // the public copy only
  await expect(ownLink(strangerPage)).toHaveCount(0);
  const response = await strangerPage.goto(articlePath);
  expect(response?.status()).toBe(404);
  await expect(strangerPage.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await stranger.close();

  // Its quiz is ready: answer every question and submit.
  await page.goto(`${articlePath}/quiz`);
  const progress = page.getByRole("progressbar", { name: "Quiz progress" });
  await expect(progress).toBeVisible();
  const total = Number(await progress.getAttribute("aria-valuemax"));
  expect(total).toBeGreaterThan(0);
  for (let i = 0; i < total; i += 1) {
    await expect(page.getByRole("heading", { name: `Question ${i + 1}` })).toBeVisible();
    const radios = page.getByRole("radio");
    if ((await radios.count()) > 0) await radios.first().check();
    else await page.getByPlaceholder("Type the missing words").fill("something");
    await page.getByRole("button", { name: i + 1 < total ? "Next" : "Finish" }).click();
  }
  const submitted = page.waitForResponse((r) => r.url().includes("attempt.submit"));
  await page.getByRole("button", { name: "Submit answers" }).click();
  expect((await submitted).headers()["x-newsquiz-api"]).toBe("direct");
  await expect(page).toHaveURL(/\/attempts\//);
  await expect(page.getByText(new RegExp(`\\d+ of ${total}`)).first()).toBeVisible();

  // The owner deletes it after confirming; it leaves the library.
  await page.goto(articlePath);
  await page.getByRole("button", { name: "Delete this article" }).click();
  await expect(page.getByRole("group", { name: /Delete “After visa snags/ })).toBeVisible();
  const deleted = page.waitForResponse((r) => r.url().includes("import.delete"));
  await page.getByRole("button", { name: "Yes, delete it" }).click();
  expect((await deleted).headers()["x-newsquiz-api"]).toBeUndefined();
  await expect(page).toHaveURL(/\/$/);
  await expect(ownLink(page)).toHaveCount(0);
  await page.goto(articlePath);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
});

test("upload a .txt file through the file picker, and hear why other files are refused", async ({ page }) => {
  await openTab(page, "Upload");
  const picker = page.getByLabel("Choose a file");
  await picker.setInputFiles({ name: "photo.png", mimeType: "image/png", buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47]) });
  await expect(formError(page)).toHaveText("This is not a text or HTML file");
  await picker.setInputFiles({ name: "huge.txt", mimeType: "text/plain", buffer: Buffer.alloc(201 * 1024, "a") });
  await expect(formError(page)).toHaveText("The file is too large");

  const text = realArticle("03-clock.txt");
  await picker.setInputFiles({ name: "clock.txt", mimeType: "text/plain", buffer: Buffer.from(text) });
  await expect(page.getByText("Selected: clock.txt")).toBeVisible();
  await page.getByRole("button", { name: "Import this file" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(text.split("\n")[0]!.trim());
  await expect(page).toHaveURL(/\/articles\//);
});

test("import a news page by address, with its publisher, author and date; other local addresses are refused", async ({ page }) => {
  await importAddress(page, `http://127.0.0.1:${SITE_PORT + 1}/battery`);
  await expect(formError(page)).toHaveText("This address is not allowed");
  await page.getByLabel("Page address").fill("http://localhost:3000/");
  await page.getByRole("button", { name: "Fetch and import" }).click();
  await expect(formError(page)).toHaveText("This address is not allowed");
  await page.getByLabel("Page address").fill(`${site}/gone`);
  await page.getByRole("button", { name: "Fetch and import" }).click();
  await expect(formError(page)).toHaveText("The page could not be fetched (HTTP 404)");

  await page.getByLabel("Page address").fill(`${site}/battery`);
  await page.getByRole("button", { name: "Fetch and import" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(BATTERY);
  const facts = page.getByRole("list", { name: "About this article" });
  await expect(facts).toContainText("Northern Ledger");
  await expect(facts).toContainText("By Sam Lee");
  await page.goto("/");
  const card = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: BATTERY }) });
  await expect(card).toContainText("Northern Ledger");
  await expect(card).toContainText("Imported");
});

test("import ticked items of a feed with the progress shown; a failing item does not stop the rest", async ({ page }) => {
  await openTab(page, "Feed");
  await page.getByLabel("Feed address (RSS or Atom)").fill(`${site}/feed.xml`);
  await page.getByRole("button", { name: "Show the items" }).click();
  const items = page.getByRole("group", { name: /Test Wire: 4 items/ });
  await expect(items).toBeVisible();
  await items.getByRole("checkbox", { name: HEATWAVE }).check();
  await items.getByRole("checkbox", { name: "A story that is gone" }).check();
  await items.getByRole("checkbox", { name: CORRIDOR }).check();
  await page.getByRole("button", { name: "Import 3 selected" }).click();

  const bar = page.getByRole("progressbar", { name: "Importing 3 items" });
  await expect(bar).toHaveAttribute("aria-valuemax", "3");
  // Mid-way: two items are through (one imported, one failed) while the slow third is being fetched.
  await expect(bar).toHaveAttribute("aria-valuenow", "2");
  const rows = page.locator(".feed-progress-item");
  await expect(rows.nth(2)).toHaveAttribute("data-state", "working");
  await expect(bar).toHaveAttribute("aria-valuenow", "3", { timeout: 15_000 });
  await expect(page.getByRole("status").filter({ hasText: "Finished: 2 imported, 1 failed." })).toBeVisible();

  await expect(rows.nth(0)).toHaveAttribute("data-state", "done");
  await expect(rows.nth(0)).toContainText("✓ Fetched");
  await expect(rows.nth(0)).toContainText("✓ Quizzed");
  await expect(rows.nth(0)).toContainText(/\d+ questions ready/);
  await expect(rows.nth(1)).toHaveAttribute("data-state", "failed");
  await expect(rows.nth(1)).toContainText("Failed while fetching: The page could not be fetched (HTTP 404)");
  await expect(rows.nth(2)).toHaveAttribute("data-state", "done");

  await rows.nth(2).getByRole("link", { name: "Read it" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(CORRIDOR);
  await page.goto("/");
  await expect(page.getByRole("link", { name: HEATWAVE })).toBeVisible();
  await expect(page.getByRole("link", { name: CORRIDOR })).toBeVisible();
});

test("a page full of script, image, iframe, link and CSS payloads is imported as text only: nothing runs, nothing loads", async ({ page, baseURL }) => {
  const dialogs: string[] = [];
  const outside: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on("request", (request) => {
    if (!request.url().startsWith(baseURL!)) outside.push(request.url());
  });

  await importAddress(page, `${site}/payload`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Harbour reopens after storm");
  const body = page.locator(".article-body");
  await expect(body).toContainText("The harbour reopened on Monday morning");
  await expect(body).toContainText("Divers checked the main quay for damage overnight");
  // An escaped tag written in the text is dropped by the importer, never turned into an element.
  await expect(body).toContainText("A local writer called the notice unusual, but officials said");

  const article = page.locator("article");
  await expect(article.locator("script, iframe, img, object, embed, svg script, form, [onerror], [onload], [style*='javascript']")).toHaveCount(0);
  await expect(article.locator('a[href^="javascript:"]')).toHaveCount(0);
  const html = await page.evaluate(() => document.documentElement.outerHTML);
  expect(html).not.toMatch(/<script[^>]*>[^<]*alert|on(?:error|load)="|javascript:alert|evil\.example/);
  // Let any payload fire: the page is loaded, the network has gone quiet, and two frames have been painted.
  await page.waitForLoadState("networkidle");
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
  expect(dialogs).toEqual([]);
  expect(outside).toEqual([]);
});

test("a pasted text with nothing in it gets a clear message", async ({ page }) => {
  await openTab(page, "Paste");
  await page.getByLabel("Article text").fill("Just a headline");
  await page.getByRole("button", { name: "Import and make the quiz" }).click();
  await expect(formError(page)).toHaveText("The text has a headline but no paragraphs below it.");
  await expect(page.getByLabel("Article text")).toHaveAttribute("aria-invalid", "true");
});

test("the tabs work from the keyboard", async ({ page }) => {
  await page.goto("/import");
  await page.getByRole("tab", { name: "Paste" }).focus();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("tab", { name: "Upload" })).toBeFocused();
  await expect(page.getByRole("tabpanel", { name: "Upload" })).toBeVisible();
  await page.keyboard.press("End");
  await expect(page.getByRole("tab", { name: "Feed" })).toHaveAttribute("aria-selected", "true");
  await page.goto("/import#address");
  await expect(page.getByLabel("Page address")).toBeVisible();
});

test("axe finds no accessibility violations on /import, including a listed feed", async ({ page }) => {
  await page.goto("/import");
  await expectNoAxeViolations(page);
  await page.getByRole("tab", { name: "Feed" }).click();
  await page.getByLabel("Feed address (RSS or Atom)").fill(`${site}/feed.xml`);
  await page.getByRole("button", { name: "Show the items" }).click();
  await expect(page.getByRole("checkbox")).toHaveCount(4);
  await expectNoAxeViolations(page);
  await page.getByRole("tab", { name: "Upload" }).click();
  await expectNoAxeViolations(page);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test("/import and a listed feed have no horizontal scroll at 390 px", async ({ page }) => {
    await openTab(page, "Feed");
    await page.getByLabel("Feed address (RSS or Atom)").fill(`${site}/feed.xml`);
    await page.getByRole("button", { name: "Show the items" }).click();
    await expect(page.getByRole("checkbox")).toHaveCount(4);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
