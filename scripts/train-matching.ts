/**
 * `npm run train:matching -- --dir ../shared/data/claim-matching/clef2020-task2`: trains the
 * claim-matching re-ranker (src/matching/) on the CLEF-2020 Task 2 train tweets and writes its
 * weights to src/matching/model.json. Candidates come from an in-memory mirror of the route's
 * FTS5 search (bench/matching/fts5.ts); the model is a logistic regression over the features of
 * src/matching/features.ts, fitted by Newton's method with L2. Reads the data where
 * it lies; writes only the weights. Prints train figures (in-sample and by k-fold
 * cross-validation, `--cv 5`) for the record; `--drop a,b` zeroes features, `--write no` keeps
 * model.json, `--eval dev` also prints another split's figures (not for tuning).
 */

import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { loadTweets, loadVerifiedClaims, measures } from "../bench/matching/clef";
import { type Doc, Fts5 } from "../bench/matching/fts5";
import { arg } from "../bench/polnear/cli";
import { FEATURE_NAMES, features, prepareQuery } from "../src/matching/features";
import { logistic, type Model } from "../src/matching/rank";
import { analyse } from "../src/matching/text";

const dir = arg("dir", "../shared/data/claim-matching/clef2020-task2");
const split = arg("split", "train");
const l2 = Number(arg("l2", "0.001"));
const iterations = Number(arg("iterations", "12"));
const hardNegatives = Number(arg("hard-negatives", "30"));
const out = arg("out", fileURLToPath(new URL("../src/matching/model.json", import.meta.url)));

const docs: Doc[] = loadVerifiedClaims(dir).map((v) => ({
  id: v.id,
  text: analyse(v.claim),
  title: { ...analyse(v.title), entities: [] },
}));
const index = new Fts5(docs);

interface Row {
  x: number[];
  y: number;
  query: number;
  id: string;
  position: number;
}

/** Every candidate of every tweet of `name`, with its features and whether it is the gold one. */
function rowsOf(name: string): { tweets: ReturnType<typeof loadTweets>; rows: Row[] } {
  const rows: Row[] = [];
  const tweets = loadTweets(dir, name);
  tweets.forEach((tweet, qi) => {
    const query = analyse(tweet.text);
    const { candidates, stats } = index.candidates(query);
    const q = prepareQuery(query, stats);
    const best = candidates[0]?.rank ?? 0;
    const second = candidates[1]?.rank ?? 0;
    candidates.forEach((d, i) => {
      rows.push({
        x: features(q, d, best, second, i),
        y: tweet.gold.has(d.id) ? 1 : 0,
        query: qi,
        id: d.id,
        position: i,
      });
    });
  });
  return { tweets, rows };
}
const { tweets, rows } = rowsOf(split);
// --drop a,b: those features zeroed (to measure what each adds).
const dropped = new Set(arg("drop", "").split(",").filter(Boolean));
const mask = FEATURE_NAMES.map((n) => dropped.has(n));
for (const r of rows) r.x = r.x.map((v, j) => (mask[j] ? 0 : v));

const dims = FEATURE_NAMES.length;
/** Solves A x = b by Gaussian elimination with partial pivoting (A is small: the features). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i] ?? 0]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++)
      if (Math.abs(m[r]?.[c] ?? 0) > Math.abs(m[pivot]?.[c] ?? 0)) pivot = r;
    [m[c], m[pivot]] = [m[pivot] as number[], m[c] as number[]];
    const row = m[c] as number[];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const other = m[r] as number[];
      const f = (other[c] ?? 0) / (row[c] ?? 1);
      for (let k = c; k <= n; k++) other[k] = (other[k] ?? 0) - f * (row[k] ?? 0);
    }
  }
  return m.map((row, i) => (row[n] ?? 0) / (row[i] ?? 1));
}

/** Newton's method on a weighted, L2-regularised log loss; the last weight is the bias. */
function fitLogistic(
  data: { x: number[]; y: number; weight: number }[],
  withBias: boolean,
): number[] {
  const n = (data[0]?.x.length ?? 0) + 1;
  let theta = new Array<number>(n).fill(0);
  for (let iteration = 0; iteration < iterations; iteration++) {
    const grad = new Array<number>(n).fill(0);
    const hess = Array.from({ length: n }, () => new Array<number>(n).fill(0));
    let total = 0;
    for (const r of data) {
      const x = [...r.x, withBias ? 1 : 0];
      let z = 0;
      for (let j = 0; j < n; j++) z += (theta[j] ?? 0) * (x[j] ?? 0);
      const p = 1 / (1 + Math.exp(-z));
      total += r.weight;
      const g = (p - r.y) * r.weight;
      const h = p * (1 - p) * r.weight;
      for (let j = 0; j < n; j++) {
        grad[j] = (grad[j] ?? 0) + g * (x[j] ?? 0);
        const hj = hess[j] as number[];
        for (let k = 0; k < n; k++) hj[k] = (hj[k] ?? 0) + h * (x[j] ?? 0) * (x[k] ?? 0);
      }
    }
    for (let j = 0; j < n; j++) {
      const reg = j < n - 1 ? l2 : withBias ? 0 : 1;
      grad[j] = (grad[j] ?? 0) / total + reg * (theta[j] ?? 0);
      const hj = hess[j] as number[];
      for (let k = 0; k < n; k++) hj[k] = (hj[k] ?? 0) / total + (j === k ? reg : 0);
    }
    const step = solve(hess, grad);
    theta = theta.map((t, j) => t - (step[j] ?? 0));
  }
  return theta;
}

