import { expect, type Page } from "@playwright/test";

/** The quiz page of one article, as a reader uses it: the counter, the answer inputs, finishing and submitting. */
export class QuizPage {
  constructor(
    readonly page: Page,
    /** The article's reader path, `/articles/<slug>`. */
    readonly readerPath: string,
  ) {}

  get path(): string {
    return `${this.readerPath}/quiz`;
  }

  async goto(): Promise<void> {
    await this.page.goto(this.path);
  }

  /** How many questions the quiz on screen has, read from its "1 of N" counter (the engine decides, up to ten). */
  async length(): Promise<number> {
    const counter = this.page.getByText(/^1 of \d+$/);
    await expect(counter).toBeVisible();
    return Number(((await counter.textContent()) ?? "").split(" of ")[1]);
  }

  /** The attempt the page shows (from the quiz.start / quiz.current data the browser received). */
  async attemptId(): Promise<string> {
    const id = await this.page.locator("[data-attempt-id]").getAttribute("data-attempt-id");
    if (!id) throw new Error("no attempt on the page");
    return id;
  }

  /** Answers question `n` by keyboard: number key 1 for options, typed words + Enter for a cloze. */
  async answerByKeyboard(n: number, total: number, typed = "Seoul"): Promise<"typed" | "picked"> {
    const { page } = this;
    await expect(page.getByRole("progressbar", { name: "Quiz progress" })).toHaveAttribute("aria-valuetext", `Question ${n} of ${total}`);
    await expect(page.getByText(`${n} of ${total}`, { exact: true })).toBeVisible();
    const cloze = page.getByPlaceholder("Type the missing words");
    if (await cloze.isVisible()) {
      await expect(cloze).toBeFocused();
      await page.keyboard.type(typed);
      await page.keyboard.press("Enter");
      return "typed";
    }
    await page.keyboard.press("1");
    await expect(page.getByRole("radio").first()).toBeChecked();
    await expect(page.getByText("Saved", { exact: true })).toBeVisible();
    await page.keyboard.press("Enter");
    return "picked";
  }

  /** Moves through every question without answering, to the "Ready to submit?" step. */
  async skipToEnd(total: number): Promise<void> {
    for (let n = 1; n <= total; n++) await this.page.getByRole("button", { name: n < total ? "Next" : "Finish" }).click();
    await expect(this.page.getByRole("heading", { name: "Ready to submit?" })).toBeVisible();
  }

  /** Submits with questions left blank (confirming), and waits for the results page. */
  async submitAnyway(): Promise<void> {
    await this.page.getByRole("button", { name: "Submit answers" }).click();
    await this.page.getByRole("button", { name: "Submit anyway" }).click();
    await expect(this.page).toHaveURL(/\/attempts\//);
  }
}
