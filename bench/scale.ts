/**
 * `npm run bench:scale`: list, search and matching latency with 1k, 10k and 100k claims.
 *
 * For each size, a fresh local D1 (temporary --persist-to) is migrated and filled
 * straight through SQL (`wrangler d1 execute --local --file`, so the FTS triggers
 * run as they do for API writes; each claim's matching row is what the API writes, from
 * src/matching/document.ts), then `wrangler dev` serves it and the same
 * sequence of anonymous requests is timed from here, one at a time, each with a query
 * string or text no other request used (so the edge cache never answers). Prints p50/p95/p99
 * per query and size, and the 100k ÷ 1k ratio. Loopback only; bounded in count.
 *
 * Each claim ends in a made-up sentence: words drawn from a Zipf distribution over 30,000
 * made-up words (the commonest ranks left out, as function words are), about one in six a
 * name, so document frequencies fall off the way a news collection's do. A POST /v1/matches
 * text is a tweet made from one stored claim: most of its sentence, reordered, two other
 * words, a link and a "— Name (@handle) date" tail.
 */

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { matchDocument } from "../src/matching/document";
import { applyMigrations, executeSqlFile, killAllSync, startWranglerDev } from "./http";
import { arg } from "./polnear/cli";

const root = fileURLToPath(new URL("..", import.meta.url));
// `-- --sizes 10000,100000 --only matches` runs a part (the table's ratio needs two sizes).
const SIZES = arg("sizes", "1000,10000,100000").split(",").map(Number);
const ONLY = arg("only", "");
// `-- --port 8811 --inspector-port 9311`: fixed ports (machines shared by several runs).
const PORT = Number(arg("port", "0")) || undefined;
const INSPECTOR_PORT = Number(arg("inspector-port", "0")) || undefined;
const REQUESTS = 150;
const WORDS = [
  "inflation",
  "border",
  "vaccine",
  "election",
  "drought",
  "pipeline",
  "tariff",
  "militia",
  "harvest",
  "strike",
];
const STATUSES = ["unverified", "under_review", "confirmed", "disputed", "refuted"];
const CLAIMANTS = [
  "Saad al-Allaq",
  "Deniz Kaya",
  "Maria Monteiro",
  "Interior ministry",
  "Central bank",
];

/** A small deterministic generator (mulberry32), so every run stores and asks the same texts. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES =
  "ba be bi bo bu da de di do ka ke ki ko ku la le li lo lu ma me mi mo mu na ne ni no nu ra re ri ro ru sa se si so ta te ti to tu va ve vi vo za ze zo".split(
    " ",
  );
const VOCABULARY = 30_000;
/** The commonest ranks, left out as function words are. */
const SKIPPED = 50;
/** Word number k: three or four syllables, the same for every k. */
function madeUpWord(k: number): string {
  const next = random(k + 1);
  const n = 3 + (k % 2);
  let word = "";
  for (let i = 0; i < n; i++) word += SYLLABLES[Math.floor(next() * SYLLABLES.length)];
  return word;
}
const CUMULATIVE = (() => {
  const weights: number[] = [];
  let sum = 0;
  for (let r = SKIPPED + 1; r <= VOCABULARY + SKIPPED; r++) {
    sum += 1 / r;
    weights.push(sum);
  }
  return weights.map((w) => w / sum);
})();
function zipfWord(next: () => number): string {
  const u = next();
  let lo = 0;
  let hi = CUMULATIVE.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((CUMULATIVE[mid] ?? 1) < u) lo = mid + 1;
    else hi = mid;
  }
  const word = madeUpWord(lo);
  // One word in six is a name: capitalised mid-sentence.
  return lo % 6 === 0 ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

/** The made-up sentence that ends claim `n`: 10 to 19 words and a number. */
function sentenceOf(n: number): string[] {
  const next = random(n * 7919 + 17);
  const length = 10 + Math.floor(next() * 10);
  const words = Array.from({ length }, () => zipfWord(next));
  words.splice(Math.floor(next() * length), 0, String(Math.floor(next() * 5000)));
  return words;
}

const claimText = (n: number) =>
  `Claim ${n}: the ${WORDS[n % 10]} figure reached ${n % 97} percent near the ${WORDS[(n * 7) % 10]} zone, ${sentenceOf(n).join(" ")}`;
