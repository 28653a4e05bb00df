/**
 * From token labels to attributions: runs of content, cue and source tokens, each content tied
 * to the nearest cue of its sentence (or the one next to it) and that cue to its nearest source.
 * A content with no cue nearby continues the previous attribution when it is a quote.
 */
import { SHAPE_PUNCT, type TagDoc } from "./doc";
import { BC, BS, BT, IC, IS, IT } from "./features";

export interface TokenRun {
  kind: "source" | "cue" | "content";
  first: number;
  last: number;
}

export interface TaggedAttribution {
  /** Character ranges, end exclusive. */
  content: [number, number];
  cue: [number, number] | null;
  source: [number, number] | null;
  /** The source was carried over from the previous attribution (a continued quote). */
  continued: boolean;
  /** Mean margin of the content tokens over "outside", in weight units (see model.ts). */
  margin: number;
}

/** The run kind of each label (null outside), and whether it begins a run: one read per token. */
const RUN_KIND: Array<TokenRun["kind"] | null> = [];
const BEGINS = new Uint8Array(8);
for (const [label, kind, begins] of [
  [BS, "source", 1],
  [IS, "source", 0],
  [BC, "cue", 1],
  [IC, "cue", 0],
  [BT, "content", 1],
  [IT, "content", 0],
] as const) {
  RUN_KIND[label] = kind;
  BEGINS[label] = begins;
}

export function runsOf(labels: Uint8Array): TokenRun[] {
  const runs: TokenRun[] = [];
  let cur: TokenRun | null = null;
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i] ?? 0;
    const kind = RUN_KIND[l] ?? null;
    if (cur && kind === cur.kind && !BEGINS[l]) {
      cur.last = i;
      continue;
    }
    if (cur) runs.push(cur);
    cur = kind ? { kind, first: i, last: i } : null;
  }
  if (cur) runs.push(cur);
  return runs;
}

function nearest(
  runs: TokenRun[],
  from: number,
  kind: TokenRun["kind"],
  doc: TagDoc,
  at: TokenRun,
  maxSent: number,
): number {
  const sent = doc.sent[at.first] ?? 0;
  const sentLast = doc.sent[at.last] ?? 0;
  let best = -1;
  let bestD = Number.POSITIVE_INFINITY;
  for (let k = Math.max(0, from - 12); k < Math.min(runs.length, from + 13); k++) {
    const r = runs[k];
    if (!r || r.kind !== kind) continue;
    const rs = doc.sent[r.first] ?? 0;
    const sd = rs < sent ? sent - rs : rs > sentLast ? rs - sentLast : 0;
    if (sd > maxSent) continue;
    const d = r.last < at.first ? at.first - r.last : r.first > at.last ? r.first - at.last : 0;
    const score = sd * 1000 + d;
    if (score < bestD) {
      bestD = score;
      best = k;
    }
  }
  return best;
}

/** Content shorter than this many words is a tagging fragment, not a claim. */
export const MIN_CONTENT_WORDS = 3;

function wordsIn(doc: TagDoc, r: TokenRun): number {
  let n = 0;
  for (let i = r.first; i <= r.last; i++) if (doc.shape[i] !== SHAPE_PUNCT) n++;
  return n;
}

function meanMargin(margins: Float32Array | undefined, r: TokenRun): number {
  if (!margins) return 0;
  let sum = 0;
  for (let i = r.first; i <= r.last; i++) sum += margins[i] ?? 0;
  return sum / (r.last - r.first + 1);
}

export function attributionsOf(
  doc: TagDoc,
  labels: Uint8Array,
  margins?: Float32Array,
): TaggedAttribution[] {
  const runs = runsOf(labels);
  const out: TaggedAttribution[] = [];
  let prev: TaggedAttribution | null = null;
  for (let k = 0; k < runs.length; k++) {
    const r = runs[k];
    if (r?.kind !== "content") continue;
    // Content runs on into the next sentence only inside a quote.
    for (let i = r.first + 1; i <= r.last; i++) {
      if (doc.sent[i] !== doc.sent[i - 1] && !doc.inQuote[i]) {
        r.last = i - 1;
        break;
      }
    }
    if (wordsIn(doc, r) < MIN_CONTENT_WORDS) continue;
    const content: [number, number] = [doc.start[r.first] ?? 0, doc.end[r.last] ?? 0];
    // A cue in the next or previous sentence only for a quote ("“A. B,” she said").
    const ci = nearest(runs, k, "cue", doc, r, doc.inQuote[r.first] ? 1 : 0);
    const cueRun = ci >= 0 ? runs[ci] : undefined;
    let source: [number, number] | null = null;
    if (cueRun) {
      const si = nearest(runs, ci, "source", doc, cueRun, 0);
      const s = si >= 0 ? runs[si] : undefined;
      if (s) source = [doc.start[s.first] ?? 0, doc.end[s.last] ?? 0];
    }
    const cue: [number, number] | null = cueRun
      ? [doc.start[cueRun.first] ?? 0, doc.end[cueRun.last] ?? 0]
      : null;
    if (!cue && !source && prev && doc.inQuote[r.first]) {
      const a: TaggedAttribution = {
        content,
        cue: prev.cue,
        source: prev.source,
        continued: true,
        margin: meanMargin(margins, r),
      };
      out.push(a);
      prev = a;
      continue;
    }
    const a: TaggedAttribution = {
      content,
      cue,
      source,
      continued: false,
      margin: meanMargin(margins, r),
    };
    out.push(a);
    prev = a;
  }
  return out;
}
