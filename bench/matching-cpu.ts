/**
 * `npm run bench:matching-cpu -- --dir <clef2020-task2>`: the CPU an article ingestion spends in
 * JavaScript with matching, for ~1,000-word articles (test fixtures joined to that length):
 * extraction, then for each claim what POST /v1/articles does in the Worker besides waiting on
 * D1: its analysis (terms, names, negation), the parse of its candidate rows as D1 returns them
 * and their re-ranking. Candidates come from the in-memory mirror of the FTS5 search over the
 * 10,375 CLEF verified claims (realistic lengths and vocabulary). D1's own work is not Worker
 * CPU and is not counted. process.cpuUsage (user + system), so other processes do not inflate it.
 */
import { cpus } from "node:os";
import { extractClaims } from "../src/extract/index";
import { rankAlike } from "../src/matching/alike";
import { matchDocument } from "../src/matching/document";
import type { Candidate } from "../src/matching/features";
import {
  CANDIDATES,
  type CandidateRow,
  INGEST_CANDIDATES,
  MAX_MATCHED_CLAIMS,
  toCandidate,
} from "../src/matching/queries";
import { rankCandidates } from "../src/matching/rank";
import { analyse } from "../src/matching/text";
import { fixtures } from "../test/extract/fixtures/index";
import { loadTweets, loadVerifiedClaims } from "./matching/clef";
import { type Doc, Fts5 } from "./matching/fts5";
import { arg } from "./polnear/cli";

const dir = arg("dir", "../shared/data/claim-matching/clef2020-task2");
const rounds = Number(arg("rounds", "5"));
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

const docs: Doc[] = loadVerifiedClaims(dir).map((v) => ({
  id: v.id,
  text: analyse(v.claim),
  title: { ...analyse(v.title), entities: [] },
}));
const index = new Fts5(docs);
const byId = new Map(docs.map((d) => [d.id, d]));

const articles: { title: string; body: string }[] = [];
let cur = "";
for (const f of fixtures) {
  cur = cur ? `${cur}\n\n${f.body}` : f.body;
  if (words(cur) >= 1000) {
    articles.push({ title: cur.split("\n")[0]?.slice(0, 200) ?? "", body: cur });
    cur = "";
  }
}

/** The candidate rows D1 would return for `query` (the mirror's top ones, as D1 returns them). */
function rowsFor(query: ReturnType<typeof analyse>) {
  const { candidates, stats } = index.candidates(query);
  const rows: CandidateRow[] = candidates.map((d) => {
    const doc = byId.get(d.id) as Doc;
    return {
      seq: d.seq,
      claim_id: d.id,
      article_id: "art",
      terms: doc.text.terms.join(" "),
      title: doc.title.terms.join(" "),
      extra: JSON.stringify({ e: doc.text.entities, n: doc.text.negated, c: [] }),
      rank: d.rank,
      status: "unverified",
      reviewer_name: null,
      reviewer_country: null,
    };
  });
  return { rows, stats };
}

// Each article's claims and, per claim, the candidate rows D1 would return (prepared untimed).
const prepared = articles.map((a) => {
  const claims = extractClaims(a.body, { title: a.title }).slice(0, MAX_MATCHED_CLAIMS);
  const searches = claims.map((c) => {
    const { rows, stats } = rowsFor(
      matchDocument(c.text, a.title, c.claimant?.name ?? null).analysis,
    );
    return { rows: rows.slice(0, INGEST_CANDIDATES), stats };
  });
  return { article: a, searches };
});

const samples: { extract: number; matching: number; words: number; claims: number }[] = [];
for (let r = 0; r < rounds + 1; r++) {
  for (const { article, searches } of prepared) {
    const c0 = process.cpuUsage();
    const claims = extractClaims(article.body, { title: article.title });
    const c1 = process.cpuUsage();
    const parsed = new Map<string, Candidate>();
    claims.slice(0, MAX_MATCHED_CLAIMS).forEach((c, i) => {
      const { analysis } = matchDocument(c.text, article.title, c.claimant?.name ?? null);
      const search = searches[i];
      // As findMatchesMany does: the Worker's rows through rankAlike (rankCandidates, each
      // distinct candidate scored once).
      if (search) rankAlike(analysis, search.rows, search.stats, parsed);
    });
    const c2 = process.cpuUsage();
    const ms = (a: NodeJS.CpuUsage, b: NodeJS.CpuUsage) =>
      (b.user - a.user + b.system - a.system) / 1000;
    if (r > 0)
      // the first round warms up
      samples.push({
        extract: ms(c0, c1),
        matching: ms(c1, c2),
        words: words(article.body),
        claims: claims.length,
      });
  }
}
// POST /v1/matches: a train tweet's analysis, the parse of its CANDIDATES rows, their re-ranking.
const tweets = loadTweets(dir, "train").map((t) => ({ text: t.text, ...rowsFor(analyse(t.text)) }));
const queryMs: number[] = [];
for (let r = 0; r < rounds + 1; r++)
  for (const t of tweets) {
    const c0 = process.cpuUsage();
    rankCandidates(analyse(t.text), t.rows.map(toCandidate), t.stats);
    const c1 = process.cpuUsage();
    if (r > 0) queryMs.push((c1.user - c0.user + c1.system - c0.system) / 1000);
  }

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const max = (xs: number[]) => Math.max(...xs);
console.log(
  `matching-cpu: ${articles.length} articles of ~1,000 words (${median(samples.map((s) => s.words))} words, ${median(samples.map((s) => s.claims))} claims median), ${rounds} rounds; ${cpus()[0]?.model ?? "CPU"} x${cpus().length}`,
);
console.log(
  `  extraction          median ${median(samples.map((s) => s.extract)).toFixed(2)} ms, max ${max(samples.map((s) => s.extract)).toFixed(2)} ms`,
);
console.log(
  `  matching (JS part)  median ${median(samples.map((s) => s.matching)).toFixed(2)} ms, max ${max(samples.map((s) => s.matching)).toFixed(2)} ms (up to ${MAX_MATCHED_CLAIMS} claims x ${INGEST_CANDIDATES} candidates)`,
);
console.log(
  `  ingestion total     median ${median(samples.map((s) => s.extract + s.matching)).toFixed(2)} ms, max ${max(samples.map((s) => s.extract + s.matching)).toFixed(2)} ms CPU per article`,
);
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)] ?? 0;
console.log(
  `  POST /v1/matches    median ${median(queryMs).toFixed(2)} ms, p95 ${p95(queryMs).toFixed(2)} ms, max ${max(queryMs).toFixed(2)} ms CPU per query (${tweets.length} train tweets x ${CANDIDATES} candidates, JS part)`,
);
