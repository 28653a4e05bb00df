import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { ADMIN, type ClaimJson, call, createKey, json, seedArticle, snapshot } from "../helpers";

async function freshClaim(overrides: Record<string, unknown> = {}) {
  const article = await seedArticle(ADMIN, overrides);
  const claim = article.claims[0];
  if (!claim) throw new Error("no claim");
  return claim;
}

/** Sets a claim's status with `If-Match` (by default the ETag the claim has now; null sends none). */
async function setStatus(
  id: string,
  body: unknown,
  options: { key?: string; ifMatch?: string | null } = {},
) {
  const ifMatch =
    options.ifMatch === undefined
      ? ((await call("GET", `/v1/claims/${id}`)).headers.get("ETag") ?? '"v0"')
      : options.ifMatch;
  return call("POST", `/v1/claims/${id}/status`, {
    key: options.key ?? ADMIN,
    body,
    headers: ifMatch === null ? {} : { "If-Match": ifMatch },
  });
}

describe("GET /v1/claims/{id}", () => {
  it("returns the claim with a strong ETag of its version and answers 304 to If-None-Match", async () => {
    const claim = await freshClaim();
    const res = await call("GET", `/v1/claims/${claim.id}`);
    expect(res.status).toBe(200);
    const etag = res.headers.get("ETag");
    expect(etag).toBe('"v1"');
    expect(await json(res)).toMatchObject({ id: claim.id, version: 1, status: "unverified" });
    const cached = await call("GET", `/v1/claims/${claim.id}`, {
      headers: { "If-None-Match": etag ?? "" },
    });
    expect(cached.status).toBe(304);
    expect(await cached.text()).toBe("");
  });

  it("answers 404 problem for an unknown claim", async () => {
    const res = await call("GET", "/v1/claims/clm_unknown");
    expect(res.status).toBe(404);
    expect(res.headers.get("Content-Type")).toBe("application/problem+json");
  });
});

