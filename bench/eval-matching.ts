/**
 * `npm run eval:matching -- --dir <clef2020-task2> --split dev` (or `--split dev,train`): claim
 * matching on CLEF-2020 CheckThat! Task 2 through the API itself. `wrangler dev` serves a fresh
 * local D1 on loopback; every verified claim is stored with POST /v1/articles (title = the
 * fact-check title, one client-given claim = the verified claim, in file order, so matching runs
 * on the way in as for any article); each tweet is asked with POST /v1/matches (limit 5,
 * threshold 0: the 50 best whatever their score, MAP@5 over the first five). Prints MAP@5 (the lab's measure), MRR and
 * recall@5 beside plain BM25 (k1 1.2, b 0.75 over lower-cased words of claim + title) in the
 * same run, and how the default threshold sorts the top answers. Reads the data where it lies.
 *   --dir <path>     the task folder (default ../shared/data/claim-matching/clef2020-task2)
 *   --split <names>  dev (default), train, or both: dev,train
 *   --state <path>   keep the loaded database here and reuse it next time (default: temporary)
 *   --limit <n>      only the first n verified claims (a quick look; figures then mean little)
 */

import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { DEFAULT_THRESHOLD } from "../src/matching/rank";
import { applyMigrations, killAllSync, postJson, startWranglerDev } from "./http";
import { Bm25, plainWords } from "./matching/bm25";
import { loadTweets, loadVerifiedClaims, measures } from "./matching/clef";
import { arg } from "./polnear/cli";

const root = fileURLToPath(new URL("..", import.meta.url));
const dir = arg("dir", "../shared/data/claim-matching/clef2020-task2");
const splits = arg("split", "dev").split(",");
const keep = arg("state", "");
const limit = Number(arg("limit", "0"));
const ADMIN = "eval-matching";

const ip = (i: number) => `198.51.100.${(i % 250) + 1}`;

const post = (origin: string, path: string, body: unknown, i: number, key?: string) =>
  postJson(origin, path, body, { ip: ip(i), ...(key ? { key } : {}) });

async function main() {
  let verified = loadVerifiedClaims(dir);
  if (limit > 0) verified = verified.slice(0, limit);
  const state = keep || mkdtempSync(join(tmpdir(), "claimtrail-matching-"));
  const marker = join(state, "loaded.json");
  const reuse = keep !== "" && existsSync(marker);
  if (keep) mkdirSync(state, { recursive: true });
  if (!reuse) applyMigrations(root, state);
  // startWranglerDev waits for "Ready on" in this log: the last run's must not answer for it.
  rmSync(join(state, "wrangler-dev.log"), { force: true });
  const server = await startWranglerDev({
    label: "eval-matching",
    cwd: root,
    state,
    vars: { ADMIN_TOKEN: ADMIN, LOG_LEVEL: "error" },
  });
  try {
    // Claim id → verified claim id.
    let vclaimOf = new Map<string, string>();
    if (reuse) {
      vclaimOf = new Map(Object.entries(JSON.parse(readFileSync(marker, "utf8"))));
      console.log(`reusing ${vclaimOf.size} verified claims stored in ${state}`);
    } else {
      const started = performance.now();
      for (const [i, v] of verified.entries()) {
        const res = await post(
          server.origin,
          "/v1/articles",
          {
            url: `https://factchecks.example.org/clef2020/${v.id}`,
            title: v.title || v.claim.slice(0, 500),
            body: v.claim,
            extract: false,
            claims: [{ text: v.claim.slice(0, 2000) }],
          },
          i,
          ADMIN,
        );
        const article = (await res.json()) as { claims?: { id: string }[] };
        const claimId = article.claims?.[0]?.id;
        if ((res.status !== 201 && res.status !== 200) || !claimId)
          throw new Error(`storing ${v.id}: ${res.status} ${JSON.stringify(article)}`);
        vclaimOf.set(claimId, v.id);
        if ((i + 1) % 2000 === 0) console.log(`  stored ${i + 1} verified claims`);
      }
      const seconds = (performance.now() - started) / 1000;
      console.log(
        `stored ${verified.length} verified claims through POST /v1/articles in ${seconds.toFixed(0)} s (matching on the way in)`,
      );
      if (keep) writeFileSync(marker, JSON.stringify(Object.fromEntries(vclaimOf)));
    }

    const bm25 = new Bm25(
      verified.map((v) => v.id),
      verified.map((v) => plainWords(`${v.claim} ${v.title}`)),
    );
    const f = (m: ReturnType<typeof measures>) =>
      `MAP@5 ${m.map5.toFixed(3)}  MAP@1 ${m.map1.toFixed(3)}  MRR ${m.mrr.toFixed(3)}  recall@5 ${m.recall5.toFixed(3)}`;
    for (const split of splits) {
      const tweets = loadTweets(dir, split);
      const ours: { ranked: string[]; gold: Set<string>; scores: number[] }[] = [];
      const times: number[] = [];
      for (const [i, t] of tweets.entries()) {
        const started = performance.now();
        const res = await post(
          server.origin,
          "/v1/matches",
          { text: t.text, limit: 50, threshold: 0 },
          i,
        );
        const body = (await res.json()) as { data?: { score: number; claim: { id: string } }[] };
        times.push(performance.now() - started);
        if (res.status !== 200 || !body.data) throw new Error(`matching ${t.id}: ${res.status}`);
        ours.push({
          gold: t.gold,
          ranked: body.data.map((m) => vclaimOf.get(m.claim.id) ?? ""),
          scores: body.data.map((m) => m.score),
        });
      }
      const base = tweets.map((t) => ({
        gold: t.gold,
        ranked: bm25.search(plainWords(t.text), 5),
      }));
      times.sort((a, b) => a - b);
      console.log(
        `\nCLEF-2020 Task 2 ${split}: ${tweets.length} tweets, ${verified.length} verified claims`,
      );
      console.log(`  claimtrail (POST /v1/matches)  ${f(measures(ours))}`);
      console.log(`  plain BM25 (k1 1.2, b 0.75)    ${f(measures(base))}`);
      const among = ours.filter((r) => r.ranked.some((id) => r.gold.has(id))).length;
      console.log(
        `  gold claim among the 50 answers of POST /v1/matches: ${among} of ${ours.length} (recall@50 ${(among / ours.length).toFixed(3)})`,
      );
      const top = ours.map((r) => ({
        right: r.gold.has(r.ranked[0] ?? ""),
        score: r.scores[0] ?? 0,
      }));
      const above = top.filter((r) => r.score >= DEFAULT_THRESHOLD);
      console.log(
        `  default threshold ${DEFAULT_THRESHOLD}: top answer kept for ${above.length} of ${top.length} tweets, right in ${above.filter((r) => r.right).length} of those; ${top.filter((r) => r.right && r.score < DEFAULT_THRESHOLD).length} right answers fall below it`,
      );
      for (const t of [0.5, 0.8]) {
        const kept = top.filter((r) => r.score >= t);
        console.log(`  at ${t}: kept ${kept.length}, right ${kept.filter((r) => r.right).length}`);
      }
      console.log(
        `  POST /v1/matches round trip over loopback: p50 ${times[Math.floor(times.length / 2)]?.toFixed(1)} ms, p95 ${times[Math.floor(times.length * 0.95)]?.toFixed(1)} ms`,
      );
    }
  } finally {
    await server.stop();
    if (!keep) rmSync(state, { recursive: true, force: true });
  }
}

process.on("exit", killAllSync);
main().catch((error) => {
  console.error(error);
  killAllSync();
  process.exit(1);
});
