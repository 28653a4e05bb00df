/**
 * Scoring of attributed claims against PolNeAR gold, as the product is judged
 * (../shared/data/README.md, "How the product is judged on PolNeAR"):
 *
 * - only attributed predictions count (claimant not null, span not null);
 * - coverage: a gold *speech-act* attribution (a word of its cue in SPEECH_CUES) is found when at
 *   least half of its content characters lie under predicted spans; a prediction is right when at
 *   least half of it lies inside one gold content (any cue); the claimant is right when the
 *   prediction overlapping a found attribution most names a capitalised word of the gold source;
 * - strict: predictions and gold contents (all cues) paired one to one, largest overlap first, a
 *   pair when the overlap is at least half of each.
 */
import type { GoldAttribution, PolnearArticle, Ranges } from "./load";

/** The judge's reporting words: a gold attribution is a speech act when its cue has one. */
export const SPEECH_CUES = new Set(
  `said says say saying told tells telling tell according stated states state claimed claims claim
  claiming argued argues argue arguing added adds adding wrote writes write writing warned warns warn
  warning insisted insists insist reported reports announced announces announce denied denies deny
  denying suggested suggests suggest explained explains noted notes noting asserted asserts alleged
  alleges alleging contended contends maintained maintains acknowledged acknowledges admitted admits
  predicted predicts estimated estimates confirmed confirms declared declares testified tweeted
  posted responded replied countered stressed emphasized emphasised concluded found finds shows show
  showed showing indicated indicates revealed reveals accused accuses disputed disputes rejected
  rejects pointed promised promises vowed vows asked`.split(/\s+/),
);

const SOURCE_STOP = new Set(
  "the a an he she it they we i you his her its their our this that these those mr mrs ms dr".split(
    " ",
  ),
);

export interface Prediction {
  start: number;
  end: number;
  claimant: string;
}

export function isSpeechAct(cue: string): boolean {
  return cue
    .toLowerCase()
    .split(/[^a-z]+/)
    .some((w) => SPEECH_CUES.has(w));
}