const articleTitle = (a: number) =>
  `Scale ${a}: ${sentenceOf(1_000_003 + a)
    .slice(0, 6)
    .join(" ")}`;

/** A tweet about claim `n`: most of its sentence in another order, two other words, a link, a tail. */
function tweetAbout(n: number, i: number): string {
  const next = random(i * 104_729 + 3);
  const words = sentenceOf(n).filter(() => next() < 0.75);
  for (let k = words.length - 1; k > 0; k--) {
    const j = Math.floor(next() * (k + 1));
    [words[k], words[j]] = [words[j] as string, words[k] as string];
  }
  words.push(zipfWord(next), zipfWord(next));
  return `${words.join(" ")} https://t.co/x${i}y — Bench Reader (@reader${i}) March 3, 2026`;
}

function seedSql(claims: number): string {
  const perArticle = 100;
  const lines: string[] = [];
  for (let a = 0; a < claims / perArticle; a++) {
    const articleId = `art_${String(a).padStart(26, "0")}`;
    const title = articleTitle(a);
    lines.push(
      `INSERT INTO articles (id, url, canonical_url, title, body, submitted_by) VALUES ('${articleId}', 'https://scale.example.com/${a}', 'https://scale.example.com/${a}', '${title}', 'Body ${a}', 'bench');`,
    );
    const rows: string[] = [];
    const matchRows: string[] = [];
    for (let k = 0; k < perArticle; k++) {
      const n = a * perArticle + k;
      const id = `clm_${String(n).padStart(26, "0")}`;
      const text = claimText(n);
      const reviewer = n % 5 === 1 ? "'Turkish authorities'" : "NULL";
      // rowid given, so the matching row (keyed by the claim's rowid) can be written beside it.
      rows.push(
        `(${n + 1}, '${id}', '${articleId}', '${text}', '${CLAIMANTS[n % 5]}', ${(n % 100) / 100}, '${STATUSES[n % 5]}', ${reviewer}, 'submitted')`,
      );
      const { document } = matchDocument(text, title, CLAIMANTS[n % 5] ?? null);
      matchRows.push(
        `(${n + 1}, '${id}', '${document.terms}', '${document.title}', '${JSON.stringify(document.extra)}')`,
      );
    }
    lines.push(
      `INSERT INTO claims (rowid, id, article_id, text, claimant_name, checkworthiness, status, reviewer_name, origin) VALUES ${rows.join(",")};`,
      `INSERT INTO claim_match_fts (rowid, claim_id, terms, title, extra) VALUES ${matchRows.join(",")};`,
    );
  }
  // What the API keeps beside each claim it indexes (src/matching/store.ts), for all at once.
  lines.push(
    "INSERT INTO claim_match_df (term, docs) SELECT term, doc FROM claim_match_vocab WHERE true ON CONFLICT (term) DO UPDATE SET docs = excluded.docs;",
  );
  return lines.join("\n");
}

interface Query {
  label: string;
  path: (i: number, size: number) => string;
  /** A JSON body to POST instead of a GET. */
  body?: (i: number, size: number) => unknown;
}

/** The stored claim the i-th matching text is about, spread over the whole table. */
const targetOf = (i: number, size: number) => Math.floor(random(i + 99)() * size);

const QUERIES: Query[] = [
  { label: "list (newest)", path: (i) => `/v1/claims?limit=${20 + (i % 50)}` },
  { label: "list ?status=", path: (i) => `/v1/claims?status=disputed&limit=${20 + (i % 50)}` },
  {
    label: "list ?claimant=",
    path: (i) => `/v1/claims?claimant=deniz%20kaya&limit=${20 + (i % 50)}`,
  },
  {
    label: "search ?q= (one word)",
    path: (i) => `/v1/claims?q=${WORDS[i % 10]}&limit=${20 + (i % 50)}`,
  },
  {
    label: "search ?q= + status",
    path: (i) => `/v1/claims?q=${WORDS[i % 10]}%20zone&status=refuted&limit=${20 + (i % 50)}`,
  },
  {
    label: "POST /v1/matches",
    path: () => "/v1/matches",
    body: (i, size) => ({ text: tweetAbout(targetOf(i, size), i) }),
  },
];

const quantile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;

interface Figures {
  p50: number;
  p95: number;
  p99: number;
}

