/**
 * The tagger's view of a text: tokenised once, with everything the features read precomputed
 * per token (lower-cased form and its hash, shape, quote regions, sentences, paragraph breaks).
 * Later stages read these arrays and never re-scan the string.
 */
import { TITLE_ABBREVIATIONS } from "../lexicon";

/**
 * Tokens: initialisms with their final period ("U.S.", "D.C.") when a space, a closing mark
 * or , ; : ) follows; word runs of letters, marks and digits joined by inner apostrophes,
 * periods, hyphens and ampersands ("don't", "al-Allaq", "AT&T"); `` and ''; else one character.
 * The same tokens as
 *   /\p{Lu}(?:\.\p{Lu})+\.(?=[\s,;:)”"’]|$)|[\p{L}\p{M}\p{N}]+(?:['’.\-&][\p{L}\p{M}\p{N}]+)*|``|''|\S/gu
 * read by a scan over character classes (a regex with Unicode classes costs several times more).
 */
const WORD_RE = /^[\p{L}\p{M}\p{N}]$/u;
const UPPER_RE = /^\p{Lu}$/u;
const SPACE_RE = /^\s$/u;

const C_OTHER = 1;
const C_WORD = 2;
const C_UPPER = 3;
const C_SPACE = 4;
/** Class of each BMP code unit, filled on first sight (0: not seen yet). */
const classes = new Uint8Array(0x10000);

function classOfChar(ch: string): number {
  if (UPPER_RE.test(ch)) return C_UPPER;
  if (WORD_RE.test(ch)) return C_WORD;
  return SPACE_RE.test(ch) ? C_SPACE : C_OTHER;
}

/** The class of the code point at `i` (a surrogate pair read whole). */
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdfff) {
    let k = classes[c] ?? 0;
    if (k === 0) {
      k = classOfChar(text[i] ?? "");
      classes[c] = k;
    }
    return k;
  }
  const cp = text.codePointAt(i) ?? c;
  return cp > 0xffff ? classOfChar(String.fromCodePoint(cp)) : C_OTHER;
}

/** Code units of the code point at `i`. */
function widthAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return 1;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
}

function isJoiner(c: number): boolean {
  // ' ’ . - &
  return c === 39 || c === 0x2019 || c === 46 || c === 45 || c === 38;
}

function endsInitialism(text: string, j: number): boolean {
  if (j >= text.length) return true;
  // , ; : ) ” " ’ or a space
  const c = text.charCodeAt(j);
  if (c === 44 || c === 59 || c === 58 || c === 41) return true;
  return c === 0x201d || c === 34 || c === 0x2019 || classAt(text, j) === C_SPACE;
}

/** The end of the token that starts at `i` (a character that is not a space). */
function tokenEnd(text: string, i: number, k: number): number {
  const n = text.length;
  if (k === C_UPPER && text.charCodeAt(i + 1) === 46) {
    // Initialism: (\.\p{Lu})+ then a final period before a space, a closing mark or the end.
    let j = i + widthAt(text, i);
    let pairs = 0;
    while (j + 1 < n && text.charCodeAt(j) === 46 && classAt(text, j + 1) === C_UPPER) {
      j += 1 + widthAt(text, j + 1);
      pairs++;
    }
    if (pairs > 0 && text.charCodeAt(j) === 46 && endsInitialism(text, j + 1)) return j + 1;
  }
  if (k === C_WORD || k === C_UPPER) {
    let j = i;
    for (;;) {
      while (j < n) {
        const kj = classAt(text, j);
        if (kj !== C_WORD && kj !== C_UPPER) break;
        j += widthAt(text, j);
      }
      if (j + 1 < n && isJoiner(text.charCodeAt(j))) {
        const kn = classAt(text, j + 1);
        if (kn === C_WORD || kn === C_UPPER) {
          j++;
          continue;
        }
      }
      return j;
    }
  }
  const c = text.charCodeAt(i);
  if ((c === 96 || c === 39) && text.charCodeAt(i + 1) === c) return i + 2;
  return i + widthAt(text, i);
}

