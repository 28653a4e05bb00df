/**
 * Layout and sentence segmentation for news text.
 *
 * - Paragraphs are lines (hard-wrapped lines starting lower-case are joined back).
 * - Each paragraph is classified (boilerplate.ts): headline, body, heading (no sentence
 *   punctuation) or boilerplate (captions, bylines, credits, navigation, "Read more" blocks).
 * - Datelines ("ANKARA (Reuters) —") are skipped at the start of early paragraphs.
 * - Double quotes are paired per paragraph; a quote left open at the end of a paragraph
 *   continues in the next one (news convention for long quotes).
 * - Sentences end at . ! ? … followed by space and an upper-case letter, digit or opening
 *   quote, except after titles and initials ("Lt. Gen.", "U.S.", "Dr.", "Patrick S. Ryder"),
 *   and except `?”` / `!”` followed by a short attribution (`”Kim asked.`).
 */
import { classifyLine, endsEllipsis, endsTerminal } from "./boilerplate";
import {
  AFTER_QUOTE_VERB_ALT,
  OTHER_ABBREVIATIONS,
  SENTENCE_OPENERS,
  TITLE_ABBREVIATIONS,
} from "./lexicon";
import {
  isDigitCode,
  isLetterCode,
  isLowerCode,
  isSpaceCode,
  isUpperCode,
  OPEN_DOUBLE,
  STRAIGHT_DOUBLE,
  wordCount,
} from "./text";

export type ParaKind = "headline" | "body" | "heading" | "boilerplate";

export interface Paragraph {
  index: number;
  /** Offsets of the paragraph text (trimmed), end exclusive. */
  start: number;
  end: number;
  /** Where sentences begin (after a dateline). */
  textStart: number;
  kind: ParaKind;
}

export interface QuoteSpan {
  id: number;
  para: number;
  /** Offset of the opening mark, or -1 when the quote continues from the previous paragraph without one. */
  open: number;
  /** Offset of the closing mark, or -1 when the quote is still open at the paragraph end. */
  close: number;
  contentStart: number;
  contentEnd: number;
}

export interface Sentence {
  index: number;
  para: number;
  start: number;
  end: number;
}

export interface Layout {
  paragraphs: Paragraph[];
  sentences: Sentence[];
  quotes: QuoteSpan[];
}

const DATELINE_RE =
  /^(?:\p{Lu}[\p{Lu}.'’-]+(?:\s+\p{Lu}[\p{Lu}.'’-]+){0,3})(?:,\s*(?:\p{Lu}[\p{L}.]+(?:\s+\p{Lu}[\p{L}.]+)?)(?:\s+\d{1,2})?)?(?:,\s*\d{1,2})?\s*(?:\([\p{L} .&/-]{1,30}\))?\s*[—–-]{1,2}\s*/u;

interface Line {
  start: number;
  end: number;
  blankBefore: boolean;
}

function splitLines(body: string): Line[] {
  const lines: Line[] = [];
  let pos = 0;
  let blank = true;
  const n = body.length;
  while (pos <= n) {
    let nl = body.indexOf("\n", pos);
    if (nl === -1) nl = n;
    let s = pos;
    let e = nl;
    while (s < e && isSpaceCode(body.charCodeAt(s))) s++;
    while (e > s && isSpaceCode(body.charCodeAt(e - 1))) e--;
    if (e > s) {
      const prev = lines[lines.length - 1];
      // Re-join hard-wrapped lines: previous line without final punctuation, this one lower-case.
      if (
        prev &&
        !blank &&
        isLowerCode(body.charCodeAt(s)) &&
        !endsTerminal(body.slice(Math.max(prev.start, prev.end - 3), prev.end)) &&
        !/[:|]\s*$/.test(body.slice(prev.end - 1, prev.end))
      ) {
        prev.end = e;
      } else {
        lines.push({ start: s, end: e, blankBefore: blank });
      }
      blank = false;
    } else {
      blank = true;
    }
    pos = nl + 1;
  }
  return lines;
}

