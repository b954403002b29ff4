import { expect, test } from "@playwright/test";
import { ownCopyOfSample, connectE2eDb } from "./support/database";
import { QuizPage } from "./support/quiz-page";
import { expectNoAxeViolations } from "./support/axe";

// Each test takes the quiz on a copy of the sample of its own (flags and variants stay with that test).
const db = connectE2eDb();

interface StoredKeyEntry {
  answer: string;
  explanation: string;
  questionKey: string;
  evidence: { text: string };
}
/** The stored quiz behind an attempt, read from the e2e server's database: the secrets a page in progress must never contain. */
async function secretsOf(attemptId: string): Promise<{ explanations: string[]; engineIds: string[]; seed: number }> {
  const { quiz } = await db().attempt.findUniqueOrThrow({ where: { id: attemptId }, select: { quiz: { select: { answerKey: true, seed: true } } } });
  const key = Object.values(JSON.parse(quiz.answerKey) as Record<string, StoredKeyEntry>);
  return { explanations: key.map((k) => k.explanation), engineIds: key.map((k) => k.questionKey.split(":")[1] ?? "x"), seed: quiz.seed };
}

function expectNoSecrets(text: string, secrets: Awaited<ReturnType<typeof secretsOf>>) {
  for (const field of ['"answerKey"', '"explanation"', '"questionKey"', '"evidence"', '"accept"']) expect(text).not.toContain(field);
  for (const e of secrets.explanations) expect(text).not.toContain(e);
  for (const id of secrets.engineIds) expect(text).not.toContain(id);
}

test("a guest takes the quiz by keyboard, resumes after a reload, submits and follows the evidence", async ({ page }) => {
  const article = await ownCopyOfSample(db(), "quiz-keyboard");
  const readerPath = article.path;
  const quiz = new QuizPage(page, readerPath);
  // Every tRPC response before the submit, read in full on its way to the page (so a page that navigates away
  // cannot leave a body unread, and none counts as free of secrets without being read).
  const trpcBodies: string[] = [];
  const submitsServedBy: Array<string | undefined> = [];
  await page.route("**/api/trpc/**", async (route) => {
    const response = await route.fetch();
    const body = await response.text();
    if (!route.request().url().includes("attempt.submit")) trpcBodies.push(body);
    else submitsServedBy.push(response.headers()["x-newsquiz-api"]);
    await route.fulfill({ response, body });
  });
  await page.goto(readerPath);
  await page.getByRole("link", { name: "Take the quiz", exact: true }).click();
  await expect(page).toHaveURL(quiz.path);
  const total = await quiz.length();
  expect(total).toBeGreaterThanOrEqual(6);
  const attemptId = await quiz.attemptId();

  const ways: string[] = [];
  for (let n = 1; n <= 4; n++) ways.push(await quiz.answerByKeyboard(n, total));
  await expect(page.getByText("4 answered")).toBeVisible();
  await page.reload();
  // resumes at the first unanswered question, with the answers kept
  await expect(page.getByText(`5 of ${total}`, { exact: true })).toBeVisible();
  await expect(page.getByText("4 answered")).toBeVisible();
  expect(await quiz.attemptId()).toBe(attemptId);

  // the quiz in progress: neither the rendered page nor the raw HTML nor any tRPC response holds the key
  const secrets = await secretsOf(attemptId);
  expectNoSecrets(await page.content(), secrets);
  const raw = await (await page.request.get(quiz.path)).text();
  expect(raw).toContain(`5 of ${total}`);
  expectNoSecrets(raw, secrets);

  for (let n = 5; n <= total; n++) ways.push(await quiz.answerByKeyboard(n, total));
  expect(ways, "the sample's first quiz has cloze questions, typed here").toContain("typed");
  expect(ways).toContain("picked");
  await expect(page.getByRole("heading", { name: "Ready to submit?" })).toBeVisible();
  await expect(page.getByText(`You answered ${total} of ${total} questions.`)).toBeVisible();
  expect(trpcBodies.length).toBeGreaterThan(5);
  for (const body of trpcBodies) {
    expect(body.length).toBeGreaterThan(0);
    expectNoSecrets(body, secrets);
  }
  await expect(page.getByRole("button", { name: "Submit answers" })).toBeFocused();
  await page.keyboard.press("Enter");

  await expect(page).toHaveURL(`/attempts/${attemptId}`);
  // The submit was answered by server.cts itself, not through Next's request path (src/server/direct-trpc.ts).
  expect(submitsServedBy).toEqual(["direct"]);
  await expect(page.getByRole("heading", { level: 1, name: article.headline })).toBeVisible();
  await expect(page.getByText(new RegExp(`^\\d+ of ${total}$`))).toBeVisible();
  await expect(page.getByText(/Time taken: \d+/)).toBeVisible();
  const items = page.locator(".results-item");
  await expect(items).toHaveCount(total);
  await expect(items.first()).toContainText("Your answer");
  await expect(items.first()).toContainText("Right answer");
  await expect(page.getByText(secrets.explanations[0]!, { exact: true }).first()).toBeVisible();

  // flag the first question
  await items.first().getByLabel("Something wrong with question 1?").selectOption("ambiguous");
  await items.first().getByRole("button", { name: "Flag" }).click();
  await expect(items.first().getByText("Thanks, flagged: Ambiguous.")).toBeVisible();
  await page.reload();
  await expect(page.locator(".results-item").first().getByText("You flagged this question: Ambiguous.")).toBeVisible();

  // the evidence link opens the reader on the sentence and highlights it. The reader is a page load of its own
  // (a Pages Router page): its tRPC calls are not read, and ones still in flight when the test ends are let go.
  await page.unrouteAll({ behavior: "ignoreErrors" });
  const link = page.getByRole("link", { name: "See it in the article (question 2)" });
  const href = await link.getAttribute("href");
  expect(href).toMatch(new RegExp(`^${readerPath}#s-\\d+-\\d+$`));
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${readerPath}#s-\\d+-\\d+$`));
  const target = page.locator(":target");
  await expect(target).toHaveAttribute("id", href!.split("#")[1]!);
  await expect(target).toBeInViewport();
  const bg = await target.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(bg).not.toBe("rgba(0, 0, 0, 0)");
});