export const SHAPE_LOWER = 0;
export const SHAPE_CAP = 1;
export const SHAPE_UPPER = 2;
export const SHAPE_DIGIT = 3;
export const SHAPE_PUNCT = 4;

export interface TagDoc {
  text: string;
  n: number;
  start: Int32Array;
  end: Int32Array;
  /**
   * Lower-cased token text, sliced on first use (lowerAt): most tokens are only hashed, and a
   * string per token was a large part of tagDoc.
   */
  lower: Array<string | undefined>;
  /** The text lower-cased (same length as text), or null when case mapping changes a length. */
  folded: string | null;
  /** FNV-1a of the lower-cased token. */
  hash: Uint32Array;
  shape: Uint8Array;
  /** Newlines between the previous token and this one (capped at 2). */
  breaks: Uint8Array;
  /** 1 inside a double-quote region (marks included), else 0. */
  inQuote: Uint8Array;
  /** 1 opening mark, 2 closing mark, 0 otherwise. */
  mark: Uint8Array;
  /** For tokens inside a quote region: the token index of its opening and closing mark (-1). */
  quoteOpen: Int32Array;
  quoteClose: Int32Array;
  /** Sentence index of each token, and each sentence's first and last token. */
  sent: Int32Array;
  sentStart: number[];
  sentEnd: number[];
}

/** The lower-cased text of token i. */
export function lowerAt(doc: TagDoc, i: number): string {
  let w = doc.lower[i];
  if (w === undefined) {
    const s = doc.start[i] ?? 0;
    const e = doc.end[i] ?? s;
    w = doc.folded ? doc.folded.slice(s, e) : doc.text.slice(s, e).toLowerCase();
    doc.lower[i] = w;
  }
  return w;
}

export function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** One bit per value of the low 16 bits of fnv, set for the words of a set (see mayHold). */
const filters = new WeakMap<ReadonlySet<string>, Uint32Array>();

/**
 * The hash filter of a set of words that never changes (a lexicon set, a model's cues): most
 * tokens are in no such set, and the hash tagDoc already computed says so without looking the
 * string up (which first hashes the string itself).
 */
export function hashFilter(words: ReadonlySet<string>): Uint32Array {
  let f = filters.get(words);
  if (!f) {
    f = new Uint32Array(1 << 11);
    for (const w of words) {
      const b = fnv(w) & 0xffff;
      f[b >>> 5] = (f[b >>> 5] ?? 0) | (1 << (b & 31));
    }
    filters.set(words, f);
  }
  return f;
}

/** false: a word of this fnv hash is not in the filter's set; true: it may be (look it up). */
export function mayHold(filter: Uint32Array, hash: number): boolean {
  const b = hash & 0xffff;
  return ((filter[b >>> 5] ?? 0) & (1 << (b & 31))) !== 0;
}

/** The shape of the token text[s, e), read in place (a token is sliced only off the ASCII path). */
function shapeOf(text: string, s: number, e: number): number {
  const c = text.charCodeAt(s);
  if (c >= 48 && c <= 57) return SHAPE_DIGIT;
  // ASCII fast paths; other scripts go through toLowerCase/toUpperCase.
  if (c >= 97 && c <= 122) return SHAPE_LOWER;
  if (c < 65 || (c > 90 && c < 128)) return SHAPE_PUNCT;
  if (c <= 90) {
    let allUpper = e - s > 1;
    for (let i = s + 1; i < e && allUpper; i++) {
      const d = text.charCodeAt(i);
      if (d >= 97 && d <= 122) allUpper = false;
      else if (d >= 128) return shapeOfAny(text.slice(s, e));
    }
    return allUpper ? SHAPE_UPPER : SHAPE_CAP;
  }
  return shapeOfAny(text.slice(s, e));
}

/** Shape + 1 of each one-character non-ASCII token ("“", "—", "’"), filled on first sight. */
const charShapes = new Uint8Array(0x10000);

