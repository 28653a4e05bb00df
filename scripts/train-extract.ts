/**
 * `npm run train:extract -- --dir <polnear>`: trains the attribution tagger (a hashed averaged
 * perceptron, src/extract/tagger/) on PolNeAR train and writes its weights, as sparse int8
 * rows, to src/extract/tagger/weights.ts. Deterministic for given options (seeded shuffle).
 *   --dir <path>    PolNeAR root (default ../shared/data/polnear)
 *   --epochs <n>    passes over train (default 8)
 *   --bits <n>      log2 of the feature rows (default 18)
 *   --dry           train and report on dev, write nothing
 */

import { writeFileSync } from "node:fs";
import { arg } from "../bench/polnear/cli";
import { loadSplit, type PolnearArticle, type Ranges } from "../bench/polnear/load";
import {
  addCounts,
  emptyCounts,
  figures,
  isSpeechAct,
  type Prediction,
  scoreArticle,
} from "../bench/polnear/score";
import { typographicQuotes } from "../src/extract/ascii-quotes";
import { lowerAt, type TagDoc, tagDoc } from "../src/extract/tagger/doc";
import {
  allowed,
  BC,
  BS,
  BT,
  cueFlags,
  DYNAMIC_FEATURES,
  dynamicFeatures,
  IC,
  IS,
  IT,
  NUM_LABELS,
  nextState,
  O,
  STATIC_FEATURES,
  STRIDE,
  staticFeatures,
} from "../src/extract/tagger/features";
import { compactModel, tag } from "../src/extract/tagger/model";
import { attributionsOf } from "../src/extract/tagger/spans";

const dir = arg("dir", "../shared/data/polnear");
const epochs = Number(arg("epochs", "6"));
const bits = Number(arg("bits", "18"));
const dry = process.argv.includes("--dry");
/** Quantised weights below this magnitude are dropped (smaller file, little loss). */
const prune = Number(arg("prune", "8"));
const speechOnly = process.argv.includes("--speech-only");
const out = arg("out", "src/extract/tagger/weights.ts");

/** --holdout <n>: train without the last n train articles and report (and dump) on them. */
const holdout = Number(arg("holdout", "0"));
const minCount = Number(arg("min-count", "20"));
const all = loadSplit(dir, "train");
const every = holdout > 0 ? Math.max(2, Math.floor(all.length / holdout)) : 0;
const train = holdout > 0 ? all.filter((_, i) => i % every !== 0) : all;
const dev = holdout > 0 ? all.filter((_, i) => i % every === 0) : loadSplit(dir, "dev");
console.log(`train ${train.length} articles, dev ${dev.length}`);

/** Tokens whose start lies inside the ranges. */
function tokensIn(doc: TagDoc, ranges: Ranges): number[] {
  const out: number[] = [];
  for (const [s, e] of ranges) {
    for (let i = 0; i < doc.n; i++) {
      const ts = doc.start[i] ?? 0;
      if (ts >= s && ts < e) out.push(i);
    }
  }
  return out;
}

/** Gold labels: outermost attributions first; nested ones (inside a content) are left out. */
function goldLabels(a: PolnearArticle, doc: TagDoc): Uint8Array {
  const labels = new Uint8Array(doc.n);
  const taken = new Uint8Array(doc.n);
  const atts = a.attributions
    .filter((g) => g.content)
    .map((g) => ({ g, len: (g.content ?? []).reduce((n, [s, e]) => n + e - s, 0) }))
    .sort((x, y) => y.len - x.len);
  const put = (toks: number[], b: number, i: number) => {
    let prev = -2;
    for (const t of toks) {
      labels[t] = t === prev + 1 ? i : b;
      taken[t] = 1;
      prev = t;
    }
  };
  for (const { g } of atts) {
    const c = tokensIn(doc, g.content ?? []);
    if (c.length === 0 || c.some((t) => taken[t])) continue;
    put(c, BT, IT);
    const cue = g.cue ? tokensIn(doc, g.cue) : [];
    if (cue.length && !cue.some((t) => taken[t])) put(cue, BC, IC);
    const src = g.source ? tokensIn(doc, g.source) : [];
    if (src.length && !src.some((t) => taken[t])) put(src, BS, IS);
  }
  return labels;
}

