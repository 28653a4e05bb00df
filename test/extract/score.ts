/**
 * Scoring of extracted claims against the hand-labelled fixtures. Shared by `npm run eval`
 * (bench/extract-eval.ts) and the regression test (test/extract/eval.test.ts).
 *
 * Matching rule
 * - Texts are normalised: diacritics folded, lower-cased, quote marks and punctuation removed,
 *   whitespace collapsed.
 * - A predicted claim matches a gold claim when the normalised gold `key` is contained in the
 *   normalised predicted text, or when the token Jaccard overlap of the two is >= 0.5.
 * - A claimant is right when its name is the gold one, normalised, or the gold one followed by
 *   its acronym in parentheses ("International Monetary Fund (IMF)", as extraction names an
 *   organisation the article also calls by its acronym).
 * - Matching is one-to-one and greedy: required gold claims first (in text order), each taking
 *   the unused matching prediction with the best overlap; then optional gold claims.
 *
 * Claims: TP = matched required gold; FN = unmatched required gold; FP = prediction matched to
 * no gold claim at all. Predictions matched to optional gold claims are ignored.
 * Attribution (claimant): a (claim, claimant) pair is correct when the prediction matches a
 * required gold claim and the normalised canonical names are equal. Precision is over predicted
 * claims that carry a claimant (ignoring optional matches), recall over gold claims that have one.
 * Per pattern: recall uses the gold pattern, precision the predicted pattern.
 * Non-claims: a prediction whose span overlaps any occurrence of a `nonClaims` string is a
 * violation (and also a false positive).
 */
import { withoutAcronym } from "../../src/extract/claimants/acronyms";
import type { ExtractedClaim } from "../../src/extract/index";
import type { Fixture, GoldClaim } from "./fixtures/types";

