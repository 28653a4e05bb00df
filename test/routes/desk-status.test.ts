import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { DeskClient } from "../desk-client";
import { ADMIN, call, createKey, json, seedArticle, snapshot, uniqueUrl } from "../helpers";

async function signedIn(role: "submitter" | "factchecker" | "admin", name = `desk-${role}`) {
  const { key } = await createKey(role, name);
  const desk = new DeskClient();
  await desk.signIn(key);
  return desk;
}

async function claimOf() {
  const article = await seedArticle(ADMIN);
  const claim = article.claims[0];
  if (!claim) throw new Error("no claim seeded");
  return { article, claim };
}

const statusRow = (id: string) =>
  env.DB.prepare("SELECT status, version, reviewer_name FROM claims WHERE id = ?")
    .bind(id)
    .first<{ status: string; version: number; reviewer_name: string | null }>();

describe("the desk's status form", () => {
  it("changes a status through the API's rules and records it in the history", async () => {
    const desk = await signedIn("factchecker", "Ayla at the desk");
    const { claim } = await claimOf();
    const csrf = await desk.csrf(`/desk/claims/${claim.id}`);
    const res = await desk.post(`/desk/claims/${claim.id}/status`, {
      csrf,
      version: "1",
      status: "under_review",
      reviewer: "Turkish authorities",
      country: "tr",
      note: "Ankara says it is looking into it",
      evidence: "https://example.org/a\n\nhttps://example.org/b\n",
    });
    expect(res.status).toBe(303);
    expect(res.headers.get("Location")).toBe(`/desk/claims/${claim.id}?saved=1`);
    const stored = await json<{ version: number; status_label: string }>(
      await call("GET", `/v1/claims/${claim.id}`),
    );
    expect(stored.version).toBe(2);
    expect(stored.status_label).toBe("Under Turkish review");
    const history = await json<{ data: { actor: string; note: string; evidence: string[] }[] }>(
      await call("GET", `/v1/claims/${claim.id}/history`),
    );
    expect(history.data.at(-1)).toMatchObject({
      actor: "Ayla at the desk",
      note: "Ankara says it is looking into it",
      evidence: ["https://example.org/a", "https://example.org/b"],
    });
    const page = await (await desk.get(`/desk/claims/${claim.id}?saved=1`)).text();
    expect(page).toContain("Status saved");
    expect(page).toContain('name="version" value="2"');
  });

  it("shows the field error and changes nothing for under review without a reviewer (422)", async () => {
    const desk = await signedIn("factchecker");
    const { claim } = await claimOf();
    const csrf = await desk.csrf(`/desk/claims/${claim.id}`);
    const before = await snapshot();
    const res = await desk.post(`/desk/claims/${claim.id}/status`, {
      csrf,
      version: "1",
      status: "under_review",
      reviewer: "  ",
      note: "kept in the form",
    });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain("Not saved: check the fields below");
    expect(html).toMatch(/id="reviewer"[^>]*aria-invalid="true"/);
    expect(html).toContain('id="reviewer-error"');
    expect(html).toContain("required when the status is under review");
    expect(html).toContain(">kept in the form</textarea>");
    expect(await snapshot()).toBe(before);
  });

  it("names each bad field: country, evidence", async () => {
    const desk = await signedIn("factchecker");
    const { claim } = await claimOf();
    const csrf = await desk.csrf(`/desk/claims/${claim.id}`);
    const before = await snapshot();
    const res = await desk.post(`/desk/claims/${claim.id}/status`, {
      csrf,
      version: "1",
      status: "refuted",
      reviewer: "AFP",
      country: "XX",
      evidence: "https://ok.example/1\njavascript:alert(1)",
    });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toMatch(/id="country"[^>]*aria-invalid="true"/);
    expect(html).toMatch(/id="evidence"[^>]*aria-invalid="true"/);
    expect(html).toContain("URL 2 (javascript:alert(1)): Must be an absolute http or https URL");
    expect(await snapshot()).toBe(before);
  });

  it("refuses a stale form: nothing changes, and the page shows what changed and the current state (412)", async () => {
    const desk = await signedIn("factchecker");
    const { claim } = await claimOf();
    const csrf = await desk.csrf(`/desk/claims/${claim.id}`);
    const meanwhile = await call("POST", `/v1/claims/${claim.id}/status`, {
      key: ADMIN,
      headers: { "If-Match": '"v1"' },
      body: { status: "confirmed", note: "Confirmed by the ministry's own data" },
    });
    expect(meanwhile.status).toBe(200);
    const before = await snapshot();
    const res = await desk.post(`/desk/claims/${claim.id}/status`, {
      csrf,
      version: "1",
      status: "refuted",
      note: "my stale note",
    });
    expect(res.status).toBe(412);
    const html = await res.text();
    expect(html).toContain("Not saved: this claim changed since you opened it");
    expect(html).toContain("You saw version 1; it is now version 2");
    expect(html).toContain("Confirmed by the ministry&#39;s own data");
    expect(html).toContain(">my stale note</textarea>");
    expect(html).toContain('name="version" value="2"');
    expect(await snapshot()).toBe(before);
    expect((await statusRow(claim.id))?.status).toBe("confirmed");
  });

  it("shows a submitter the claim without the form, and refuses their post", async () => {
    const desk = await signedIn("submitter");
    const { claim } = await claimOf();
    const res = await desk.get(`/desk/claims/${claim.id}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).not.toContain("Save status");
    expect(html).not.toContain(`/desk/claims/${claim.id}/status`);
    expect(html).toContain("changing a status needs a factchecker or admin key");
    const before = await snapshot();
    const post = await desk.post(`/desk/claims/${claim.id}/status`, {
      csrf: DeskClient.csrfOf(html),
      version: "1",
      status: "confirmed",
    });
    expect(post.status).toBe(403);
    expect(await snapshot()).toBe(before);
  });
});

describe("the desk against cross-site posts", () => {
  const form = (csrf: string) => ({ csrf, version: "1", status: "refuted" });

  it("refuses a form from another origin, even with the session cookie and its token", async () => {
    const desk = await signedIn("factchecker");
    const { claim } = await claimOf();
    const csrf = await desk.csrf(`/desk/claims/${claim.id}`);
    const before = await snapshot();
    const attempts: Record<string, string>[] = [
      { Origin: "http://evil.test" },
      { Origin: "http://claimtrail.test:8080" },
      { Origin: "null" },
      { Origin: "http://evil.test", "Sec-Fetch-Site": "cross-site" },
      { Origin: "", "Sec-Fetch-Site": "same-site" },
    ];
    for (const headers of attempts) {
      const res = await desk.post(`/desk/claims/${claim.id}/status`, form(csrf), headers);
      expect(res.status, JSON.stringify(headers)).toBe(403);
      expect(await res.text()).toContain("Form refused");
    }
    expect(await snapshot()).toBe(before);
  });

  it("refuses a same-origin form without this session's token", async () => {
    const desk = await signedIn("factchecker");
    const other = await signedIn("factchecker", "another-desk");
    const { claim } = await claimOf();
    const before = await snapshot();
    for (const csrf of ["", "guess", await other.csrf()]) {
      const res = await desk.post(`/desk/claims/${claim.id}/status`, form(csrf));
      expect(res.status).toBe(403);
    }
    const logout = await desk.post("/desk/logout", { csrf: "guess" });
    expect(logout.status).toBe(403);
    expect((await desk.get("/desk")).status).toBe(200); // still signed in
    expect(await snapshot()).toBe(before);
    // the same form with the token goes through
    const ok = await desk.post(`/desk/claims/${claim.id}/status`, form(await desk.csrf()));
    expect(ok.status).toBe(303);
  });
});

describe("the desk's pages", () => {
  it("shows stored HTML as text", async () => {
    const desk = await signedIn("factchecker");
    const evil = `<script>alert(1)</script><img src=x onerror=alert(2)> ${crypto.randomUUID()}`;
    const res = await call("POST", "/v1/articles", {
      key: ADMIN,
      body: {
        url: uniqueUrl("desk-xss"),
        title: `<b>Bold</b> title`,
        body: `It said ${evil} today.`,
        outlet: "<i>Outlet</i>",
        extract: false,
        claims: [
          { text: evil, claimant: { name: "<u>Name</u>", description: '"><svg onload=x>' } },
        ],
      },
    });
    const claimId = (await json<{ claims: { id: string }[] }>(res)).claims[0]?.id ?? "";
    for (const path of [
      `/desk/claims/${claimId}`,
      `/desk?status=all&q=${encodeURIComponent(evil.slice(-36))}`,
    ]) {
      const html = await (await desk.get(path)).text();
      expect(html).toContain(
        "&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;",
      );
      expect(html).not.toMatch(/<script|<img|<svg|<b>|<i>|<u>/);
    }
  });

  it("marks this claim in the article's text, and the others lightly", async () => {
    const desk = await signedIn("factchecker");
    const { article, claim } = await claimOf();
    const html = await (await desk.get(`/desk/claims/${claim.id}`)).text();
    expect(html).toContain(`<mark class="this" id="this-claim">${claim.text}</mark>`);
    expect(html).toContain(`<mark class="other">${article.claims[1]?.text}</mark>`);
    expect(html).toContain("Interior ministry");
    expect(html).toMatch(/<dt>Cue<\/dt><dd>said<\/dd>/);
  });

  it("searches, filters and pages the queue by cursor", async () => {
    const desk = await signedIn("factchecker");
    const word = `zq${crypto.randomUUID().replaceAll("-", "").slice(0, 10)}`;
    const texts = Array.from({ length: 27 }, (_, i) => `Claim ${i} about ${word} harbour levels`);
    await call("POST", "/v1/articles", {
      key: ADMIN,
      body: {
        url: uniqueUrl("desk-queue"),
        title: "Harbour",
        body: `${texts.join(". ")}.`,
        extract: false,
        claims: texts.map((text) => ({ text })),
      },
    });
    const first = await (await desk.get(`/desk?q=${word}`)).text();
    expect(first.match(/class="claim"/g)).toHaveLength(25);
    const next = /href="([^"]+)">Next page</.exec(first)?.[1]?.replaceAll("&amp;", "&");
    expect(next).toBeTruthy();
    const second = await (await desk.get(next ?? "")).text();
    expect(second.match(/class="claim"/g)).toHaveLength(2);
    expect(second).not.toContain("Next page");
    expect(second).toContain("First page");
    const shown = [...`${first}${second}`.matchAll(/class="claim"[^>]*>([^<]+)</g)].map(
      (m) => m[1],
    );
    expect(new Set(shown).size).toBe(27);
    // the status filter: none of these is refuted
    expect(await (await desk.get(`/desk?q=${word}&status=refuted`)).text()).toContain(
      "No claims match.",
    );
    // a garbled cursor is a 400 page, not a crash
    const bad = await desk.get("/desk?cursor=%%%");
    expect(bad.status).toBe(400);
    expect(bad.headers.get("Content-Type")).toMatch(/^text\/html/);
  });

  it("answers an unknown claim with a 404 page", async () => {
    const desk = await signedIn("factchecker");
    const res = await desk.get("/desk/claims/clm_nothing");
    expect(res.status).toBe(404);
    expect(await res.text()).toContain("No claim clm_nothing");
  });
});

describe("the desk's suggestions", () => {
  it("shows a claim's open suggestion and puts it in the form on request, saving nothing by itself", async () => {
    const desk = await signedIn("factchecker");
    const res = await call("POST", "/v1/articles", {
      key: ADMIN,
      body: {
        url: uniqueUrl("desk-suggest"),
        title: "Spy chief names Isil leaders hiding in Turkey",
        body:
          "BAGHDAD — Iraqi intelligence chief Saad al-Allaq said on Monday that nine Isil leaders were hiding in southern Turkey. " +
          "Turkey said it was looking into the allegations.",
      },
    });
    const article = await json<{ claims: { id: string; suggested_status: unknown }[] }>(res);
    const suggested = article.claims.find((claim) => claim.suggested_status !== null);
    expect(suggested, JSON.stringify(article.claims)).toBeDefined();
    const page = await (await desk.get(`/desk/claims/${suggested?.id}`)).text();
    expect(page).toContain("Open suggestions");
    expect(page).toContain("Turkey said it was looking into the allegations.");
    const queue = await (await desk.get("/desk")).text();
    expect(queue).toMatch(/\d+ claims? ha(s|ve) an open suggestion/);
    const before = await snapshot();
    const filled = await (await desk.get(`/desk/claims/${suggested?.id}?suggestion=0`)).text();
    expect(filled).toContain('<option value="under_review" selected="">');
    expect(filled).toMatch(/id="reviewer" name="reviewer" value="Turkey"/);
    expect(filled).toMatch(/id="country" name="country" value="TR"/);
    expect(await snapshot()).toBe(before);
  });
});

describe("the desk's claim page: matches", () => {
  it("lists the stored claims that assert the same thing under 'Also checked…', with their status", async () => {
    const who = `Vodoralo${crypto.getRandomValues(new Uint32Array(1))[0]}`;
    const text = `${who} said the harbour bridge tolls rose by 40 percent in March`;
    const store = async () => {
      const res = await call("POST", "/v1/articles", {
        key: ADMIN,
        body: {
          url: uniqueUrl("desk-match"),
          title: `${who} on tolls`,
          body: text,
          extract: false,
          claims: [{ text }],
        },
      });
      expect(res.status).toBe(201);
      return (await json<{ claims: { id: string }[] }>(res)).claims[0]?.id ?? "";
    };
    const first = await store();
    const second = await store();
    const desk = await signedIn("factchecker");
    const page = await (await desk.get(`/desk/claims/${second}`)).text();
    expect(page).toContain("Also checked…");
    expect(page).toContain(`href="/desk/claims/${first}"`);
    const alone = await (await desk.get(`/desk/claims/${(await claimOf()).claim.id}`)).text();
    expect(alone).not.toContain(`href="/desk/claims/${first}"`);
  });
});
