import net from "node:net";
import { expect, test } from "@playwright/test";

/**
 * Sign-in works however the app is reached. The e2e server runs as the README starts it: BETTER_AUTH_URL and
 * BETTER_AUTH_SECRET unset (the secret is generated and stored on first start). It listens on 127.0.0.1; the
 * browser reaches it as 127.0.0.1, as localhost, and as [::1] (through a plain TCP relay on the IPv6 loopback,
 * so the browser really connects to [::1] and sends that address as Host and Origin).
 */
const PORT = Number(process.env.E2E_PORT ?? 3100);
let relay: net.Server;
let relayPort = 0;

test.beforeAll(async () => {
  relay = net.createServer((client) => {
    const upstream = net.connect(PORT, "127.0.0.1");
    client.pipe(upstream).pipe(client);
    client.on("error", () => upstream.destroy());
    upstream.on("error", () => client.destroy());
  });
  await new Promise<void>((resolve, reject) => relay.once("error", reject).listen(0, "::1", resolve));
  relayPort = (relay.address() as net.AddressInfo).port;
});
test.afterAll(async () => {
  await new Promise<void>((resolve) => relay.close(() => resolve()));
});

const addresses: [string, () => string][] = [
  ["127.0.0.1", () => `http://127.0.0.1:${PORT}`],
  ["localhost", () => `http://localhost:${PORT}`],
  ["[::1]", () => `http://[::1]:${relayPort}`],
];

for (const [name, originOf] of addresses) {
  test(`signs up, out and in again with the app opened as ${name}, over plain HTTP`, async ({ page, context }) => {
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
    await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
    await page.goto(`${origin}/sign-in`);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
    await expect(page.locator(".form-error")).toHaveCount(0);
  });
}
