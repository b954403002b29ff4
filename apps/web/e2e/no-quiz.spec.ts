import { expect, test, type Page } from "@playwright/test";
import { NO_QUIZ_TEXT } from "@newsquiz/article/testing";
import { sampleArticle } from "@newsquiz/article/samples";
import { expectNoAxeViolations } from "./support/axe";
import { quietArticle } from "./support/quiet-article";

const QUIET_HEADLINE = "A quiet afternoon in the garden";
/** A card of a list of articles, found by the address its headline links to. */
const cardLinkingTo = (page: Page, path: string) => page.locator("li.card").filter({ has: page.locator(`h2 a[href="${path}"]`) });

test("a text with no quiz says so on its page instead of offering one, and its quiz page offers no 'Try again'", async ({ page }) => {
  const article = await quietArticle("no-quiz");
  try {
    await page.goto(article.path);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("A quiet afternoon in the garden");
    await expect(page.getByTestId("no-quiz")).toContainText("No quiz for this text");
    await expect(page.getByTestId("no-quiz")).toContainText("figures, dates, names, who said what");
    await expect(page.getByRole("link", { name: /Take the quiz/ })).toHaveCount(0);
    await expect(page.getByTestId("article-end")).toContainText("No quiz for this text");
    await expectNoAxeViolations(page);

    // the quiz address, reached directly: the same plain words, a way back, and nothing to retry
    await page.goto(`${article.path}/quiz`);
    const state = page.getByRole("status").filter({ hasText: "No quiz for this text" });
    await expect(state).toContainText("figures, dates, names, who said what");
    await expect(page.getByRole("button", { name: "Try again" })).toHaveCount(0);
    await expect(page.getByText("unsuitable")).toHaveCount(0);
    await expect(page.getByText("Preparing your quiz")).toHaveCount(0);
    await expectNoAxeViolations(page);
    // by keyboard to the library
    const library = state.getByRole("link", { name: "Back to the library" });
    await library.focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/$/);
  } finally {
    await article.remove();
  }
});

test("the library marks a text with no quiz on its card, in words a screen reader reads too, and not a text with a quiz", async ({ page }) => {
  const article = await quietArticle("no-quiz-card");
  try {
    // its first reader's page works the verdict out (once, for every node: it is stored) ...
    await page.goto(article.path);
    await expect(page.getByTestId("no-quiz")).toContainText("No quiz for this text");

    // ... and from then on the library says so before anyone opens it
    await page.goto(`/library?q=${encodeURIComponent(QUIET_HEADLINE)}`);
    const card = cardLinkingTo(page, article.path);
    await expect(card.getByRole("list", { name: "About this article" })).toContainText("No quiz");
    const link = card.getByRole("link", { name: QUIET_HEADLINE });
    await expect(link).toHaveAccessibleDescription("No quiz for this text");
    await expectNoAxeViolations(page);
    // the card is still one link, reached and followed from the keyboard as before
    await expect(card.locator("a, button, input, [tabindex]")).toHaveCount(1);
    await link.focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`${article.path}$`));

    // a text with a quiz shows nothing new
    await page.goto("/");
    const sample = cardLinkingTo(page, `/articles/${sampleArticle().slug}`);
    await expect(sample).toBeVisible();
    await expect(sample.getByText("No quiz")).toHaveCount(0);
    await expect(sample.getByRole("link", { name: sampleArticle().headline })).not.toHaveAttribute("aria-describedby");
  } finally {
    await article.remove();
  }
});

test("a text with no quiz, imported, is marked among 'Your imports' and in the library as soon as it is imported", async ({ page }) => {
  await page.goto("/import");
  await page.getByRole("tab", { name: "Paste" }).click();
  await page.getByLabel("Article text").fill(NO_QUIZ_TEXT);
  await page.getByRole("button", { name: "Import and make the quiz" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(QUIET_HEADLINE);
  await expect(page.getByTestId("no-quiz")).toContainText("No quiz for this text");
  const path = new URL(page.url()).pathname;

  await page.goto("/");
  const imports = page.getByRole("region", { name: "Your imports" });
  await expect(cardLinkingTo(page, path).filter({ hasText: "Imported" })).toContainText("No quiz");
  await expect(imports.getByRole("link", { name: QUIET_HEADLINE })).toHaveAccessibleDescription("No quiz for this text");
  await expectNoAxeViolations(page);

  await page.goto("/library?kind=other");
  await expect(cardLinkingTo(page, path)).toContainText("No quiz");
});