// Cue lexicon: words inside gold cues often enough.
const cueCount = new Map<string, number>();
const allCount = new Map<string, number>();
// The tagger reads what extractClaims reads: ASCII quote pairs as typographic marks.
const prepared = train.map((a) => {
  const doc = tagDoc(typographicQuotes(a.text));
  for (let i = 0; i < doc.n; i++) {
    const w = lowerAt(doc, i);
    allCount.set(w, (allCount.get(w) ?? 0) + 1);
  }
  for (const g of a.attributions) {
    if (!g.cue) continue;
    for (const t of tokensIn(doc, g.cue)) {
      const w = lowerAt(doc, t);
      cueCount.set(w, (cueCount.get(w) ?? 0) + 1);
    }
  }
  return { a, doc, gold: goldLabels(a, doc) };
});
const cues = [...cueCount]
  .filter(([w, c]) => c >= 4 && c / (allCount.get(w) ?? 1) >= 0.2 && /\p{L}/u.test(w))
  .map(([w]) => w)
  .sort();
console.log(`cue lexicon: ${cues.length} words`);
{
  const dist = new Array(NUM_LABELS).fill(0);
  for (const p of prepared) for (const l of p.gold) dist[l]++;
  console.log(`gold label counts ${dist.join(" ")}`);
}
const cueSet = new Set(cues);

const rows = 1 << bits;
const mask = rows - 1;
const w = new Float32Array(rows * STRIDE);
const u = new Float64Array(rows * STRIDE);
let clock = 1;
/** How often each row fired in training: rarely seen rows are dropped from the file. */
const seen = new Uint32Array(rows);

const feats = prepared.map((p) => {
  const cue = cueFlags(p.doc, cueSet);
  return { cue, F: staticFeatures(p.doc, cue) };
});

let seed = 12345;
const rand = () => {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return seed / 2 ** 32;
};

const dyn = new Uint32Array(DYNAMIC_FEATURES);
const rowsOf = new Int32Array(STATIC_FEATURES + DYNAMIC_FEATURES);
const sc = new Float64Array(NUM_LABELS);
for (let ep = 0; ep < epochs; ep++) {
  const order = prepared.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
  }
  let errors = 0;
  let total = 0;
  for (const di of order) {
    const { doc, gold } = prepared[di] ?? { doc: tagDoc(""), gold: new Uint8Array() };
    const { cue, F } = feats[di] ?? { cue: new Uint8Array(), F: new Uint32Array() };
    let p1 = O;
    let p2 = O;
    let state = 0;
    for (let i = 0; i < doc.n; i++) {
      if (i > 0 && doc.sent[i] !== doc.sent[i - 1]) state = 0;
      dynamicFeatures(doc, cue, i, p1, p2, state, dyn);
      for (let k = 0; k < STATIC_FEATURES; k++)
        rowsOf[k] = ((F[i * STATIC_FEATURES + k] ?? 0) & mask) * STRIDE;
      for (let k = 0; k < DYNAMIC_FEATURES; k++)
        rowsOf[STATIC_FEATURES + k] = ((dyn[k] ?? 0) & mask) * STRIDE;
      if (ep === 0) for (const r of rowsOf) seen[r / STRIDE] = (seen[r / STRIDE] ?? 0) + 1;
      sc.fill(0);
      for (const r of rowsOf)
        for (let l = 0; l < NUM_LABELS; l++) sc[l] = (sc[l] ?? 0) + (w[r + l] ?? 0);
      let best = O;
      let bs = Number.NEGATIVE_INFINITY;
      for (let l = 0; l < NUM_LABELS; l++) {
        if ((sc[l] ?? 0) > bs && allowed(p1, l)) {
          bs = sc[l] ?? 0;
          best = l;
        }
      }
      let g = gold[i] ?? O;
      // After a wrong history an I- label cannot follow: the right move is then to begin.
      if (!allowed(p1, g)) g = g === IT ? BT : g === IC ? BC : BS;
      total++;
      if (best !== g) {
        errors++;
        for (const r of rowsOf) {
          w[r + g] = (w[r + g] ?? 0) + 1;
          u[r + g] = (u[r + g] ?? 0) + clock;
          w[r + best] = (w[r + best] ?? 0) - 1;
          u[r + best] = (u[r + best] ?? 0) - clock;
        }
      }
      clock++;
      // Learn from its own history, as it will decode.
      state = nextState(state, best);
      p2 = p1;
      p1 = best;
    }
  }
  console.log(`epoch ${ep + 1}: token error ${(errors / total).toFixed(4)}`);
}