function shapeOfAny(tok: string): number {
  if (tok.length === 1) {
    const c = tok.charCodeAt(0);
    let k = charShapes[c] ?? 0;
    if (k === 0) {
      k = shapeOfCased(tok) + 1;
      charShapes[c] = k;
    }
    return k - 1;
  }
  return shapeOfCased(tok);
}

function shapeOfCased(tok: string): number {
  const lo = tok.toLowerCase();
  const up = tok.toUpperCase();
  if (lo === up) return SHAPE_PUNCT;
  if (tok === lo) return SHAPE_LOWER;
  if (tok.length > 1 && tok === up) return SHAPE_UPPER;
  return tok[0] === up[0] ? SHAPE_CAP : SHAPE_LOWER;
}

/** “ `` « „ open; ” '' » close; " toggles (the token text[s, e), read in place). */
function markKind(text: string, s: number, e: number): number {
  const c = text.charCodeAt(s);
  if (e - s === 2) {
    if (c === 96 && text.charCodeAt(s + 1) === 96) return 1;
    return c === 39 && text.charCodeAt(s + 1) === 39 ? 2 : 0;
  }
  if (e - s !== 1) return 0;
  if (c === 0x201c || c === 0xab || c === 0x201e) return 1;
  if (c === 0x201d || c === 0xbb) return 2;
  return c === 34 ? 3 : 0;
}

interface Scratch {
  starts: Int32Array;
  ends: Int32Array;
  shapes: Uint8Array;
  hashes: Uint32Array;
  /** 1 for the first token of a range (it begins a new paragraph). */
  firsts: Uint8Array;
}

let scratch: Scratch | null = null;

/**
 * tagDoc's per-character arrays, kept between calls and grown as needed: allocating them for
 * every document (a typed array of that size lives outside the heap) cost a fifth of tagDoc.
 */
function scratchFor(cap: number): Scratch {
  if (!scratch || scratch.starts.length < cap) {
    const size = Math.max(cap, 2 * (scratch?.starts.length ?? 4096));
    scratch = {
      starts: new Int32Array(size),
      ends: new Int32Array(size),
      shapes: new Uint8Array(size),
      hashes: new Uint32Array(size),
      firsts: new Uint8Array(size + 1),
    };
  }
  return scratch;
}

/**
 * Tokenise `text` once. With `ranges` (character ranges in text order, e.g. paragraphs), only
 * those are read: each range begins as a new paragraph and nothing outside becomes a token.
 */
export function tagDoc(text: string, ranges?: ReadonlyArray<readonly [number, number]>): TagDoc {
  // Scratch arrays at their largest size (a token per character), copied out at length at the end.
  let cap = 0;
  for (const [from, to] of ranges ?? [[0, text.length] as const]) cap += Math.max(0, to - from);
  const { starts, ends, shapes, firsts, hashes } = scratchFor(cap);
  const lower: Array<string | undefined> = [];
  let n = 0;
  // Lower-cased once; per token only where case mapping changes a length ("İ").
  const folded = text.toLowerCase();
  const sameLength = folded.length === text.length;
  firsts.fill(0, 0, cap + 1);
  for (const [from, to] of ranges ?? [[0, text.length] as const]) {
    firsts[n] = 1;
    let i = from;
    while (i < to) {
      const k = classAt(text, i);
      if (k === C_SPACE) {
        i += widthAt(text, i);
        continue;
      }
      const e = tokenEnd(text, i, k);
      starts[n] = i;
      ends[n] = e;
      shapes[n] = shapeOf(text, i, e);
      if (sameLength) {
        // fnv of folded.slice(i, e), read in place.
        let h = 0x811c9dc5;
        for (let j = i; j < e; j++) h = Math.imul(h ^ folded.charCodeAt(j), 0x01000193);
        hashes[n] = h >>> 0;
        lower.push(undefined);
      } else {
        const w = text.slice(i, e).toLowerCase();
        hashes[n] = fnv(w);
        lower.push(w);
      }
      n++;
      i = e;
    }
  }
  const doc: TagDoc = {
    text,
    n,
    start: starts.slice(0, n),
    end: ends.slice(0, n),
    lower,
    folded: sameLength ? folded : null,
    hash: hashes.slice(0, n),
    shape: shapes.slice(0, n),
    breaks: new Uint8Array(n),
    inQuote: new Uint8Array(n),
    mark: new Uint8Array(n),
    quoteOpen: new Int32Array(n).fill(-1),
    quoteClose: new Int32Array(n).fill(-1),
    sent: new Int32Array(n),
    sentStart: [],
    sentEnd: [],
  };
  let prevEnd = 0;
  for (let i = 0; i < n; i++) {
    const s = starts[i] ?? 0;
    let nl = 0;
    const first = firsts[i] === 1;
    if (!first) for (let j = prevEnd; j < s && nl < 2; j++) if (text.charCodeAt(j) === 10) nl++;
    doc.breaks[i] = first ? 2 : nl;
    prevEnd = ends[i] ?? s;
  }
  markQuotes(doc);
  markSentences(doc);
  return doc;
}

