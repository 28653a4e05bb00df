/**
 * The attribution tagger at run time: greedy left-to-right decoding of a hashed averaged
 * perceptron (weights trained offline by scripts/train-extract.ts on PolNeAR train and committed
 * in weights.ts as sparse int8 rows). One pass over the tokens, no allocation per token.
 */
import type { TagDoc } from "./doc";
import {
  BC,
  BS,
  BT,
  cueFlags,
  DYNAMIC_FEATURES,
  dynamicFeatures,
  featureContext,
  IC,
  IS,
  IT,
  NUM_LABELS,
  nextState,
  O,
  STATIC_FEATURES,
  STRIDE,
  staticFeaturesAt,
} from "./features";

export interface TaggerModel {
  bits: number;
  /**
   * Which of the (1 << bits) feature rows are non-zero, a pair of numbers per 32 rows: their bit
   * set, then how many non-zero rows come before them. A zero row adds nothing to a score, so
   * only this index (8 bytes per 32 rows) and the non-zero rows are read: a few hundred KB that
   * stay in cache instead of a dense table of 8 bytes per row.
   */
  index: Uint32Array;
  /** The non-zero rows in row order, STRIDE weights each. */
  weights: Int8Array | Float32Array;
  cues: Set<string>;
}

export interface SerializedModel {
  bits: number;
  cues: string[];
  /** base64 of: per non-zero row, a varint row delta then NUM_LABELS int8 weights. */
  data: string;
}

/** The model of a dense table of (1 << bits) rows of STRIDE weights (training builds one). */
export function compactModel(
  bits: number,
  dense: Int8Array | Float32Array,
  cues: Set<string>,
): TaggerModel {
  const rows = 1 << bits;
  const index = new Uint32Array(Math.max(1, rows >>> 5) * 2);
  let kept = 0;
  for (let r = 0; r < rows; r++) {
    const at = (r >>> 5) << 1;
    if ((r & 31) === 0) index[at + 1] = kept;
    let nonZero = false;
    for (let l = 0; l < STRIDE && !nonZero; l++) nonZero = dense[r * STRIDE + l] !== 0;
    if (!nonZero) continue;
    index[at] = (index[at] ?? 0) | (1 << (r & 31));
    kept++;
  }
  const weights =
    dense instanceof Int8Array ? new Int8Array(kept * STRIDE) : new Float32Array(kept * STRIDE);
  let k = 0;
  for (let r = 0; r < rows; r++) {
    if (((index[(r >>> 5) << 1] ?? 0) & (1 << (r & 31))) === 0) continue;
    weights.set(dense.subarray(r * STRIDE, (r + 1) * STRIDE), k * STRIDE);
    k++;
  }
  return { bits, index, weights, cues };
}

export function decodeModel(m: SerializedModel): TaggerModel {
  const bin = atob(m.data);
  const dense = new Int8Array((1 << m.bits) * STRIDE);
  let row = 0;
  let p = 0;
  while (p < bin.length) {
    let delta = 0;
    let shift = 0;
    for (;;) {
      const b = bin.charCodeAt(p++);
      delta |= (b & 0x7f) << shift;
      if (b < 0x80) break;
      shift += 7;
    }
    row += delta;
    const o = row * STRIDE;
    for (let l = 0; l < NUM_LABELS; l++) {
      const b = bin.charCodeAt(p++);
      dense[o + l] = b > 127 ? b - 256 : b;
    }
  }
  return compactModel(m.bits, dense, new Set(m.cues));
}

/** Set bits of a 32-bit word. */
function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  v = (v + (v >>> 4)) & 0x0f0f0f0f;
  return Math.imul(v, 0x01010101) >>> 24;
}

/** Features per token: the static ones, then those that read the labels already chosen. */
const ROW_FEATURES = STATIC_FEATURES + DYNAMIC_FEATURES;

/**
 * Label every token of `doc` (see LABELS). When `margins` is given, it receives per token how
 * far the content labels scored above "outside" (in weight units; negative when below). With
 * `active` (a flag per sentence), only active sentences are read; the others stay outside.
 */
export function tag(
  doc: TagDoc,
  model: TaggerModel,
  margins?: Float32Array,
  active?: Uint8Array,
): Uint8Array {
  const cue = cueFlags(doc, model.cues);
  const context = featureContext(doc, cue, active);
  const W = model.weights;
  const X = model.index;
  const mask = (1 << model.bits) - 1;
  const n = doc.n;
  const labels = new Uint8Array(n);
  // One token's feature ids, static then dynamic, computed as it is scored: no per-document
  // table of every token's features.
  const row = new Uint32Array(ROW_FEATURES);
  const dyn = row.subarray(STATIC_FEATURES);
  const sent = doc.sent;
  let p1 = O;
  let p2 = O;
  let state = 0;
  for (let i = 0; i < n; i++) {
    if (i > 0 && sent[i] !== sent[i - 1]) state = 0;
    if (active && !active[sent[i] ?? 0]) {
      // A sentence left out reads as outside (labels are already 0): history starts afresh.
      p1 = O;
      p2 = O;
      continue;
    }
    // Seven label scores in locals: no array traffic in the hot loop.
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    let s4 = 0;
    let s5 = 0;
    let s6 = 0;
    staticFeaturesAt(doc, cue, context, i, row, 0);
    dynamicFeatures(doc, cue, i, p1, p2, state, dyn);
    for (let k = 0; k < ROW_FEATURES; k++) {
      const r0 = (row[k] as number) & mask;
      const at = (r0 >>> 5) << 1;
      const set = X[at] as number;
      const bit = 1 << (r0 & 31);
      if ((set & bit) === 0) continue;
      const r = ((X[at + 1] as number) + popcount(set & (bit - 1))) << 3;
      s0 += W[r] as number;
      s1 += W[r + 1] as number;
      s2 += W[r + 2] as number;
      s3 += W[r + 3] as number;
      s4 += W[r + 4] as number;
      s5 += W[r + 5] as number;
      s6 += W[r + 6] as number;
    }
    // Best allowed label: an I- label only continues its own B- or I-.
    let best = O;
    let bs = s0;
    if (s1 > bs) {
      bs = s1;
      best = BS;
    }
    if (s2 > bs && (p1 === BS || p1 === IS)) {
      bs = s2;
      best = IS;
    }
    if (s3 > bs) {
      bs = s3;
      best = BC;
    }
    if (s4 > bs && (p1 === BC || p1 === IC)) {
      bs = s4;
      best = IC;
    }
    if (s5 > bs) {
      bs = s5;
      best = BT;
    }
    if (s6 > bs && (p1 === BT || p1 === IT)) best = IT;
    if (margins) margins[i] = Math.max(s5, s6) - s0;
    labels[i] = best;
    state = nextState(state, best);
    p2 = p1;
    p1 = best;
  }
  return labels;
}
