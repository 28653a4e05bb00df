import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { apiCall, setStatus } from "./api";
import { launchChromium } from "./chromium";

const api = inject("apiOrigin");
const XSS_TEXT = `<img src=x onerror="window.__pwned = 1"> and <script>window.__pwned = 2</script> ${Date.now()}`;

let browser: Browser;
let host: Server;
let hostOrigin: string;
let pageHtml = "";

async function seed(claims: { text: string; claimant?: string }[]) {
  const article = await apiCall("POST", "/v1/articles", {
    url: `https://news.example.com/browser-${crypto.randomUUID()}`,
    title: "Dam safety report",
    body: claims.map((c) => c.text).join(" "),
    extract: false,
    claims,
  });
  return article as { id: string; claims: { id: string; text: string }[] };
}

/** Opens the host page (another loopback origin) that embeds the widget from the API. */
/** A host page embedding the widget; `watch` runs on the page before it loads (listeners). */
async function openHost(html: string, watch?: (page: Page) => void): Promise<Page> {
  pageHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body>${html}<script async src="${api}/widget.js"></script></body></html>`;
  const page = await browser.newPage();
  watch?.(page);
  await page.goto(`${hostOrigin}/`);
  return page;
}

beforeAll(async () => {
  browser = await launchChromium();
  host = createServer((_, res) => {
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    res.end(pageHtml);
  });
  // 127.0.0.2 is loopback too, and a different origin from the API's 127.0.0.1.
  await new Promise<void>((resolve) => host.listen(0, "127.0.0.2", resolve));
  hostOrigin = `http://127.0.0.2:${(host.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => host?.close(resolve));
});

