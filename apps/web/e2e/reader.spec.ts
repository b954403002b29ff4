import { expect, test } from "@playwright/test";
import { sampleArticle } from "@newsquiz/article/samples";
import { expectNoAxeViolations } from "./support/axe";

const sample = sampleArticle();
const readerPath = `/articles/${sample.slug}`;
// Other specs add public copies of the sample under their own slugs (same headline): find the sample by its address.
const sampleLink = `a[href="${readerPath}"]`;

test("the library lists the sample article with its reading facts", async ({ page }) => {
  await page.goto("/");
  const card = page.getByRole("listitem").filter({ has: page.locator(sampleLink) });
  await expect(card).toBeVisible();
  await expect(card).toContainText(`${sample.stats.wordCount.toLocaleString("en-US")} words`);
  await expect(card).toContainText(`${sample.stats.readingMinutes} min`);
  await expect(card).toContainText("Unread");
});

test("library search finds words in the text and says when nothing matches", async ({ page }) => {
  await page.goto("/");
  const search = page.getByRole("searchbox", { name: "Search articles" });
  await search.fill("Vladivostok");
  await page.keyboard.press("Enter");
  await expect(page.locator(sampleLink)).toHaveAccessibleName(sample.headline);
  // the start of a word, in any case; quotes and operators are read as plain words
  await search.fill(`VLADI "Korea" -soldier* AND`);
  await page.keyboard.press("Enter");
  await expect(page.locator(sampleLink)).toHaveAccessibleName(sample.headline);
  await search.fill("zeppelin marmalade");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Nothing matches your search" })).toBeVisible();
  await search.fill(`"*" -`);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Nothing matches your search" })).toBeVisible();
});

test("the reader shows the headline, every paragraph and all ten headlines", async ({ page }) => {
  await page.goto(readerPath);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(sample.headline);
  const paragraphs = page.locator("[data-paragraph]");
  await expect(paragraphs).toHaveCount(sample.paragraphs.length);
  for (const [i, p] of sample.paragraphs.entries()) {
    await expect(paragraphs.nth(i)).toHaveText(p.sentences.map((s) => s.text).join(" "), { useInnerText: true });
  }
  const headlines = page.getByRole("complementary", { name: "More headlines" }).getByRole("listitem");
  await expect(headlines).toHaveCount(10);
  await expect(headlines.first()).toHaveText(sample.relatedHeadlines[0]!);
});

test("a glossary term shows its expansion on keyboard focus", async ({ page }) => {
  await page.goto(readerPath);
  const term = page.getByRole("button", { name: "NIS" }).first();
  await term.focus();
  await expect(page.getByRole("tooltip", { name: "National Intelligence Service" }).first()).toBeVisible();
});

test("a glossary term opens on a tap and closes with Escape or a tap elsewhere", async ({ page }) => {
  await page.goto(readerPath);
  await expect(page.locator("html")).toHaveAttribute("data-text-size", /\d/);
  // The page's script has run (the terms are part of the server-rendered text; one listener handles them).
  await expect(page.getByRole("button", { name: /Switch to (dark|light) theme/ })).toBeVisible();
  const term = page.getByRole("button", { name: "NIS" }).first();
  const tip = page.getByRole("tooltip", { name: "National Intelligence Service" }).first();
  await expect(term).toHaveAttribute("aria-expanded", "false");
  await term.click();
  await expect(term).toHaveAttribute("aria-expanded", "true");
  await expect(tip).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(term).toHaveAttribute("aria-expanded", "false");
  await term.click();
  await expect(term).toHaveAttribute("aria-expanded", "true");
  await page.getByRole("heading", { level: 1 }).click();
  await expect(term).toHaveAttribute("aria-expanded", "false");
});

test("reading progress is saved while scrolling and restored on return", async ({ page }) => {
  await page.goto(readerPath);
  await expect(page.locator("[data-paragraph]").first()).toBeVisible();
  // Scroll to the middle of the article, like a reader would.
  const middle = Math.floor(sample.paragraphs.length / 2);
  const saved = page.waitForResponse((r) => r.url().includes("progress.save") && r.ok());
  await page.locator(`[data-paragraph="${middle}"]`).scrollIntoViewIfNeeded();
  await page.mouse.wheel(0, 200);
  await saved;
  await page.reload();
  await expect(page.getByText("Welcome back — you are where you left off.")).toBeVisible();
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(300);

  // Scroll to the end: the article is marked finished, and stays so after a reload.
  await page.getByTestId("article-end").scrollIntoViewIfNeeded();
  await page.mouse.wheel(0, 400);
  await expect(page.getByTestId("article-end")).toContainText("Finished");
  await page.reload();
  await expect(page.getByTestId("article-end")).toContainText("Finished");
  await page.goto("/");
  await expect(page.getByRole("listitem").filter({ has: page.locator(sampleLink) })).toContainText("Read");
});

test("text size is remembered by the browser", async ({ page }) => {
  await page.goto(readerPath);
  const body = page.locator(".article-body");
  const before = await body.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  await page.getByRole("button", { name: "Larger text" }).click();
  await page.reload();
  const after = await body.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(after).toBeGreaterThan(before);
});

test("an unknown article gets a friendly not-found page", async ({ page }) => {
  const response = await page.goto("/articles/no-such-article");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });
  for (const path of ["/", readerPath]) {
    test(`${path} has no horizontal scroll at 390 px`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator("main")).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});

for (const path of ["/", readerPath]) {
  test(`axe finds no accessibility violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator("main")).toBeVisible();
    await expectNoAxeViolations(page);
  });
}
