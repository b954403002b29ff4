import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { sampleArticle } from "@newsquiz/article/samples";
import { parseArticleText, starterLibraryManifestSchema } from "@newsquiz/article";
import { makeQuiz } from "@newsquiz/quiz";
import { expectNoAxeViolations } from "./support/axe";

/** The starter library as the repository holds it (the server imported the same files on start). */
const libraryDir = new URL("../../../packages/article/samples/library/", import.meta.url);
const manifest = starterLibraryManifestSchema.parse(JSON.parse(readFileSync(new URL("manifest.json", libraryDir), "utf8")));
const texts = manifest.texts.map((entry) => ({ ...entry, article: parseArticleText(readFileSync(new URL(entry.file, libraryDir), "utf8")) }));
const sample = sampleArticle();

/** The cards of the library list (not "Your imports"). */
const cards = (page: Page) => page.locator("main > ul.card-grid > li");
const wordCounts = async (page: Page) => (await cards(page).locator("text=/^[\\d,]+ words$/").allTextContents()).map((t) => Number(t.replace(/\D/g, "")));

test("the library opens on the sample, then the 34 starter texts, a page at a time", async ({ page }) => {
  await page.goto("/");
  await expect(cards(page)).toHaveCount(24);
  await expect(cards(page).first().getByRole("heading")).toHaveText(sample.headline);
  await expect(cards(page).nth(1).getByRole("heading")).toHaveText(texts[0]!.article.headline);
  await expect(page.getByRole("navigation", { name: "Library pages" })).toContainText("Page 1 of 2");
  await page.getByRole("link", { name: "Next →" }).click();
  await expect(page).toHaveURL(/\/library\?page=2$/);
  await expect(cards(page)).toHaveCount(35 - 24);
  await expect(cards(page).last().getByRole("heading")).toHaveText(texts.at(-1)!.article.headline);
});

