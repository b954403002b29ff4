import { expect, test } from "@playwright/test";
import { sampleArticle } from "@newsquiz/article/samples";
import { expectNoAxeViolations } from "./support/axe";

const readerPath = `/articles/${sampleArticle().slug}`;

test.describe("on a 390 px phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the header is one row; Menu opens the links and account, Escape closes it", async ({ page }) => {
    await page.goto(readerPath);
    const header = page.locator(".site-header-inner");
    const brand = page.getByRole("link", { name: "newsquiz" });
    const menu = page.getByRole("button", { name: "Menu" });
    const theme = page.getByRole("button", { name: /Switch to|Switch theme/ });
    // One row: brand, Menu and theme share a line and the header is no taller than one control plus padding.
    const [b, m, t, h] = await Promise.all([brand.boundingBox(), menu.boundingBox(), theme.boundingBox(), header.boundingBox()]);
    expect(Math.abs(b!.y + b!.height / 2 - (m!.y + m!.height / 2))).toBeLessThan(4);
    expect(Math.abs(t!.y + t!.height / 2 - (m!.y + m!.height / 2))).toBeLessThan(4);
    expect(h!.height).toBeLessThan(64);
    // The links are in the menu, hidden until it opens.
    const nav = page.getByRole("navigation", { name: "Main" });
    await expect(nav).toBeHidden();
    await expect(menu).toHaveAttribute("aria-expanded", "false");

    await menu.focus();
    await page.keyboard.press("Enter");
    await expect(menu).toHaveAttribute("aria-expanded", "true");
    await expect(nav.getByRole("link", { name: "Scores" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
    // Keyboard: Tab goes from the button into the menu.
    await page.keyboard.press("Tab");
    await expect(nav.getByRole("link", { name: "Library" })).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(nav).toBeHidden();
    await expect(menu).toBeFocused();
    await expect(menu).toHaveAttribute("aria-expanded", "false");

    // A followed link closes the menu.
    await menu.click();
    await nav.getByRole("link", { name: "Scores" }).click();
    await expect(page).toHaveURL(/\/scores$/);
    await expect(nav).toBeHidden();
    // A click elsewhere closes it too.
    await menu.click();
    await expect(nav).toBeVisible();
    // (The open panel covers the top of the page: click below it.)
    await page.mouse.click(195, 780);
    await expect(nav).toBeHidden();
  });

  test("axe finds no accessibility violations with the menu open", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("button", { name: "Menu" }).click();
    await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test("on a desktop the links sit in the header row and there is no Menu button", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/");
  await expect(page.getByRole("button", { name: "Menu" })).toBeHidden();
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Review" })).toBeVisible();
  const [brand, review] = await Promise.all([page.getByRole("link", { name: "newsquiz" }).boundingBox(), nav.getByRole("link", { name: "Review" }).boundingBox()]);
  expect(Math.abs(brand!.y + brand!.height / 2 - (review!.y + review!.height / 2))).toBeLessThan(6);
});