// Average, quantise to int8, keep non-zero rows.
const avg = new Float32Array(rows * STRIDE);
let maxAbs = 0;
for (let i = 0; i < avg.length; i++) {
  const v = (w[i] ?? 0) - (u[i] ?? 0) / clock;
  avg[i] = v;
  maxAbs = Math.max(maxAbs, Math.abs(v));
}
const scale = 127 / maxAbs;
const bytes: number[] = [];
let prevRow = 0;
let kept = 0;
const quant = new Int8Array(rows * STRIDE);
for (let r = 0; r < rows; r++) {
  let any = false;
  for (let l = 0; l < NUM_LABELS; l++) {
    if ((seen[r] ?? 0) < minCount) {
      quant[r * STRIDE + l] = 0;
      continue;
    }
    let q = Math.max(-127, Math.min(127, Math.round((avg[r * STRIDE + l] ?? 0) * scale)));
    if (Math.abs(q) < prune) q = 0;
    quant[r * STRIDE + l] = q;
    if (q !== 0) any = true;
  }
  if (!any) continue;
  kept++;
  let d = r - prevRow;
  prevRow = r;
  while (d >= 0x80) {
    bytes.push((d & 0x7f) | 0x80);
    d >>>= 7;
  }
  bytes.push(d);
  for (let l = 0; l < NUM_LABELS; l++) bytes.push((quant[r * STRIDE + l] ?? 0) & 0xff);
}
const { gzipSync } = await import("node:zlib");
console.log(
  `rows kept ${kept} of ${rows}; ${bytes.length} bytes, ${gzipSync(Buffer.from(bytes), { level: 9 }).length} gzipped`,
);

// Dev figures of the tagger alone (raw source text as claimant).
const model = compactModel(bits, quant, cueSet);
const total = emptyCounts();
const dump: string[] = [];
for (const a of dev) {
  const doc = tagDoc(typographicQuotes(a.text));
  const labels = tag(doc, model);
  const tagged = attributionsOf(doc, labels);
  const preds: Prediction[] = tagged
    .filter((t) => t.source)
    .filter((t) => !speechOnly || (t.cue && isSpeechAct(a.text.slice(t.cue[0], t.cue[1]))))
    .map((t) => ({
      start: t.content[0],
      end: t.content[1],
      claimant: a.text.slice(t.source?.[0] ?? 0, t.source?.[1] ?? 0),
    }));
  const sa = scoreArticle(a, preds);
  addCounts(total, sa.counts);
  if (holdout > 0) {
    const t = (s: number, e: number) => a.text.slice(s, e).replace(/\s+/g, " ");
    for (const p of sa.wrong) {
      const tt = tagged.find((x) => x.content[0] === p.start);
      const cue = tt?.cue ? t(tt.cue[0], tt.cue[1]) : "-";
      dump.push(`WRONG [${a.stem}] ${p.claimant} / ${cue} :: ${t(p.start, p.end)}`);
    }
    for (const o of sa.outcomes) {
      if (!o.speech || o.found || !o.gold.content) continue;
      const c = o.gold.content;
      dump.push(
        `MISS [${a.stem}] ${o.gold.sourceText} / ${o.gold.cueText} :: ${t(c[0]?.[0] ?? 0, c[c.length - 1]?.[1] ?? 0)}`,
      );
    }
    for (const p of sa.strictUnpaired)
      dump.push(`UNPAIRED [${a.stem}] ${p.claimant} :: ${t(p.start, p.end)}`);
  }
}
if (holdout > 0) writeFileSync("/tmp/tagger-holdout.txt", dump.join("\n"));
const f = figures(total);
console.log(
  `dev (tagger alone, raw source): coverage P ${f.precision.toFixed(3)} R ${f.recall.toFixed(3)} F1 ${f.f1.toFixed(3)} claimant ${f.claimant.toFixed(3)} | strict P ${f.strictP.toFixed(3)} R ${f.strictR.toFixed(3)} F1 ${f.strictF1.toFixed(3)}`,
);

if (!dry) {
  let bin = "";
  for (const b of bytes) bin += String.fromCharCode(b);
  const data = Buffer.from(bin, "latin1").toString("base64");
  const src = `/**
 * Weights of the attribution tagger, written by \`npm run train:extract\` (scripts/train-extract.ts)
 * from PolNeAR train (${train.length} articles; see the model card in README.md). Do not edit by hand.
 * ${kept} non-zero rows of ${rows}; epochs ${epochs}; cue lexicon ${cues.length} words.
 */
import type { SerializedModel } from "./model";

export const WEIGHTS: SerializedModel = {
  bits: ${bits},
  cues: ${JSON.stringify(cues)},
  data: "${data}",
};
`;
  writeFileSync(out, src);
  console.log(`wrote ${out} (${src.length} chars)`);
}
