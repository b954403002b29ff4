import { chromium, expect, test, type Browser } from "@playwright/test";
import lighthouse, { type Flags, type Result } from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { sampleArticle } from "@newsquiz/article/samples";
import { E2E_PORT } from "./support/database";
import { BUDGETS, checkBudgets, measurePage } from "../scripts/page-weight";

/**
 * Lighthouse 12.2.3 (13 needs Node 22) on the four pages people use most, in Debian's Chromium, as a
 * first-time visitor, with Lighthouse's desktop settings: its mobile setting multiplies the CPU time it
 * observes by 4, and on the shared 2-core test machine that measures the neighbours' load more than the
 * page (the numbers of both are in apps/web/README.md). Then the reader page's weight budgets
 * (scripts/page-weight.ts).
 */
const sample = sampleArticle();
const readerPath = `/articles/${sample.slug}`;
const PAGES = [
  { name: "library", path: "/" },
  { name: "reader", path: readerPath },
  { name: "quiz", path: `${readerPath}/quiz` },
  { name: "scores", path: "/scores" },
];
/** Lowest category scores accepted (0–1). */
const MINIMUM = { performance: 0.95, accessibility: 1, "best-practices": 0.95 } as const;
/** Chromium's DevTools port for Lighthouse: beside the e2e server's port, so parallel runs do not collide. */
const DEBUG_PORT = E2E_PORT + 6000;

// Each page is its own test so one page below its scores does not hide the others.
test.describe.configure({ timeout: 120_000 });

let browser: Browser;
test.beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [`--remote-debugging-port=${DEBUG_PORT}`, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
});
test.afterAll(async () => {
  await browser?.close();
});

test("the reader page is within its weight budgets", async ({ baseURL }) => {
  const weight = await measurePage(baseURL!, readerPath);
  console.log(`reader page: JavaScript ${(weight.javascriptGzipBytes / 1024).toFixed(1)} KB gzipped (budget ${BUDGETS.javascriptGzipKb}), HTML ${(weight.htmlBytes / 1024).toFixed(1)} KB (budget ${BUDGETS.htmlKb})`);
  expect(checkBudgets(weight)).toEqual([]);
});

for (const { name, path } of PAGES) {
  test(`Lighthouse: ${name} page`, async ({ baseURL }) => {
    const flags: Flags = { port: DEBUG_PORT, output: "json", logLevel: "error", onlyCategories: Object.keys(MINIMUM) };
    const result = await lighthouse(new URL(path, baseURL).toString(), flags, desktopConfig);
    const lhr = result?.lhr as Result;
    const scores = Object.fromEntries(Object.keys(MINIMUM).map((c) => [c, lhr.categories[c]?.score ?? 0]));
    console.log(`${name}: ${Object.entries(scores).map(([c, s]) => `${c} ${Math.round(s * 100)}`).join(", ")}`);
    const failing = Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== "informative" && a.scoreDisplayMode !== "notApplicable")
      .map((a) => `${a.id} (${a.displayValue ?? a.score})`);
    for (const [category, minimum] of Object.entries(MINIMUM)) {
      expect(scores[category], `${name} ${category}; audits below 0.9: ${failing.join(", ")}`).toBeGreaterThanOrEqual(minimum);
    }
  });
}
