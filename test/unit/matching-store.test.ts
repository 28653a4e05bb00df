import { env } from "cloudflare:test";
import type { SQL } from "drizzle-orm";
import { SQLiteSyncDialect } from "drizzle-orm/sqlite-core";
import { describe, expect, it } from "vitest";
import {
  askedMatch,
  type CandidateStatementRow,
  candidatesStatement,
  candidateTerms,
  dfStatement,
  ftsMatch,
  MAX_CANDIDATE_POSTINGS,
  searchTerms,
} from "../../src/matching/queries";
import { matchStatements } from "../../src/matching/store";
import { analyse } from "../../src/matching/text";
import { ADMIN, call, uniqueUrl } from "../helpers";

const dialect = new SQLiteSyncDialect();
const prepare = (statement: SQL) => {
  const { sql, params } = dialect.sqlToQuery(statement);
  return { sql, params };
};

async function plan(statement: SQL): Promise<string[]> {
  const { sql, params } = prepare(statement);
  const { results } = await env.DB.prepare(`EXPLAIN QUERY PLAN ${sql}`)
    .bind(...params)
    .all<{ detail: string }>();
  return results.map((r) => r.detail);
}

/** A made-up word no other test uses (ending in k, so no stem cuts it). */
const word = () =>
  `zq${[...crypto.getRandomValues(new Uint8Array(5))].map((b) => "bdfgklmnprtvz"[b % 13]).join("")}k`;

async function store(claims: string[], title: string) {
  const res = await call("POST", "/v1/articles", {
    key: ADMIN,
    body: {
      url: uniqueUrl("df"),
      title,
      body: claims.join(" "),
      extract: false,
      claims: claims.map((text) => ({ text })),
    },
  });
  expect(res.status).toBe(201);
}

async function dfs(terms: string[]) {
  const { results } = await env.DB.prepare(
    "SELECT term, docs FROM claim_match_df WHERE term IN (SELECT value FROM json_each(?)) ORDER BY term",
  )
    .bind(JSON.stringify(terms))
    .all<{ term: string; docs: number }>();
  const vocab = await env.DB.prepare(
    "SELECT term, doc AS docs FROM claim_match_vocab WHERE term IN (SELECT value FROM json_each(?)) ORDER BY term",
  )
    .bind(JSON.stringify(terms))
    .all<{ term: string; docs: number }>();
  return { kept: results, counted: vocab.results };
}

describe("claim_match_df", () => {
  it("counts each term once per stored claim (words and title), as the FTS index itself does", async () => {
    const [a, b, c] = [word(), word(), word()];
    await store([`${a} ${a} rose sharply`, `${a} and ${b} fell`], `${c} report`);
    await store([`${b} fell again`], "Another report");
    const { kept, counted } = await dfs([a, b, c]);
    expect(Object.fromEntries(kept.map((r) => [r.term, r.docs]))).toEqual({
      [a]: 2,
      [b]: 2,
      [c]: 2,
    });
    expect(kept).toEqual(counted);
  });

  it("counts nothing for a claim not stored (the same article again)", async () => {
    const a = word();
    const url = uniqueUrl("df-again");
    const body = {
      url,
      title: "Title",
      body: `${a} grew`,
      extract: false,
      claims: [{ text: `${a} grew` }],
    };
    expect((await call("POST", "/v1/articles", { key: ADMIN, body })).status).toBe(201);
    expect((await call("POST", "/v1/articles", { key: ADMIN, body })).status).toBe(200);
    expect((await dfs([a])).kept).toEqual([{ term: a, docs: 1 }]);
  });
});