describe("widget.js on another site's page", () => {
  it("turns a claim div into a badge with the status label, claimant, excerpt and history link", async () => {
    const article = await seed([
      { text: "The reservoir holds 4.2 billion cubic metres of water", claimant: "Saad al-Allaq" },
    ]);
    const claim = article.claims[0];
    await setStatus(claim?.id, {
      status: "under_review",
      reviewer: { name: "Turkish authorities", country: "TR" },
    });
    const page = await openHost(`<div id="badge" data-claimtrail-claim="${claim?.id}"></div>`);
    const badge = page.locator("#badge .claim");
    await expect.poll(() => badge.locator(".status").textContent()).toBe("Under Turkish review");
    expect(await badge.locator(".who").textContent()).toBe("Saad al-Allaq");
    expect(await badge.locator(".text").textContent()).toContain("4.2 billion cubic metres");
    const link = badge.locator("a");
    expect(await link.getAttribute("href")).toBe(`${api}/embed/claims/${claim?.id}`);
    expect(await link.getAttribute("aria-label")).toContain("Status history of the claim");
    // Styles live in the shadow root: the host page's CSS and DOM stay untouched.
    expect(
      await page.evaluate(
        () => document.getElementById("badge")?.shadowRoot?.querySelector("style") !== null,
      ),
    ).toBe(true);
    expect(await page.evaluate(() => document.getElementById("badge")?.children.length)).toBe(0);
    await page.close();
  });

  it("updates the badge after a fact-checker changes the status", async () => {
    const article = await seed([{ text: "Turnout reached 71 percent in the capital" }]);
    const claim = article.claims[0];
    const page = await openHost(
      `<div id="live" data-claimtrail-claim="${claim?.id}" data-claimtrail-refresh="1"></div>`,
    );
    const status = page.locator("#live .status");
    await expect.poll(() => status.textContent()).toBe("Unverified");
    await setStatus(claim?.id, {
      status: "refuted",
      note: "Official count was 58%",
    });
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toBe("Refuted");
    await page.close();
  });

  it("sends back the newest x-d1-bookmark it was given", async () => {
    const article = await seed([{ text: "The tunnel opened 14 months late" }]);
    const claim = article.claims[0];
    const given: string[] = [];
    const sent: (string | undefined)[] = [];
    // Listening before the page loads, so the widget's first request is seen too.
    const page = await openHost(
      `<div id="bm" data-claimtrail-claim="${claim?.id}" data-claimtrail-refresh="1"></div>`,
      (p) =>
        p.on("response", (response) => {
          if (!response.url().includes(`/v1/claims/${claim?.id}`)) return;
          if (response.request().method() !== "GET") return;
          sent.push(response.request().headers()["x-d1-bookmark"]);
          const bookmark = response.headers()["x-d1-bookmark"];
          if (bookmark) given.push(bookmark);
        }),
    );
    await expect.poll(() => page.locator("#bm .status").textContent()).toBe("Unverified");
    await expect.poll(() => sent.filter(Boolean).length, { timeout: 15_000 }).toBeGreaterThan(0);
    expect(sent[0]).toBeUndefined(); // nothing to send on the first load
    const first = sent.find(Boolean) as string;
    expect(first).toMatch(/^[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{32}$/);
    expect(given).toContain(first);
    await page.close();
  });

  it("renders hostile claim text as text and runs none of it", async () => {
    const article = await seed([{ text: XSS_TEXT }]);
    const page = await openHost(
      `<div id="xss" data-claimtrail-claim="${article.claims[0]?.id}"></div>`,
    );
    const text = page.locator("#xss .text");
    await expect
      .poll(() => text.textContent())
      .toContain('<img src=x onerror="window.__pwned = 1">');
    await page.waitForTimeout(300);
    expect(
      await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined();
    expect(
      await page.evaluate(() =>
        document.getElementById("xss")?.shadowRoot?.querySelector("img, script"),
      ),
    ).toBeNull();
    await page.close();
  });

  it("lists an article's claims in reading order, in the dark theme with readable contrast", async () => {
    const article = await seed([
      { text: "First, exports fell 12 percent in October", claimant: "Trade ministry" },
      { text: "Second, imports rose for a third month" },
    ]);
    const page = await openHost(
      `<div id="list" data-claimtrail-article="${article.id}" data-claimtrail-theme="dark"></div>`,
    );
    const items = page.locator("#list li");
    await expect.poll(() => items.count()).toBe(2);
    expect(await items.nth(0).locator(".text").textContent()).toContain("exports fell");
    const colours = await page.evaluate(() => {
      const root = document.getElementById("list")?.shadowRoot;
      const box = root?.querySelector(".box");
      const status = root?.querySelector(".status");
      if (!box || !status) return null;
      return {
        box: [getComputedStyle(box).color, getComputedStyle(box).backgroundColor],
        status: [getComputedStyle(status).color, getComputedStyle(status).backgroundColor],
        live: box.getAttribute("aria-live"),
      };
    });
    expect(colours?.live).toBe("polite");
    for (const [fg, bg] of [colours?.box, colours?.status])
      expect(contrast(fg ?? "", bg ?? "")).toBeGreaterThanOrEqual(4.5);
    expect(colours?.box[1]).toBe("rgb(13, 17, 23)"); // the dark background
    await page.close();
  });

  it("shows a quoted claim with one pair of quote marks and cuts a long one between words", async () => {
    const long =
      "The contractor said the tunnel under the river would be finished by the spring, that its " +
      "budget had not grown since the tender and that every inspection so far had been passed without remarks";
    const article = await seed([{ text: 'He said: "We never had."' }, { text: long }]);
    const [quoted, longClaim] = article.claims;
    const page = await openHost(
      `<div id="q" data-claimtrail-claim="${quoted?.id}"></div><div id="l" data-claimtrail-claim="${longClaim?.id}"></div>`,
    );
    const quotedText = page.locator("#q .claim .text");
    await expect.poll(() => quotedText.textContent()).toBe('“He said: "We never had.”');
    const longText = page.locator("#l .claim .text");
    await expect.poll(() => longText.textContent()).toMatch(/^“The contractor .*…”$/);
    const shown = ((await longText.textContent()) ?? "").slice(1, -2);
    expect(long.startsWith(shown)).toBe(true);
    // Cut at a word boundary: the next character of the claim is a space.
    expect(long.charAt(shown.length)).toBe(" ");
    await page.close();
  });

  it("says so when a claim does not exist", async () => {
    const page = await openHost(`<div id="missing" data-claimtrail-claim="clm_missing"></div>`);
    await expect.poll(() => page.locator("#missing .who").textContent()).toBe("Claim not found.");
    await page.close();
  });
});

describe("Also checked, in the widget", () => {
  it("shows when another article's matching claim is rated, with its status, reviewer and link", async () => {
    const who = `Minister ${crypto.randomUUID().slice(0, 8)}`;
    const earlier = await seed([
      { text: `${who} said the new ferry crossing carries 12,500 cars a week.` },
    ]);
    const later = await seed([
      { text: `The new ferry crossing carries 12,500 cars a week, according to ${who}.` },
    ]);
    const [first, second] = [earlier.claims[0], later.claims[0]];
    await setStatus(second?.id, { status: "confirmed" });
    const page = await openHost(
      `<div id="one" data-claimtrail-claim="${second?.id}" data-claimtrail-refresh="1"></div>` +
        `<div id="all" data-claimtrail-article="${later.id}" data-claimtrail-refresh="1"></div>`,
    );
    await expect.poll(() => page.locator("#one .claim > .status").textContent()).toBe("Confirmed");
    expect(await page.locator("#one .also").count()).toBe(0);

    // Rated after the page loaded: the next refresh shows it (the claim's own version is unchanged).
    await setStatus(first?.id, { status: "refuted", reviewer: { name: "AFP Fact Check" } });
    const also = page.locator("#one .also");
    await expect
      .poll(() => also.textContent(), { timeout: 15_000 })
      .toBe("Also checked: Refuted by AFP Fact Check — the matching claim");
    expect(await also.locator("a").getAttribute("href")).toBe(`${api}/embed/claims/${first?.id}`);
    await expect
      .poll(() => page.locator("#all li .also").textContent(), { timeout: 15_000 })
      .toBe("Also checked: Refuted by AFP Fact Check — the matching claim");
    // Each status keeps its own colours: the claim's confirmed, the match's refuted.
    const colours = await page.evaluate(() => {
      const root = document.getElementById("one")?.shadowRoot;
      const own = root?.querySelector(".claim > .status");
      const other = root?.querySelector(".also > .status");
      return own && other
        ? [getComputedStyle(own).backgroundColor, getComputedStyle(other).backgroundColor]
        : null;
    });
    expect(colours).toEqual(["rgb(218, 251, 225)", "rgb(255, 224, 224)"]);
    await page.close();
  });
});

describe("embed pages", () => {
  it("render in an iframe on another site and advertise oEmbed", async () => {
    const article = await seed([
      { text: "The bridge carries 90,000 vehicles a day", claimant: "City engineer" },
    ]);
    const claim = article.claims[0];
    await setStatus(claim?.id, {
      status: "confirmed",
      evidence: ["https://data.example.org/traffic"],
    });
    const page = await openHost(
      `<iframe id="frame" src="${api}/embed/claims/${claim?.id}" width="480" height="360"></iframe>`,
    );
    const frame = page.frameLocator("#frame");
    await expect.poll(() => frame.locator(".status").first().textContent()).toBe("Confirmed");
    expect(await frame.locator("h1").textContent()).toContain("90,000 vehicles");
    expect(await frame.locator("ol > li").count()).toBe(2);

    // oEmbed discovery, as a consumer would do it: read the link, fetch it, embed the html.
    const embedPage = await browser.newPage();
    await embedPage.goto(`${api}/embed/claims/${claim?.id}`);
    const discovery = await embedPage
      .locator('link[rel="alternate"][type="application/json+oembed"]')
      .getAttribute("href");
    expect(discovery).toBeTruthy();
    const oembed = (await (await fetch(discovery ?? "")).json()) as { type: string; html: string };
    expect(oembed.type).toBe("rich");
    expect(oembed.html).toContain(`src="${api}/embed/claims/${claim?.id}"`);
    const ld = await embedPage.locator('script[type="application/ld+json"]').textContent();
    expect(JSON.parse(ld ?? "{}")["@type"]).toBe("ClaimReview");
    await embedPage.close();
    await page.close();
  });
});

/** WCAG contrast ratio of two CSS rgb() colours. */
function contrast(a: string, b: string): number {
  const luminance = (css: string) => {
    const [r = 0, g = 0, bl = 0] = (css.match(/\d+(\.\d+)?/g) ?? []).map(Number).map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}
