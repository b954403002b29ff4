import { expect, test, type Page } from "@playwright/test";
import { connectE2eDb, ownCopyOfSample } from "./support/database";
import { QuizPage } from "./support/quiz-page";
import { expectNoAxeViolations } from "./support/axe";

// The difficulty of a quiz as a reader meets it: the mix of the quiz being taken, each question's estimate, a retake
// with harder questions from the results; and the teacher's difficulty setting on the assign form.
const db = connectE2eDb();
const run = Date.now();

/** The stored questions' estimates of the attempt's quiz, and the difficulty the quiz was asked for. */
async function storedQuiz(attemptId: string): Promise<{ labels: (string | undefined)[]; difficulty: string; id: string; questions: string }> {
  const { quiz } = await db().attempt.findUniqueOrThrow({ where: { id: attemptId }, select: { quiz: { select: { id: true, questions: true, difficulty: true } } } });
  const labels = (JSON.parse(quiz.questions) as { difficulty?: string }[]).map((q) => q.difficulty);
  return { labels, difficulty: quiz.difficulty, id: quiz.id, questions: quiz.questions };
}

/** "4 easy · 5 medium · 1 hard", levels with none left out, as the page should say it. */
function mixText(labels: (string | undefined)[]): string {
  return (["easy", "medium", "hard"] as const)
    .map((level) => ({ level, n: labels.filter((l) => l === level).length }))
    .filter((x) => x.n > 0)
    .map((x) => `${x.n} ${x.level}`)
    .join(" · ");
}


/** A picture to look at (kept with the test's output; not compared): what is on screen, or the whole page. */
const shot = (page: Page, name: string, fullPage = false) => page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage });

for (const width of [1280, 390]) {
  test(`the quiz shows its difficulty mix; the results retake it with harder questions by keyboard (${width} px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    const quiz = new QuizPage(page, (await ownCopyOfSample(db(), `difficulty-${width}`)).path);
    await quiz.goto();
    const total = await quiz.length();
    const first = await storedQuiz(await quiz.attemptId());
    expect(first.difficulty).toBe("mixed");
    expect(first.labels.every((l) => l !== undefined)).toBe(true);
    await expect(page.locator(".quiz-mix")).toHaveText(`Difficulty: ${mixText(first.labels)}`);
    // the question's own estimate is part of its heading, read as "Question 1 of 7, easy"
    await expect(page.getByRole("heading", { level: 2, name: new RegExp(`^Question 1 of ${total}\\s*,\\s*${first.labels[0]}$`) })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await shot(page, `quiz-mix-${width}`);
    await expectNoAxeViolations(page);

    await quiz.skipToEnd(total);
    await quiz.submitAnyway();
    await expect(page.locator(".results-mix")).toHaveText(`Difficulty: ${mixText(first.labels)}`);
    const harder = page.getByRole("button", { name: "Retake with harder questions" });
    await expect(page.getByRole("button", { name: "Another quiz on this article" })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await shot(page, `results-harder-retake-${width}`);
    await expectNoAxeViolations(page);

    // by keyboard: Tab from the ordinary retake reaches the harder one, Enter starts it
    await page.getByRole("button", { name: "Another quiz on this article" }).focus();
    await page.keyboard.press("Tab");
    await expect(harder).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(quiz.path);
    await expect(page.getByText("0 answered")).toBeVisible();
    const hard = await storedQuiz(await quiz.attemptId());
    expect(hard.difficulty).toBe("hard");
    expect(hard.id).not.toBe(first.id);
    await expect(page.locator(".quiz-mix")).toHaveText(`Difficulty: ${mixText(hard.labels)}`);
  });
}

test("a quiz stored before questions had an estimate shows no mix and no labels", async ({ page }) => {
  const quiz = new QuizPage(page, (await ownCopyOfSample(db(), "difficulty-old")).path);
  await quiz.goto();
  const total = await quiz.length();
  const stored = await storedQuiz(await quiz.attemptId());
  const unlabelled = (JSON.parse(stored.questions) as Record<string, unknown>[]).map(({ difficulty: _, ...q }) => q);
  await db().quiz.update({ where: { id: stored.id }, data: { questions: JSON.stringify(unlabelled) } });
  await page.reload();
  await expect(page.getByRole("heading", { level: 2, name: `Question 1 of ${total}`, exact: true })).toBeVisible();
  await expect(page.locator(".quiz-mix")).toHaveCount(0);
  await expect(page.locator(".difficulty-tag")).toHaveCount(0);
});

test("the assign form offers Mixed (the default), Easier and Harder, each explained", async ({ page }) => {
  await page.goto("/sign-up");
  await page.getByLabel("Name (optional)").fill("Mr Okafor");
  await page.getByLabel("Email").fill(`okafor-${run}@example.com`);
  await page.getByLabel("Password").fill("a long enough password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  await page.goto("/classes");
  await page.getByLabel("Class name").fill(`Form 4 ${run}`);
  await page.getByRole("button", { name: "Create the class" }).click();
  await page.getByRole("link", { name: "Assign an article" }).click();
  const group = page.getByRole("group", { name: "Difficulty" });
  await expect(group.getByRole("radio")).toHaveCount(3);
  await expect(group.getByRole("radio", { name: "Mixed" })).toBeChecked();
  await expect(group.getByRole("radio", { name: "Harder" })).toHaveAccessibleDescription(/typed answers/);
  // arrow keys move between the settings, as in any radio group
  await group.getByRole("radio", { name: "Mixed" }).focus();
  await page.keyboard.press("ArrowDown");
  await expect(group.getByRole("radio", { name: "Easier" })).toBeChecked();
  await expectNoAxeViolations(page);
  await group.scrollIntoViewIfNeeded();
  await shot(page, "assign-form-1280", true);
  await page.setViewportSize({ width: 390, height: 900 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await shot(page, "assign-form-390", true);
});
