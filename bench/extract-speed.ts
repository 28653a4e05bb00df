/**
 * Extraction speed in Node: CPU time per 1,000 words over the fixture set, for the default
 * engine (rules plus the learned layer) and for rules only, in the same run.
 *
 * Each sample runs one article `batch` times and divides the process CPU time
 * (process.cpuUsage, user + system) by the words processed, so the figure is CPU cost, not
 * wall time (other processes on the machine do not inflate it). Samples are taken for every
 * article in every round; the median and p99 over all samples are printed. Then the slowest
 * single extraction of a ~1,000-word article (fixtures joined to that length).
 * Budget: <= 1 ms CPU per 1,000 words, median; no 1,000-word article over 5 ms.
 * Then, when PolNeAR is where the data README puts it (or POLNEAR_DIR names it), the same CPU
 * figure over its dev articles: real news written by others, which cost more per word than our
 * fixtures (more quotes and cues per sentence). Read where they lie; nothing is copied.
 *   npx tsx bench/extract-speed.ts [rounds] [batch]
 */
import { existsSync } from "node:fs";
import { cpus } from "node:os";
import { extractClaims } from "../src/extract/index";
import type { Engine } from "../src/extract/learned";
import { fixtures } from "../test/extract/fixtures/index";
import { loadSplit } from "./polnear/load";

const rounds = Number(process.argv[2] ?? 30);
const batch = Number(process.argv[3] ?? 20);
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

function measure(engine: Engine): void {
  // Warm-up (JIT, regex compilation).
  for (let i = 0; i < 30; i++) for (const f of fixtures) extractClaims(f.body, { engine });
  const samples: number[] = [];
  let cpuTotal = 0;
  let wordTotal = 0;
  for (let r = 0; r < rounds; r++) {
    for (const f of fixtures) {
      const w = words(f.body);
      const c0 = process.cpuUsage();
      for (let k = 0; k < batch; k++) extractClaims(f.body, { engine });
      const c = process.cpuUsage(c0);
      const ms = (c.user + c.system) / 1000;
      samples.push((ms / (batch * w)) * 1000);
      cpuTotal += ms;
      wordTotal += batch * w;
    }
  }
  samples.sort((a, b) => a - b);
  const q = (p: number) =>
    samples[Math.min(samples.length - 1, Math.floor(p * samples.length))] ?? 0;
  console.log(
    `  engine ${engine.padEnd(7)} CPU ms per 1,000 words: median ${q(0.5).toFixed(3)}, p99 ${q(0.99).toFixed(3)}, mean ${((cpuTotal / wordTotal) * 1000).toFixed(3)}; budget 1.000 (median): ${q(0.5) <= 1 ? "within budget" : "OVER BUDGET"}`,
  );
  // ~1,000-word articles: consecutive fixtures joined; the slowest single extraction.
  const long: string[] = [];
  let cur = "";
  for (const f of fixtures) {
    cur = cur ? `${cur}\n\n${f.body}` : f.body;
    if (words(cur) >= 1000) {
      long.push(cur);
      cur = "";
    }
  }
  let worst = 0;
  for (let r = 0; r < 5; r++) {
    for (const a of long) {
      const c0 = process.cpuUsage();
      extractClaims(a, { engine });
      const c = process.cpuUsage(c0);
      worst = Math.max(worst, (c.user + c.system) / 1000 / (words(a) / 1000));
    }
  }
  console.log(
    `  engine ${engine.padEnd(7)} slowest ~1,000-word article (${long.length} of them, 5 rounds): ${worst.toFixed(2)} ms per 1,000 words; budget 5 ms: ${worst <= 5 ? "within" : "OVER"}`,
  );
}

const avgWords = Math.round(fixtures.reduce((n, f) => n + words(f.body), 0) / fixtures.length);
console.log(
  `extract-speed: ${fixtures.length} articles (avg ${avgWords} words), ${rounds} rounds x ${batch} runs each; ${cpus()[0]?.model ?? "unknown CPU"} x${cpus().length}`,
);
measure("learned");
measure("rules");

const polnear = process.env.POLNEAR_DIR ?? "../shared/data/polnear";
if (existsSync(`${polnear}/dev`)) {
  const dev = loadSplit(polnear, "dev");
  const devWords = dev.reduce((n, a) => n + words(a.text), 0);
  const line: string[] = [];
  for (const engine of ["learned", "rules"] as const) {
    for (const a of dev) extractClaims(a.text, { title: a.title, engine });
    const totals: number[] = [];
    for (let r = 0; r < 5; r++) {
      const c0 = process.cpuUsage();
      for (const a of dev) extractClaims(a.text, { title: a.title, engine });
      const c = process.cpuUsage(c0);
      totals.push(((c.user + c.system) / 1000 / devWords) * 1000);
    }
    totals.sort((a, b) => a - b);
    line.push(`${engine} median ${totals[2]?.toFixed(3)}`);
  }
  console.log(
    `  PolNeAR dev (${dev.length} articles, ${devWords} words, 5 passes): CPU ms per 1,000 words ${line.join(", ")}; budget 1.000`,
  );
} else console.log(`  PolNeAR dev: not measured (${polnear} not found; POLNEAR_DIR names it)`);