/** Capitalised words of a gold source, case-folded, possessive dropped, stop words removed. */
export function sourceWords(source: string): string[] {
  const out: string[] = [];
  for (const raw of source.split(/\s+/)) {
    const w = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "").replace(/['’]s$/u, "");
    if (!/^\p{Lu}/u.test(w)) continue;
    const f = w.toLowerCase();
    if (!SOURCE_STOP.has(f)) out.push(f);
  }
  return out;
}

function nameWords(name: string): Set<string> {
  return new Set(
    name
      .toLowerCase()
      .split(/\s+/)
      .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "").replace(/['’]s$/u, ""))
      .filter(Boolean),
  );
}

function rangesLength(r: Ranges): number {
  let n = 0;
  for (const [s, e] of r) n += e - s;
  return n;
}

function overlap(r: Ranges, s: number, e: number): number {
  let n = 0;
  for (const [a, b] of r) n += Math.max(0, Math.min(b, e) - Math.max(a, s));
  return n;
}

export interface Counts {
  /** Gold speech-act attributions with content. */
  gold: number;
  found: number;
  preds: number;
  right: number;
  /** Found attributions whose gold source names someone (has a capitalised word). */
  claimantGold: number;
  claimantRight: number;
  /** Strict: all gold contents, predictions, one-to-one pairs. */
  strictGold: number;
  strictPreds: number;
  strictPairs: number;
  /** Unpaired gold contents that predictions do cover (half or more), split into several claims. */
  strictSplit: number;
  /** Unpaired gold contents covered by one prediction that runs on well past it. */
  strictTooLong: number;
  /** Unpaired gold contents of non-speech cues (beliefs, plans, wishes) left uncovered. */
  strictNonSpeech: number;
  /** Speech-act gold contents, and how many of them the strict matching paired. */
  strictSpeechGold: number;
  strictSpeechPairs: number;
  /** Unpaired predictions lying (half or more) inside a gold content they cover less than half of: one of several parts we split it into. */
  strictPredPart: number;
  /** Unpaired predictions covering half or more of a gold content but running on past it. */
  strictPredTooLong: number;
}

export function emptyCounts(): Counts {
  return {
    gold: 0,
    found: 0,
    preds: 0,
    right: 0,
    claimantGold: 0,
    claimantRight: 0,
    strictGold: 0,
    strictPreds: 0,
    strictPairs: 0,
    strictSplit: 0,
    strictTooLong: 0,
    strictNonSpeech: 0,
    strictSpeechGold: 0,
    strictSpeechPairs: 0,
    strictPredPart: 0,
    strictPredTooLong: 0,
  };
}

export function addCounts(a: Counts, b: Counts): void {
  for (const k of Object.keys(a) as Array<keyof Counts>) a[k] += b[k];
}

export interface GoldOutcome {
  gold: GoldAttribution;
  speech: boolean;
  found: boolean;
  /** Claimant judged (gold source names someone) and right. */
  claimantOk: boolean | null;
  best: Prediction | null;
}

export interface ArticleScore {
  counts: Counts;
  outcomes: GoldOutcome[];
  /** Predictions not lying half inside any gold content. */
  wrong: Prediction[];
  /** Predictions left unpaired by the strict matching. */
  strictUnpaired: Prediction[];
}

export function scoreArticle(article: PolnearArticle, preds: Prediction[]): ArticleScore {
  const c = emptyCounts();
  const golds = article.attributions.filter(
    (g): g is GoldAttribution & { content: Ranges } =>
      g.content !== null && rangesLength(g.content) > 0,
  );
  // Coverage mask of predicted spans.
  const covered = new Uint8Array(article.text.length + 1);
  for (const p of preds) covered.fill(1, p.start, p.end);
  const outcomes: GoldOutcome[] = [];
  for (const g of golds) {
    const speech = isSpeechAct(g.cueText);
    if (!speech) {
      outcomes.push({ gold: g, speech, found: false, claimantOk: null, best: null });
      continue;
    }
    c.gold++;
    let len = 0;
    let cov = 0;
    for (const [s, e] of g.content) {
      for (let i = s; i < e; i++) cov += covered[i] ?? 0;
      len += e - s;
    }
    const found = cov * 2 >= len;
    let best: Prediction | null = null;
    let claimantOk: boolean | null = null;
    if (found) {
      c.found++;
      let bestOv = 0;
      for (const p of preds) {
        const ov = overlap(g.content, p.start, p.end);
        if (ov > bestOv) {
          bestOv = ov;
          best = p;
        }
      }
      const words = sourceWords(g.sourceText);
      if (words.length > 0 && best) {
        c.claimantGold++;
        const have = nameWords(best.claimant);
        claimantOk = words.some((w) => have.has(w));
        if (claimantOk) c.claimantRight++;
      }
    }
    outcomes.push({ gold: g, speech, found, claimantOk, best });
  }
  const wrong: Prediction[] = [];
  for (const p of preds) {
    c.preds++;
    const len = p.end - p.start;
    if (golds.some((g) => overlap(g.content, p.start, p.end) * 2 >= len)) c.right++;
    else wrong.push(p);
  }
  // Strict one-to-one pairing, largest overlap first.
  const cand: Array<[number, number, number]> = [];
  golds.forEach((g, gi) => {
    const glen = rangesLength(g.content);
    preds.forEach((p, pi) => {
      const ov = overlap(g.content, p.start, p.end);
      if (ov > 0 && ov * 2 >= glen && ov * 2 >= p.end - p.start) cand.push([ov, gi, pi]);
    });
  });
  cand.sort((a, b) => b[0] - a[0]);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  for (const [, gi, pi] of cand) {
    if (usedG.has(gi) || usedP.has(pi)) continue;
    usedG.add(gi);
    usedP.add(pi);
  }
  c.strictGold = golds.length;
  c.strictPreds = preds.length;
  c.strictPairs = usedG.size;
  // Why the unpaired gold contents are unpaired.
  golds.forEach((g, gi) => {
    if (isSpeechAct(g.cueText)) {
      c.strictSpeechGold++;
      if (usedG.has(gi)) c.strictSpeechPairs++;
    }
    if (usedG.has(gi)) return;
    const glen = rangesLength(g.content);
    let cov = 0;
    for (const [s0, e0] of g.content) for (let i = s0; i < e0; i++) cov += covered[i] ?? 0;
    const touching = preds.filter((p) => overlap(g.content, p.start, p.end) > 0);
    if (cov * 2 >= glen && touching.length > 1) c.strictSplit++;
    else if (cov * 2 >= glen && touching.length === 1) c.strictTooLong++;
    else if (!isSpeechAct(g.cueText)) c.strictNonSpeech++;
  });
  const strictUnpaired = preds.filter((_, i) => !usedP.has(i));
  // Why the unpaired predictions are unpaired (the rest lie outside every gold content).
  for (const p of strictUnpaired) {
    const plen = p.end - p.start;
    let part = false;
    let long = false;
    for (const g of golds) {
      const ov = overlap(g.content, p.start, p.end);
      if (ov === 0) continue;
      if (ov * 2 >= plen) part = true;
      else if (ov * 2 >= rangesLength(g.content)) long = true;
    }
    if (part) c.strictPredPart++;
    else if (long) c.strictPredTooLong++;
  }
  return { counts: c, outcomes, wrong, strictUnpaired };
}

export interface Figures {
  precision: number;
  recall: number;
  f1: number;
  claimant: number;
  strictP: number;
  strictR: number;
  strictF1: number;
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

export function figures(c: Counts): Figures {
  const precision = ratio(c.right, c.preds);
  const recall = ratio(c.found, c.gold);
  const strictP = ratio(c.strictPairs, c.strictPreds);
  const strictR = ratio(c.strictPairs, c.strictGold);
  return {
    precision,
    recall,
    f1: f1(precision, recall),
    claimant: ratio(c.claimantRight, c.claimantGold),
    strictP,
    strictR,
    strictF1: f1(strictP, strictR),
  };
}

/**
 * The predictions with each run of consecutive claims of one claimant that only punctuation,
 * quote marks and spaces separate (the sentences of one quote, in one paragraph) joined into
 * one: what strict would say if we did not split a quote into its sentences.
 */
export function joinedQuoteSentences(text: string, preds: Prediction[]): Prediction[] {
  const sorted = [...preds].sort((a, b) => a.start - b.start);
  const out: Prediction[] = [];
  for (const p of sorted) {
    const last = out[out.length - 1];
    if (
      last &&
      last.claimant === p.claimant &&
      p.start >= last.end &&
      /^[\s.,;:!?”"’'“‘()\u2014-]*$/u.test(text.slice(last.end, p.start)) &&
      !text.slice(last.end, p.start).includes("\n")
    ) {
      last.end = p.end;
      continue;
    }
    out.push({ ...p });
  }
  return out;
}