function markQuotes(doc: TagDoc): void {
  let open = -1;
  const close = (at: number) => {
    for (let j = open; j <= at; j++) {
      doc.inQuote[j] = 1;
      doc.quoteOpen[j] = open;
      doc.quoteClose[j] = at;
    }
    open = -1;
  };
  for (let i = 0; i < doc.n; i++) {
    const k = markKind(doc.text, doc.start[i] ?? 0, doc.end[i] ?? 0);
    if (doc.breaks[i] && open >= 0) {
      // A quote still open at a paragraph break runs on when the next paragraph opens again.
      const carry = k === 1 || k === 3;
      for (let j = open; j < i; j++) {
        doc.inQuote[j] = 1;
        doc.quoteOpen[j] = open;
      }
      open = carry ? i : -1;
      if (carry) {
        doc.mark[i] = 1;
        continue;
      }
    }
    if (k === 1 || (k === 3 && open < 0)) {
      if (open < 0) open = i;
      doc.mark[i] = 1;
    } else if ((k === 2 || k === 3) && open >= 0) {
      doc.mark[i] = 2;
      close(i);
    }
  }
  if (open >= 0) for (let j = open; j < doc.n; j++) doc.inQuote[j] = 1;
}

/** Is token i ".", "?" or "!"? */
function isTerminal(doc: TagDoc, i: number): boolean {
  const s = doc.start[i] ?? 0;
  if ((doc.end[i] ?? 0) - s !== 1) return false;
  const c = doc.text.charCodeAt(s);
  return c === 46 || c === 63 || c === 33;
}

function markSentences(doc: TagDoc): void {
  let sid = 0;
  doc.sentStart.push(0);
  for (let i = 0; i < doc.n; i++) {
    if (i > 0 && doc.breaks[i]) {
      doc.sentEnd.push(i - 1);
      doc.sentStart.push(i);
      sid++;
    }
    doc.sent[i] = sid;
    if (!isTerminal(doc, i) || i + 1 >= doc.n || doc.breaks[i + 1]) continue;
    if (doc.text.charCodeAt(doc.start[i] ?? 0) === 46 && i > 0 && doc.end[i - 1] === doc.start[i]) {
      const prev = lowerAt(doc, i - 1);
      // "Mr." and initials ("J.") end no sentence.
      const initial =
        prev.length === 1 && doc.shape[i - 1] !== SHAPE_DIGIT && doc.shape[i - 1] !== SHAPE_PUNCT;
      if (TITLE_ABBREVIATIONS.has(prev) || initial) continue;
    }
    // Closing marks right after the terminal belong to this sentence.
    let j = i + 1;
    while (j < doc.n && doc.mark[j] === 2 && !doc.breaks[j]) {
      doc.sent[j] = sid;
      j++;
    }
    if (j >= doc.n || doc.breaks[j]) {
      i = j - 1;
      continue;
    }
    const sh = doc.shape[j];
    if (sh === SHAPE_LOWER) continue;
    doc.sentEnd.push(j - 1);
    doc.sentStart.push(j);
    sid++;
    i = j - 1;
  }
  doc.sentEnd.push(doc.n - 1);
}