describe("POST /v1/claims/{id}/status", () => {
  it("puts a claim under Turkish review and records who, why and on what evidence", async () => {
    const claim = await freshClaim();
    const { key } = await createKey("factchecker", "Ayse at Teyit");
    const res = await setStatus(
      claim.id,
      {
        status: "under_review",
        reviewer: { name: "Turkish authorities", country: "TR" },
        note: "Ankara says it is looking into the allegations",
        evidence: ["https://news.example.com/turkey-responds"],
      },
      { key, ifMatch: '"v1"' },
    );
    expect(res.status).toBe(200);
    // Version 2, and the ETag GET gives (it carries the claim's match summary too).
    expect(res.headers.get("ETag")).toMatch(/^"v2(?:-[0-9a-f]{8})?"$/);
    expect(res.headers.get("ETag")).toBe(
      (await call("GET", `/v1/claims/${claim.id}`, { key })).headers.get("ETag"),
    );
    expect(await json(res)).toMatchObject({
      status: "under_review",
      status_label: "Under Turkish review",
      reviewer: { name: "Turkish authorities", country: "TR" },
      version: 2,
    });
    const history = await json<{ data: Record<string, unknown>[] }>(
      await call("GET", `/v1/claims/${claim.id}/history`),
    );
    expect(history.data).toHaveLength(2);
    expect(history.data[1]).toMatchObject({
      from_status: "unverified",
      to_status: "under_review",
      status_label: "Under Turkish review",
      reviewer: { name: "Turkish authorities", country: "TR" },
      note: "Ankara says it is looking into the allegations",
      evidence: ["https://news.example.com/turkey-responds"],
      actor: "Ayse at Teyit",
      version: 2,
    });
  });

  it("answers 412 to a stale If-Match and changes nothing", async () => {
    const claim = await freshClaim();
    expect((await setStatus(claim.id, { status: "disputed" }, { ifMatch: '"v1"' })).status).toBe(
      200,
    );
    const before = await snapshot();
    const stale = await setStatus(claim.id, { status: "confirmed" }, { ifMatch: '"v1"' });
    expect(stale.status).toBe(412);
    expect(stale.headers.get("Content-Type")).toBe("application/problem+json");
    expect(await snapshot()).toBe(before);
    // a weak validator never matches If-Match
    expect((await setStatus(claim.id, { status: "confirmed" }, { ifMatch: 'W/"v2"' })).status).toBe(
      412,
    );
    expect((await setStatus(claim.id, { status: "confirmed" }, { ifMatch: '"v2"' })).status).toBe(
      200,
    );
  });

  it("lets exactly one of twenty writers racing on one version win", async () => {
    const claim = await freshClaim();
    const statuses = ["confirmed", "disputed", "refuted"] as const;
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        setStatus(claim.id, { status: statuses[i % 3], note: `writer ${i}` }, { ifMatch: '"v1"' }),
      ),
    );
    const codes = responses.map((r) => r.status);
    expect(codes.filter((c) => c === 200)).toHaveLength(1);
    expect(codes.filter((c) => c === 412)).toHaveLength(19);
    const winner = responses[codes.indexOf(200)];
    const won = await json<ClaimJson>(winner as Response);
    const stored = await json<ClaimJson>(await call("GET", `/v1/claims/${claim.id}`));
    expect(stored).toMatchObject({ version: 2, status: won.status });
    const history = await json<{ data: { note: string | null }[] }>(
      await call("GET", `/v1/claims/${claim.id}/history`),
    );
    expect(history.data).toHaveLength(2);
  });

  it("answers 428 without If-Match, naming the header and the current ETag, and changes nothing", async () => {
    const claim = await freshClaim();
    await setStatus(claim.id, { status: "disputed" }, { ifMatch: '"v1"' });
    const before = await snapshot();
    const res = await setStatus(claim.id, { status: "confirmed" }, { ifMatch: null });
    expect(res.status).toBe(428);
    expect(res.headers.get("Content-Type")).toBe("application/problem+json");
    const problem = await json<{ detail: string; current_etag: string; type: string }>(res);
    expect(problem.type).toMatch(/\/problems\/precondition_required$/);
    expect(problem.detail).toContain("If-Match");
    expect(problem.detail).toContain('"v2"');
    expect(problem.current_etag).toBe('"v2"');
    expect(await snapshot()).toBe(before);
  });

  it.each([["v1"], ["'v1'"], ['"v1" "v2"'], ["W/v1"], [","]])(
    "answers 400 to the malformed If-Match %s (not 412) and changes nothing",
    async (value) => {
      const claim = await freshClaim();
      const before = await snapshot();
      const res = await setStatus(claim.id, { status: "confirmed" }, { ifMatch: value });
      expect(res.status).toBe(400);
      const problem = await json<{ errors: { field: string; message: string }[] }>(res);
      expect(problem.errors[0]?.field).toBe("if-match");
      expect(problem.errors[0]?.message).toContain("quoted ETag");
      expect(await snapshot()).toBe(before);
    },
  );

  it("treats the status, reviewer and note the claim already has as a no-op: no new version", async () => {
    const claim = await freshClaim();
    const change = {
      status: "under_review",
      reviewer: { name: "Turkish authorities", country: "TR" },
      note: "Ankara is looking into it",
    };
    expect((await setStatus(claim.id, change, { ifMatch: '"v1"' })).status).toBe(200);
    const before = await snapshot();
    const again = await setStatus(claim.id, change, { ifMatch: '"v2"' });
    expect(again.status).toBe(200);
    expect(again.headers.get("ETag")).toMatch(/^"v2(?:-[0-9a-f]{8})?"$/);
    expect(await json(again)).toMatchObject({ version: 2, status: "under_review" });
    expect(await snapshot()).toBe(before);
    // A different note is a change.
    const noted = await setStatus(
      claim.id,
      { ...change, note: "Ankara denies it" },
      { ifMatch: '"v2"' },
    );
    expect(await json(noted)).toMatchObject({ version: 3 });
  });

  it("with If-Match: * applies to the current version, and concurrent writers all land in the trail", async () => {
    const claim = await freshClaim();
    const responses = await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        setStatus(claim.id, { status: "disputed", note: `n${i}` }, { ifMatch: "*" }),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    const stored = await json<ClaimJson>(await call("GET", `/v1/claims/${claim.id}`));
    expect(stored.version).toBe(6);
    const history = await json<{ data: { version: number }[] }>(
      await call("GET", `/v1/claims/${claim.id}/history`),
    );
    expect(history.data.map((e) => e.version)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it.each([
    ["under_review without a reviewer", { status: "under_review" }, ["reviewer"]],
    ["an unknown status", { status: "false" }, ["status"]],
    [
      "a country that is not ISO 3166",
      { status: "under_review", reviewer: { name: "X", country: "UK" } },
      ["reviewer.country"],
    ],
    [
      "evidence that is not a URL",
      { status: "refuted", evidence: ["see attached"] },
      ["evidence.0"],
    ],
    [
      "evidence with a javascript: URL",
      { status: "refuted", evidence: ["javascript:alert(1)"] },
      ["evidence.0"],
    ],
    ["an unknown field", { status: "confirmed", reason: "x" }, ["(root)"]],
  ])("rejects %s with 422 and changes nothing", async (_, body, fields) => {
    const claim = await freshClaim();
    const before = await snapshot();
    const res = await setStatus(claim.id, body);
    expect(res.status).toBe(422);
    const problem = await json<{ errors: { field: string }[] }>(res);
    expect(problem.errors.map((e) => e.field)).toEqual(fields);
    expect(await snapshot()).toBe(before);
  });

  it("answers 404 for an unknown claim", async () => {
    expect((await setStatus("clm_nope", { status: "confirmed" }, { ifMatch: '"v1"' })).status).toBe(
      404,
    );
  });

  it("accepts a lower-case country code and stores it upper-case", async () => {
    const claim = await freshClaim();
    const res = await setStatus(claim.id, {
      status: "under_review",
      reviewer: { name: "Ministry", country: "iq" },
    });
    expect(await json(res)).toMatchObject({
      reviewer: { country: "IQ" },
      status_label: "Under Iraqi review",
    });
  });
});

describe("claim history", () => {
  it("is append-only in the database itself", async () => {
    const claim = await freshClaim();
    await expect(
      env.DB.prepare("UPDATE claim_events SET note = 'rewritten' WHERE claim_id = ?")
        .bind(claim.id)
        .run(),
    ).rejects.toThrow(/append-only/);
    await expect(
      env.DB.prepare("DELETE FROM claim_events WHERE claim_id = ?").bind(claim.id).run(),
    ).rejects.toThrow(/append-only/);
  });

  it("pages oldest first by cursor", async () => {
    const claim = await freshClaim();
    for (const status of ["disputed", "confirmed", "refuted"])
      await setStatus(claim.id, { status });
    const first = await json<{ data: { to_status: string }[]; next_cursor: string }>(
      await call("GET", `/v1/claims/${claim.id}/history?limit=2`),
    );
    const second = await json<{ data: { to_status: string }[]; next_cursor: string | null }>(
      await call("GET", `/v1/claims/${claim.id}/history?limit=2&cursor=${first.next_cursor}`),
    );
    expect([...first.data, ...second.data].map((e) => e.to_status)).toEqual([
      "unverified",
      "disputed",
      "confirmed",
      "refuted",
    ]);
    expect(second.next_cursor).toBeNull();
  });
});

describe("GET /v1/claims", () => {
  it("filters by status, claimant (case-insensitive), reviewer and article", async () => {
    const tag = crypto.randomUUID().slice(0, 8);
    const article = await seedArticle(ADMIN, {
      claims: [
        { text: `Claim A ${tag}`, claimant: `Speaker ${tag}` },
        { text: `Claim B ${tag}`, claimant: `Speaker ${tag}` },
        { text: `Claim C ${tag}` },
      ],
    });
    const [a, b] = article.claims;
    if (!a || !b) throw new Error("seed");
    await setStatus(a.id, {
      status: "under_review",
      reviewer: { name: `Desk ${tag}`, country: "TR" },
    });
    await setStatus(b.id, { status: "refuted" });

    const ids = async (query: string) =>
      (await json<{ data: { id: string }[] }>(await call("GET", `/v1/claims?${query}`))).data
        .map((c) => c.id)
        .sort();
    expect(await ids(`article_id=${article.id}`)).toHaveLength(3);
    expect(await ids(`article_id=${article.id}&status=refuted`)).toEqual([b.id]);
    expect(await ids(`claimant=${encodeURIComponent(`SPEAKER ${tag}`)}`)).toEqual(
      [a.id, b.id].sort(),
    );
    expect(await ids(`reviewer=${encodeURIComponent(`desk ${tag}`)}`)).toEqual([a.id]);
    expect(
      await ids(`claimant=${encodeURIComponent(`Speaker ${tag}`)}&status=under_review`),
    ).toEqual([a.id]);
  });

  it("finds a claimant named with its acronym by either spelling, and no other", async () => {
    // A random word of capitals makes a name no other test stores.
    const word = crypto
      .randomUUID()
      .replace(/[^a-f]/g, "")
      .slice(0, 6)
      .replace(/^./u, (c) => c.toUpperCase());
    const full = `Harbour ${word} Board`;
    const article = await seedArticle(ADMIN, {
      claims: [
        { text: `Claim A ${word}`, claimant: `${full} (H${word[0]}B)` },
        { text: `Claim B ${word}`, claimant: full },
        { text: `Claim C ${word}`, claimant: `${full} Trust` },
      ],
    });
    const [a, b] = article.claims;
    if (!a || !b) throw new Error("seed");
    const ids = async (name: string) =>
      (
        await json<{ data: { id: string }[] }>(
          await call("GET", `/v1/claims?claimant=${encodeURIComponent(name)}`),
        )
      ).data
        .map((c) => c.id)
        .sort();
    expect(await ids(full)).toEqual([a.id, b.id].sort());
    expect(await ids(`${full.toUpperCase()} (H${word[0]}B)`)).toEqual([a.id, b.id].sort());
    expect(await ids(`${full} (XYZ)`)).toEqual([]);
  });

  it("searches full text, ranked, combined with filters and paged by cursor", async () => {
    const word = `zorblax${crypto
      .randomUUID()
      .slice(0, 6)
      .replace(/[^a-z]/g, "q")}`;
    const article = await seedArticle(ADMIN, {
      claims: [
        { text: `The ${word} ${word} reactor produced 40 megawatts` },
        { text: `Engineers doubt the ${word} figures` },
        { text: "Nothing to see here" },
        { text: "Unrelated claim", claimant: `Dr ${word}` },
      ],
    });
    const page1 = await json<{ data: ClaimJson[]; next_cursor: string }>(
      await call("GET", `/v1/claims?q=${word}&limit=2`),
    );
    expect(page1.data).toHaveLength(2);
    expect(page1.data[0]?.text).toContain(`${word} ${word}`);
    const page2 = await json<{ data: ClaimJson[]; next_cursor: string | null }>(
      await call("GET", `/v1/claims?q=${word}&limit=2&cursor=${page1.next_cursor}`),
    );
    const all = [...page1.data, ...page2.data].map((c) => c.id);
    expect(new Set(all).size).toBe(3);
    expect(page2.next_cursor).toBeNull();
    const filtered = await json<{ data: ClaimJson[] }>(
      await call(
        "GET",
        `/v1/claims?q=${word}&article_id=${article.id}&claimant=${encodeURIComponent(`Dr ${word}`)}`,
      ),
    );
    expect(filtered.data.map((c) => c.text)).toEqual(["Unrelated claim"]);
    // FTS syntax in user input is treated as words, never a 500
    expect(
      (await call("GET", `/v1/claims?q=${encodeURIComponent('"unbalanced AND (')}`)).status,
    ).toBe(200);
    // No word at all (the schema admits any non-blank q): nothing matches.
    const none = await call("GET", `/v1/claims?q=${encodeURIComponent("***")}`);
    expect(none.status).toBe(200);
    expect(await json(none)).toEqual({ data: [], next_cursor: null });
  });

  it("walks all claims newest first without gaps or repeats", async () => {
    const article = await seedArticle(ADMIN, {
      claims: Array.from({ length: 7 }, (_, i) => ({ text: `paged ${i}` })),
    });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { data: ClaimJson[]; next_cursor: string | null } = await json(
        await call(
          "GET",
          `/v1/claims?article_id=${article.id}&limit=3${cursor ? `&cursor=${cursor}` : ""}`,
        ),
      );
      seen.push(...page.data.map((c) => c.id));
      cursor = page.next_cursor;
    } while (cursor);
    expect(seen).toHaveLength(7);
    expect(seen).toEqual([...seen].sort().reverse());
  });

  it("rejects an unknown status filter with 400", async () => {
    const res = await call("GET", "/v1/claims?status=maybe");
    expect(res.status).toBe(400);
    expect((await json<{ errors: { field: string }[] }>(res)).errors[0]?.field).toBe("status");
  });
});
