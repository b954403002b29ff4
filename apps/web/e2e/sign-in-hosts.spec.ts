import net from "node:net";
import { expect, test } from "@playwright/test";
import { E2E_PORT as PORT } from "./support/database";

/**
 * Sign-in works however the app is reached. The e2e server runs as the README starts it: BETTER_AUTH_URL and
 * BETTER_AUTH_SECRET unset (the secret is generated and stored on first start). It listens on 127.0.0.1; the
 * browser reaches it as 127.0.0.1, as localhost, and as [::1] (through a plain TCP relay on the IPv6 loopback,
 * so the browser really connects to [::1] and sends that address as Host and Origin).
 */
let relay: net.Server | undefined;
let relayPort = 0;
/** Why [::1] cannot be tried here (a machine without an IPv6 loopback), if so. */
let noIPv6 = "";

test.beforeAll(async () => {
  relay = net.createServer((client) => {
    const upstream = net.connect(PORT, "127.0.0.1");
    client.pipe(upstream).pipe(client);
    client.on("error", () => upstream.destroy());
    upstream.on("error", () => client.destroy());
  });
  try {
    await new Promise<void>((resolve, reject) => relay!.once("error", reject).listen(0, "::1", resolve));
    relayPort = (relay.address() as net.AddressInfo).port;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== "EADDRNOTAVAIL" && code !== "EAFNOSUPPORT") throw error;
    noIPv6 = `this machine has no IPv6 loopback (${code})`;
    relay = undefined;
  }
});
test.afterAll(async () => {
  await new Promise<void>((resolve) => (relay ? relay.close(() => resolve()) : resolve()));
});

test("after five wrong passwords the form says how long this browser's network must wait", async ({ page }) => {
  const email = `locked-${Date.now()}@example.com`;
  await page.goto("/sign-up");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("the right password");
  await page.getByRole("button", { name: "Create account" }).click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();

  await page.goto("/sign-in");
  const submit = page.getByRole("button", { name: "Sign in" });
  for (let i = 1; i <= 5; i++) {
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(`wrong password ${i}`);
    await submit.click();
    await expect(page.locator(".form-error")).toHaveText("Wrong email or password.");
    await expect(submit).toBeEnabled();
  }
  await page.getByLabel("Password").fill("the right password");
  await submit.click();
  await expect(page.locator(".form-error")).toHaveText(/^Too many wrong passwords for this account from your network\. Try again in \d+ seconds\.$/);
});

const addresses: [string, () => string][] = [
  ["127.0.0.1", () => `http://127.0.0.1:${PORT}`],
  ["localhost", () => `http://localhost:${PORT}`],
  ["[::1]", () => `http://[::1]:${relayPort}`],
];

for (const [name, originOf] of addresses) {
  test(`signs up, out and in again with the app opened as ${name}, over plain HTTP`, async ({ page, context }) => {
    test.skip(name === "[::1]" && noIPv6 !== "", noIPv6);
    const origin = originOf();
    const email = `host-${name.replace(/\W/g, "")}-${Date.now()}@example.com`;
    const password = "a long enough password";

    await page.goto(`${origin}/sign-up`);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
    await expect(page.getByText(email)).toBeVisible();

    // A cookie this browser keeps and sends back over http: not Secure, not __Secure- named.
    const session = (await context.cookies(origin)).find((c) => c.name.endsWith("session_token"));
    expect(session).toMatchObject({ name: "better-auth.session_token", secure: false, httpOnly: true, sameSite: "Lax" });
    await page.reload();
    await expect(page.getByText(email)).toBeVisible();

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
    await page.goto(`${origin}/sign-in`);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
    await expect(page.locator(".form-error")).toHaveCount(0);
  });
}
