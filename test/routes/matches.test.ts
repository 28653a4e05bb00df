import { describe, expect, it } from "vitest";
import { ADMIN, call, createKey, json, uniqueUrl } from "../helpers";

interface MatchJson {
  score: number;
  claim: {
    id: string;
    text: string;
    status: string;
    article: { id: string; title: string };
    match_count: number;
    already_checked: { claim_id: string; status: string; status_label: string } | null;
  };
}

async function storeClaim(text: string, title: string, extra: Record<string, unknown> = {}) {
  const response = await call("POST", "/v1/articles", {
    key: ADMIN,
    body: {
      url: uniqueUrl("match"),
      title,
      body: text,
      extract: false,
      claims: [{ text }],
      ...extra,
    },
  });
  expect(response.status).toBe(201);
  const article = await json<{ id: string; claims: { id: string; match_count: number }[] }>(
    response,
  );
  return { articleId: article.id, claim: article.claims[0] as { id: string; match_count: number } };
}

async function match(text: string, extra: Record<string, unknown> = {}) {
  const response = await call("POST", "/v1/matches", { body: { text, ...extra } });
  expect(response.status).toBe(200);
  return (await json<{ data: MatchJson[] }>(response)).data;
}

describe("POST /v1/matches", () => {
  it("finds the same claim reported by another outlet in other words", async () => {
    const { claim } = await storeClaim(
      "The Zarvonian health ministry recalled 40,000 doses of the Quellix vaccine after contamination.",
      "Zarvonia recalls Quellix vaccine doses",
    );
    await storeClaim(
      "Farmers in Ostrelia protested against the new irrigation tax on Monday.",
      "Ostrelian farmers protest irrigation tax",
    );
    const found = await match(
      "BREAKING: Zarvonia pulls 40,000 Quellix vaccine doses over contamination fears https://t.co/abc #Quellix — Some Reporter (@somereporter) March 3, 2026",
    );
    expect(found[0]?.claim.id).toBe(claim.id);
    expect(found[0]?.score).toBeGreaterThan(0.5);
    expect(found.every((m) => m.claim.text.includes("Ostrelia") === false)).toBe(true);
  });
});
