/**
 * Layout and sentence segmentation for news text.
 *
 * - Paragraphs are lines (hard-wrapped lines starting lower-case are joined back).
 * - Each paragraph is classified: headline, body, heading (no sentence punctuation) or
 *   boilerplate (captions, bylines, credits, navigation, "Read more"/"Check Also" blocks).
 * - Datelines ("ANKARA (Reuters) —") are skipped at the start of early paragraphs.
 * - Double quotes are paired per paragraph; a quote left open at the end of a paragraph
 *   continues in the next one (news convention for long quotes).
 * - Sentences end at . ! ? … followed by space and an upper-case letter, digit or opening
 *   quote, except after titles and initials ("Lt. Gen.", "U.S.", "Dr.", "Patrick S. Ryder"),
 *   and except `?”` / `!”` followed by a short attribution (`”Kim asked.`).
 */
import {
  AFTER_QUOTE_VERB_ALT,
  OTHER_ABBREVIATIONS,
  PLAIN_REPORT_ALT,
  SENTENCE_OPENERS,
  TITLE_ABBREVIATIONS,
} from "./lexicon";
import {
  isDigitCode,
  isLetterCode,
  isLowerCode,
  isRegexSpace,
  isSpaceCode,
  isUpperCode,
  OPEN_DOUBLE,
  STRAIGHT_DOUBLE,
  trimEndWhile,
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

const CAPTION_LABEL_RE =
  /(?:^|[\s(.|])(?:Credit|Credits|Photo|Photos|Photograph|Photographs|Image|Images|Picture|Pictures|Illustration|Graphic|Footage|Video|Photo credit|Image credit)\s*:\s*\S/u;
const CAPTION_AGENCY_RE = /\b(?:REUTERS|Reuters|AFP|AP|EPA|Xinhua|Anadolu)\/\p{Lu}/u;
const CAPTION_PAREN_RE =
  /\((?:Photo|Image|Picture|Credit|Getty Images|Reuters|AFP|AP|EPA)[^)]*\)\s*$/u;
/** "Boxes of tablets at a warehouse, in a photo taken in July by an employee." */
const CAPTION_PHOTO_RE =
  /,\s+in (?:a|this|an undated|a handout|a file) photo(?:graph)?\b[^.!?]*[.]?$/u;
const CAPTION_WORDS = [
  "Getty Images",
  "AFP via Getty",
  "Shutterstock",
  "AP Photo",
  "EPA-EFE",
  "FILE PHOTO",
];

/** Photo captions and credits ("... Credit: Department of Defense", "REUTERS/Name", "(Getty Images)"). */
function isCaption(text: string): boolean {
  if (text.includes(":") && CAPTION_LABEL_RE.test(text)) return true;
  if (text.includes("photo") && CAPTION_PHOTO_RE.test(text)) return true;
  if (text.includes("/") && CAPTION_AGENCY_RE.test(text)) return true;
  if (text.endsWith(")") && CAPTION_PAREN_RE.test(text)) return true;
  for (const w of CAPTION_WORDS) if (text.includes(w)) return true;
  return false;
}
const BYLINE_RE = /^(?:By|BY)\s+\p{Lu}/u;
const CREDIT_START_RE =
  /^\(?(?:(?:Reporting|Additional reporting|Writing|Editing|Edited|Compiled|Written|Research|Translated|Produced|Graphics|Fact-checked)\s+by\b|Copyright|©|Updated\b|Published\b|Last updated\b|First published\b|Posted\b|\d+\s+min(?:ute)?s?\s+read$|Editor[’']?s note\b|This (?:story|article) (?:has been|was) (?:updated|corrected|amended)|Correction:)/iu;
const CREDIT_END_RE = /contributed(?: to this (?:report|story|article))?\.?\)?$/iu;
const NAV_RE =
  /^(?:Share|Share this(?: article| story| page)?|Tweet|Email|Print|Save|Advertisement|Sponsored|Comments?(?:\s*\(\d+\))?|Subscribe\b.*|Sign up\b.*|Sign in\b.*|Log in\b.*|Follow us\b.*|Follow\s+@.*|Click here\b.*|Most (?:read|popular|viewed)|Skip to\b.*|Menu|Home|Back to top|Listen to (?:this )?(?:article|story)\b.*|Watch(?: now)?:?.*|Tags?:.*|Topics?:.*|For media (?:enquiries|inquiries)\b.*|Media contact\b.*|Contact:.*|Download\b.*|Support our journalism\b.*|Donate\b.*)$/iu;
const RELATED_HEADER_RE =
  /^(?:Check Also|Related(?:\s+(?:articles?|stories|content|coverage|news|reading|topics))?|Read more|Read More|READ MORE|More from\b.*|More on this(?: story)?|See also|Also read|You may also like|You might also like|Recommended(?: for you)?|Further reading|Latest news|Most read|Trending|Explore more|Top stories|More stories)\s*:?\s*$/iu;
const RELATED_INLINE_RE =
  /^(?:Read more|Read More|READ MORE|Related|RELATED|Also read|ALSO READ|See also|Check Also|MORE|Watch|WATCH|Listen|LISTEN|Read also|Recommended)\s*[:|–—-]\s*\S/u;
const SEPARATOR_RE = /^[\s_*=~\-–—•·#]+$/u;
const DATELINE_RE =
  /^(?:\p{Lu}[\p{Lu}.'’-]+(?:\s+\p{Lu}[\p{Lu}.'’-]+){0,3})(?:,\s*(?:\p{Lu}[\p{L}.]+(?:\s+\p{Lu}[\p{L}.]+)?)(?:\s+\d{1,2})?)?(?:,\s*\d{1,2})?\s*(?:\([\p{L} .&/-]{1,30}\))?\s*[—–-]{1,2}\s*/u;
/** Ends like a sentence: . ! ? … possibly followed by closing quotes/brackets, or a closing quote. */
function endsTerminal(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && isSpaceCode(text.charCodeAt(i))) i--;
  if (i < 0) return false;
  const last = text.charCodeAt(i);
  if (last === 0x22 || last === 0x201d || last === 0xbb) return true;
  while (i >= 0) {
    const c = text.charCodeAt(i);
    if (c === 0x27 || c === 0x2019 || c === 41 || c === 93) i--;
    else break;
  }
  if (i < 0) return false;
  const c = text.charCodeAt(i);
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}

/** " ' ” ’ and whitespace */
function isQuoteOrSpace(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x201d || c === 0x2019 || isRegexSpace(c);
}

/** Ends with … or ... before any closing quotes (a scan: /["'”’\s]+$/ retries every position). */
function endsEllipsis(text: string): boolean {
  const e = trimEndWhile(text, 0, text.length, isQuoteOrSpace);
  if (e >= 1 && text.charCodeAt(e - 1) === 0x2026) return true;
  return (
    e >= 3 &&
    text.charCodeAt(e - 1) === 46 &&
    text.charCodeAt(e - 2) === 46 &&
    text.charCodeAt(e - 3) === 46
  );
}

/** "Nov. 19, 2025 Updated 9:14 a.m.", "4 May 2025, 18:02 BST": a date line, not a claim. */
function isTimestamp(text: string): boolean {
  if (text.length > 90 || !YEAR_RE.test(text) || wordCount(text) > 12) return false;
  if (FINITE_VERB_RE.test(text)) return false;
  // A sentence that merely mentions a date and time ends like one; a stamp says what it is.
  if (STAMP_WORD_RE.test(text)) return true;
  return TIME_OR_STAMP_RE.test(text) && !endsTerminal(text);
}
const FINITE_VERB_RE = new RegExp(
  `\\b(?:${PLAIN_REPORT_ALT}|will|was|were|is|are|has|have|had)\\b`,
  "u",
);
const STAMP_WORD_RE = /\b(?:Updated|Published|Posted|Last updated)\b/u;
const YEAR_RE = /\b(?:19|20)\d\d\b/u;
const TIME_OR_STAMP_RE =
  /\b(?:Updated|Published|Posted|Last updated|GMT|BST|CET|CEST|UTC|EST|EDT|CST|CDT|PST|PDT|ET|PT)\b|\b\d{1,2}[:.]\d{2}\s*(?:a\.?m\.?|p\.?m\.?)?/u;

function classifyLine(text: string): ParaKind | "related-header" {
  if (SEPARATOR_RE.test(text)) return "boilerplate";
  if (RELATED_HEADER_RE.test(text)) return "related-header";
  if (RELATED_INLINE_RE.test(text)) return "boilerplate";
  if (NAV_RE.test(text)) return "boilerplate";
  if (CREDIT_START_RE.test(text)) return "boilerplate";
  if (isTimestamp(text)) return "boilerplate";
  if (text.includes("ontributed") && CREDIT_END_RE.test(text)) return "boilerplate";
  if (text.includes("ights reserved") || text.includes("IGHTS RESERVED")) return "boilerplate";
  if (BYLINE_RE.test(text) && wordCount(text) <= 14) return "boilerplate";
  if (isCaption(text)) return "boilerplate";
  // "Home | World | Politics", "Jane Doe | Reuters"
  if (
    (text.includes("|") || text.includes("›") || text.includes("»")) &&
    /\s[|›»]\s/u.test(text) &&
    !endsTerminal(text)
  )
    return "boilerplate";
  if (!endsTerminal(text)) return "heading";
  return "body";
}

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

export function layout(body: string, title?: string): Layout {
  const lines = splitLines(body);
  const paragraphs: Paragraph[] = [];
  let inRelated = false;
  let seenContent = false;
  let bodyParas = 0;
  const foldedTitle = title ? title.trim().toLowerCase() : null;
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
      const isTitle = foldedTitle !== null && text.toLowerCase() === foldedTitle;
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
  if (carryOpen && !startsWithQuote) {
    // Continued quote without a new opening mark.
    openAt = -1;
  }
  for (let i = p.textStart; i < p.end; i++) {
    const c = body.charCodeAt(i);
    if (c !== 0x22 && c < 0xab) continue;
    let isOpen = false;
    let isClose = false;
    if (c === 0x201c || c === 0x201e || c === 0xab) isOpen = openAt === -2;
    else if (c === 0x201d || c === 0xbb) isClose = openAt !== -2;
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

const ATTRIBUTION_AFTER_QUOTE_RE = new RegExp(
  `^(?:\\p{Lu}[\\p{L}\\p{M}'’.-]*\\s+){1,4}(?:${AFTER_QUOTE_VERB_ALT})(?:\\s+[\\p{L}'’-]+){0,4}\\s*[.!?,]`,
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
      if (tail && (c !== 46 || tail[0].endsWith("."))) {
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
