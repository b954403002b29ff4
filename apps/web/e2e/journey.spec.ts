import { expect, test, type Page } from "@playwright/test";
import { sampleArticle } from "@newsquiz/article/samples";
import { QuizPage } from "./support/quiz-page";
import { connectE2eDb } from "./support/database";
import { expectNoAxeViolations } from "./support/axe";

/**
 * The whole journey a new reader makes: read as a guest, take the quiz, see the evidence, sign up and keep
 * the score, sign out and in again, find it in /scores with the chart, and review the missed questions.
 */
const sample = sampleArticle();
const readerPath = `/articles/${sample.slug}`;

const e2eDb = connectE2eDb();


/** Answers every question with its first option (or a plausible typed word) and submits. */
async function takeQuizBadly(page: Page): Promise<string> {
  // each step waits for its own question (the progress bar's text) before a key is pressed: pressing "1" while the
  // previous question was still on screen made this test flaky
  const quiz = new QuizPage(page, readerPath);
  const total = await quiz.length();
  for (let n = 1; n <= total; n++) await quiz.answerByKeyboard(n, total);
  await page.getByRole("button", { name: "Submit answers" }).click();
  await expect(page).toHaveURL(/\/attempts\/[^/]+$/);
  return page.url().split("/attempts/")[1]!;
}

test("a guest reads, takes the quiz, signs up, keeps the score, and finds it in scores and review", async ({ page }) => {
  const email = `journey-${Date.now()}@example.com`;
  const password = "a long enough password";

  // Read as a guest, then take the quiz offered at the end of the article.
  await page.goto(readerPath);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(sample.headline);
  await page.getByTestId("article-end").getByRole("link", { name: /quiz/i }).click();
  const attemptId = await takeQuizBadly(page);
  const scoreText = (await page.getByText(/^\d+ of \d+$/).first().textContent())!;
  await expect(page.getByRole("link", { name: /See it in the article/ }).first()).toHaveAttribute("href", new RegExp(`^${readerPath}#s-\\d+-\\d+$`));

  // Sign up from the header: the guest's attempt becomes the account's.
  await page.getByRole("link", { name: "Sign up" }).click();
  await expect(page.getByRole("heading", { name: "Create your account" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  await expect(page.getByText(email)).toBeVisible();
  await page.goto(`/attempts/${attemptId}`);
  await expect(page.getByText(scoreText, { exact: true }).first()).toBeVisible();

  // Sign out: the attempt is no longer this browser's. Sign in again: it is back.
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await page.goto(`/attempts/${attemptId}`);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await page.goto("/sign-in");
  await expectNoAxeViolations(page);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("not my password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator(".form-error")).toHaveText("Wrong email or password.");
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();

  // Saved scores: the attempt, its article and the chart with one point per attempt.
  await page.goto("/scores");
  await expect(page.getByRole("link", { name: sample.headline }).first()).toBeVisible();
  await expect(page.locator("main svg").first()).toBeVisible();
  await expect(page.locator(`a[href="/attempts/${attemptId}"]`).first()).toBeVisible();

  // Review: the missed questions are due a day later (moved in the database here), then offered.
  const user = await e2eDb().user.findUniqueOrThrow({ where: { email } });
  const missed = await e2eDb().reviewItem.count({ where: { userId: user.id } });
  expect(missed).toBeGreaterThan(0);
  await e2eDb().reviewItem.updateMany({ where: { userId: user.id }, data: { dueAt: new Date(Date.now() - 60_000) } });
  await page.goto("/review");
  await expect(page.getByText(`${missed} due`, { exact: true })).toBeVisible();
  await expect(page.locator(".review-form .quiz-prompt")).toBeVisible();
});

test("sign-up refuses a taken email with a readable message", async ({ page }) => {
  const email = `taken-${Date.now()}@example.com`;
  await page.goto("/sign-up");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("a long enough password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign up" })).toBeVisible();

  await page.goto("/sign-up");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("another long password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.locator(".form-error")).toHaveText("An account with this email already exists. Sign in instead.");
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test("sign-in and sign-up have no horizontal scroll at 390 px", async ({ page }) => {
    for (const p of ["/sign-in", "/sign-up"]) {
      await page.goto(p);
      await expect(page.getByLabel("Email")).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    }
  });
});
