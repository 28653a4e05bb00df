/**
 * Check-worthiness score in [0, 1]: a transparent linear score over surface features.
 * Higher for numbers, dates, named entities, causal/comparative language and accusations;
 * lower for opinions, hedges and questions. One pass over the words, set look-ups only.
 */
import {
  ACCUSATION_STEMS,
  CAPITALISED_FUNCTION_WORDS,
  CAUSAL_WORDS,
  DATE_PERIODS,
  DATE_WORDS,
  FIRST_PERSON_OPINION_VERBS,
  HEDGE_WORDS,
  NUMBER_WORDS,
  OPINION_WORDS,
} from "./lexicon";
import { endsWithQuestion } from "./text";

function hashStep(h: number, c: number): number {
  return (Math.imul(h, 31) + c) | 0;
}

function hashAt(s: string, i: number, e: number): number {
  let h = 0;
  for (let k = i; k < e; k++) h = hashStep(h, s.charCodeAt(k));
  return h;
}

/** Slot of a hash in a table of 2^bits slots (multiplicative hashing). */
function slotOf(h: number, bits: number): number {
  return Math.imul(h, 0x9e3779b1) >>> (32 - bits);
}

/**
 * Word -> bits, keyed by a hash of the characters so a word is looked up in place, without
 * slicing it out of the sentence (a slice and a Map look-up per word were most of this
 * function's cost). Open addressing over typed arrays; a hash match is confirmed in full.
 */
class WordTable {
  private readonly bits = 10; // 1024 slots, a few hundred words
  private readonly hashes = new Int32Array(1 << this.bits);
  /** Entry index + 1; 0 is an empty slot. */
  private readonly slots = new Int32Array(1 << this.bits);
  private readonly words: string[] = [];
  private readonly values: number[] = [];

  add(word: string, bit: number): void {
    const h = hashAt(word, 0, word.length);
    const mask = (1 << this.bits) - 1;
    let p = slotOf(h, this.bits);
    for (; this.slots[p] !== 0; p = (p + 1) & mask) {
      const k = (this.slots[p] as number) - 1;
      if (this.words[k] === word) {
        this.values[k] = (this.values[k] as number) | bit;
        return;
      }
    }
    if (this.words.length >= mask / 2) throw new Error("WordTable full");
    this.words.push(word);
    this.values.push(bit);
    this.hashes[p] = h;
    this.slots[p] = this.words.length;
  }

  /** Bits of s.slice(i, e), 0 if absent; `h` is hashAt(s, i, e). */
  get(s: string, i: number, e: number, h: number): number {
    const mask = (1 << this.bits) - 1;
    for (let p = slotOf(h, this.bits); this.slots[p] !== 0; p = (p + 1) & mask) {
      if (this.hashes[p] !== h) continue;
      const k = (this.slots[p] as number) - 1;
      const word = this.words[k] as string;
      if (word.length === e - i && s.startsWith(word, i)) return this.values[k] as number;
    }
    return 0;
  }
}

/** A set of non-negative integer keys (stem keys), probed without allocation. */
class KeySet {
  private readonly bits = 8; // 256 slots
  private readonly keys = new Int32Array(1 << this.bits).fill(-1);

  add(key: number): void {
    const mask = (1 << this.bits) - 1;
    let p = slotOf(key, this.bits);
    while (this.keys[p] !== -1 && this.keys[p] !== key) p = (p + 1) & mask;
    this.keys[p] = key;
  }

  has(key: number): boolean {
    if (key < 0) return false;
    const mask = (1 << this.bits) - 1;
    for (let p = slotOf(key, this.bits); this.keys[p] !== -1; p = (p + 1) & mask)
      if (this.keys[p] === key) return true;
    return false;
  }
}

/**
 * Stems packed into numbers (5 bits per letter a-z, at most STEM_LETTERS letters), so the
 * per-word prefix checks need no string slices: the keys are built while scanning the word.
 */
const STEM_LETTERS = 6;
const ACCUSATION_KEYS = new KeySet();
for (const stem of ACCUSATION_STEMS) {
  if (stem.length > STEM_LETTERS) throw new Error(`accusation stem too long: ${stem}`);
  let k = 0;
  for (let i = 0; i < stem.length; i++) k = stemStep(k, stem.charCodeAt(i));
  ACCUSATION_KEYS.add(k);
}

/** Extend a stem key by one lower-case character; -1 (no stem) once a character is not a-z. */
function stemStep(key: number, c: number): number {
  return key !== -1 && c >= 97 && c <= 122 ? key * 32 + (c - 96) : -1;
}

const NUM = 1;
const DATE = 2;
const CAUSAL = 4;
const OPINION = 8;
const HEDGE = 16;
// Words that matter as the previous word ("last year", "more than", "at least", "I think") and
// the words they combine with.
const PREV_LAST = 32;
const PREV_MORE = 64;
const PREV_AT = 128;
const PREV_I = 256;
const AFTER_LAST = 512;
const THAN = 1024;
const LEAST = 2048;
const AFTER_I = 4096;

/** Lower-case word -> feature bits: one look-up per word. */
const WORD_FEATURES = new WordTable();
function addAll(words: Iterable<string>, bit: number): void {
  for (const w of words) WORD_FEATURES.add(w, bit);
}
addAll(NUMBER_WORDS, NUM);
addAll(DATE_WORDS, DATE);
addAll(CAUSAL_WORDS, CAUSAL);
addAll(OPINION_WORDS, OPINION);
addAll(HEDGE_WORDS, HEDGE);
addAll(["last"], PREV_LAST);
addAll(["more"], PREV_MORE);
addAll(["at"], PREV_AT);
addAll(["i"], PREV_I);
addAll(DATE_PERIODS, AFTER_LAST);
addAll(["than"], THAN);
addAll(["least"], LEAST);
addAll(FIRST_PERSON_OPINION_VERBS, AFTER_I);