async function measure(size: number): Promise<Map<string, Figures>> {
  const state = mkdtempSync(join(tmpdir(), `claimtrail-scale-${size}-`));
  try {
    applyMigrations(root, state);
    const file = join(state, "seed.sql");
    writeFileSync(file, seedSql(size));
    executeSqlFile(root, state, file, { timeoutMs: 600_000 });
    const server = await startWranglerDev({
      label: `scale-${size}`,
      cwd: root,
      state,
      vars: { ADMIN_TOKEN: "scale" },
      port: PORT,
      inspectorPort: INSPECTOR_PORT,
    });
    const results = new Map<string, Figures>();
    try {
      for (const query of QUERIES.filter((q) => q.label.toLowerCase().includes(ONLY))) {
        const times: number[] = [];
        let found = 0;
        for (let i = 0; i < REQUESTS + 10; i++) {
          const headers: Record<string, string> = { "CF-Connecting-IP": `198.51.100.${i % 250}` };
          const payload = query.body?.(i, size);
          if (payload) headers["Content-Type"] = "application/json";
          const started = performance.now();
          const res = await fetch(
            payload
              ? `${server.origin}${query.path(i, size)}`
              : `${server.origin}${query.path(i, size)}&n=${size}-${i}`,
            payload ? { method: "POST", headers, body: JSON.stringify(payload) } : { headers },
          );
          const body = (await res.json()) as { data?: { claim?: { id?: string } }[] };
          if (res.status !== 200 || !Array.isArray(body.data))
            throw new Error(`${query.label}: ${res.status}`);
          if (i >= 10) times.push(performance.now() - started); // the first 10 warm up
          const target = `clm_${String(targetOf(i, size)).padStart(26, "0")}`;
          if (payload && i >= 10 && body.data[0]?.claim?.id === target) found++;
        }
        times.sort((a, b) => a - b);
        const figures = {
          p50: quantile(times, 0.5),
          p95: quantile(times, 0.95),
          p99: quantile(times, 0.99),
        };
        results.set(query.label, figures);
        // For matching, how often the claim a text was made from came first: a sanity check
        // that the made-up texts exercise real matches, not a quality figure (see eval:matching).
        const hits = query.body ? `, its claim first for ${found}/${REQUESTS}` : "";
        console.log(
          `  ${size} claims, ${query.label}: p50 ${figures.p50.toFixed(1)} ms, p95 ${figures.p95.toFixed(1)} ms, p99 ${figures.p99.toFixed(1)} ms${hits}`,
        );
      }
    } finally {
      await server.stop();
    }
    return results;
  } finally {
    rmSync(state, { recursive: true, force: true });
  }
}

async function main() {
  console.log(
    `scale: ${REQUESTS} timed requests per query (after 10 warm-up), sequential, loopback only`,
  );
  const bySize = new Map<number, Map<string, Figures>>();
  for (const size of SIZES) bySize.set(size, await measure(size));
  const label = (size: number) => `${size / 1000}k p50 / p95 / p99 ms`;
  const first = SIZES[0] ?? 0;
  const last = SIZES.at(-1) ?? 0;
  console.log(
    `\n${"query".padEnd(24)} ${SIZES.map((s) => label(s).padEnd(28)).join(" ")} ratio ${label(last).split(" ")[0]}÷${label(first).split(" ")[0]} (p50, p95)`,
  );
  const cell = (f: Figures | undefined) =>
    f
      ? `${f.p50.toFixed(1).padStart(6)} / ${f.p95.toFixed(1).padStart(6)} / ${f.p99.toFixed(1).padStart(6)}`.padEnd(
          28,
        )
      : "".padEnd(28);
  for (const query of QUERIES) {
    const a = bySize.get(first)?.get(query.label);
    const b = bySize.get(last)?.get(query.label);
    const cells = SIZES.map((size) => cell(bySize.get(size)?.get(query.label))).join(" ");
    const ratio = a && b ? `${(b.p50 / a.p50).toFixed(2)}, ${(b.p95 / a.p95).toFixed(2)}` : "";
    console.log(`${query.label.padEnd(24)} ${cells} ${ratio}`);
  }
}

process.on("exit", killAllSync);
main().catch((error) => {
  console.error(error);
  killAllSync();
  process.exit(1);
});
