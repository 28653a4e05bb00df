/** Small string helpers shared by the extractor. No allocation per character in hot loops. */

const COMBINING = /[\u0300-\u036f]/g;
const SPECIAL_LETTERS: Record<string, string> = {
  ı: "i",
  ø: "o",
  æ: "ae",
  œ: "oe",
  ß: "ss",
  đ: "d",
  ð: "d",
  ł: "l",
  þ: "th",
};
const SPECIAL_RE = /[ıøæœßđðłþ]/g;
const APOSTROPHES = /[’‘`´]/g;

const foldCache = new Map<string, string>();

/** Lower-case, strip diacritics and unify apostrophes: "Erdoğan’s" -> "erdogan's". */
export function fold(s: string): string {
  let ascii = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 127 || c === 96) {
      ascii = false;
      break;
    }
  }
  if (ascii) return s.toLowerCase();
  const hit = foldCache.get(s);
  if (hit !== undefined) return hit;
  const out = foldSlow(s);
  if (foldCache.size > 4000) foldCache.clear();
  foldCache.set(s, out);
  return out;
}

function foldSlow(s: string): string {
  return s
    .normalize("NFD")
    .replace(COMBINING, "")
    .toLowerCase()
    .replace(SPECIAL_RE, (c) => SPECIAL_LETTERS[c] ?? c)
    .replace(APOSTROPHES, "'");
}

const TOKEN_RE = /[a-z0-9]+/g;

/** Folded alphanumeric tokens: "Saad al-Allaq" -> ["saad", "al", "allaq"]. */
export function tokens(s: string): string[] {
  return fold(s).match(TOKEN_RE) ?? [];
}

/** Drop a possessive ending: "Iraq's" -> "Iraq". */
export function stripPossessive(word: string): string {
  return word.replace(/['’]s$|['’]$/u, "");
}

export function isUpperCode(c: number): boolean {
  // A-Z, Latin-1 and Latin Extended upper-case letters (approximate but allocation-free).
  if (c >= 65 && c <= 90) return true;
  if (c < 0xc0) return false;
  const ch = String.fromCharCode(c);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

export function isLowerCode(c: number): boolean {
  if (c >= 97 && c <= 122) return true;
  if (c < 0xc0) return false;
  const ch = String.fromCharCode(c);
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

export function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x2009 || c === 0x202f;
}

export function isLetterCode(c: number): boolean {
  return isUpperCode(c) || isLowerCode(c);
}

/** Opening quotation marks: “ „ « ‹ and straight " (context decides), ‘ (only as opener). */
export const OPEN_DOUBLE = new Set([0x201c, 0x201e, 0xab]);
export const CLOSE_DOUBLE = new Set([0x201d, 0xbb]);
export const STRAIGHT_DOUBLE = 0x22;

export function isQuoteCode(c: number): boolean {
  return (
    c === 0x22 ||
    c === 0x201c ||
    c === 0x201d ||
    c === 0x201e ||
    c === 0xab ||
    c === 0xbb ||
    c === 0x27 ||
    c === 0x2018 ||
    c === 0x2019
  );
}

/** Number of whitespace-separated words. */
const FIRST_WORD_RE = /^[\p{L}'’]+/u;

/** The word `s` opens with (letters and apostrophes), or "" when it opens with none. */
export function firstWord(s: string): string {
  return FIRST_WORD_RE.exec(s)?.[0] ?? "";
}

export function wordCount(s: string): number {
  return wordCountIn(s, 0, s.length);
}

/** wordCount(s.slice(start, end)) without the slice. */
export function wordCountIn(s: string, start: number, end: number): number {
  let n = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const space = isSpaceCode(s.charCodeAt(i));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/**
 * Exactly the characters a JavaScript regex `\s` matches. Used by scans that replace regexes
 * anchored at the end (`/\s+$/`), which V8 retries from every position of the string.
 */
export function isRegexSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** End of s[start, end) once trailing characters matching `skip` are dropped. */
export function trimEndWhile(
  s: string,
  start: number,
  end: number,
  skip: (c: number) => boolean,
): number {
  let e = end;
  while (e > start && skip(s.charCodeAt(e - 1))) e--;
  return e;
}

/**
 * Same as testing /\?\s*[Q]?\s*$/ on s.slice(start, end), where [Q] is the set of closing
 * quote marks `isCloseMark` accepts: the text ends with a question mark, possibly followed by
 * one closing quote and whitespace.
 */
export function endsWithQuestion(
  s: string,
  start: number,
  end: number,
  isCloseMark: (c: number) => boolean,
): boolean {
  let e = trimEndWhile(s, start, end, isRegexSpace);
  if (e > start && isCloseMark(s.charCodeAt(e - 1))) {
    e = trimEndWhile(s, start, e - 1, isRegexSpace);
  }
  return e > start && s.charCodeAt(e - 1) === 63;
}

/**
 * The same text with no-break spaces (U+00A0, U+2007, U+202F: "Gov.\u00a0John Kasich", as HTML's
 * &nbsp; writes them) as plain spaces, one for one, so offsets stay valid; `text` itself when it
 * has none. The rules read words apart at plain spaces.
 */
export function plainSpaces(text: string): string {
  return NO_BREAK_SPACE_RE.test(text) ? text.replace(NO_BREAK_SPACES_RE, " ") : text;
}
const NO_BREAK_SPACE_RE = /[\u00a0\u2007\u202f]/u;
const NO_BREAK_SPACES_RE = /[\u00a0\u2007\u202f]/gu;
