import { createRequire } from "node:module";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { sampleArticle } from "@newsquiz/article/samples";

const sample = sampleArticle();
const readerPath = `/articles/${sample.slug}`;
const quizPath = `${readerPath}/quiz`;

// The e2e server's database (see playwright.config.ts): read only, to know what only the server knows.
const dbFile = path.resolve(import.meta.dirname, "..", "test-results", `e2e-data-${process.env.E2E_PORT ?? 3100}`, "e2e.db");
const requireFromDb = createRequire(path.resolve(import.meta.dirname, "..", "..", "..", "packages", "db", "package.json"));
type SqliteDb = { prepare(sql: string): { get(...a: unknown[]): unknown; all(...a: unknown[]): unknown[] }; close(): void };
const Database = requireFromDb("better-sqlite3") as new (file: string, opts: { readonly: boolean }) => SqliteDb;

interface StoredKeyEntry {
  answer: string;
  explanation: string;
  questionKey: string;
  evidence: { text: string };
}
/** The stored quiz behind an attempt: the secrets a page in progress must never contain. */
function secretsOf(attemptId: string): { explanations: string[]; engineIds: string[]; seed: number } {
  const db = new Database(dbFile, { readonly: true });
  try {
    const row = db.prepare(`SELECT q.answerKey AS answerKey, q.seed AS seed FROM Attempt a JOIN Quiz q ON q.id = a.quizId WHERE a.id = ?`).get(attemptId) as
      | { answerKey: string; seed: number }
      | undefined;
    if (!row) throw new Error(`no attempt ${attemptId}`);
    const key = Object.values(JSON.parse(row.answerKey) as Record<string, StoredKeyEntry>);
    return { explanations: key.map((k) => k.explanation), engineIds: key.map((k) => k.questionKey.split(":")[1] ?? "x"), seed: row.seed };
  } finally {
    db.close();
  }
}

function expectNoSecrets(text: string, secrets: ReturnType<typeof secretsOf>) {
  for (const field of ['"answerKey"', '"explanation"', '"questionKey"', '"evidence"', '"accept"']) expect(text).not.toContain(field);
  for (const e of secrets.explanations) expect(text).not.toContain(e);
  for (const id of secrets.engineIds) expect(text).not.toContain(id);
}

/** The attempt the quiz page shows (from the quiz.start / quiz.current data the browser received). */
async function currentAttemptId(page: Page): Promise<string> {
  const id = await page.locator("[data-attempt-id]").getAttribute("data-attempt-id");
  if (!id) throw new Error("no attempt on the page");
  return id;
}

/** Answers the question on screen by keyboard: number key 1 for options, typed words + Enter for a cloze. */
async function answerByKeyboard(page: Page, n: number, total: number): Promise<"typed" | "picked"> {
  await expect(page.getByRole("progressbar", { name: "Quiz progress" })).toHaveAttribute("aria-valuetext", `Question ${n} of ${total}`);
  await expect(page.getByText(`${n} of ${total}`, { exact: true })).toBeVisible();
  const cloze = page.getByPlaceholder("Type the missing words");
  if (await cloze.isVisible()) {
    await expect(cloze).toBeFocused();
    await page.keyboard.type("Seoul");
    await page.keyboard.press("Enter");
    return "typed";
  } else {
    await page.keyboard.press("1");
    await expect(page.getByRole("radio").first()).toBeChecked();
    await expect(page.getByText("Saved", { exact: true })).toBeVisible();
    await page.keyboard.press("Enter");
    return "picked";
  }
}

/** How many questions the quiz on screen has, read from its "1 of N" counter (the engine decides, up to ten). */
async function quizLength(page: Page): Promise<number> {
  const counter = page.getByText(/^1 of \d+$/);
  await expect(counter).toBeVisible();
  return Number(((await counter.textContent()) ?? "").split(" of ")[1]);
}

