/**
 * Hashed features of the attribution tagger. Static features (the words around a token, its
 * shape, quote and sentence context, the nearest cue words) are computed once per document into
 * one flat array; the few that read the labels already chosen are added while decoding.
 * Training (scripts/train-extract.ts) and the Worker share this file, so they hash alike.
 */
import {
  DOC_NOUNS,
  GROUP_NOUNS,
  MONTH_NAMES,
  ORG_NOUNS,
  PERSON_ROLE_NOUNS,
  PRONOUNS,
  TITLE_WORDS,
} from "../lexicon";
import { fnv, hashFilter, lowerAt, mayHold, SHAPE_DIGIT, SHAPE_PUNCT, type TagDoc } from "./doc";

/** Labels: outside, source, cue and content, each begun (B) or continued (I). */
export const LABELS = ["O", "B-S", "I-S", "B-C", "I-C", "B-T", "I-T"] as const;
export const NUM_LABELS = LABELS.length;
/** Weights per feature row (labels padded to a power of two). */
export const STRIDE = 8;
export const O = 0;
export const BS = 1;
export const IS = 2;
export const BC = 3;
export const IC = 4;
export const BT = 5;
export const IT = 6;

export const STATIC_FEATURES = 28;
export const DYNAMIC_FEATURES = 7;

export function mix(a: number, b: number): number {
  return mixBits(a, b) >>> 0;
}

/**
 * mix as a signed 32-bit integer: the same bits, which is all a feature id is (the callers
 * mask it or store it in a Uint32Array). A uint32 above 2^31 is a heap number in V8 whenever
 * the call is not inlined: one allocation per feature per token.
 */