describe("candidate search", () => {
  it("asks the rarest terms while their claims stay within the postings budget", () => {
    const query = analyse("ferry harbour tolls doubled overnight");
    const df = new Map([
      ["ferri", 2_900],
      ["harbour", 40],
      ["toll", 90],
      ["doubl", 1_500],
      ["overnight", 10],
    ]);
    expect(candidateTerms(query, df)).toEqual(["overnight", "harbour", "toll", "doubl"]);
    // The rarest is asked even over budget.
    expect(candidateTerms(query, new Map([["ferri", 50_000]]))).toEqual(["ferri"]);
  });

  it("asks in SQL the terms candidateTerms asks", async () => {
    const words = Array.from({ length: 8 }, word);
    const query = analyse(words.join(" "));
    // Ties (the earlier word first), one word the collection lacks, one over the budget.
    const docs = [40, 0, 10, 40, MAX_CANDIDATE_POSTINGS, 7, 1_000, 10];
    await env.DB.batch(
      words.flatMap((w, i) =>
        (docs[i] ?? 0) > 0
          ? [
              env.DB.prepare("INSERT INTO claim_match_df (term, docs) VALUES (?, ?)").bind(
                w,
                docs[i],
              ),
            ]
          : [],
      ),
    );
    const df = new Map(words.map((w, i) => [w, docs[i] ?? 0]));
    const { sql, params } = prepare(askedMatch(searchTerms(query)));
    const row = await env.DB.prepare(`SELECT ${sql} AS m`)
      .bind(...params)
      .first<{ m: string }>();
    const expected = candidateTerms(query, df);
    expect(expected.length).toBeGreaterThan(2);
    expect(row?.m.split(" OR ").sort()).toEqual(ftsMatch(expected).split(" OR ").sort());
    // Nothing known: an empty phrase, which matches nothing.
    const none = prepare(askedMatch([word()]));
    const empty = await env.DB.prepare(`SELECT ${none.sql} AS m`)
      .bind(...none.params)
      .first<{ m: string }>();
    expect(empty?.m).toBe('""');
  });

  it("answers the candidates and, last, the frequencies of their terms, in one statement", async () => {
    const [a, b, c] = [word(), word(), word()];
    await store([`${a} ${b} reached the harbour`], `${c} report`);
    await store([`${a} closed`], "Another report");
    const { sql, params } = prepare(candidatesStatement(searchTerms(analyse(`${a} ${b}`)), 10));
    const { results } = await env.DB.prepare(sql)
      .bind(...params)
      .all<CandidateStatementRow>();
    const last = results.at(-1);
    const candidates = results.flatMap((r) => (r.part === 0 ? [r] : []));
    expect(candidates.map((r) => r.terms)).toEqual([`${a} ${b} reach harbour`, `${a} close`]);
    expect(last?.part).toBe(1);
    const df = JSON.parse((last?.part === 1 ? last.df : null) ?? "{}");
    const terms = [...new Set(candidates.flatMap((r) => `${r.terms} ${r.title}`.split(" ")))];
    const { kept } = await dfs(terms);
    expect(df).toEqual(Object.fromEntries(kept.map((r) => [r.term, r.docs])));
    expect(Object.keys(df).sort()).toEqual(terms.sort());
  });

  it("looks frequencies up by key and reads rows for the best candidates only", async () => {
    const df = (await plan(dfStatement(["ferri", "toll"]))).join("\n");
    expect(df).toMatch(/SEARCH claim_match_df USING (INDEX|PRIMARY KEY)/);
    expect(df).not.toMatch(/SCAN claim_match_df/);
    const candidates = (await plan(candidatesStatement(["ferri", "toll"], 30))).join("\n");
    expect(candidates).toMatch(/SEARCH c USING INTEGER PRIMARY KEY/);
    expect(candidates).not.toMatch(/SCAN (c|claims)\b/);
    expect(candidates).toMatch(/SEARCH (d|claim_match_df) USING (INDEX|PRIMARY KEY)/);
    expect(candidates).not.toMatch(/SCAN (d|claim_match_df)\b/);
  });
});

describe("matchStatements", () => {
  /** An article with `n` claims given by hand (no extraction, so none match on the way in). */
  async function storedClaims(n: number): Promise<string[]> {
    const response = await call("POST", "/v1/articles", {
      key: ADMIN,
      body: {
        url: uniqueUrl("match-rows"),
        title: "Rows",
        body: "x",
        extract: false,
        claims: Array.from({ length: n }, (_, i) => ({
          text: `row claim ${crypto.randomUUID()} ${i}`,
        })),
      },
    });
    expect(response.status).toBe(201);
    return ((await response.json()) as { claims: { id: string }[] }).claims.map((c) => c.id);
  }
  const rowsOf = async (claimId: string) =>
    (
      await env.DB.prepare(
        "SELECT matched_claim_id AS id, score FROM claim_matches WHERE claim_id = ? ORDER BY score DESC, matched_claim_id",
      )
        .bind(claimId)
        .all<{ id: string; score: number }>()
    ).results;
  const run = async (
    pairs: { claimId: string; matchedId: string; score: number }[],
    keep: number,
  ) => {
    const [statement] = matchStatements(pairs, keep);
    if (!statement) throw new Error("no statement");
    const { sql, params } = prepare(statement);
    await env.DB.prepare(sql)
      .bind(...params)
      .run();
  };

  it("gives a stored claim the reverse row only while it has fewer than `keep` matches as good", async () => {
    const [old, a, b, c, d, e, f] = (await storedClaims(7)) as [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    // Three earlier claims matched it at 0.5, 0.7 and 0.9 (both ways: it had fewer than 3).
    await run(
      [
        { claimId: a, matchedId: old, score: 0.5 },
        { claimId: b, matchedId: old, score: 0.7 },
        { claimId: c, matchedId: old, score: 0.9 },
      ],
      3,
    );
    expect((await rowsOf(old)).map((r) => r.id)).toEqual([c, b, a]);
    // 0.6: only two of its matches are as good, so it takes this one.
    await run([{ claimId: d, matchedId: old, score: 0.6 }], 3);
    // 0.4: four of its matches are as good, so it does not; 0.95 is better than all: it does.
    await run([{ claimId: e, matchedId: old, score: 0.4 }], 3);
    await run([{ claimId: f, matchedId: old, score: 0.95 }], 3);
    expect((await rowsOf(old)).map((r) => r.id)).toEqual([f, c, b, d, a]);
    // The new claims keep their own rows either way.
    for (const mine of [d, e, f]) expect((await rowsOf(mine)).map((r) => r.id)).toEqual([old]);
  });
});
