import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { quietArticle } from "./support/quiet-article";

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