test("a guest takes the quiz by keyboard, resumes after a reload, submits and follows the evidence", async ({ page }) => {
  const trpcBodies: string[] = [];
  page.on("response", async (r) => {
    if (r.url().includes("/api/trpc/") && !r.url().includes("attempt.submit")) trpcBodies.push(await r.text().catch(() => ""));
  });
  await page.goto(readerPath);
  await page.getByRole("link", { name: "Take the quiz", exact: true }).click();
  await expect(page).toHaveURL(quizPath);
  const total = await quizLength(page);
  expect(total).toBeGreaterThanOrEqual(6);
  const attemptId = await currentAttemptId(page);

  const ways: string[] = [];
  for (let n = 1; n <= 4; n++) ways.push(await answerByKeyboard(page, n, total));
  await expect(page.getByText("4 answered")).toBeVisible();
  await page.reload();
  // resumes at the first unanswered question, with the answers kept
  await expect(page.getByText(`5 of ${total}`, { exact: true })).toBeVisible();
  await expect(page.getByText("4 answered")).toBeVisible();
  expect(await currentAttemptId(page)).toBe(attemptId);

  // the quiz in progress: neither the rendered page nor the raw HTML nor any tRPC response holds the key
  const secrets = secretsOf(attemptId);
  expectNoSecrets(await page.content(), secrets);
  const raw = await (await page.request.get(quizPath)).text();
  expect(raw).toContain(`5 of ${total}`);
  expectNoSecrets(raw, secrets);

  for (let n = 5; n <= total; n++) ways.push(await answerByKeyboard(page, n, total));
  expect(ways, "the sample's first quiz has cloze questions, typed here").toContain("typed");
  expect(ways).toContain("picked");
  await expect(page.getByRole("heading", { name: "Ready to submit?" })).toBeVisible();
  await expect(page.getByText(`You answered ${total} of ${total} questions.`)).toBeVisible();
  expect(trpcBodies.length).toBeGreaterThan(5);
  for (const body of trpcBodies) expectNoSecrets(body, secrets);
  await expect(page.getByRole("button", { name: "Submit answers" })).toBeFocused();
  await page.keyboard.press("Enter");

  await expect(page).toHaveURL(`/attempts/${attemptId}`);
  await expect(page.getByRole("heading", { level: 1, name: sample.headline })).toBeVisible();
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

  // the evidence link opens the reader on the sentence and highlights it
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
  await page.goto(quizPath);
  const first = await currentAttemptId(page);
  const firstPrompts = await page.locator(".quiz-prompt").first().textContent();
  const total = await quizLength(page);
  // jump to the end without answering: submitting asks for confirmation
  for (let n = 1; n <= total; n++) await page.getByRole("button", { name: n < total ? "Next" : "Finish" }).click();
  await page.getByRole("button", { name: "Submit answers" }).click();
  await expect(page.locator(".quiz-confirm")).toContainText(`${total} questions have no answer and will count as wrong. Submit anyway?`);
  await page.getByRole("button", { name: "Submit anyway" }).click();
  await expect(page).toHaveURL(`/attempts/${first}`);
  await expect(page.getByText(`0 of ${total}`, { exact: true })).toBeVisible();
  await expect(page.getByText("Not answered").first()).toBeVisible();

  await page.getByRole("button", { name: "Another quiz on this article" }).click();
  await expect(page).toHaveURL(quizPath);
  await expect(page.getByText("0 answered")).toBeVisible();
  const second = await currentAttemptId(page);
  expect(second).not.toBe(first);
  expect(secretsOf(second).seed).not.toBe(secretsOf(first).seed);
  const secondPrompts = await page.locator(".quiz-prompt").first().textContent();
  expect(`${secondPrompts}|${secretsOf(second).engineIds.join()}`).not.toBe(`${firstPrompts}|${secretsOf(first).engineIds.join()}`);

  // someone else opening the results gets "not found"
  const other = await browser.newContext();
  const stranger = await other.newPage();
  // (a streamed dynamic page answers 200 once the loading shell is sent; what matters is what it shows)
  await stranger.goto(`/attempts/${first}`);
  await expect(stranger.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expect(stranger.locator(".results-item")).toHaveCount(0);
  const html = await (await stranger.request.get(`/attempts/${first}`)).text();
  expect(html).not.toContain("Your answer");
  for (const e of secretsOf(first).explanations) expect(html).not.toContain(e);
  await other.close();
});

test("Enter without an answer asks for one instead of skipping the question", async ({ page }) => {
  await page.goto(quizPath);
  const total = await quizLength(page);
  await page.locator("h2.quiz-number").focus();
  await page.keyboard.press("Enter");
  await expect(page.getByText(/Pick an answer first|Type an answer first/)).toBeVisible();
  await expect(page.getByText(`1 of ${total}`, { exact: true })).toBeVisible();
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test("the quiz and its results have no horizontal scroll at 390 px", async ({ page }) => {
    await page.goto(quizPath);
    await expect(page.getByRole("progressbar")).toBeVisible();
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    const total = await quizLength(page);
    for (let n = 1; n <= total; n++) await page.getByRole("button", { name: n < total ? "Next" : "Finish" }).click();
    await page.getByRole("button", { name: "Submit answers" }).click();
    await page.getByRole("button", { name: "Submit anyway" }).click();
    await expect(page).toHaveURL(/\/attempts\//);
    await expect(page.locator(".results-item")).toHaveCount(total);
    expect(await overflow()).toBeLessThanOrEqual(0);
  });
});

test("axe finds no accessibility violations on the quiz page and the results page", async ({ page }) => {
  const check = async () => {
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.html).join(" | ")}`)).toEqual([]);
  };
  await page.goto(quizPath);
  await expect(page.getByRole("progressbar")).toBeVisible();
  await check();
  const total = await quizLength(page);
  for (let n = 1; n <= total; n++) await page.getByRole("button", { name: n < total ? "Next" : "Finish" }).click();
  await expect(page.getByRole("heading", { name: "Ready to submit?" })).toBeVisible();
  await check();
  await page.getByRole("button", { name: "Submit answers" }).click();
  await page.getByRole("button", { name: "Submit anyway" }).click();
  await expect(page.locator(".results-item")).toHaveCount(total);
  await check();
});