test("another quiz on the article gives a new variant; the results stay private", async ({ page, browser }) => {
  const quiz = new QuizPage(page, (await ownCopyOfSample(db(), "quiz-variant")).path);
  await quiz.goto();
  const first = await quiz.attemptId();
  const firstPrompts = await page.locator(".quiz-prompt").first().textContent();
  const total = await quiz.length();
  // jump to the end without answering: submitting asks for confirmation
  await quiz.skipToEnd(total);
  await page.getByRole("button", { name: "Submit answers" }).click();
  await expect(page.locator(".quiz-confirm")).toContainText(`${total} questions have no answer and will count as wrong. Submit anyway?`);
  await page.getByRole("button", { name: "Submit anyway" }).click();
  await expect(page).toHaveURL(`/attempts/${first}`);
  await expect(page.getByText(`0 of ${total}`, { exact: true })).toBeVisible();
  await expect(page.getByText("Not answered").first()).toBeVisible();

  await page.getByRole("button", { name: "Another quiz on this article" }).click();
  await expect(page).toHaveURL(quiz.path);
  await expect(page.getByText("0 answered")).toBeVisible();
  const second = await quiz.attemptId();
  expect(second).not.toBe(first);
  const [firstSecrets, secondSecrets] = [await secretsOf(first), await secretsOf(second)];
  expect(secondSecrets.seed).not.toBe(firstSecrets.seed);
  const secondPrompts = await page.locator(".quiz-prompt").first().textContent();
  expect(`${secondPrompts}|${secondSecrets.engineIds.join()}`).not.toBe(`${firstPrompts}|${firstSecrets.engineIds.join()}`);

  // someone else opening the results gets "not found"
  const other = await browser.newContext();
  const stranger = await other.newPage();
  // (a streamed dynamic page answers 200 once the loading shell is sent; what matters is what it shows)
  await stranger.goto(`/attempts/${first}`);
  await expect(stranger.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expect(stranger.locator(".results-item")).toHaveCount(0);
  const html = await (await stranger.request.get(`/attempts/${first}`)).text();
  expect(html).not.toContain("Your answer");
  for (const e of firstSecrets.explanations) expect(html).not.toContain(e);
  await other.close();
});

test("Enter without an answer asks for one instead of skipping the question", async ({ page }) => {
  const quiz = new QuizPage(page, (await ownCopyOfSample(db(), "quiz-enter")).path);
  await quiz.goto();
  const total = await quiz.length();
  await page.locator("h2.quiz-number").focus();
  await page.keyboard.press("Enter");
  await expect(page.getByText(/Pick an answer first|Type an answer first/)).toBeVisible();
  await expect(page.getByText(`1 of ${total}`, { exact: true })).toBeVisible();
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test("the quiz and its results have no horizontal scroll at 390 px", async ({ page }) => {
    const quiz = new QuizPage(page, (await ownCopyOfSample(db(), "quiz-phone")).path);
    await quiz.goto();
    await expect(page.getByRole("progressbar")).toBeVisible();
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    const total = await quiz.length();
    await quiz.skipToEnd(total);
    await quiz.submitAnyway();
    await expect(page.locator(".results-item")).toHaveCount(total);
    expect(await overflow()).toBeLessThanOrEqual(0);
  });
});

test("axe finds no accessibility violations on the quiz page and the results page", async ({ page }) => {
  const check = () => expectNoAxeViolations(page);
  const quiz = new QuizPage(page, (await ownCopyOfSample(db(), "quiz-axe")).path);
  await quiz.goto();
  await expect(page.getByRole("progressbar")).toBeVisible();
  await check();
  const total = await quiz.length();
  await quiz.skipToEnd(total);
  await check();
  await quiz.submitAnyway();
  await expect(page.locator(".results-item")).toHaveCount(total);
  await check();
});
