import { expect, test, type Page } from "@playwright/test";
import { sampleArticle } from "@newsquiz/article/samples";
import { contentHashOf, upsertArticle } from "@newsquiz/db";
import { connectE2eDb } from "./support/database";
import { expectNoAxeViolations } from "./support/axe";

/**
 * Scores and review. Quizzes are taken through the app's own tRPC endpoints with the page's cookies
 * (page.request), so each test is one guest with known answers. The review queue's rule (due a day after a
 * miss) is kept: the test moves the guest's due dates into the past directly in the e2e database that
 * playwright.config.ts gives the server.
 */
const sample = sampleArticle();
const CSV_HEADER = "attempt_id,submitted_at,local_date,article,article_slug,article_removed,score,total,percent,duration_seconds";

const e2eDb = connectE2eDb();

interface ResultQuestion {
  prompt: string;
  options?: string[];
  type: string;
  answer: string;
  correct: boolean;
  response: string | null;
}
interface Submitted {
  id: string;
  score: number;
  total: number;
  questions: ResultQuestion[];
}

async function trpc<T>(page: Page, procedure: string, input: unknown, method: "query" | "mutation" = "mutation"): Promise<T> {
  const res =
    method === "mutation"
      ? await page.request.post(`/api/trpc/${procedure}`, { data: { json: input } })
      : await page.request.get(`/api/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`);
  const body = await res.text();
  expect(res.ok(), body).toBe(true);
  return (JSON.parse(body) as { result: { data: { json: T } } }).result.data.json;
}

/** Takes a quiz: answers the first half with each question's first option (or a typed guess), leaves the rest blank, submits. */
async function takeQuiz(page: Page, slug: string): Promise<Submitted> {
  const attempt = await trpc<{ id: string; questions: { id: string; options?: string[] }[] }>(page, "quiz.start", { slug });
  const half = Math.ceil(attempt.questions.length / 2);
  for (const q of attempt.questions.slice(0, half)) {
    await trpc(page, "attempt.answer", { attemptId: attempt.id, questionId: q.id, response: q.options?.[0] ?? "no idea" });
  }
  return trpc<Submitted>(page, "attempt.submit", { attemptId: attempt.id });
}

async function userIdOf(page: Page): Promise<string> {
  const me = await trpc<{ id: string } | null>(page, "session.me", undefined, "query");
  expect(me).not.toBeNull();
  return me!.id;
}