/** Capitalised function words as written (case-sensitive). */
const CAPS_TABLE = new WordTable();
for (const w of CAPITALISED_FUNCTION_WORDS) CAPS_TABLE.add(w, 1);

/** " ” ’ may follow a final question mark. */
function isQuestionCloseMark(c: number): boolean {
  return c === 0x22 || c === 0x201d || c === 0x2019;
}

/** Letters, digits, %, currency signs (not quotes or punctuation). */
function isWordChar(c: number): boolean {
  if (c >= 97 && c <= 122) return true;
  if (c >= 65 && c <= 90) return true;
  if (c >= 48 && c <= 57) return true;
  if (c === 37 || c === 36) return true;
  return (
    c >= 0xc0 &&
    c !== 0x2019 &&
    c !== 0x201c &&
    c !== 0x201d &&
    c !== 0x2018 &&
    c !== 0x2014 &&
    c !== 0x2013 &&
    c !== 0x2026 &&
    c !== 0x201e
  );
}

export interface CheckworthinessInput {
  text: string;
  attributed: boolean;
  quote: boolean;
  /** What someone asked, reported without its question mark ("asked whether …"). */
  question?: boolean;
}

export function checkworthiness({
  text,
  attributed,
  quote,
  question = false,
}: CheckworthinessInput): number {
  let s = attributed ? 0.42 : 0.3;
  let number = false;
  let date = false;
  let accusation = false;
  let causal = false;
  let opinion = false;
  let hedge = false;
  let named = 0;
  let words = 0;
  let prev = 0; // feature bits of the previous word
  const lower = text.toLowerCase();
  const n = text.length;
  // Lower-casing keeps every offset unless the text has "İ" (two code units in lower case).
  // Then `lower` is read at the offsets of `text`, misaligned, as this function always did;
  // otherwise ASCII characters are lower-cased here instead of being read from `lower`.
  const aligned = lower.length === n;
  let i = 0;
  while (i < n) {
    while (i < n && !isWordChar(text.charCodeAt(i))) i++;
    // The word runs to the next space or hyphen, without trailing punctuation: [i, e).
    // One pass collects what the look-ups need: hashes of the lower-case word (features) and
    // of the word as written (capitalised function words), and stem keys of its first letters.
    let j = i;
    let e = i;
    let lowerHash = 0;
    let textHash = 0;
    let wordHash = 0;
    let capsHash = 0;
    let key = 0;
    let key4 = -1; // first 4 letters
    let key5 = -1; // first 5 letters
    let keyWord = -1; // the whole word, if at most STEM_LETTERS long
    let first = 0; // lower-case first character
    while (j < n) {
      const cj = text.charCodeAt(j);
      if (cj <= 32 || cj === 45) break;
      const lc = aligned && cj < 128 ? (cj >= 65 && cj <= 90 ? cj + 32 : cj) : lower.charCodeAt(j);
      if (j === i) first = lc;
      lowerHash = hashStep(lowerHash, lc);
      textHash = hashStep(textHash, cj);
      const len = j - i + 1;
      if (len <= STEM_LETTERS) key = stemStep(key, lc);
      if (len === 4) key4 = key;
      else if (len === 5) key5 = key;
      j++;
      if (isWordChar(cj)) {
        e = j;
        wordHash = lowerHash;
        capsHash = textHash;
        keyWord = len <= STEM_LETTERS ? key : -1;
      }
    }
    if (e > i) {
      // The word is lower.slice(i, e).
      const c = text.charCodeAt(i);
      const len = e - i;
      words++;
      const f = WORD_FEATURES.get(lower, i, e, wordHash);
      if ((c >= 48 && c <= 57) || c === 36 || c === 0x20ac || c === 0xa3 || f & NUM) {
        number = true;
        if (len === 4 && (lower.startsWith("19", i) || lower.startsWith("20", i))) date = true;
      }
      if (f & DATE || (prev & PREV_LAST && f & AFTER_LAST)) date = true;
      // Stem of the first 5 letters, the first 4, or the whole (short) word.
      if (
        !accusation &&
        len >= 3 &&
        (ACCUSATION_KEYS.has(len >= 5 ? key5 : keyWord) ||
          ACCUSATION_KEYS.has(len >= 4 ? key4 : keyWord) ||
          ACCUSATION_KEYS.has(keyWord))
      )
        accusation = true;
      if (f & CAUSAL || (prev & PREV_MORE && f & THAN) || (prev & PREV_AT && f & LEAST))
        causal = true;
      if (f & OPINION || (prev & PREV_I && f & AFTER_I)) opinion = true;
      if (f & HEDGE) hedge = true;
      if (c !== first && CAPS_TABLE.get(text, i, e, capsHash) === 0) named += words === 1 ? 0.5 : 1;
      prev = f;
    }
    i = j;
  }
  if (text.includes("%")) number = true;
  if (number) s += 0.18;
  if (date) s += 0.1;
  s += Math.min(0.2, named * 0.06);
  if (accusation) s += 0.1;
  if (causal) s += 0.06;
  if (opinion) s -= 0.15;
  if (hedge) s -= 0.05;
  if (question || endsWithQuestion(text, 0, n, isQuestionCloseMark)) s -= 0.3;
  if (words < 5) s -= 0.12;
  else if (words > 12) s += 0.03;
  if (quote && !number) s -= 0.03;
  return Math.round(Math.min(0.98, Math.max(0.02, s)) * 100) / 100;
}