/** A title without its " | Outlet" suffix, outer spaces and a final full stop after a word. */
export function cleanTitle(title: string): string {
  return title
    .replace(/\s+[|｜]\s+[^|｜]{1,60}$/u, "")
    .trim()
    .replace(/(?<=\p{Ll}{2})\.$/u, "");
}

/**
 * A headline as compared with the title: lower case, one kind of quote mark and dash, single
 * spaces, no final full stop and no " | Outlet" suffix.
 */
function titleKey(text: string): string {
  return cleanTitle(text)
    .toLowerCase()
    .replace(/[‘’‚‛′`´]/gu, "'")
    .replace(/[“”„‟″«»]/gu, '"')
    .replace(/[‐‑‒–—―]/gu, "-")
    .replace(/\s+/gu, " ")
    .replace(/[\s.]+$/u, "")
    .trim();
}

const FIRST_ALNUM_RE = /[\p{L}\p{N}]/u;
let lastTitle = "";
let lastTitleKey = "";

/** Whether a line of the body is the article's title (case, quote marks and spacing aside). */
export function isTitleLine(line: string, title: string): boolean {
  if (title !== lastTitle) {
    lastTitle = title;
    lastTitleKey = titleKey(title);
  }
  // A line much longer or shorter than the title, or starting with another letter, is not it.
  if (lastTitleKey === "" || Math.abs(line.length - title.length) > 64) return false;
  const a = FIRST_ALNUM_RE.exec(line)?.[0].toLowerCase();
  if (a !== FIRST_ALNUM_RE.exec(lastTitleKey)?.[0]) return false;
  return titleKey(line) === lastTitleKey;
}

export function layout(body: string, title?: string): Layout {
  const lines = splitLines(body);
  const paragraphs: Paragraph[] = [];
  let inRelated = false;
  let seenContent = false;
  let bodyParas = 0;
  for (const line of lines) {
    const text = body.slice(line.start, line.end);
    let kind = classifyLine(text);
    // Word count of the line, computed at most once and only when a rule needs it.
    let words = -1;
    if (kind === "related-header") {
      inRelated = true;
      kind = "boilerplate";
    } else if (inRelated) {
      words = wordCount(text);
      if (kind !== "body" || words <= 15 || endsEllipsis(text)) kind = "boilerplate";
      else inRelated = false;
    }
    if (kind === "body" && bodyParas > 0 && endsEllipsis(text)) {
      // Teaser lines ending in an ellipsis ("... continue to demonstrate …").
      if (words < 0) words = wordCount(text);
      if (words <= 30) kind = "boilerplate";
    }
    if (!seenContent && kind !== "boilerplate") {
      seenContent = true;
      const isTitle = title !== undefined && isTitleLine(text, title);
      if (isTitle || (kind === "heading" && wordCount(text) <= 30)) kind = "headline";
    }
    let textStart = line.start;
    if (kind === "body") {
      if (bodyParas < 3) {
        const m = DATELINE_RE.exec(text);
        if (m && m[0].length < text.length - 10 && /[—–-]/.test(m[0]))
          textStart = line.start + m[0].length;
      }
      bodyParas++;
    }
    paragraphs.push({
      index: paragraphs.length,
      start: line.start,
      end: line.end,
      textStart,
      kind,
    });
  }
  const quotes: QuoteSpan[] = [];
  const sentences: Sentence[] = [];
  let carryOpen = false;
  for (const p of paragraphs) {
    if (p.kind !== "body") {
      if (p.kind !== "heading") carryOpen = carryOpen && p.kind === "boilerplate";
      continue;
    }
    carryOpen = findQuotes(body, p, quotes, carryOpen);
    splitSentences(body, p, sentences);
  }
  return { paragraphs, sentences, quotes };
}

/** Pair double quotes inside one paragraph. Returns whether a quote is left open. */
function findQuotes(body: string, p: Paragraph, out: QuoteSpan[], carryOpen: boolean): boolean {
  let openAt = -2; // -2: no open quote
  const first = body.charCodeAt(p.textStart);
  const startsWithQuote =
    first === 0x201c || first === 0x201e || first === 0xab || first === STRAIGHT_DOUBLE;
  // Continued quote without a new opening mark, as long as this paragraph closes it: a
  // paragraph with no closing mark is the writer's again (the quote before was left unclosed).
  if (carryOpen && !startsWithQuote && closesBeforeOpening(body, p)) openAt = -1;
  for (let i = p.textStart; i < p.end; i++) {
    const c = body.charCodeAt(i);
    if (c !== 0x22 && c < 0xab) continue;
    let isOpen = false;
    let isClose = false;
    if (c === 0x201c || c === 0x201e || c === 0xab) {
      isOpen = openAt === -2;
      // “ after the words of an open quote and before a space or the paragraph's end, as in
      // "… by the end of May.“": a closing mark typed the wrong way round.
      isClose = !isOpen && c === 0x201c && isMisturnedClose(body, i, p.end);
    } else if (c === 0x201d || c === 0xbb) isClose = openAt !== -2;
    else if (c === STRAIGHT_DOUBLE) {
      if (openAt === -2) isOpen = true;
      else isClose = true;
    }
    if (isOpen) openAt = i;
    else if (isClose) {
      out.push({
        id: out.length,
        para: p.index,
        open: openAt,
        close: i,
        contentStart: openAt === -1 ? p.textStart : openAt + 1,
        contentEnd: i,
      });
      openAt = -2;
    }
  }
  if (openAt !== -2) {
    out.push({
      id: out.length,
      para: p.index,
      open: openAt,
      close: -1,
      contentStart: openAt === -1 ? p.textStart : openAt + 1,
      contentEnd: p.end,
    });
    return true;
  }
  return false;
}

/** Is the “ at `i` a closing mark: after a word or its punctuation, before a space or `end`? */
function isMisturnedClose(body: string, i: number, end: number): boolean {
  const before = body.charCodeAt(i - 1);
  const after = i + 1 < end ? body.charCodeAt(i + 1) : 32;
  return (
    (before === 46 || before === 44 || before === 33 || before === 63) &&
    (after === 32 || after === 10)
  );
}

/** Does a closing quote mark (” » or a straight ") come in `p` before any opening one? */
function closesBeforeOpening(body: string, p: Paragraph): boolean {
  for (let i = p.textStart; i < p.end; i++) {
    const c = body.charCodeAt(i);
    if (c === 0x201d || c === 0xbb || c === STRAIGHT_DOUBLE) return true;
    if (c === 0x201c || c === 0x201e || c === 0xab) return false;
  }
  return false;
}

function isClosingPunct(c: number): boolean {
  return (
    c === 46 ||
    c === 33 ||
    c === 63 ||
    c === 0x2026 ||
    c === 0x22 ||
    c === 0x27 ||
    c === 0x201d ||
    c === 0x2019 ||
    c === 0xbb ||
    c === 41 ||
    c === 93
  );
}

// "Kim asked.", "Miller, a retired nurse, said pleasantly into the phone.", "Lichtman said about
// the effort to distance him from Bush.": a name (1–4 words, maybe an apposition), the verb,
// then up to 12 words with no quote to the end of the attribution (group 1).
const ATTRIBUTION_AFTER_QUOTE_RE = new RegExp(
  `^\\p{Lu}[\\p{L}\\p{M}'’.-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’.-]*){0,3}(?:,[^,.!?“”"]{1,80},)?\\s+(?:${AFTER_QUOTE_VERB_ALT})((?:\\s+[^\\s.!?“”"]+){0,12})\\s*[.!?,]`,
  "u",
);

/** After "?" or "!": a name and the verb open the attribution, however long it runs. */
const ATTRIBUTION_START_RE = new RegExp(
  `^\\p{Lu}[\\p{L}\\p{M}'’.-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’.-]*){0,3}(?:,[^,.!?“”"]{1,80},)?\\s+(?:${AFTER_QUOTE_VERB_ALT})\\b`,
  "u",
);

function wordBefore(body: string, i: number, floor: number): string {
  let s = i;
  while (s > floor) {
    const c = body.charCodeAt(s - 1);
    if (isLetterCode(c) || c === 46) s--;
    else break;
  }
  return body.slice(s, i);
}

function wordAfter(body: string, k: number, limit: number): string {
  let e = k;
  while (
    e < limit &&
    (isLetterCode(body.charCodeAt(e)) || body.charCodeAt(e) === 39 || body.charCodeAt(e) === 0x2019)
  )
    e++;
  return body.slice(k, e);
}

function splitSentences(body: string, p: Paragraph, out: Sentence[]): void {
  const pe = p.end;
  let sStart = p.textStart;
  for (let i = p.textStart; i < pe; i++) {
    const c = body.charCodeAt(i);
    if (c !== 46 && c !== 33 && c !== 63 && c !== 0x2026) continue;
    let j = i + 1;
    let closedQuote = false;
    while (j < pe && isClosingPunct(body.charCodeAt(j))) {
      const cj = body.charCodeAt(j);
      if (cj === 0x201d || cj === 0x22 || cj === 0xbb) closedQuote = true;
      j++;
    }
    if (j >= pe) break;
    if (!isSpaceCode(body.charCodeAt(j))) {
      i = j - 1;
      continue;
    }
    let k = j;
    while (k < pe && isSpaceCode(body.charCodeAt(k))) k++;
    if (k >= pe) break;
    const nc = body.charCodeAt(k);
    const startsOk =
      isUpperCode(nc) ||
      isDigitCode(nc) ||
      OPEN_DOUBLE.has(nc) ||
      nc === STRAIGHT_DOUBLE ||
      nc === 0x2018 ||
      nc === 40;
    if (!startsOk) {
      i = j - 1;
      continue;
    }
    if (c === 46 && body.charCodeAt(i - 1) !== 46 && !closedQuote) {
      const w = wordBefore(body, i, sStart);
      const lw = w.toLowerCase();
      if (w.length === 1 && isUpperCode(w.charCodeAt(0))) {
        i = j - 1;
        continue; // initial: "Patrick S. Ryder"
      }
      if (TITLE_ABBREVIATIONS.has(lw)) {
        i = j - 1;
        continue;
      }
      if (OTHER_ABBREVIATIONS.has(lw) || w.includes(".")) {
        const next = wordAfter(body, k, pe).toLowerCase();
        const quoteNext = OPEN_DOUBLE.has(nc) || nc === STRAIGHT_DOUBLE;
        if (!quoteNext && !SENTENCE_OPENERS.has(next)) {
          i = j - 1;
          continue;
        }
      }
    }
    if (closedQuote) {
      // “Why?” he asked. / “We won.” Rell said. — but after a full stop inside the quote,
      // “… investigate.” He claimed, without evidence, that … is a new sentence.
      const tail = ATTRIBUTION_AFTER_QUOTE_RE.exec(body.slice(k, Math.min(pe, k + 90)));
      // After "?" or "!" the attribution may run on ("… asked about the plan to cut the tax",
      // "… told a regional radio station in a broadcast on Friday when …");
      // after a full stop only a short one ("Rell said. / Rell told reporters.") continues.
      const runsOn = c !== 46 && ATTRIBUTION_START_RE.test(body.slice(k, Math.min(pe, k + 200)));
      if (
        runsOn ||
        (tail && (c !== 46 || (tail[0].endsWith(".") && wordCount(tail[1] ?? "") <= 4)))
      ) {
        i = j - 1;
        continue;
      }
    }
    pushSentence(body, p, sStart, j, out);
    sStart = k;
    i = k - 1;
  }
  pushSentence(body, p, sStart, pe, out);
}

function pushSentence(body: string, p: Paragraph, s: number, e: number, out: Sentence[]): void {
  while (s < e && isSpaceCode(body.charCodeAt(s))) s++;
  while (e > s && isSpaceCode(body.charCodeAt(e - 1))) e--;
  if (e > s) out.push({ index: out.length, para: p.index, start: s, end: e });
}