async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test("a new visitor sees empty scores and an empty review, each with a way on", async ({ page }) => {
  await page.goto("/scores");
  await expect(page.getByRole("heading", { name: "No scores yet" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Go to the library" })).toHaveAttribute("href", "/");
  await page.goto("/review");
  await expect(page.getByRole("heading", { name: "Nothing to review — come back tomorrow" })).toBeVisible();
  await expect(page.getByRole("link", { name: /^Review$/ })).toBeVisible();
});

test("scores keep every attempt: tiles, chart with its table, per article, removed articles, CSV", async ({ page }) => {
  await page.goto("/");
  const first = await takeQuiz(page, sample.slug);
  // A second, private article the guest "imported", with a headline that needs CSV quoting; then deleted.
  const userId = await userIdOf(page);
  const slug = `e2e-removed-${userId.slice(0, 10).toLowerCase().replace(/[^a-z0-9]/g, "")}`;
  const headline = 'Seoul says "about 3,000" troops, not 1,500, went';
  await upsertArticle(e2eDb(), { ...sample, slug, headline }, { ownerId: userId, contentHash: contentHashOf(slug) });
  const second = await takeQuiz(page, slug);
  await e2eDb().article.update({ where: { slug }, data: { deletedAt: new Date() } });

  await page.goto("/scores");
  await expect(page.getByRole("heading", { level: 1, name: "Scores" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Summary" }).getByRole("listitem").first()).toHaveText(/^\s*2\s*quizzes finished\s*$/);

  // The chart: one point per attempt, oldest first, and the same data as a table.
  const chart = page.getByRole("img", { name: "Scores over time" });
  await expect(chart).toBeVisible();
  await expect(chart.locator("circle.chart-point")).toHaveCount(2);
  await expect(chart.locator("circle.chart-point").first()).toHaveAttribute("data-attempt-id", first.id);
  await page.getByText("Show the chart as a table").click();
  const chartTable = page.getByRole("table", { name: "Scores over time, oldest first" });
  await expect(chartTable.getByRole("row")).toHaveCount(3);
  await expect(chartTable.getByRole("row").nth(1)).toContainText(`${first.score}/${first.total}`);

  // Streak, stated with its forgiveness rule.
  await expect(page.getByRole("heading", { name: "Streak: 1 day" })).toBeVisible();
  await expect(page.getByText(/One missed day in any 7 days is forgiven/)).toBeVisible();

  // Per article: the deleted one keeps its score, marked removed and no longer linked.
  const byArticle = page.getByRole("region", { name: "By article" });
  await expect(byArticle.getByRole("link", { name: sample.headline })).toHaveAttribute("href", `/articles/${sample.slug}`);
  const removedRow = byArticle.getByRole("row").filter({ hasText: headline });
  await expect(removedRow).toContainText("article removed");
  await expect(removedRow.getByRole("link")).toHaveCount(0);

  // Every attempt opens its full review.
  const attempts = page.getByRole("list").filter({ has: page.locator(".attempt-row") });
  await expect(attempts.getByRole("listitem")).toHaveCount(2);
  await expect(attempts.getByRole("listitem").first()).toContainText(`${second.score}/${second.total}`);
  await expect(attempts.getByRole("listitem").first()).toContainText("article removed");

  await expectNoAxeViolations(page);

  // Export CSV downloads every attempt with a header, the headline quoted so it reads back whole.
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^newsquiz-scores-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await (await import("node:fs/promises")).readFile((await file.path())!, "utf8");
  const lines = csv.split("\r\n");
  expect(lines[0]).toBe(CSV_HEADER);
  expect(lines).toHaveLength(4); // header, two attempts, final empty string after the last CRLF
  expect(lines[1]).toContain(`${second.id},`);
  expect(lines[1]).toContain(`,"Seoul says ""about 3,000"" troops, not 1,500, went",${slug},true,${second.score},${second.total},`);
  expect(lines[2]).toContain(`${first.id},`);
  expect(lines[2]).toContain(`,${sample.slug},false,${first.score},${first.total},`);

  await attempts.getByRole("link").last().click();
  await expect(page).toHaveURL(new RegExp(`/attempts/${first.id}$`));
});

test("missed questions come back in review after their due time, with the evidence after each answer", async ({ page }) => {
  await page.goto("/");
  const taken = await takeQuiz(page, sample.slug);
  const missed = taken.questions.filter((q) => !q.correct);
  expect(missed.length).toBeGreaterThan(1);
  const userId = await userIdOf(page);

  // Not yet: they are due a day after the quiz.
  await page.goto("/review");
  await expect(page.getByRole("heading", { name: "Nothing to review — come back tomorrow" })).toBeVisible();
  await expect(page.getByText(/The next question is due tomorrow/)).toBeVisible();

  // A day later (moved in the database): the navigation shows how many are due, and the session asks them.
  await e2eDb().reviewItem.updateMany({ where: { userId }, data: { dueAt: new Date(Date.now() - 60_000) } });
  const nextResponse = page.waitForResponse((r) => r.url().includes("review.next") && r.ok());
  await page.reload();
  const sent = await (await nextResponse).text();
  for (const secret of ['"answer"', '"evidence"', '"explanation"', "questionKey"]) expect(sent).not.toContain(secret);
  await expect(page.getByRole("link", { name: `Review (${missed.length} due)` })).toBeVisible();
  await expect(page.getByText(`${missed.length} due`, { exact: true })).toBeVisible();

  const answerCurrent = async (right: boolean) => {
    const prompt = page.locator(".review-form .quiz-prompt");
    await expect(prompt).toBeVisible();
    const text = (await prompt.textContent())!.trim();
    const q = missed.find((m) => m.prompt === text);
    expect(q, `a missed question with prompt ${text}`).toBeDefined();
    const expected = q!.type === "true-false" ? (/^true$/i.test(q!.answer) ? "True" : "False") : q!.answer;
    if (q!.options) {
      const index = q!.options.findIndex((o) => (right ? o === expected : o !== expected));
      await page.keyboard.press(String(index + 1));
      await expect(page.getByRole("radio").nth(index)).toBeChecked();
      await page.keyboard.press("Enter");
    } else {
      await page.getByRole("textbox", { name: q!.prompt }).fill(right ? expected : "zzz wrong");
      await page.keyboard.press("Enter");
    }
    return { q: q!, expected };
  };

  // Right: moves up a box, and the answer, explanation and evidence sentence show with a link to it.
  const one = await answerCurrent(true);
  await expect(page.getByRole("status").filter({ hasText: "Right" })).toBeVisible();
  await expect(page.locator(".review-result dd").last()).toHaveText(one.expected);
  await expect(page.locator(".review-result .results-evidence mark")).toBeVisible();
  await expect(page.getByRole("link", { name: "See it in the article" })).toHaveAttribute("href", new RegExp(`^/articles/${sample.slug}#s-\\d+-\\d+$`));
  await expect(page.getByText(/Moved up to box 2 of 5: asked again in 2 days/)).toBeVisible();
  await expect(page.getByRole("link", { name: `Review (${missed.length - 1} due)` })).toBeVisible();
  await expectNoAxeViolations(page);
  await expect(page.getByRole("button", { name: "Next" })).toBeFocused();
  await page.keyboard.press("Enter");

  // Wrong: back to box 1, tomorrow.
  await answerCurrent(false);
  await expect(page.getByRole("status").filter({ hasText: "Wrong" })).toBeVisible();
  await expect(page.getByText(/Back to box 1: asked again tomorrow/)).toBeVisible();
  await page.getByRole("button", { name: "Next" }).click();

  // The rest, then the queue is empty until tomorrow.
  for (let i = 2; i < missed.length; i++) {
    await answerCurrent(true);
    await page.getByRole("button", { name: "Next" }).click();
  }
  await expect(page.getByRole("heading", { name: "Nothing to review — come back tomorrow" })).toBeVisible();
  await expect(page.getByText(`This session: ${missed.length - 1} of ${missed.length} right.`)).toBeVisible();
  await expect(page.getByRole("link", { name: /^Review$/ })).toBeVisible();
  const boxes = await e2eDb().reviewItem.findMany({ where: { userId }, select: { box: true } });
  expect(boxes.map((b) => b.box).sort()).toEqual([1, ...Array<number>(missed.length - 1).fill(2)]);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test("/scores and /review have no horizontal scroll at 390 px, with data", async ({ page }) => {
    await page.goto("/");
    await takeQuiz(page, sample.slug);
    const userId = await userIdOf(page);
    await e2eDb().reviewItem.updateMany({ where: { userId }, data: { dueAt: new Date(Date.now() - 60_000) } });
    await page.goto("/scores");
    await expect(page.getByRole("img", { name: "Scores over time" })).toBeVisible();
    await page.getByText("Show the chart as a table").click();
    await expectNoHorizontalScroll(page);
    await page.goto("/review");
    await expect(page.locator(".review-form")).toBeVisible();
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page);
  });
});
