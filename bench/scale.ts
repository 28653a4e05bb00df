/**
 * `npm run bench:scale`: list and search latency with 1k and with 100k claims.
 *
 * For each size, a fresh local D1 (temporary --persist-to) is migrated and filled
 * straight through SQL (`wrangler d1 execute --local --file`, so the FTS triggers
 * run as they do for API writes), then `wrangler dev` serves it and the same
 * sequence of anonymous GETs is timed from here, one at a time, each with a query
 * string no other request used (so the edge cache never answers). Prints p50/p99
 * per query and size, and the 100k ÷ 1k ratio. Loopback only; bounded in count.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { applyMigrations, executeSqlFile, killAllSync, startWranglerDev } from "./http";

const root = new URL("..", import.meta.url).pathname;
const SIZES = [1_000, 100_000];
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

function seedSql(claims: number): string {
  const perArticle = 100;
  const lines: string[] = [];
  for (let a = 0; a < claims / perArticle; a++) {
    const articleId = `art_${String(a).padStart(26, "0")}`;
    lines.push(
      `INSERT INTO articles (id, url, canonical_url, title, body, submitted_by) VALUES ('${articleId}', 'https://scale.example.com/${a}', 'https://scale.example.com/${a}', 'Scale ${a}', 'Body ${a}', 'bench');`,
    );
    const rows: string[] = [];
    for (let k = 0; k < perArticle; k++) {
      const n = a * perArticle + k;
      const text = `Claim ${n}: the ${WORDS[n % 10]} figure reached ${n % 97} percent near the ${WORDS[(n * 7) % 10]} zone`;
      const reviewer = n % 5 === 1 ? "'Turkish authorities'" : "NULL";
      rows.push(
        `('clm_${String(n).padStart(26, "0")}', '${articleId}', '${text}', '${CLAIMANTS[n % 5]}', ${(n % 100) / 100}, '${STATUSES[n % 5]}', ${reviewer}, 'submitted')`,
      );
    }
    lines.push(
      `INSERT INTO claims (id, article_id, text, claimant_name, checkworthiness, status, reviewer_name, origin) VALUES ${rows.join(",")};`,
    );
  }
  return lines.join("\n");
}

const QUERIES: { label: string; path: (i: number) => string }[] = [
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
];

const quantile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;

async function measure(size: number): Promise<Map<string, { p50: number; p99: number }>> {
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
    });
    const results = new Map<string, { p50: number; p99: number }>();
    try {
      for (const query of QUERIES) {
        const times: number[] = [];
        for (let i = 0; i < REQUESTS + 10; i++) {
          const started = performance.now();
          const res = await fetch(`${server.origin}${query.path(i)}&n=${size}-${i}`, {
            headers: { "CF-Connecting-IP": `198.51.100.${i % 250}` },
          });
          const body = (await res.json()) as { data?: unknown[] };
          if (res.status !== 200 || !Array.isArray(body.data))
            throw new Error(`${query.label}: ${res.status}`);
          if (i >= 10) times.push(performance.now() - started); // the first 10 warm up
        }
        times.sort((a, b) => a - b);
        results.set(query.label, { p50: quantile(times, 0.5), p99: quantile(times, 0.99) });
        console.log(
          `  ${size} claims, ${query.label}: p50 ${quantile(times, 0.5).toFixed(1)} ms, p99 ${quantile(times, 0.99).toFixed(1)} ms`,
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
  const bySize = new Map<number, Map<string, { p50: number; p99: number }>>();
  for (const size of SIZES) bySize.set(size, await measure(size));
  const [small, large] = SIZES.map((s) => bySize.get(s));
  console.log(
    "\nquery                    1k p50 / p99 ms      100k p50 / p99 ms    ratio 100k÷1k (p50, p99)",
  );
  for (const query of QUERIES) {
    const a = small?.get(query.label);
    const b = large?.get(query.label);
    if (!a || !b) continue;
    console.log(
      `${query.label.padEnd(24)} ${a.p50.toFixed(1).padStart(6)} / ${a.p99.toFixed(1).padStart(6)}      ${b.p50.toFixed(1).padStart(6)} / ${b.p99.toFixed(1).padStart(6)}      ${(b.p50 / a.p50).toFixed(2)}, ${(b.p99 / a.p99).toFixed(2)}`,
    );
  }
}

process.on("exit", killAllSync);
main().catch((error) => {
  console.error(error);
  killAllSync();
  process.exit(1);
});