export function normalize(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[ıøæßđł]/g, (c) => ({ ı: "i", ø: "o", æ: "ae", ß: "ss", đ: "d", ł: "l" })[c] ?? c)
    .replace(/[’‘`´]/g, "'")
    .replace(/[^a-z0-9%$€£ ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

function toks(s: string): Set<string> {
  return new Set(normalize(s).split(" ").filter(Boolean));
}

export function jaccard(a: string, b: string): number {
  const A = toks(a);
  const B = toks(b);
  if (A.size === 0 || B.size === 0) return 0;
  let inter = 0;
  for (const t of A) if (B.has(t)) inter++;
  return inter / (A.size + B.size - inter);
}

/** Overlap score of a prediction with a gold key (0 = no match). */
export function matchScore(predText: string, key: string): number {
  const p = normalize(predText);
  const k = normalize(key);
  if (k.length > 0 && p.includes(k)) return 1 + k.length / Math.max(1, p.length);
  const j = jaccard(predText, key);
  return j >= 0.5 ? j : 0;
}

export function sameClaimant(pred: string | null | undefined, gold: string | null): boolean {
  if (!pred || !gold) return false;
  if (normalize(pred) === normalize(gold)) return true;
  // "International Monetary Fund (IMF)": the name with the acronym the article also uses.
  const bare = withoutAcronym(pred);
  return bare !== null && normalize(bare) === normalize(gold);
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

export function prf(c: Counts): Prf {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, ...c };
}

export interface PairDetail {
  gold: GoldClaim;
  pred: ExtractedClaim | null;
  claimantOk: boolean;
}

export interface FixtureScore {
  id: string;
  split: string;
  claims: Counts;
  attribution: Counts;
  /** Per pattern: claims and attribution counts (recall by gold pattern, precision by predicted). */
  patterns: Map<string, { claims: Counts; attribution: Counts }>;
  violations: Array<{ nonClaim: string; pred: ExtractedClaim }>;
  pairs: PairDetail[];
  falsePositives: ExtractedClaim[];
}

function bucket(map: FixtureScore["patterns"], p: string) {
  let b = map.get(p);
  if (!b) {
    b = { claims: { tp: 0, fp: 0, fn: 0 }, attribution: { tp: 0, fp: 0, fn: 0 } };
    map.set(p, b);
  }
  return b;
}

/** Gold keys must occur in the body (normalised): catches label typos. */
export function checkFixture(f: Fixture): string[] {
  const body = normalize(f.body);
  const errors: string[] = [];
  for (const g of f.claims)
    if (!body.includes(normalize(g.key))) errors.push(`${f.id}: key not in body: ${g.key}`);
  for (const n of f.nonClaims)
    if (!f.body.includes(n)) errors.push(`${f.id}: nonClaim not in body: ${n}`);
  return errors;
}

export function scoreFixture(f: Fixture, preds: ExtractedClaim[]): FixtureScore {
  const used = new Set<number>();
  const matchOf = new Map<GoldClaim, number>();
  const order = [...f.claims.filter((g) => !g.optional), ...f.claims.filter((g) => g.optional)];
  for (const g of order) {
    let best = -1;
    let bestScore = 0;
    preds.forEach((p, i) => {
      if (used.has(i)) return;
      const s = matchScore(p.text, g.key);
      if (s > bestScore) {
        best = i;
        bestScore = s;
      }
    });
    if (best >= 0) {
      used.add(best);
      matchOf.set(g, best);
    }
  }
  const optionalPreds = new Set<number>();
  for (const g of f.claims)
    if (g.optional && matchOf.has(g)) optionalPreds.add(matchOf.get(g) as number);

  const s: FixtureScore = {
    id: f.id,
    split: f.split,
    claims: { tp: 0, fp: 0, fn: 0 },
    attribution: { tp: 0, fp: 0, fn: 0 },
    patterns: new Map(),
    violations: [],
    pairs: [],
    falsePositives: [],
  };
  const goldOfPred = new Map<number, GoldClaim>();
  for (const g of f.claims) {
    if (g.optional) continue;
    const i = matchOf.get(g);
    const pred = i === undefined ? null : (preds[i] ?? null);
    if (i !== undefined) goldOfPred.set(i, g);
    const ok =
      pred !== null && g.claimant !== null && sameClaimant(pred.claimant?.name, g.claimant);
    s.pairs.push({
      gold: g,
      pred,
      claimantOk: ok || (pred !== null && g.claimant === null && pred.claimant === null),
    });
    const gb = bucket(s.patterns, g.pattern);
    if (pred) s.claims.tp++;
    else {
      s.claims.fn++;
      gb.claims.fn++;
    }
    if (g.claimant !== null) {
      if (ok) s.attribution.tp++;
      else {
        s.attribution.fn++;
        gb.attribution.fn++;
      }
    }
  }
  preds.forEach((p, i) => {
    if (optionalPreds.has(i)) return;
    const pb = bucket(s.patterns, p.pattern);
    const g = goldOfPred.get(i);
    if (g) pb.claims.tp++;
    else {
      s.claims.fp++;
      pb.claims.fp++;
      s.falsePositives.push(p);
    }
    if (p.claimant) {
      const ok =
        g !== undefined && g.claimant !== null && sameClaimant(p.claimant.name, g.claimant);
      if (ok) pb.attribution.tp++;
      else {
        s.attribution.fp++;
        pb.attribution.fp++;
      }
    }
  });
  for (const n of f.nonClaims) {
    let from = 0;
    for (let at = f.body.indexOf(n, from); at !== -1; at = f.body.indexOf(n, from)) {
      for (const p of preds)
        if (p.span && p.span.start < at + n.length && p.span.end > at)
          s.violations.push({ nonClaim: n, pred: p });
      from = at + 1;
    }
  }
  return s;
}

export interface Report {
  claims: Prf;
  attribution: Prf;
  bySplit: Map<string, { claims: Prf; attribution: Prf }>;
  byPattern: Map<string, { claims: Prf; attribution: Prf }>;
  violations: number;
  fixtures: FixtureScore[];
}

function add(a: Counts, b: Counts): void {
  a.tp += b.tp;
  a.fp += b.fp;
  a.fn += b.fn;
}

export function evaluate(fixtures: Fixture[], extract: (f: Fixture) => ExtractedClaim[]): Report {
  const all = { claims: { tp: 0, fp: 0, fn: 0 }, attribution: { tp: 0, fp: 0, fn: 0 } };
  const splits = new Map<string, { claims: Counts; attribution: Counts }>();
  const patterns = new Map<string, { claims: Counts; attribution: Counts }>();
  const scores: FixtureScore[] = [];
  let violations = 0;
  for (const f of fixtures) {
    const s = scoreFixture(f, extract(f));
    scores.push(s);
    add(all.claims, s.claims);
    add(all.attribution, s.attribution);
    let sp = splits.get(f.split);
    if (!sp) {
      sp = { claims: { tp: 0, fp: 0, fn: 0 }, attribution: { tp: 0, fp: 0, fn: 0 } };
      splits.set(f.split, sp);
    }
    add(sp.claims, s.claims);
    add(sp.attribution, s.attribution);
    for (const [p, c] of s.patterns) {
      let b = patterns.get(p);
      if (!b) {
        b = { claims: { tp: 0, fp: 0, fn: 0 }, attribution: { tp: 0, fp: 0, fn: 0 } };
        patterns.set(p, b);
      }
      add(b.claims, c.claims);
      add(b.attribution, c.attribution);
    }
    violations += s.violations.length;
  }
  const conv = (m: Map<string, { claims: Counts; attribution: Counts }>) =>
    new Map(
      [...m].map(([k, v]) => [k, { claims: prf(v.claims), attribution: prf(v.attribution) }]),
    );
  return {
    claims: prf(all.claims),
    attribution: prf(all.attribution),
    bySplit: conv(splits),
    byPattern: conv(new Map([...patterns].sort(([a], [b]) => a.localeCompare(b)))),
    violations,
    fixtures: scores,
  };
}
