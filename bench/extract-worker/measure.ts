/**
 * Extraction time inside workerd, on its own (without the rest of `npm run bench`):
 *   npx tsx bench/extract-worker/measure.ts [--port 8821] [--inspector-port 9321] [--samples 25]
 * Starts bench/extract-worker with `wrangler dev` and, for both engines, prints ms per 1,000
 * words (request time less an empty request's, as bench/run.ts measures it) over
 *  - the fixtures (GET, each request extracting every fixture 5 times), median and p99;
 *  - PolNeAR dev when it is where the data README puts it (or POLNEAR_DIR names it): POSTed,
 *    read where it lies, nothing stored; median and p99;
 *  - ~1,000-word articles one at a time (fixtures joined to that length, and each PolNeAR dev
 *    article of 500 words or more scaled to 1,000): per article the least of 3 requests of
 *    5 extractions each, then the slowest article, against the 5 ms budget.
 * The machine's load average is printed before and after: the figures are wall time.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { fixtures } from "../../test/extract/fixtures/index";
import { startWranglerDev } from "../http";
import { loadSplit } from "../polnear/load";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const { values: opts } = parseArgs({
  options: {
    port: { type: "string" },
    "inspector-port": { type: "string" },
    samples: { type: "string", default: "25" },
  },
});
const SAMPLES = Number(opts.samples);
const RUNS = 5;
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");

interface Article {
  body: string;
  title?: string;
}

const state = mkdtempSync(join(tmpdir(), "extract-measure-"));
const server = await startWranglerDev({
  label: "extract",
  cwd: root,
  config: join(root, "bench", "extract-worker", "wrangler.toml"),
  state,
  ...(opts.port ? { port: Number(opts.port) } : {}),
  ...(opts["inspector-port"] ? { inspectorPort: Number(opts["inspector-port"]) } : {}),
});

async function time(engine: string, runs: number, articles?: Article[]) {
  const started = performance.now();
  const res = await fetch(`${server.origin}/?runs=${runs}&engine=${engine}`, {
    method: articles ? "POST" : "GET",
    ...(articles ? { body: JSON.stringify({ articles }) } : {}),
  });
  const body = (await res.json()) as { words: number };
  return { ms: performance.now() - started, words: body.words };
}

/** ms per 1,000 words per sample: a request of RUNS extractions less an empty one. */
async function samples(engine: string, articles?: Article[], n = SAMPLES): Promise<number[]> {
  for (let i = 0; i < 3; i++) await time(engine, RUNS, articles);
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const empty = await time(engine, 0, articles);
    const full = await time(engine, RUNS, articles);
    out.push(((full.ms - empty.ms) / (RUNS * full.words)) * 1000);
  }
  return out.sort((a, b) => a - b);
}

const q = (s: number[], p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? 0;

/** ~1,000-word articles: consecutive fixtures joined; PolNeAR dev articles of 500+ words. */
function longArticles(dev: Article[]): Article[] {
  const out: Article[] = [];
  let cur = "";
  for (const f of fixtures) {
    cur = cur ? `${cur}\n\n${f.body}` : f.body;
    if (words(cur) >= 1000) {
      out.push({ body: cur });
      cur = "";
    }
  }
  for (const a of dev) if (words(a.body) >= 500) out.push(a);
  return out;
}

try {
  console.log(
    `extract-worker in workerd (wrangler dev): ${cpus()[0]?.model ?? "unknown CPU"} x${cpus().length}; load average ${load()}`,
  );
  const polnear = process.env.POLNEAR_DIR ?? join(root, "..", "shared", "data", "polnear");
  const dev: Article[] = existsSync(join(polnear, "dev"))
    ? loadSplit(polnear, "dev").map((a) => ({ body: a.text, title: a.title }))
    : [];
  for (const engine of ["learned", "rules"]) {
    const fx = await samples(engine);
    console.log(
      `  engine ${engine.padEnd(7)} fixtures: ms per 1,000 words median ${q(fx, 0.5).toFixed(3)}, p99 ${q(fx, 0.99).toFixed(3)} (${fx.length} requests of ${RUNS} passes)`,
    );
    if (dev.length > 0) {
      const pd = await samples(engine, dev, Math.max(5, Math.round(SAMPLES / 3)));
      console.log(
        `  engine ${engine.padEnd(7)} PolNeAR dev (${dev.length} articles): ms per 1,000 words median ${q(pd, 0.5).toFixed(3)}, p99 ${q(pd, 0.99).toFixed(3)} (${pd.length} requests of ${RUNS} passes)`,
      );
    }
    let worst = 0;
    const long = longArticles(dev);
    for (const a of long) {
      const best: number[] = [];
      for (let r = 0; r < 3; r++) {
        const empty = await time(engine, 0, [a]);
        const full = await time(engine, RUNS, [a]);
        best.push(((full.ms - empty.ms) / (RUNS * full.words)) * 1000);
      }
      worst = Math.max(worst, Math.min(...best));
    }
    console.log(
      `  engine ${engine.padEnd(7)} slowest of ${long.length} long articles: ${worst.toFixed(2)} ms per 1,000 words; budget 5 ms: ${worst <= 5 ? "within" : "OVER"}`,
    );
  }
  console.log(`  load average after: ${load()}`);
} finally {
  await server.stop();
  rmSync(state, { recursive: true, force: true });
}