test("filter by kind and sort by length from the keyboard; the address keeps the view and Back returns to it", async ({ page }) => {
  await page.goto("/");
  const interviews = texts.filter((t) => t.kind === "interview");
  await page.getByRole("navigation", { name: "Kind of article" }).getByRole("link", { name: "Interviews" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/library\?kind=interview$/);
  await expect(page.getByRole("status").filter({ hasText: `${interviews.length} articles · Interviews` })).toBeVisible();
  await expect(cards(page)).toHaveCount(interviews.length);
  await expect(cards(page).locator(".status.kind").filter({ hasText: /^Interview$/ })).toHaveCount(interviews.length);
  await expect(page.getByRole("navigation", { name: "Kind of article" }).getByRole("link", { name: "Interviews" })).toHaveAttribute("aria-current", "page");

  await page.getByRole("link", { name: "Sort by Shortest" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/library\?kind=interview&sort=shortest$/);
  await expect(page.getByRole("link", { name: "Sort by Shortest" })).toHaveAttribute("aria-current", "page");
  // the list is replaced as the new page streams in: wait for the sorted one
  await expect.poll(() => wordCounts(page)).toEqual(interviews.map((t) => t.article.stats.wordCount).sort((a, b) => a - b));

  await page.goBack();
  await expect(page).toHaveURL(/\/library\?kind=interview$/);
  await expect(page.getByRole("link", { name: "Sort by Newest" })).toHaveAttribute("aria-current", "page");
  await expect(cards(page).first().getByRole("heading")).toHaveText(interviews[0]!.article.headline);
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
  await expect(cards(page)).toHaveCount(24);

  // A linked view opens as it was shared: the hardest textbook section first.
  await page.goto("/library?kind=textbook&sort=hardest");
  const grades = texts.filter((t) => t.kind === "textbook").sort((a, b) => b.article.stats.gradeLevel - a.article.stats.gradeLevel);
  await expect(cards(page).first().getByRole("heading")).toHaveText(grades[0]!.article.headline);
  await expect(cards(page).last().getByRole("heading")).toHaveText(grades.at(-1)!.article.headline);
  await expectNoAxeViolations(page);
});

test("sorting by length covers the whole library across pages", async ({ page }) => {
  await page.goto("/library?sort=longest");
  // the page streams in after its loading skeleton: read the cards once they are all there
  await expect(cards(page)).toHaveCount(24);
  const first = await wordCounts(page);
  await page.getByRole("link", { name: "Next →" }).click();
  await expect(page).toHaveURL(/sort=longest&page=2/);
  await expect(cards(page)).toHaveCount(35 - 24);
  const all = [...first, ...(await wordCounts(page))];
  expect(all).toEqual([sample, ...texts.map((t) => t.article)].map((a) => a.stats.wordCount).sort((a, b) => b - a));
});

test("a kind with nothing in it says so and leads back to everything", async ({ page }) => {
  await page.goto("/library?kind=other");
  await expect(page.getByRole("heading", { name: "No other articles yet" })).toBeVisible();
  await page.getByRole("link", { name: "Show all articles" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(cards(page)).toHaveCount(24);
});

test("a starter text's page credits its source, author and licence, with links", async ({ page }) => {
  const ants = texts.find((t) => t.file === "15-interview-ants.txt")!;
  await page.goto(`/articles/${ants.article.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(ants.article.headline);
  const facts = page.getByRole("list", { name: "About this article" });
  await expect(facts.getByRole("link", { name: "Wikinews" })).toHaveAttribute("href", "https://en.wikinews.org/");
  await expect(facts).toContainText("By Wikinews contributors");
  await expect(facts.getByRole("link", { name: "Original" })).toHaveAttribute("href", ants.url);
  await expect(facts.getByRole("link", { name: "CC BY 2.5" })).toHaveAttribute("href", "https://creativecommons.org/licenses/by/2.5/");
  const credit = page.getByTestId("attribution");
  await expect(credit).toContainText(`“${ants.article.headline}” by Wikinews contributors, from Wikinews, is used under CC BY 2.5.`);
  await expect(credit.getByRole("link", { name: "CC BY 2.5" })).toHaveAttribute("rel", "license");

  const galois = texts.find((t) => t.file === "25-bio-galois.txt")!;
  await page.goto(`/articles/${galois.article.slug}`);
  await expect(page.getByRole("list", { name: "About this article" }).getByRole("link", { name: "CC BY-SA 3.0" })).toBeVisible();
  await expect(page.getByTestId("attribution")).toContainText("by Wikipedia contributors, from Wikipedia");
});

test("the starter texts the engine has nothing to ask about say 'No quiz' on their cards once the server has worked it out, and only they", async ({ page }) => {
  test.setTimeout(120_000);
  // The oracle: the engine itself, asked for each text's first quiz (the api's QUIZ_LENGTH 10, FIRST_QUIZ_SEED 1).
  const all = [sample, ...texts.map((t) => t.article)];
  const quizless = all.filter((a) => makeQuiz(a, { count: 10, seed: 1 }).questions.length === 0).map((a) => a.headline);
  expect(quizless.length).toBeGreaterThan(0);
  expect(quizless.length).toBeLessThan(all.length);
  // The server works the verdicts out in the background after it starts (one text at a time, in its engine worker),
  // then marks the cached library page changed: no reader has opened these texts.
  const marked = async () => {
    const headlines: string[] = [];
    for (const address of ["/", "/library?page=2"]) {
      await page.goto(address);
      await expect(cards(page)).not.toHaveCount(0);
      headlines.push(...(await cards(page).filter({ has: page.getByTestId("card-no-quiz") }).getByRole("heading").allTextContents()));
    }
    return headlines.sort();
  };
  await expect.poll(marked, { timeout: 100_000, intervals: [1_000, 2_000, 5_000] }).toEqual([...quizless].sort());
  // in words a screen reader reads with the card's link, too
  const onFirstPage = all.slice(0, 24).find((a) => quizless.includes(a.headline));
  if (onFirstPage) {
    await page.goto("/");
    const card = cards(page).filter({ has: page.getByRole("link", { name: onFirstPage.headline, exact: true }) });
    await expect(card.getByRole("list", { name: "About this article" })).toContainText("No quiz");
    await expect(card.getByRole("link")).toHaveAccessibleDescription("No quiz for this text");
    await expectNoAxeViolations(page);
  }
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test("each row of filters is one line that scrolls sideways, the page never does, and the chosen ones are in view", async ({ page }) => {
    await page.goto("/library?kind=textbook&sort=longest");
    const longest = page.getByRole("link", { name: "Sort by Longest" });
    await expect(longest).toBeInViewport({ ratio: 1 });
    await expect(page.getByRole("navigation", { name: "Kind of article" }).getByRole("link", { name: "Textbooks" })).toBeInViewport();
    const rows = await page.locator(".chip-row").evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height));
    expect(Math.max(...rows)).toBeLessThan(60);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  });
});
