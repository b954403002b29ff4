import { expect, test, type Browser, type Page } from "@playwright/test";
import { sampleArticle } from "@newsquiz/article/samples";
import { expectNoAxeViolations } from "./support/axe";
import { quietArticle } from "./support/quiet-article";

/**
 * Teachers and classes, end to end: a teacher creates a class and assigns the sample article; two students
 * join with the class link (one of them read the article as a guest first and keeps that reading when signing
 * up), read and take their own quiz; the teacher's dashboard shows both, the most missed question, and the CSV;
 * two tabs editing one question (the later save is refused); the teacher removes the assignment.
 * Every new page is checked with axe. Each run makes its own accounts.
 */
const sample = sampleArticle();
const run = Date.now();


async function signUp(page: Page, name: string) {
  await expect(page.getByRole("heading", { name: "Create your account" })).toBeVisible();
  await page.getByLabel("Name (optional)").fill(name);
  await page.getByLabel("Email").fill(`${name.toLowerCase().replaceAll(" ", "-")}-${run}@example.com`);
  await page.getByLabel("Password").fill("a long enough password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
}

/** Answers every question with its first option (the assignment asks only choice and true/false) and submits. */
async function takeQuiz(page: Page): Promise<number> {
  const counter = page.getByText(/^1 of \d+$/);
  await expect(counter).toBeVisible();
  const total = Number(((await counter.textContent()) ?? "").split(" of ")[1]);
  for (let n = 1; n <= total; n++) {
    await expect(page.getByText(`${n} of ${total}`, { exact: true })).toBeVisible();
    await page.keyboard.press("1");
    await expect(page.getByText("Saved", { exact: true })).toBeVisible();
    await page.keyboard.press("Enter");
  }
  await page.getByRole("button", { name: "Submit answers" }).click();
  await expect(page).toHaveURL(/\/attempts\/[^/]+$/);
  return total;
}

/** A student in a browser of their own: opens the join link, signs up, joins, reads the article, takes the quiz. */
async function student(browser: Browser, joinPath: string, name: string, { readAsGuestFirst }: { readAsGuestFirst: boolean }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  if (readAsGuestFirst) {
    // reading as a guest: the progress is kept when they sign up
    await page.goto(`/articles/${sample.slug}`);
    const saved = page.waitForResponse((r) => r.url().includes("progress.save") && r.ok());
    await page.getByTestId("article-end").scrollIntoViewIfNeeded();
    await saved;
  }
  await page.goto(joinPath);
  await expect(page.getByRole("heading", { name: "Sign up to join this class" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Create an account" }).click();
  await signUp(page, name);
  await expect(page).toHaveURL(new RegExp(`${joinPath}$`));
  await expect(page.getByRole("button", { name: "Join the class" })).toBeVisible();
  await expectNoAxeViolations(page); // the join page as an account sees it
  await page.getByRole("button", { name: "Join the class" }).click();
  await expect(page.getByRole("heading", { name: "Your assignments" })).toBeVisible();
  await expect(page.getByText("to do", { exact: true })).toBeVisible();
  await expect(page.locator(".assignment-list")).toContainText("5 questions · harder questions");
  await expectNoAxeViolations(page);

  // the library says so too
  await page.goto("/");
  const assigned = page.getByRole("region", { name: "Assigned to you" }).or(page.locator("section.assigned-to-you"));
  await expect(assigned.getByRole("link", { name: sample.headline })).toBeVisible();
  await expectNoAxeViolations(page); // the library with its "Assigned to you" section
  await assigned.getByRole("link", { name: sample.headline }).click();
  await expect(page.getByRole("heading", { level: 1, name: sample.headline })).toBeVisible();
  if (!readAsGuestFirst) {
    const saved = page.waitForResponse((r) => r.url().includes("progress.save") && r.ok());
    await page.getByTestId("article-end").scrollIntoViewIfNeeded();
    await saved;
  }
  await page.getByTestId("article-end").getByRole("link", { name: /quiz/i }).click();
  const total = await takeQuiz(page);
  await page.goto("/classes");
  await expect(page.getByRole("link", { name: `Period 3 ${run}` })).toBeVisible();
  await expectNoAxeViolations(page); // the list of the student's classes
  await page.getByRole("link", { name: `Period 3 ${run}` }).click();
  await expect(page.getByText("done", { exact: true })).toBeVisible();
  await expectNoAxeViolations(page); // the class page with the assignment done
  await context.close();
  return total;
}

test("a teacher assigns an article; two students join, read and take it; the dashboard shows both, the most missed question and the CSV", async ({ browser }) => {
  test.setTimeout(180_000);
  const teacherContext = await browser.newContext();
  const teacher = await teacherContext.newPage();

  // The teacher signs up from /classes and creates a class.
  await teacher.goto("/classes");
  await expectNoAxeViolations(teacher);
  await teacher.getByRole("link", { name: "Create an account" }).click();
  await signUp(teacher, "Ms Rivera");
  await expect(teacher).toHaveURL(/\/classes$/);
  await expect(teacher.getByRole("heading", { name: "No classes yet" })).toBeVisible();
  await expectNoAxeViolations(teacher);
  await teacher.getByLabel("Class name").fill(`Period 3 ${run}`);
  await teacher.getByRole("button", { name: "Create the class" }).click();
  await expect(teacher.getByRole("heading", { level: 1, name: `Period 3 ${run}` })).toBeVisible();
  const classPath = new URL(teacher.url()).pathname;
  const code = (await teacher.getByTestId("join-code").textContent())!;
  expect(code).toMatch(/^[2-9A-Z]{5}-[2-9A-Z]{5}$/);
  await expect(teacher.getByRole("heading", { name: "No students yet" })).toBeVisible();
  await expectNoAxeViolations(teacher);

  // Assign the sample article: 5 questions of two types, due tomorrow.
  await teacher.getByRole("link", { name: "Assign an article" }).click();
  await expect(teacher.getByRole("heading", { name: "Assign an article" })).toBeVisible();
  await expectNoAxeViolations(teacher);
  await teacher.getByRole("radio", { name: new RegExp(sample.headline.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) }).check();
  const tomorrow = new Date(Date.now() + 86_400_000);
  const local = new Date(tomorrow.getTime() - tomorrow.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
  await teacher.getByLabel("Due (optional)").fill(local);
  await teacher.getByLabel("Questions per student").fill("5");
  await teacher.getByLabel("Fill in the word").uncheck();
  await teacher.getByLabel("Who said it").uncheck();
  // vocabulary in context is offered, not asked unless the teacher ticks it
  await expect(teacher.getByLabel("Word meaning")).not.toBeChecked();
  // difficulty: mixed unless the teacher picks otherwise; this class gets harder questions
  await expect(teacher.getByRole("radio", { name: "Mixed" })).toBeChecked();
  await teacher.getByRole("radio", { name: "Harder" }).check();
  await teacher.getByRole("button", { name: "Assign to the class" }).click();
  await expect(teacher.getByRole("link", { name: sample.headline })).toBeVisible({ timeout: 30_000 });
  await expect(teacher.getByRole("cell", { name: "0 of 0" })).toBeVisible();
  await expect(teacher.getByRole("rowheader", { name: new RegExp(sample.headline.slice(0, 20)) })).toContainText("5 questions · harder questions");

  // The article offers its teacher to assign it, with the article already picked.
  await teacher.goto(`/articles/${sample.slug}`);
  await teacher.getByTestId("article-end").getByRole("link", { name: `Assign to Period 3 ${run}` }).click();
  await expect(teacher.getByRole("heading", { name: "Assign an article" })).toBeVisible();
  await expect(teacher.getByRole("group", { name: "Article" }).getByRole("radio", { checked: true })).toHaveAccessibleName(new RegExp(sample.headline.slice(0, 20)));
  await teacher.goBack();
  await teacher.goBack();

  // A text with no quiz offers nothing to assign (an assignment of it would have no questions): its page explains.
  const quiet = await quietArticle("classes-no-quiz");
  try {
    await teacher.goto(quiet.path);
    await expect(teacher.getByTestId("article-end")).toContainText("No quiz for this text");
    await teacher.waitForLoadState("networkidle");
    await expect(teacher.getByTestId("article-end").getByRole("link", { name: /^Assign to/ })).toHaveCount(0);
    // nor does the assign page's list: it is marked, and cannot be picked
    await teacher.goto(`${classPath}/assign?q=${encodeURIComponent("quiet afternoon in the garden")}`);
    const quietChoice = teacher.getByRole("group", { name: "Article" }).getByRole("radio", { name: /A quiet afternoon in the garden/ }).first();
    await expect(quietChoice).toBeDisabled();
    await expect(quietChoice).toHaveAccessibleName(/No quiz/);
    await expect(teacher.getByText("None of these texts has a quiz to assign.")).toBeVisible();
    await expect(teacher.getByRole("button", { name: "Assign to the class" })).toBeDisabled();
    await expectNoAxeViolations(teacher);
  } finally {
    await quiet.remove();
  }
  await teacher.goto(classPath);

  // Two students join with the link, read and take their own quiz.
  const joinPath = `/classes/join/${code}`;
  const totalA = await student(browser, joinPath, "Ana Student", { readAsGuestFirst: true });
  const totalB = await student(browser, joinPath, "Ben Student", { readAsGuestFirst: false });
  expect([totalA, totalB]).toEqual([5, 5]);

  // The teacher's dashboard: both finished, the most missed question with its evidence, and the CSV.
  await teacher.reload();
  await expect(teacher.getByRole("cell", { name: "2 of 2" })).toBeVisible();
  await expectNoAxeViolations(teacher); // the class page with its students and an assignment handed in
  await teacher.getByRole("link", { name: sample.headline }).click();
  await expect(teacher.getByRole("heading", { level: 1, name: sample.headline })).toBeVisible();
  await expect(teacher.locator(".page-lede")).toContainText("5 questions per student · harder questions");
  for (const name of ["Ana Student", "Ben Student"]) {
    const row = teacher.locator(`tr[data-student="${name}"]`);
    await expect(row).toContainText("finished");
    await expect(row).toContainText("100%"); // read to the end (Ana partly as a guest, before signing up)
  }
  await expect(teacher.locator(".most-missed")).toContainText(/Most missed: question \d+/);
  await expect(teacher.getByRole("img", { name: "Percent right per question" })).toBeVisible();
  await expect(teacher.locator(".question-report > li").first().locator(".results-evidence")).not.toBeEmpty();
  await expectNoAxeViolations(teacher);
  const csvHref = (await teacher.getByRole("link", { name: "Export CSV" }).getAttribute("href"))!;
  const csv = await teacher.request.get(csvHref);
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-disposition"]).toMatch(/attachment; filename="newsquiz-class-.+\.csv"/);
  const lines = (await csv.text()).trim().split("\r\n");
  expect(lines[0]).toBe("student,status,read_percent,progress,state,submitted_at,score,total,percent,duration_seconds");
  expect(lines.slice(1).map((l) => l.split(",")[0])).toEqual(["Ana Student", "Ben Student"]);
  expect(lines.slice(1).every((l) => l.includes(",finished,done,"))).toBe(true);

  // Curating: hide the most missed question from the quizzes drawn from now on (keyboard: it is a button).
  const first = teacher.locator(".question-report > li").first();
  await first.getByRole("button", { name: "Hide it" }).focus();
  await teacher.keyboard.press("Enter");
  await expect(first.getByText("hidden", { exact: true })).toBeVisible();
  await expect(first.getByRole("button", { name: "Show it again" })).toBeVisible();
  await teacher.getByRole("button", { name: "Add your own question" }).click();
  await expect(teacher.getByLabel("Sentence of the article that holds the answer")).toBeEnabled();
  await expectNoAxeViolations(teacher);

  // One student's history in this class.
  await teacher.getByRole("link", { name: "Ana Student" }).click();
  await expect(teacher.getByRole("heading", { level: 1, name: "Ana Student" })).toBeVisible();
  await expect(teacher.getByText("1 of 1 assignments finished", { exact: false })).toBeVisible();
  await expectNoAxeViolations(teacher);

  // Two editors of one question (a second tab stands for a co-teacher): the later save is refused, not overwriting.
  await teacher.goBack();
  const other = await teacherContext.newPage();
  await other.goto(teacher.url());
  const editIn = (page: Page) => page.locator(".question-report > li").nth(1);
  for (const page of [teacher, other]) await editIn(page).getByRole("button", { name: "Edit" }).click();
  const original = await editIn(other).getByLabel("Question").inputValue();
  await editIn(other).getByLabel("Question").fill(`${original} (the other tab)`);
  await editIn(other).getByRole("button", { name: "Save" }).click();
  await expect(editIn(other).getByText(`${original} (the other tab)`, { exact: true })).toBeVisible();
  await editIn(teacher).getByLabel("Question").fill(`${original} (this tab)`);
  await editIn(teacher).getByRole("button", { name: "Save" }).click();
  await expect(editIn(teacher).getByRole("alert")).toContainText("This question was changed by someone else");
  await editIn(teacher).getByRole("button", { name: "Reload the question" }).click();
  await expect(editIn(teacher).getByLabel("Question")).toHaveValue(`${original} (the other tab)`);
  await expect(editIn(teacher).getByTestId("unsaved-prompt")).toContainText(`${original} (this tab)`);
  await other.close();

  // Removing the assignment, by keyboard: it asks first (Escape keeps it); the student's result stays in her history, marked.
  const remove = teacher.getByRole("button", { name: "Remove the assignment" });
  await remove.focus();
  await teacher.keyboard.press("Enter");
  await expect(teacher.getByRole("button", { name: "Yes, remove it" })).toBeFocused();
  await expectNoAxeViolations(teacher);
  await teacher.keyboard.press("Escape");
  await expect(remove).toBeFocused();
  await teacher.keyboard.press("Enter");
  await teacher.keyboard.press("Enter");
  await expect(teacher.getByRole("heading", { level: 1, name: `Period 3 ${run}` })).toBeVisible();
  await expect(teacher.getByRole("heading", { name: "Nothing assigned yet" })).toBeVisible();
  await teacher.getByRole("link", { name: "Ana Student" }).click();
  await expect(teacher.getByRole("row", { name: new RegExp(`${sample.headline.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}.*removed assignment`) })).toBeVisible();
  await teacherContext.close();
});

test("a wrong join code and an archived class say so plainly, and pass axe", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/classes");
  await page.getByRole("link", { name: "Create an account" }).click();
  await signUp(page, "Mr Okafor");

  // a code no class has: the join form says what to do, read out as an alert
  await page.goto("/classes/join/ZZZZZ-ZZZZZ");
  await page.getByRole("button", { name: "Join the class" }).click();
  await expect(page.locator("main").getByRole("alert")).toContainText("No class has this code");
  await expectNoAxeViolations(page);

  // an archived class: its page says so, and its code is gone
  await page.goto("/classes");
  await page.getByLabel("Class name").fill(`Archived ${run}`);
  await page.getByRole("button", { name: "Create the class" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Archived ${run}` })).toBeVisible();
  await page.getByRole("button", { name: "Archive the class" }).click();
  await expect(page.getByText("This class is archived: nobody can join it.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Restore the class" })).toBeVisible();
  await expectNoAxeViolations(page);
  await context.close();
});
