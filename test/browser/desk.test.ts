import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "./chromium";

const api = inject("apiOrigin");
const admin = inject("adminToken");
/** Set DESK_SCREENSHOTS=<folder> to save screenshots of the queue and a claim page there. */
const SCREENSHOTS = process.env.DESK_SCREENSHOTS;
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve("axe-core/axe.min.js"),
  "utf8",
);

let browser: Browser;
const hosts: Server[] = [];
let attackerHtml = "";

async function apiCall(method: string, path: string, body?: unknown, headers = {}) {
  const res = await fetch(`${api}${path}`, {
    method,
    headers: { Authorization: `Bearer ${admin}`, "Content-Type": "application/json", ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return res.json();
}

async function newKey(role: "submitter" | "factchecker" | "admin", name: string) {
  return ((await apiCall("POST", "/v1/keys", { name, role })) as { key: string }).key;
}

interface Seeded {
  id: string;
  claims: { id: string; text: string; version: number; status: string }[];
}

async function seed(body: string, claims: { text: string; claimant?: string; verb?: string }[]) {
  return (await apiCall("POST", "/v1/articles", {
    url: `https://news.example.com/desk-${crypto.randomUUID()}`,
    title: "Harbour dredging row deepens",
    outlet: "Example Gazette",
    body,
    extract: false,
    claims,
  })) as Seeded;
}

const claimNow = async (id: string) =>
  (await apiCall("GET", `/v1/claims/${id}`)) as {
    version: number;
    status: string;
    status_label: string;
  };

/** A fresh browser profile signed in with `key`, on the queue. */
async function signedIn(key: string, viewport = { width: 1280, height: 900 }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.goto(`${api}/desk`);
  await page.getByLabel("API key").fill(key);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("heading", { name: "Claims to check" }).waitFor();
  return { context, page };
}

/** axe-core, injected into the page: the serious and critical violations it finds. */
async function axeViolations(page: Page) {
  await page.evaluate(axeSource);
  const results = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (c: Document, o: unknown) => Promise<unknown> } }
    ).axe;
    return (await axe.run(document, { resultTypes: ["violations"] })) as {
      violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
    };
  });
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

async function listen(host: string): Promise<string> {
  const server = createServer((_, res) => {
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    res.end(attackerHtml);
  });
  hosts.push(server);
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  return `http://${host}:${(server.address() as AddressInfo).port}`;
}

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await Promise.all(hosts.map((h) => new Promise((resolve) => h.close(resolve))));
});

const BODY =
  "The port authority said on Monday that dredging had removed 2.4 million tonnes of silt. " +
  "Fishermen's union leader Marta Quist said the work had killed the mussel beds. " +
  "The authority denied that, and the environment agency said it was looking into the claims.";
const CLAIMS = [
  {
    text: "dredging had removed 2.4 million tonnes of silt",
    claimant: "Port authority",
    verb: "said",
  },
  { text: "the work had killed the mussel beds", claimant: "Marta Quist", verb: "said" },
];

