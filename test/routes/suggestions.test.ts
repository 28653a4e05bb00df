import { beforeAll, describe, expect, it } from "vitest";
import { ADMIN, call, createKey, json, uniqueUrl } from "../helpers";
import { type FixtureClaim as ClaimJson, earlierAndLater } from "../suggestion-fixture";

interface SuggestionJson {
  id: string;
  status: string;
  claim_id: string;
  suggested_status: { status: string; reviewer: { name: string; country: string | null } | null };
  reason: string | null;
  source: { claim_id: string; article_id: string; article_url: string };
  event_id: string | null;
}

interface EventJson {
  id: string;
  from_status: string | null;
  to_status: string;
  note: string | null;
  evidence: string[];
  version: number;
}

let factchecker = "";
let submitter = "";

beforeAll(async () => {
  factchecker = (await createKey("factchecker", "desk")).key;
  submitter = (await createKey("submitter", "wire")).key;
  for (const text of [
    "The central bank raised interest rates by half a point to curb inflation.",
    "Heavy rain flooded 300 homes in the northern valley over the weekend.",
    "A new study found that 40 percent of teenagers sleep less than seven hours.",
    "Police arrested 12 people after clashes outside the football stadium.",
  ]) {
    await call("POST", "/v1/articles", {
      key: ADMIN,
      body: { url: uniqueUrl("bg"), title: text, body: text, extract: false, claims: [{ text }] },
    });
  }
});

async function suggestionsFor(claimId: string, status = "open") {
  const res = await call("GET", `/v1/suggestions?status=${status}&claim_id=${claimId}`, {
    key: factchecker,
  });
  expect(res.status).toBe(200);
  return (await json<{ data: SuggestionJson[] }>(res)).data;
}

async function history(claimId: string) {
  return (await json<{ data: EventJson[] }>(await call("GET", `/v1/claims/${claimId}/history`)))
    .data;
}

describe("cross-article suggestions", () => {
  it("gives the earlier matching claim a suggestion, never a status change", async () => {
    const { first, laterId, laterUrl, source } = await earlierAndLater();
    const [suggestion, ...more] = await suggestionsFor(first.id);
    expect(more).toEqual([]);
    expect(suggestion).toMatchObject({
      status: "open",
      claim_id: first.id,
      suggested_status: { status: "under_review", reviewer: { name: "Turkey", country: "TR" } },
      reason: "Turkey told reporters it was looking into the allegations.",
      source: { claim_id: source.id, article_id: laterId },
      event_id: null,
    });
    expect(new URL(suggestion?.source.article_url ?? "").pathname).toBe(new URL(laterUrl).pathname);
    const claim = await json<ClaimJson>(await call("GET", `/v1/claims/${first.id}`));
    expect(claim.status).toBe("unverified");
  });

  it("accepts through the normal rules: If-Match, history with the article as evidence, the feed; idempotent", async () => {
    const { first, laterUrl } = await earlierAndLater();
    const [suggestion] = await suggestionsFor(first.id);
    const path = `/v1/suggestions/${suggestion?.id}/accept`;

    const without = await call("POST", path, { key: factchecker });
    expect(without.status).toBe(428);
    const stale = await call("POST", path, { key: factchecker, headers: { "If-Match": '"v9"' } });
    expect(stale.status).toBe(412);
    expect((await history(first.id)).length).toBe(1);

    const accepted = await call("POST", path, {
      key: factchecker,
      headers: { "If-Match": `"v${first.version}"` },
    });
    expect(accepted.status).toBe(200);
    expect(accepted.headers.get("ETag")).toBe(`"v${first.version + 1}"`);
    const body = await json<{ suggestion: SuggestionJson; claim: ClaimJson }>(accepted);
    expect(body.suggestion.status).toBe("accepted");
    expect(body.claim).toMatchObject({
      status: "under_review",
      status_label: "Under Turkish review",
    });

    const events = await history(first.id);
    expect(events).toHaveLength(2);
    expect(events[1]).toMatchObject({
      id: body.suggestion.event_id,
      from_status: "unverified",
      to_status: "under_review",
      evidence: [laterUrl],
      version: first.version + 1,
    });
    const feed = await json<{ data: { id: string }[]; resume_cursor: string }>(
      await call("GET", "/v1/changes?limit=100"),
    );
    let found = feed.data.some((e) => e.id === body.suggestion.event_id);
    for (let cursor = feed.resume_cursor; !found; ) {
      const page = await json<{ data: { id: string }[]; next_cursor: string | null }>(
        await call("GET", `/v1/changes?after=${cursor}&limit=100`),
      );
      found = page.data.some((e) => e.id === body.suggestion.event_id);
      if (!page.next_cursor) break;
      cursor = page.next_cursor;
    }
    expect(found).toBe(true);

    // Again, even with the old ETag: the same answer, nothing new.
    const again = await call("POST", path, {
      key: factchecker,
      headers: { "If-Match": `"v${first.version}"` },
    });
    expect(again.status).toBe(200);
    expect((await json<{ suggestion: SuggestionJson }>(again)).suggestion.event_id).toBe(
      body.suggestion.event_id,
    );
    expect(await history(first.id)).toHaveLength(2);
    const reject = await call("POST", `/v1/suggestions/${suggestion?.id}/reject`, {
      key: factchecker,
    });
    expect(reject.status).toBe(409);
    expect(await suggestionsFor(first.id)).toEqual([]);
    expect(await suggestionsFor(first.id, "accepted")).toHaveLength(1);
  });

  it("rejects: the status and version stay, the history says so; idempotent", async () => {
    const { first } = await earlierAndLater();
    const [suggestion] = await suggestionsFor(first.id);
    const path = `/v1/suggestions/${suggestion?.id}/reject`;
    const rejected = await call("POST", path, { key: factchecker });
    expect(rejected.status).toBe(200);
    const body = await json<{ suggestion: SuggestionJson; claim: ClaimJson }>(rejected);
    expect(body.suggestion.status).toBe("rejected");
    expect(body.claim).toMatchObject({ status: "unverified", version: first.version });
    const events = await history(first.id);
    expect(events).toHaveLength(2);
    expect(events[1]).toMatchObject({
      id: body.suggestion.event_id,
      from_status: "unverified",
      to_status: "unverified",
      version: first.version,
    });
    expect(events[1]?.note).toContain(suggestion?.id);
    expect((await call("POST", path, { key: factchecker })).status).toBe(200);
    expect(await history(first.id)).toHaveLength(2);
    const accept = await call("POST", `/v1/suggestions/${suggestion?.id}/accept`, {
      key: factchecker,
      headers: { "If-Match": `"v${first.version}"` },
    });
    expect(accept.status).toBe(409);
  });

  it("is for fact-checkers: 401 anonymous, 403 for a submitter, 404 for no such suggestion", async () => {
    for (const [method, path] of [
      ["GET", "/v1/suggestions"],
      ["POST", "/v1/suggestions/sug_nothing/accept"],
      ["POST", "/v1/suggestions/sug_nothing/reject"],
    ] as const) {
      expect((await call(method, path)).status).toBe(401);
      expect((await call(method, path, { key: submitter })).status).toBe(403);
    }
    const missing = await call("POST", "/v1/suggestions/sug_nothing/reject", { key: factchecker });
    expect(missing.status).toBe(404);
    expect(missing.headers.get("Content-Type")).toBe("application/problem+json");
    const bad = await call("GET", "/v1/suggestions?status=maybe", { key: factchecker });
    expect([400, 422]).toContain(bad.status);
  });
});