/** The re-ranker fitted on `rows`: ranking weights pairwise, then the scale and bias (Platt). */
function train(rows: Row[]): Model {
  const byQuery = groupByQuery(rows);
  const ranking = fitPairwise(byQuery);
  return platt(rows, ranking);
}

function fitPairwise(byQuery: Map<number, Row[]>): number[] {
  // 1. The ranking: which of two candidates of one query is the gold one (pairwise, no bias).
  const pairs: { x: number[]; y: number; weight: number }[] = [];
  for (const candidates of byQuery.values()) {
    for (const gold of candidates) {
      if (gold.y !== 1) continue;
      for (const other of candidates) {
        // Hard negatives: those full-text search ranks near the top, where the order matters.
        if (other.y === 1 || other.position >= hardNegatives) continue;
        const diff = gold.x.map((v, j) => v - (other.x[j] ?? 0));
        pairs.push({ x: diff, y: 1, weight: 1 }, { x: diff.map((v) => -v), y: 0, weight: 1 });
      }
    }
  }
  return fitLogistic(pairs, false).slice(0, dims);
}

function platt(rows: Row[], ranking: number[]): Model {
  // 2. The score: a probability, fitted on every candidate's ranking value (Platt scaling).
  const values = rows.map((r) => ({
    x: [r.x.reduce((sum, v, j) => sum + v * (ranking[j] ?? 0), 0)],
    y: r.y,
    weight: 1,
  }));
  const [scale = 1, offset = 0] = fitLogistic(values, true);
  return {
    features: [...FEATURE_NAMES],
    weights: ranking.map((v) => Number((v * scale).toFixed(5))),
    bias: Number(offset.toFixed(5)),
  };
}

function groupByQuery(rows: Row[]): Map<number, Row[]> {
  const byQuery = new Map<number, Row[]>();
  for (const r of rows) {
    const list = byQuery.get(r.query) ?? [];
    list.push(r);
    byQuery.set(r.query, list);
  }
  return byQuery;
}

/** Each tweet's candidates as `model` orders them (ties to the candidate stored first). */
function ranked(model: Model, rows: Row[], count: number): { ranked: string[]; score: number }[] {
  const byQuery = groupByQuery(rows);
  return Array.from({ length: count }, (_, qi) => {
    const scored = (byQuery.get(qi) ?? [])
      .map((r) => ({ id: r.id, s: logistic(model, r.x), position: r.position }))
      .sort((a, b) => b.s - a.s || a.position - b.position);
    return { ranked: scored.map((r) => r.id), score: scored[0]?.s ?? 0 };
  });
}

const f = (m: ReturnType<typeof measures>) =>
  `MAP@5 ${m.map5.toFixed(3)} MAP@1 ${m.map1.toFixed(3)} MRR ${m.mrr.toFixed(3)} recall@5 ${m.recall5.toFixed(3)}`;
const gold = (t: { gold: Set<string> }[]) => t.map((x) => x.gold);
const withGold = (golds: Set<string>[], runs: { ranked: string[] }[]) =>
  runs.map((r, i) => ({ ranked: r.ranked, gold: golds[i] ?? new Set<string>() }));

const model = train(rows);

// The candidates' own order, and how often the gold claim is among them at all.
const byQuery = groupByQuery(rows);
const fts = tweets.map((t, qi) => ({
  gold: t.gold,
  ranked: (byQuery.get(qi) ?? []).map((r) => r.id),
}));
const recall = fts.filter((r) => r.ranked.some((id) => r.gold.has(id))).length / tweets.length;
console.log(
  `${split}: ${tweets.length} tweets, ${rows.length} candidates, gold among candidates ${recall.toFixed(3)}`,
);
console.log(`candidate order (FTS5 bm25):   ${f(measures(fts))}`);
console.log(
  `re-ranked (in-sample):         ${f(measures(withGold(gold(tweets), ranked(model, rows, tweets.length))))}`,
);
// Cross-validation: each fold's tweets re-ranked by a model fitted on the other folds.
const folds = Number(arg("cv", "5"));
if (folds > 1) {
  const heldOut: { ranked: string[]; gold: Set<string> }[] = [];
  for (let k = 0; k < folds; k++) {
    const held = rows.filter((r) => r.query % folds === k);
    const fitted = train(rows.filter((r) => r.query % folds !== k));
    const runs = ranked(fitted, held, tweets.length);
    tweets.forEach((t, qi) => {
      if (qi % folds === k) heldOut.push({ gold: t.gold, ranked: runs[qi]?.ranked ?? [] });
    });
  }
  console.log(`re-ranked (${folds}-fold CV):        ${f(measures(heldOut))}`);
}
const evaluate = arg("eval", "");
if (evaluate) {
  const other = rowsOf(evaluate);
  const runs = ranked(model, other.rows, other.tweets.length);
  console.log(
    `${evaluate} (fitted on ${split}):       ${f(measures(withGold(gold(other.tweets), runs)))}`,
  );
}
for (let j = 0; j < dims; j++) console.log(`  ${FEATURE_NAMES[j]?.padEnd(22)} ${model.weights[j]}`);
console.log(`  bias                   ${model.bias}`);
if (arg("write", "yes") === "yes") {
  writeFileSync(out, `${JSON.stringify(model, null, 2)}\n`);
  console.log(`wrote ${out}`);
}
