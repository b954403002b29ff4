import { expect, test, type Page } from "@playwright/test";
import { sampleArticle } from "@newsquiz/article/samples";

const sample = sampleArticle();
const readerPath = `/articles/${sample.slug}`;

/**
 * Replaces the browser's speech synthesis with a stand-in that "speaks" each utterance for 300 ms, so the
 * test controls whether voices exist and sees exactly what the reader asks to be spoken.
 */
async function stubSpeech(page: Page, voices: number) {
  await page.addInitScript((voiceCount) => {
    type U = { text: string; onstart?: () => void; onend?: () => void };
    const spoken: string[] = [];
    // how often an utterance that had finished found the speech paused and waited again (every 50 ms)
    let heldWhilePaused = 0;
    let current: { u: U; timer: number | undefined } | null = null;
    let paused = false;
    const queue: U[] = [];
    const next = () => {
      const u = queue.shift();
      if (!u) return void (current = null);
      spoken.push(u.text);
      u.onstart?.();
      current = { u, timer: undefined };
      const finish = () => {
        if (paused) {
          heldWhilePaused += 1;
          return void (current!.timer = window.setTimeout(finish, 50));
        }
        current = null;
        u.onend?.();
        next();
      };
      current.timer = window.setTimeout(finish, 300);
    };
    const synth = {
      getVoices: () => (voiceCount > 0 ? [{ name: "Test voice", lang: "en-US", default: true, localService: true, voiceURI: "test" }] : []),
      speak: (u: U) => {
        queue.push(u);
        if (!current) next();
      },
      pause: () => (paused = true),
      resume: () => (paused = false),
      cancel: () => {
        queue.length = 0;
        if (current?.timer) clearTimeout(current.timer);
        current = null;
      },
      addEventListener: () => {},
      removeEventListener: () => {},
    };
    Object.defineProperty(window, "speechSynthesis", { value: synth, configurable: true });
    Object.defineProperty(window, "SpeechSynthesisUtterance", {
      value: function (this: U, text: string) {
        this.text = text;
      },
      configurable: true,
    });
    Object.defineProperty(window, "__spoken", { get: () => spoken });
    Object.defineProperty(window, "__heldWhilePaused", { get: () => heldWhilePaused });
  }, voices);
}

test("read-aloud speaks sentence by sentence, highlights the one being spoken, and pauses", async ({ page }) => {
  await stubSpeech(page, 1);
  await page.goto(readerPath);
  await page.getByRole("button", { name: "Read aloud" }).click();
  const first = page.locator("#s-0-0");
  await expect(first).toHaveClass(/speaking/);
  await expect(page.locator("#s-1-0")).toHaveClass(/speaking/);
  await expect(first).not.toHaveClass(/speaking/);
  await page.getByRole("button", { name: "Pause" }).click();
  const spokenAtPause = await page.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken.length);
  // Wait until the sentence being spoken has ended while paused and been held back several times (instead of
  // a fixed sleep): had pause not held it, the next sentence would have started by then.
  const held = () => page.evaluate(() => (window as unknown as { __heldWhilePaused: number }).__heldWhilePaused);
  await expect.poll(held).toBeGreaterThanOrEqual(5);
  expect(await page.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken.length)).toBe(spokenAtPause);
  await page.getByRole("button", { name: "Resume" }).click();
  const spokenCount = () => page.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken.length);
  await expect.poll(spokenCount).toBeGreaterThan(Math.max(spokenAtPause, 3));
  const spoken = await page.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken);
  // In reading order, each sentence once (the sample's first paragraphs are one sentence each).
  expect(spoken.slice(0, 4)).toEqual([0, 1, 2, 3].map((p) => sample.paragraphs[p]!.sentences[0]!.text));
  await expect(page.locator(".sentence.speaking")).toHaveCount(1);
  await page.getByRole("button", { name: "Stop" }).click();
  await expect(page.locator(".sentence.speaking")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Read aloud" })).toBeVisible();
});

test("read-aloud hides itself when the browser offers no voice", async ({ page }) => {
  await stubSpeech(page, 0);
  await page.goto(readerPath);
  await expect(page.getByRole("button", { name: "Larger text" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Read aloud" })).toHaveCount(0);
});