describe("the desk in Chromium", () => {
  it("keeps a wrong key on the sign-in page with a clear message", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${api}/desk`);
    expect(new URL(page.url()).pathname).toBe("/desk/login");
    await page.getByLabel("API key").fill("ct_wrong_key");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("alert").waitFor();
    expect(await page.getByRole("alert").textContent()).toContain("That key was not accepted");
    expect(new URL(page.url()).pathname).toBe("/desk/login");
    expect(await page.getByLabel("API key").getAttribute("aria-invalid")).toBe("true");
    expect(await context.cookies()).toHaveLength(0);
    await context.close();
  });

  it("signs in by keyboard alone, with a visible focus ring, and the cookie is HttpOnly", async () => {
    const key = await newKey("factchecker", "Keyboard Kim");
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${api}/desk/login`);
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press("Tab");
      if (await page.evaluate(() => document.activeElement?.id === "key")) break;
    }
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("key");
    expect(
      await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle),
    ).not.toBe("none");
    await page.keyboard.type(key);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Sign in");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Claims to check" }).waitFor();
    const [cookie] = await context.cookies();
    expect(cookie).toMatchObject({ name: "ct_desk", httpOnly: true, sameSite: "Lax" });
    expect(cookie?.value).not.toContain(key);
    expect(await page.evaluate(() => document.cookie)).toBe("");
    await context.close();
  });

  it("lists claims by their text, searches, filters, and changes a status", async () => {
    const article = await seed(BODY, CLAIMS);
    const claim = article.claims[0];
    const { context, page } = await signedIn(await newKey("factchecker", "Desk Dana"));
    await page.getByLabel("Search").fill("dredging silt tonnes");
    await page.getByLabel("Status").selectOption("unverified");
    await page.getByRole("button", { name: "Show claims" }).click();
    await page.getByRole("link", { name: claim?.text }).click();
    await page.getByRole("heading", { level: 1, name: claim?.text }).waitFor();
    expect(await page.locator("mark.this").textContent()).toBe(claim?.text);
    expect(await page.locator("mark.other").first().textContent()).toBe(article.claims[1]?.text);
    await page.getByLabel("Status").selectOption("disputed");
    await page.getByLabel("Reviewer").fill("Environment agency");
    await page.getByLabel("Country").fill("GB");
    await page.getByLabel("Note").fill("Silt figures not yet audited");
    await page.getByLabel("Evidence").fill("https://example.org/survey\nhttps://example.org/audit");
    await page.getByRole("button", { name: "Save status" }).click();
    await page.getByRole("status").filter({ hasText: "Status saved" }).waitFor();
    expect((await claimNow(claim?.id ?? "")).status).toBe("disputed");
    const history = page.getByRole("region", { name: "History" });
    expect(await history.textContent()).toContain("Silt figures not yet audited");
    expect(await history.getByRole("link", { name: "https://example.org/audit" }).count()).toBe(1);
    await context.close();
  });

  it("refuses a stale form after another change, showing what changed and the current state", async () => {
    const article = await seed(BODY, CLAIMS);
    const claim = article.claims[1];
    const { context, page } = await signedIn(await newKey("factchecker", "Stale Sam"));
    await page.goto(`${api}/desk/claims/${claim?.id}`);
    await apiCall(
      "POST",
      `/v1/claims/${claim?.id}/status`,
      { status: "refuted", note: "Divers found the beds intact" },
      { "If-Match": '"v1"' },
    );
    await page.getByLabel("Status").selectOption("confirmed");
    await page.getByLabel("Note").fill("Beds are gone");
    await page.getByRole("button", { name: "Save status" }).click();
    const alert = page.getByRole("alert");
    await alert.waitFor();
    const text = await alert.textContent();
    expect(text).toContain("Not saved: this claim changed since you opened it");
    expect(text).toContain("Divers found the beds intact");
    expect(text).toContain("Refuted");
    expect(await page.getByLabel("Note").inputValue()).toBe("Beds are gone");
    const now = await claimNow(claim?.id ?? "");
    expect(now).toMatchObject({ status: "refuted", version: 2 });
    await context.close();
  });

  it("shows the field error for under review without a reviewer", async () => {
    const article = await seed(BODY, CLAIMS);
    const claim = article.claims[0];
    const { context, page } = await signedIn(await newKey("factchecker", "Field Fay"));
    await page.goto(`${api}/desk/claims/${claim?.id}`);
    await page.getByLabel("Status").selectOption("under_review");
    await page.getByLabel("Reviewer").fill("");
    await page.getByRole("button", { name: "Save status" }).click();
    await page.getByRole("alert").waitFor();
    const reviewer = page.getByLabel("Reviewer");
    expect(await reviewer.getAttribute("aria-invalid")).toBe("true");
    expect(await page.locator("#reviewer-error").textContent()).toContain(
      "required when the status is under review",
    );
    expect((await claimNow(claim?.id ?? "")).version).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it("changes nothing for a form posted from another loopback origin", async () => {
    const article = await seed(BODY, CLAIMS);
    const claim = article.claims[0];
    const { context, page } = await signedIn(await newKey("factchecker", "Target Tom"));
    const sameSite = await listen("127.0.0.1"); // same site (cookie sent), another origin
    const crossSite = await listen("127.0.0.2"); // another site
    for (const origin of [sameSite, crossSite]) {
      attackerHtml = `<!doctype html><html lang="en"><head><title>Prize</title></head><body>
        <form method="post" action="${api}/desk/claims/${claim?.id}/status">
          <input name="version" value="1"><input name="status" value="refuted">
          <input name="csrf" value="guessed"><button>Claim your prize</button></form></body></html>`;
      await page.goto(`${origin}/`);
      await page.getByRole("button", { name: "Claim your prize" }).click();
      await page.waitForLoadState();
      expect(new URL(page.url()).origin).toBe(api);
      await page.getByRole("heading", { name: "Form refused" }).waitFor();
      expect((await claimNow(claim?.id ?? "")).version).toBe(1);
    }
    await context.close();
  });

  it("shows stored HTML as text and runs none of it", async () => {
    const evil = `<img src=x onerror="window.__pwned = 1"><script>window.__pwned = 2</script> ${Date.now()}`;
    const article = await seed(`Reports say ${evil} here.`, [
      { text: evil, claimant: "<b>Bold</b>" },
    ]);
    const { context, page } = await signedIn(await newKey("factchecker", "<i>Italic</i> key"));
    await page.goto(`${api}/desk/claims/${article.claims[0]?.id}`);
    await page.getByRole("heading", { level: 1, name: evil }).waitFor();
    expect(await page.locator("mark.this").textContent()).toBe(evil);
    expect(await page.getByText("<b>Bold</b>").count()).toBeGreaterThan(0);
    expect(await page.getByText("Signed in as <i>Italic</i> key").count()).toBe(1);
    expect(
      await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined();
    expect(await page.locator("main img, main script, main b, header i").count()).toBe(0);
    await context.close();
  });

  it("shows a submitter the claim without the status form", async () => {
    const article = await seed(BODY, CLAIMS);
    const { context, page } = await signedIn(await newKey("submitter", "Submitter Sue"));
    await page.goto(`${api}/desk/claims/${article.claims[0]?.id}`);
    await page.getByRole("heading", { level: 1, name: article.claims[0]?.text }).waitFor();
    expect(await page.getByRole("button", { name: "Save status" }).count()).toBe(0);
    expect(await page.getByLabel("Status").count()).toBe(0);
    expect(await page.getByText("changing a status needs a factchecker or admin key").count()).toBe(
      1,
    );
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it("signs out, and the desk asks for a key again", async () => {
    const { context, page } = await signedIn(await newKey("factchecker", "Leaving Lou"));
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByText("You have signed out.").waitFor();
    await page.goto(`${api}/desk`);
    expect(new URL(page.url()).pathname).toBe("/desk/login");
    await page.getByLabel("API key").waitFor();
    await context.close();
  });

  it("has no serious or critical axe-core violation on any desk page, at 1280 and 375 px", async () => {
    const article = await seed(BODY, CLAIMS);
    await apiCall(
      "POST",
      `/v1/claims/${article.claims[1]?.id}/status`,
      {
        status: "under_review",
        reviewer: { name: "Environment agency", country: "GB" },
        note: "Checking",
      },
      { "If-Match": '"v1"' },
    );
    // An extracted article: its claims carry a suggested status (an open suggestion).
    const extracted = (await apiCall("POST", "/v1/articles", {
      url: `https://news.example.com/desk-extracted-${crypto.randomUUID()}`,
      title: "Spy chief names Isil leaders hiding in Turkey",
      outlet: "Example Wire",
      body:
        "BAGHDAD — Iraqi intelligence chief Saad al-Allaq said on Monday that nine Isil leaders were hiding in southern Turkey. " +
        '"They move between safe houses near the border," he told reporters, adding that the group had rebuilt its finances. ' +
        "Turkey said it was looking into the allegations.",
    })) as Seeded & { claims: { suggested_status: unknown }[] };
    const withSuggestion = extracted.claims.find((c) => c.suggested_status !== null);
    expect(withSuggestion).toBeDefined();
    const key = await newKey("factchecker", "Axe Alex");
    for (const viewport of [
      { width: 1280, height: 900 },
      { width: 375, height: 812 },
    ]) {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      await page.goto(`${api}/desk/login`);
      expect(await axeViolations(page), "login").toEqual([]);
      await page.getByLabel("API key").fill(key);
      await page.getByRole("button", { name: "Sign in" }).click();
      await page.getByRole("heading", { name: "Claims to check" }).waitFor();
      const pages = ["/desk", "/desk?status=all&sort=worthiness", "/desk?q=mussel+beds&status=all"];
      pages.push(`/desk/claims/${article.claims[0]?.id}`, `/desk/claims/${article.claims[1]?.id}`);
      pages.push(`/desk/claims/${withSuggestion?.id}?suggestion=0`);
      for (const path of pages) {
        await page.goto(`${api}${path}`);
        expect(await axeViolations(page), path).toEqual([]);
        // nothing wider than the window
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
          viewport.width,
        );
      }
      if (SCREENSHOTS) {
        const tag = viewport.width === 375 ? "375" : "light";
        await page.goto(`${api}/desk?status=all`);
        await page.screenshot({ path: join(SCREENSHOTS, `desk-queue-${tag}.png`), fullPage: true });
        await page.goto(`${api}/desk/claims/${withSuggestion?.id}`);
        await page.screenshot({ path: join(SCREENSHOTS, `desk-claim-${tag}.png`), fullPage: true });
        await page.goto(`${api}/desk/claims/${article.claims[1]?.id}`);
        await page.screenshot({
          path: join(SCREENSHOTS, `desk-claim-history-${tag}.png`),
          fullPage: true,
        });
      }
      await context.close();
    }
  }, 180_000); // 2 widths x 7 pages, each checked by axe-core
});
