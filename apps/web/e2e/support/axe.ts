import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/**
 * Fails with every axe violation on the page as it stands, each with its rule, help text and the elements it found.
 * After a client-side navigation Next streams the page's <title> in after its content, so this waits for a title
 * first: axe then reads the page a reader gets, not a moment without one (a CI rehearsal on PostgreSQL once failed
 * document-title that way).
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}