function mixBits(a: number, b: number): number {
  let h = Math.imul(a ^ 0x27d4eb2d, 0x165667b1) ^ b;
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

const BOS = fnv("<s>");
/** The feature every token has (mix(1, 0)), hashed once. */
const BIAS = mixBits(1, 0);
const EOS = fnv("</s>");

/** fnv(w.slice(-k)) without the slice. */
function fnvTail(w: string, k: number): number {
  let h = 0x811c9dc5;
  for (let i = Math.max(0, w.length - k); i < w.length; i++) {
    h ^= w.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The lexicon class (see lexClass) of every word in those lists: one look-up per token. */
const LEX_CLASS = new Map<string, number>();
for (const [set, k] of [
  [MONTH_NAMES, 6],
  [DOC_NOUNS, 5],
  [GROUP_NOUNS, 4],
  [ORG_NOUNS, 4],
  [PERSON_ROLE_NOUNS, 3],
  [TITLE_WORDS, 2],
  [PRONOUNS, 1],
] as const)
  for (const w of set) LEX_CLASS.set(w, k);
LEX_CLASS.set("that", LEX_CLASS.get("that") ?? 7);

/** Most tokens are in none of those lists: their hash says so (see hashFilter). */
const LEX_FILTER = hashFilter(new Set(LEX_CLASS.keys()));

/**
 * 1 pronoun, 2 title, 3 person role, 4 organisation or group, 5 document, 6 month, 7 "that";
 * `h` is fnv(w).
 */
function lexClass(w: string, h: number): number {
  return mayHold(LEX_FILTER, h) ? (LEX_CLASS.get(w) ?? 0) : 0;
}

function distBucket(d: number): number {
  if (d <= 3) return d;
  if (d <= 6) return 4;
  if (d <= 12) return 5;
  return 6;
}

/** Cue flags per token: 1 when the lower-cased word is in the model's cue lexicon. */
export function cueFlags(doc: TagDoc, cues: Set<string>): Uint8Array {
  const out = new Uint8Array(doc.n);
  const filter = hashFilter(cues);
  for (let i = 0; i < doc.n; i++)
    if (mayHold(filter, doc.hash[i] ?? 0) && cues.has(lowerAt(doc, i))) out[i] = 1;
  return out;
}

/** What the static features read beyond a token's neighbours: cue words and sentence flags. */
export interface FeatureContext {
  /** Nearest cue word left and right within the sentence (-1 if none). */
  leftCue: Int32Array;
  rightCue: Int32Array;
  /** Per sentence: 4 it holds a quote, 2 a cue word, 1 it opens with a quote mark. */
  sentFlags: Uint8Array;
}

/** The context of every token in an active sentence (all sentences without `active`). */
export function featureContext(doc: TagDoc, cue: Uint8Array, active?: Uint8Array): FeatureContext {
  const leftCue = new Int32Array(doc.n).fill(-1);
  const rightCue = new Int32Array(doc.n).fill(-1);
  const sentFlags = new Uint8Array(doc.sentStart.length);
  for (let s = 0; s < doc.sentStart.length; s++) {
    // Only tokens of active sentences get features, and these read their own sentence only.
    if (active && !active[s]) continue;
    const a = doc.sentStart[s] ?? 0;
    const b = doc.sentEnd[s] ?? -1;
    let flags = 0;
    let last = -1;
    for (let i = a; i <= b; i++) {
      leftCue[i] = last;
      if (cue[i]) {
        last = i;
        flags |= 2;
      }
      if (doc.inQuote[i]) flags |= 4;
    }
    last = -1;
    for (let i = b; i >= a; i--) {
      rightCue[i] = last;
      if (cue[i]) last = i;
    }
    if (doc.mark[a] === 1) flags |= 1;
    sentFlags[s] = flags;
  }
  return { leftCue, rightCue, sentFlags };
}

/**
 * Static feature ids (unmasked 32-bit hashes), STATIC_FEATURES per token.
 * `cue` marks cue-lexicon words; with `active` (one flag per sentence) only the tokens of
 * active sentences get features.
 */
export function staticFeatures(doc: TagDoc, cue: Uint8Array, active?: Uint8Array): Uint32Array {
  const F = new Uint32Array(doc.n * STATIC_FEATURES);
  const ctx = featureContext(doc, cue, active);
  for (let i = 0; i < doc.n; i++) {
    if (active && !active[doc.sent[i] ?? 0]) continue;
    staticFeaturesAt(doc, cue, ctx, i, F, i * STATIC_FEATURES);
  }
  return F;
}

/**
 * The STATIC_FEATURES ids of token i into F[o …]. The tagger calls this per token into one
 * small buffer, so a document needs no table of every token's features.
 */
export function staticFeaturesAt(
  doc: TagDoc,
  cue: Uint8Array,
  context: FeatureContext,
  i: number,
  F: Uint32Array,
  o: number,
): void {
  const { n, hash, shape } = doc;
  const { leftCue, rightCue, sentFlags } = context;
  const h0 = hash[i] ?? 0;
  const hm1 = i > 0 ? (hash[i - 1] ?? 0) : BOS;
  const hm2 = i > 1 ? (hash[i - 2] ?? 0) : BOS;
  const hp1 = i + 1 < n ? (hash[i + 1] ?? 0) : EOS;
  const hp2 = i + 2 < n ? (hash[i + 2] ?? 0) : EOS;
  const s0 = shape[i] ?? 0;
  const sm1 = i > 0 ? (shape[i - 1] ?? 0) : 5;
  const sp1 = i + 1 < n ? (shape[i + 1] ?? 0) : 5;
  const w = lowerAt(doc, i);
  const sid = doc.sent[i] ?? 0;
  const ss = doc.sentStart[sid] ?? 0;
  const se = doc.sentEnd[sid] ?? 0;
  const q = doc.inQuote[i] ?? 0;
  const mk = doc.mark[i] ?? 0;
  F[o] = BIAS;
  F[o + 1] = mixBits(2, h0);
  F[o + 2] = mixBits(3, hm1);
  F[o + 3] = mixBits(4, hp1);
  F[o + 4] = mixBits(5, hm2);
  F[o + 5] = mixBits(6, hp2);
  F[o + 6] = mixBits(7, mixBits(hm1, h0));
  F[o + 7] = mixBits(8, mixBits(h0, hp1));
  F[o + 8] = mixBits(9, sm1 * 36 + s0 * 6 + sp1);
  F[o + 9] = mixBits(10, s0 === SHAPE_PUNCT || s0 === SHAPE_DIGIT ? 0 : fnvTail(w, 3));
  F[o + 10] = mixBits(11, q * 4 + mk);
  F[o + 11] = mixBits(12, (doc.breaks[i] ?? 0) * 2 + (i === ss ? 1 : 0));
  F[o + 12] = mixBits(
    13,
    (i > 0 ? (cue[i - 1] ?? 0) : 0) * 4 + (cue[i] ?? 0) * 2 + (cue[i + 1] ?? 0),
  );
  const lc = leftCue[i] ?? -1;
  const rc = rightCue[i] ?? -1;
  const ld = lc < 0 ? 0 : distBucket(i - lc);
  const rd = rc < 0 ? 0 : distBucket(rc - i);
  F[o + 13] = mixBits(14, ld);
  F[o + 14] = mixBits(15, mixBits(ld, lc < 0 ? 0 : (hash[lc] ?? 0)));
  F[o + 15] = mixBits(16, rd);
  F[o + 16] = mixBits(17, mixBits(rd, rc < 0 ? 0 : (hash[rc] ?? 0)));
  // Inside a quote: what follows its close ("…,” he said) and precedes its open (said: “…).
  let after = 0;
  let ctx = 0;
  if (q) {
    const qc = doc.quoteClose[i] ?? -1;
    const qo = doc.quoteOpen[i] ?? -1;
    if (qc >= 0) {
      after = qc + 1 < n ? (hash[qc + 1] ?? 0) : EOS;
      for (let j = qc + 1; j <= qc + 4 && j < n; j++) if (cue[j]) ctx |= 1;
      ctx |= distBucket(qc - i) << 2;
    } else ctx |= 2;
    for (let j = qo - 1; j >= qo - 3 && j >= 0; j--) if (cue[j]) ctx |= 32;
    if (qo > 0 && doc.breaks[qo]) ctx |= 64;
  }
  F[o + 17] = mixBits(18, after);
  F[o + 18] = mixBits(19, ctx);
  F[o + 19] = mixBits(20, Math.min(i - ss, 5) * 8 + Math.min(se - i, 7));
  F[o + 20] = mixBits(21, lexClass(w, h0));
  F[o + 21] = mixBits(22, sentFlags[sid] ?? 0);
  F[o + 22] = mixBits(23, mixBits(h0, q));
  F[o + 23] = mixBits(24, mixBits(lc < 0 ? 0 : (hash[lc] ?? 0), hm1));
  F[o + 24] = mixBits(25, mixBits(ld * 8 + rd, q * 4 + mk));
  F[o + 25] = mixBits(26, mixBits(sid === 0 ? 1 : 0, s0));
  // "C, the minister said." : a cue near the sentence end with a comma before its source.
  let tail = 0;
  if (rc >= 0) {
    if (se - rc <= 3) tail |= 1;
    for (let j = rc - 1; j >= rc - 5 && j > i; j--) if (lowerAt(doc, j) === ",") tail |= 2;
  }
  F[o + 26] = mixBits(27, rd * 4 + tail);
  // "X said that C" / "X said C": what follows the cue on the left.
  const afterLc = lc >= 0 && lc + 1 < n ? (hash[lc + 1] ?? 0) : 0;
  F[o + 27] = mixBits(28, mixBits(ld, afterLc));
}

/** Label-history features for token i, given the two previous labels and the sentence state. */
export function dynamicFeatures(
  doc: TagDoc,
  cue: Uint8Array,
  i: number,
  p1: number,
  p2: number,
  state: number,
  out: Uint32Array,
): void {
  const h0 = doc.hash[i] ?? 0;
  const q = doc.inQuote[i] ?? 0;
  out[0] = mixBits(101, p1);
  out[1] = mixBits(102, p2 * 8 + p1);
  out[2] = mixBits(103, mixBits(p1, h0));
  out[3] = mixBits(104, p1 * 64 + (doc.shape[i] ?? 0) * 4 + q * 2 + (cue[i] ?? 0));
  out[4] = mixBits(105, state * 8 + p1);
  out[5] = mixBits(106, mixBits(state, h0));
  out[6] = mixBits(107, state * 16 + (doc.mark[i] ?? 0) * 2 + (doc.breaks[i] ? 1 : 0));
}

/** Sentence state bits: a source, a cue, a content already labelled in this sentence. */
export function nextState(state: number, label: number): number {
  if (label === BS || label === IS) return state | 1;
  if (label === BC || label === IC) return state | 2;
  if (label === BT || label === IT) return state | 4;
  return state;
}

/** May `label` follow `prev`? (I-X only continues B-X or I-X.) */
export function allowed(prev: number, label: number): boolean {
  if (label === IS) return prev === BS || prev === IS;
  if (label === IC) return prev === BC || prev === IC;
  if (label === IT) return prev === BT || prev === IT;
  return true;
}
