/**
 * Trimming a claim's span to its content: the character classes of its edges, then tidy().
 * Char codes rather than regexes, and no closures: tidy() runs once per draft claim.
 */
import { isRegexSpace } from "../text";

/** Closing marks allowed after a final question mark: " ” ’ » */
export function isQuestionCloseMark(c: number): boolean {
  return c === 0x22 || c === 0x201d || c === 0x2019 || c === 0xbb;
}

/** Trailing marks stripped before the second question test: ” " ’ and whitespace. */
export function isQuoteOrSpace(c: number): boolean {
  return c === 0x201d || c === 0x22 || c === 0x2019 || isRegexSpace(c);
}

/** “ « „ " */
export function isOpenMark(c: number): boolean {
  return c === 0x201c || c === 0xab || c === 0x201e || c === 0x22;
}

/** ” » " */
export function isCloseMark(c: number): boolean {
  return c === 0x201d || c === 0xbb || c === 0x22;
}

/** Whitespace and separators trimmed from claim edges: space , ; : — – - */
export function isEdgeJunk(c: number): boolean {
  return (
    c <= 32 ||
    c === 44 ||
    c === 59 ||
    c === 58 ||
    c === 0x2014 ||
    c === 0x2013 ||
    c === 45 ||
    c === 0xa0
  );
}

/** Marks stripped from the end of a span before looking for an enclosing close quote: . , ! ? ; : \s */
function isEndPunctOrSpace(c: number): boolean {
  return c === 46 || c === 44 || c === 33 || c === 63 || c === 59 || c === 58 || isRegexSpace(c);
}

/** . ! ? */
function isStop(c: number): boolean {
  return c === 46 || c === 33 || c === 63;
}

/** , ; : \s */
function isSepOrSpace(c: number): boolean {
  return c === 44 || c === 59 || c === 58 || isRegexSpace(c);
}

/** [\p{Ll}\d%)] for the character before a final period (surrogate pairs never match). */
function isLowerDigitPercentParen(c: number): boolean {
  if (c >= 97 && c <= 122) return true;
  if (c >= 48 && c <= 57) return true;
  if (c === 37 || c === 41) return true;
  if (c < 0xb5 || (c >= 0xd800 && c <= 0xdfff)) return false;
  return LOWER_RE.test(String.fromCharCode(c));
}
const LOWER_RE = /^\p{Ll}$/u;
const ABBREVIATION_RE = /^(?:[A-Za-z]\.)+[A-Za-z]?$|^(?:etc|Inc|Corp|Ltd|Co|Jr|Sr|a\.m|p\.m)$/u;

/**
 * Trim a content span: whitespace, separators, unbalanced or enclosing quote marks, final period.
 * Runs once per draft claim, so it scans char codes and creates no closures (a closure costs a
 * `__name` call per invocation in the esbuild output used by tsx and wrangler).
 */
export function tidy(body: string, s0: number, e0: number): [number, number] {
  let s = s0;
  let e = e0;
  while (s < e && isEdgeJunk(body.charCodeAt(s))) s++;
  while (e > s && isEdgeJunk(body.charCodeAt(e - 1))) e--;
  // "… by the end of May.“": a closing mark typed the wrong way round after the stop.
  if (e - s > 2 && body.charCodeAt(e - 1) === 0x201c && isStop(body.charCodeAt(e - 2))) e--;
  for (let guard = 0; guard < 3; guard++) {
    const first = body.charCodeAt(s);
    // Quote-mark balance inside the span.
    let opens = 0;
    let closes = 0;
    let straight = 0;
    for (let i = s; i < e; i++) {
      const c = body.charCodeAt(i);
      if (c === 0x22) straight++;
      else if (c === 0x201c || c === 0xab || c === 0x201e) opens++;
      else if (c === 0x201d || c === 0xbb) closes++;
    }
    let changed = false;
    if (s < e && isOpenMark(first)) {
      // Enclosing quote: strip both marks; unmatched opening: strip it.
      let j = e - 1;
      while (j > s && isEndPunctOrSpace(body.charCodeAt(j))) j--;
      const lastIsClose = j > s && isCloseMark(body.charCodeAt(j));
      const inner =
        first === 0x22
          ? straight - (lastIsClose ? 2 : 1)
          : opens - 1 + (closes - (lastIsClose ? 1 : 0));
      if (lastIsClose && inner === 0) {
        s++;
        e = j;
        changed = true;
      } else if ((first === 0x22 && straight === 1) || (first !== 0x22 && opens > closes)) {
        s++;
        changed = true;
      }
    } else {
      let j = e - 1;
      while (j > s && isSepOrSpace(body.charCodeAt(j))) j--;
      const last = j >= s && j < e ? body.charCodeAt(j) : -1;
      if (
        isCloseMark(last) &&
        ((last === 0x22 && straight % 2 === 1) || (last !== 0x22 && closes > opens))
      ) {
        e = j;
        changed = true;
      }
    }
    while (s < e && isEdgeJunk(body.charCodeAt(s))) s++;
    while (e > s && isEdgeJunk(body.charCodeAt(e - 1))) e--;
    if (!changed) break;
  }
  // Final period (not an abbreviation or ellipsis).
  if (
    e - s > 2 &&
    body.charCodeAt(e - 1) === 46 &&
    isLowerDigitPercentParen(body.charCodeAt(e - 2)) &&
    body.charCodeAt(e - 3) !== 46
  ) {
    // The last word before the period, within the last 12 characters: /(\S+)\.$/.
    const floor = Math.max(s, e - 12);
    let w = e - 1;
    while (w > floor && !isRegexSpace(body.charCodeAt(w - 1))) w--;
    const word = w < e - 1 ? body.slice(w, e - 1) : "";
    if (!ABBREVIATION_RE.test(word)) e--;
  } else if (e - s > 2 && body.charCodeAt(e - 1) === 46 && isCloseMark(body.charCodeAt(e - 2))) {
    // A full stop after a closing quote mark: the bill was "a scam".
    e--;
  }
  return [s, e];
}
