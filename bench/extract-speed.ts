/**
 * Extraction speed in Node: CPU time per 1,000 words over the fixture set.
 *
 * Each sample runs one article `batch` times and divides the process CPU time
 * (process.cpuUsage, user + system) by the words processed, so the figure is CPU cost, not
 * wall time (other processes on the machine do not inflate it). Samples are taken for every
 * article in every round; the median and p99 over all samples are printed.
 * Budget: <= 1 ms CPU per 1,000 words, median (a Worker request has 10 ms CPU in total).
 *   npx tsx bench/extract-speed.ts [rounds] [batch]
 */
import { extractClaims } from "../src/extract/index";
import { fixtures } from "../test/extract/fixtures/index";

const rounds = Number(process.argv[2] ?? 30);
const batch = Number(process.argv[3] ?? 20);
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

// Warm-up (JIT, regex compilation).
for (let i = 0; i < 30; i++) for (const f of fixtures) extractClaims(f.body);

const samples: number[] = [];
let cpuTotal = 0;
let wordTotal = 0;
for (let r = 0; r < rounds; r++) {
  for (const f of fixtures) {
    const w = words(f.body);
    const c0 = process.cpuUsage();
    for (let k = 0; k < batch; k++) extractClaims(f.body);
    const c = process.cpuUsage(c0);
    const ms = (c.user + c.system) / 1000;
    samples.push((ms / (batch * w)) * 1000);
    cpuTotal += ms;
    wordTotal += batch * w;
  }
}
samples.sort((a, b) => a - b);
const q = (p: number) => samples[Math.min(samples.length - 1, Math.floor(p * samples.length))] ?? 0;
const avgWords = Math.round(fixtures.reduce((n, f) => n + words(f.body), 0) / fixtures.length);
console.log(
  `extract-speed: ${fixtures.length} articles (avg ${avgWords} words), ${rounds} rounds x ${batch} runs each`,
);
console.log(
  `  CPU ms per 1,000 words: median ${q(0.5).toFixed(3)}, p99 ${q(0.99).toFixed(3)}, mean ${((cpuTotal / wordTotal) * 1000).toFixed(3)}`,
);
console.log(
  `  budget 1.000 ms per 1,000 words (median): ${q(0.5) <= 1 ? "within budget" : "OVER BUDGET"}`,
);
