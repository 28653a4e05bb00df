import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

const api = inject("apiOrigin");
let browser: Browser;

beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"],
  });
});

afterAll(async () => {
  await browser?.close();
});

describe("/docs without the internet", () => {
  it("renders the API reference from the Worker alone and links the raw description", async () => {
    const page = await browser.newPage();
    const elsewhere: string[] = [];
    const blockedByCsp: string[] = [];
    // As offline: anything that is not this API is refused, and recorded.
    await page.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith(api) || url.startsWith("data:") || url.startsWith("blob:"))
        return route.continue();
      elsewhere.push(url);
      return route.abort("internetdisconnected");
    });
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) blockedByCsp.push(message.text());
    });
    // The reference is one 4.8 MB script: on a loaded CI machine parsing it alone can take
    // longer than a default 30 s, so the page gets minutes, not seconds (a hang still fails).
    // The wait is for what a reader sees, not for the load event: CI runs timed out twice
    // waiting for "load" with the machine at load 1.4, while the same test passed alone in 14 s.
    await page.goto(`${api}/docs`, { waitUntil: "commit", timeout: 120_000 });
    await expect
      .poll(() => page.getByText("Create an API key (admin)").first().isVisible(), {
        timeout: 120_000,
      })
      .toBe(true);
    // Every group of operations is in the reference's navigation.
    for (const tag of ["Articles", "Claims", "Embedding", "Feeds", "Interop", "Webhooks"])
      expect(await page.getByText(tag, { exact: true }).count(), tag).toBeGreaterThan(0);
    expect(await page.locator('a[href="/openapi.json"]').first().textContent()).toBe(
      "/openapi.json",
    );
    expect(elsewhere).toEqual([]);
    expect(blockedByCsp).toEqual([]);
    await page.close();
  }, 300_000);
});
