// Dev helper: screenshot a page in Debian Chromium.
// node scripts/screenshot.mjs URL OUT.png [width] [height] [fullPage 0|1] [light|dark]
import { chromium } from "@playwright/test";
const [,, url, out, w = "1280", h = "900", full = "1", scheme = "light"] = process.argv;
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
const page = await browser.newPage({ viewport: { width: +w, height: +h }, colorScheme: scheme });
await page.goto(url, { waitUntil: "networkidle" });
await page.screenshot({ path: out, fullPage: full === "1" });
await browser.close();
