/**
 * Claim extraction for news articles: pure TypeScript, no I/O, runs in Node and workerd.
 *
 *   extractClaims(body, { title }) -> ExtractedClaim[]  (text order, one claim per span)
 *
 * Pipeline: layout (paragraphs, boilerplate, datelines, quotes, sentences) -> per-sentence
 * attribution patterns -> claimant resolution to one canonical entity per article ->
 * continuation of quotes -> unattributed check-worthy statements -> headline -> review signals.
 */
import { typographicQuotes } from "./ascii-quotes";
import { analyzeSentence, type SentenceAttribution } from "./attribute";
import { checkworthiness } from "./checkworthiness";
import { type Entity, Registry } from "./claimants";
import { DEFAULT_ENGINE, type Engine, mergeLearned } from "./learned";
import {
  APPOSITIVE_PARTICLE_ALT,
  HEADLINE_VERB_ALT,
  RUN_PARTICLE_ALT,
  SEMICOLON_REPORT_ALT,
  SUBJECT_PARTICLE_ALT,
} from "./lexicon";
import type { Pattern } from "./patterns";
import { type SuggestedStatus, suggestStatuses } from "./review";
import { cleanTitle, isTitleLine, layout, type QuoteSpan, type Sentence } from "./segment";
import { endsWithQuestion, isRegexSpace, trimEndWhile, wordCountIn } from "./text";

export { PATTERNS, type Pattern } from "./patterns";

export interface ExtractedClaim {
  /**
   * The claimed content, without the attribution; === body.slice(span.start, span.end) for a
   * claim `in` the body.
   */
  text: string;
  /** Offsets into `body` in UTF-16 code units, end exclusive; null for a claim in the title. */
  span: { start: number; end: number } | null;
  /**
   * Where the claim was read: "body", or "title" for the headline claim of a title the body
   * does not repeat as its first line.
   */
  in: "body" | "title";
  /** The verbatim words when the content is a direct quote (without quote marks), else null. */
  quote: string | null;
  /** Canonical per-article claimant; null for unattributed claims. */
  claimant: { name: string; description: string | null } | null;
  /** The attribution cue as written ("said", "told CNN", "according to", "denied"). */
  verb: string | null;
  /** 0..1 */
  checkworthiness: number;
  /** Which attribution pattern matched (see PATTERNS). */
  pattern: string;
  /** A status the article suggests (an authority reviewing, the accused denying), with why. */
  suggested_status: SuggestedStatus | null;
}

interface Draft {
  start: number;
  end: number;
  entity: Entity | null;
  verb: string | null;
  pattern: Pattern;
  headline?: boolean;
  /** Check-worthiness already computed for an unattributed sentence. */
  cw?: number;
}

/** Minimum check-worthiness for a statement the article makes itself. */
export const UNATTRIBUTED_THRESHOLD = 0.55;

const META_RE =
  /\b(?:did not|didn't|does not|doesn't|could not|couldn't|has not|hasn't|have not|haven't)\s+(?:immediately\s+)?(?:respond|reply|return|answer)\w*\b|\b(?:declined|refused)\s+to\s+(?:comment|say|elaborate|discuss|confirm|give)\b|\bcould not (?:be reached|independently (?:verify|confirm))\b|\b(?:reached out|has contacted|have contacted|contacted)\b.*\bfor comment\b|\brequests? for comment\b|\bcontributed to this (?:report|story)\b|\bThis (?:story|article) (?:has been|was) updated\b|\b(?:does|did|do|would|will)\s+not\s+comment\s+on\b|\bAnyone with (?:any )?information\b/iu;
const META_HINT_RE =
  /respond|reply|return|answer|comment|declined|refused|verify|confirm|reached|contacted|contributed|updated|information/iu;
/** Closing marks allowed after a final question mark: " ” ’ » */
function isQuestionCloseMark(c: number): boolean {
  return c === 0x22 || c === 0x201d || c === 0x2019 || c === 0xbb;
}

/** Trailing marks stripped before the second question test: ” " ’ and whitespace. */
function isQuoteOrSpace(c: number): boolean {
  return c === 0x201d || c === 0x22 || c === 0x2019 || isRegexSpace(c);
}

/** "did not respond to a request for comment", "contributed reporting": notes on the reporting. */
function isProcessNote(text: string): boolean {
  return META_HINT_RE.test(text) && META_RE.test(text);
}

function maskSentence(
  body: string,
  s: Sentence,
  quotes: QuoteSpan[],
): { masked: string; spans: QuoteSpan[] } {
  const spans: QuoteSpan[] = [];
  let masked = "";
  let cur = s.start;
  for (const q of quotes) {
    if (q.contentEnd <= s.start || q.contentStart >= s.end) continue;
    const a = Math.max(q.contentStart, s.start);
    const b = Math.min(q.contentEnd, s.end);
    if (b <= a) continue;
    spans.push(q);
    masked += body.slice(cur, a) + "x".repeat(b - a);
    cur = b;
  }
  masked += body.slice(cur, s.end);
  return { masked, spans };
}

function isQuoteOnly(masked: string): boolean {
  return masked.includes("x") && /^[\s“”"«»„x.,;:!?…—–-]*$/u.test(masked);
}

/** “ « „ " */
function isOpenMark(c: number): boolean {
  return c === 0x201c || c === 0xab || c === 0x201e || c === 0x22;
}

/** ” » " */
function isCloseMark(c: number): boolean {
  return c === 0x201d || c === 0xbb || c === 0x22;
}

/** Whitespace and separators trimmed from claim edges: space , ; : — – - */
function isEdgeJunk(c: number): boolean {
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
function tidy(body: string, s0: number, e0: number): [number, number] {
  let s = s0;
  let e = e0;
  while (s < e && isEdgeJunk(body.charCodeAt(s))) s++;
  while (e > s && isEdgeJunk(body.charCodeAt(e - 1))) e--;
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

function quoteOf(body: string, s: number, e: number, quotes: QuoteSpan[]): string | null {
  let best: [number, number] | null = null;
  for (const q of quotes) {
    const a = Math.max(q.contentStart, s);
    const b = Math.min(q.contentEnd, e);
    if (b <= a) continue;
    if (!best || b - a > best[1] - best[0]) best = [a, b];
  }
  if (!best) return null;
  const [a, b] = tidy(body, best[0], best[1]);
  if (a >= b) return null;
  const total = wordCountIn(body, s, e);
  const fw = wordCountIn(body, a, b);
  if (fw < 3 && fw < total) return null;
  if (fw * 2 < total) return null;
  return body.slice(a, b);
}

const HL_NOT_CONTENT_RE =
  /^(?:as|after|amid|despite|in|on|for|with|to|while|at|by|from|over|of|and|but)\b/iu;
const HL_VERBS = `${HEADLINE_VERB_ALT}|tells\\s+[\\p{L}\\p{M}'’.-]+(?:\\s+[\\p{L}\\p{M}'’.-]+)?`;
const HL_TAIL_RE = new RegExp(
  `^(.+?),\\s+((?:[\\p{L}\\p{M}'’.&-]+\\s+){0,5}?[\\p{L}\\p{M}'’.&-]+)\\s+(${HL_VERBS})$`,
  "u",
);
const HL_HEAD_RE = new RegExp(
  `^((?:[\\p{L}\\p{M}'’.&-]+\\s+){0,5}?[\\p{L}\\p{M}'’.&-]+)\\s+(${HL_VERBS})\\s+(.+)$`,
  "u",
);
const HL_COLON_RE = /^(.{12,}?):\s+((?:\p{Lu}[\p{L}\p{M}'’.&-]*\s*){1,4})$/u;
const HL_NP_STOP =
  /\b(?:is|are|was|were|has|have|had|will|would|to|not|as|after|over|amid|with|for|in|on)\b/iu;

/** "‘We will not back down’, says PM" / "Cash ban inevitable, finds study": the inverted tail. */
const HL_INVERTED_RE =
  /^(.+?[,'’"”])\s+(says|claims|warns|insists|admits|reveals|suggests|argues|finds|reports|confirms|predicts|denies|alleges|urges)\s+((?:[\p{L}\p{M}'’.&-]+\s+){0,5}?[\p{L}\p{M}'’.&-]+)$/u;
/** "Jansen: the strike cost the port 40 million euros": a speaker's name, then the words. */
const HL_SPEAKER_RE =
  /^((?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){0,3}\p{Lu}[\p{L}\p{M}'’.-]*):\s+(\S.{11,})$/u;

/** ‘ ' “ " « „ */
function isHeadlineOpenMark(c: number): boolean {
  return c === 0x2018 || c === 0x27 || isOpenMark(c);
}

/** ’ ' ” " » */
function isHeadlineCloseMark(c: number): boolean {
  return c === 0x2019 || c === 0x27 || isCloseMark(c);
}

/** A content range without edge separators and without quote marks enclosing all of it. */
function unquoteHeadline(text: string, s0: number, e0: number): [number, number] {
  let s = s0;
  let e = e0;
  while (s < e && isEdgeJunk(text.charCodeAt(s))) s++;
  while (e > s && isEdgeJunk(text.charCodeAt(e - 1))) e--;
  if (
    e - s > 2 &&
    isHeadlineOpenMark(text.charCodeAt(s)) &&
    isHeadlineCloseMark(text.charCodeAt(e - 1)) &&
    !/[‘’'“”"]/u.test(text.slice(s + 1, e - 1).replace(/\p{L}['’]\p{L}/gu, ""))
  ) {
    s++;
    e--;
  }
  return [s, e];
}

/** Whether text[s, e) is enclosed in quote marks: a headline that quotes its speaker. */
function quotedHeadline(text: string, s: number, e: number): boolean {
  return (
    s > 0 && isHeadlineOpenMark(text.charCodeAt(s - 1)) && isHeadlineCloseMark(text.charCodeAt(e))
  );
}

/**
 * The report in a headline (text[start, end)): who (np), what (content) and the cue.
 * `isSpeaker` says whether a "Name: words" label names a person the article quotes.
 */
function headlineClaim(
  body: string,
  start: number,
  end: number,
  isSpeaker?: (label: string) => boolean,
): { np: [number, number]; content: [number, number]; verb: string } | null {
  const h = body.slice(start, end);
  const t = HL_TAIL_RE.exec(h);
  if (t) {
    const np = t[2] ?? "";
    if (!HL_NP_STOP.test(np)) {
      const npS = start + (t[1] ?? "").length + h.slice((t[1] ?? "").length).indexOf(np);
      return {
        np: [npS, npS + np.length],
        content: unquoteHeadline(body, start, start + (t[1] ?? "").length),
        verb: t[3] ?? "",
      };
    }
  }
  const inv = HL_INVERTED_RE.exec(h);
  if (inv) {
    const np = inv[3] ?? "";
    if (!HL_NP_STOP.test(np) && !HL_NOT_CONTENT_RE.test(np)) {
      return {
        np: [end - np.length, end],
        content: unquoteHeadline(body, start, start + (inv[1] ?? "").length),
        verb: inv[2] ?? "",
      };
    }
  }
  const hh = HL_HEAD_RE.exec(h);
  if (hh) {
    const np = hh[1] ?? "";
    // "Norvex profit beats forecasts as cloud sales jump": no report when a clause-less
    // phrase follows the "verb" (it was a noun).
    if (!HL_NP_STOP.test(np) && /^\p{Lu}/u.test(np) && !HL_NOT_CONTENT_RE.test(hh[3] ?? "")) {
      const cS = start + h.length - (hh[3] ?? "").length;
      return {
        np: [start, start + np.length],
        content: unquoteHeadline(body, cS, end),
        verb: hh[2] ?? "",
      };
    }
  }
  const c = HL_COLON_RE.exec(h);
  if (c) {
    const npS = start + h.length - (c[2] ?? "").trimEnd().length;
    return {
      np: [npS, end],
      content: unquoteHeadline(body, start, start + (c[1] ?? "").length),
      verb: ":",
    };
  }
  const sp = isSpeaker ? HL_SPEAKER_RE.exec(h) : null;
  if (sp && isSpeaker?.(sp[1] ?? "")) {
    const label = sp[1] ?? "";
    return {
      np: [start, start + label.length],
      content: unquoteHeadline(body, end - (sp[2] ?? "").length, end),
      verb: ":",
    };
  }
  return null;
}

export interface ExtractOptions {
  /** The article's title (a headline claim is read from it when the body does not repeat it). */
  title?: string;
  /**
   * "learned" (default): the rules plus the learned attribution tagger; "rules": rules only.
   * See DEFAULT_ENGINE and the model card in README.md.
   */
  engine?: Engine;
}

export function extractClaims(body: string, options?: ExtractOptions): ExtractedClaim[] {
  const read = typographicQuotes(body);
  const claims = extractFrom(read, options);
  if (read === body) return claims;
  // Read through typographic marks; what is returned is the body's own words.
  for (const c of claims) {
    if (!c.span) continue;
    // A span never cuts an ASCII pair in half.
    if (body[c.span.end - 1] === "'" && body[c.span.end] === "'") c.span.end++;
    if (body[c.span.start] === "'" && body[c.span.start - 1] === "'") c.span.start--;
    const text = body.slice(c.span.start, c.span.end);
    if (c.quote !== null) {
      const at = read.indexOf(c.quote, c.span.start);
      if (at >= 0) c.quote = body.slice(at, at + c.quote.length).replace(/''|``/gu, '"');
    }
    c.text = text;
  }
  return claims;
}

function extractFrom(body: string, options?: ExtractOptions): ExtractedClaim[] {
  const engine = options?.engine ?? DEFAULT_ENGINE;
  const lay = layout(body, options?.title);
  const reg = new Registry();
  for (const p of lay.paragraphs) {
    if (p.kind === "body") reg.scanNames(body.slice(p.textStart, p.end), p.textStart);
  }
  const drafts: Draft[] = [];
  const speakers: Array<{ pos: number; entity: Entity }> = [];
  const quoteAttr = new Map<
    number,
    { entity: Entity | null; verb: string | null; pattern: Pattern }
  >();
  const quotesByPara = new Map<number, QuoteSpan[]>();
  for (const q of lay.quotes) {
    const list = quotesByPara.get(q.para);
    if (list) list.push(q);
    else quotesByPara.set(q.para, [q]);
  }
  const sentencesByPara = new Map<number, Sentence[]>();
  for (const s of lay.sentences) {
    const list = sentencesByPara.get(s.para);
    if (list) list.push(s);
    else sentencesByPara.set(s.para, [s]);
  }
  let carried: { span: QuoteSpan } | null = null;

  for (const p of lay.paragraphs) {
    if (p.kind !== "body") continue;
    const quotes = quotesByPara.get(p.index) ?? [];
    const sents = sentencesByPara.get(p.index) ?? [];
    const pending: Array<{ s: Sentence; span: QuoteSpan | undefined }> = [];
    // A quote that continues the previous paragraph's open quote.
    const firstQ = quotes[0];
    let continuedSpan: QuoteSpan | null = null;
    if (carried && firstQ && (firstQ.open === -1 || firstQ.open === p.textStart))
      continuedSpan = firstQ;
    // Q&A interview: an "A:" paragraph is the interviewee's answer.
    let qaSkip = qaAnswerPrefix(body, p.textStart, p.end);
    let interviewee = qaSkip > 0 ? mainSpeaker(speakers, reg) : null;
    if (qaSkip === 0) {
      // "Solberg: The kidneys filter ...": an interview transcript labelled with a known name.
      SPEAKER_LABEL_RE.lastIndex = p.textStart;
      const colon = body.indexOf(":", p.textStart);
      const label = colon > 0 && colon - p.textStart < 60 ? SPEAKER_LABEL_RE.exec(body) : null;
      const known = label ? reg.knownPerson(label[1] ?? "") : null;
      if (label && known) {
        qaSkip = label[0].length;
        interviewee = known;
      }
    }
    for (const s of splitAtSemicolons(body, sents, quotes)) {
      const { masked, spans } = maskSentence(body, s, quotes);
      if (interviewee && !isQuoteOnly(masked) && !analyzeSentence(masked)) {
        const start = s.start === p.textStart ? s.start + qaSkip : s.start;
        if (wordCountIn(body, start, s.end) >= 4)
          drafts.push({
            start,
            end: s.end,
            entity: interviewee,
            verb: ":",
            pattern: "colon-quote",
          });
        continue;
      }
      if (isQuoteOnly(masked)) {
        pending.push({ s, span: spans[0] });
        continue;
      }
      const att: SentenceAttribution | null = analyzeSentence(masked);
      if (att && att.contents.length > 0) {
        let entity: Entity | null = null;
        if (
          att.np &&
          att.np.start > 0 &&
          PRONOUN_NP_RE.test(masked.slice(att.np.start, att.np.end))
        ) {
          // "Ahmed al-Saadi disagreed: he said C": the sentence's own subject is the antecedent.
          const subj = leadingSubject(masked);
          if (subj > 0 && subj <= att.np.start) reg.mention(masked.slice(0, subj), s.start);
          else {
            const run = LAST_NAME_RUN_RE.exec(masked.slice(0, att.np.start));
            if (run) reg.mention(run[1] ?? "", s.start + run.index);
          }
        }
        if (att.np) {
          const npS = s.start + att.np.start;
          entity = reg.resolve(body.slice(npS, s.start + att.np.end), npS, {
            context: body.slice(s.start, npS),
          });
        }
        for (const c of att.contents) {
          // "the department said it did not comment on leaked documents": a process note.
          const said = body.slice(s.start + c.start, s.start + c.end);
          if (said.includes("omment") && META_RE.test(said)) continue;
          drafts.push({
            start: s.start + c.start,
            end: s.start + c.end,
            entity,
            verb: c.verb,
            pattern: c.pattern,
          });
          for (const q of spans) {
            if (
              q.contentEnd > s.start + c.start &&
              q.contentStart < s.start + c.end &&
              !quoteAttr.has(q.id)
            )
              quoteAttr.set(q.id, { entity, verb: c.verb, pattern: c.pattern });
          }
        }
        if (att.mainClause)
          unattributed(s.start + att.mainClause.start, s.start + att.mainClause.end, drafts, body);
        if (entity) speakers.push({ pos: s.start, entity });
      } else {
        // A named subject reporting nothing is still a possible antecedent for he/she.
        const appos = APPOSITIVE_SUBJECT_RE.exec(masked);
        const subj = appos ? appos[0].length - 1 : leadingSubject(masked);
        if (subj > 0) reg.mention(masked.slice(0, subj), s.start);
        unattributed(s.start, s.end, drafts, body);
      }
    }
    for (const { s, span } of pending) {
      let attr = span ? quoteAttr.get(span.id) : undefined;
      let pattern = attr?.pattern ?? "continuation";
      if (!attr && span && span === continuedSpan && carried) {
        attr = quoteAttr.get(carried.span.id);
        pattern = "continuation";
      }
      if (attr && span === continuedSpan) pattern = "continuation";
      const entity = attr ? attr.entity : lastSpeakerBefore(speakers, s.start);
      if (!attr && !entity) {
        unattributed(s.start, s.end, drafts, body);
        continue;
      }
      if (span && !quoteAttr.has(span.id))
        quoteAttr.set(span.id, { entity, verb: attr?.verb ?? null, pattern });
      drafts.push({
        start: s.start,
        end: s.end,
        entity,
        verb: attr && pattern !== "continuation" ? attr.verb : null,
        pattern,
      });
    }
    const lastQ = quotes[quotes.length - 1];
    carried = lastQ && lastQ.close === -1 ? { span: lastQ } : null;
  }

  // The learned layer (src/extract/learned.ts) reads attributions as PolNeAR's annotators mark
  // them; where it finds one, the rules' attributed claims over the same words give way to it.
  if (engine !== "rules") mergeLearned(body, drafts, engine, lay.paragraphs, isProcessNote);

  // Headline: "…, Iraq spy chief claims" / "Erdoğan says …" / "Name: …". Read in the body
  // when it repeats the title before its text, else in the title (a claim without a span).
  const title = cleanTitle(options?.title ?? "");
  const isSpeaker = (label: string) => reg.knownPerson(label) !== null;
  let head: (typeof lay.paragraphs)[number] | undefined;
  let titleInBody = false;
  for (const p of lay.paragraphs) {
    if (p.kind === "body") break;
    if (title && isTitleLine(body.slice(p.start, p.end), title)) {
      head = p;
      titleInBody = true;
      break;
    }
    if (p.kind === "headline" && !head) head = p;
  }
  let titleDraft: Draft | null = null;
  if (title && !titleInBody) {
    const hc = headlineClaim(title, 0, title.length, isSpeaker);
    if (hc) {
      const entity = reg.resolve(title.slice(hc.np[0], hc.np[1]), body.length, { headline: true });
      // Offsets into the title, not the body: this draft is finished apart (see below).
      titleDraft = {
        start: hc.content[0],
        end: hc.content[1],
        entity,
        verb: hc.verb,
        pattern: "headline",
        headline: true,
      };
      drafts.push(titleDraft);
    }
  }
  if (head) {
    const hEnd = head.end - (/\p{Ll}{2}\.$/u.test(body.slice(head.end - 3, head.end)) ? 1 : 0);
    let hc = headlineClaim(body, head.start, hEnd, isSpeaker);
    let np = hc ? body.slice(hc.np[0], hc.np[1]) : "";
    if (!hc && titleInBody && hEnd - head.start === title.length) {
      // "PORT STRIKE ENDS, UNION SAYS" repeating the title: read as the title is written.
      const t = headlineClaim(title, 0, title.length, isSpeaker);
      if (t) {
        np = title.slice(t.np[0], t.np[1]);
        hc = { ...t, content: [head.start + t.content[0], head.start + t.content[1]] };
      }
    }
    if (hc) {
      const entity = reg.resolve(np, body.length, { headline: true });
      drafts.push({
        start: hc.content[0],
        end: hc.content[1],
        entity,
        verb: hc.verb,
        pattern: "headline",
        headline: true,
      });
    }
  }

  // Deferred descriptors, then headline sources that still have no name.
  const order: Entity[] = [];
  for (const d of drafts) if (d.entity && !d.headline) order.push(d.entity);
  reg.finish(order);
  // The earliest attributed body draft (the first one among equal starts).
  let firstBody: Draft | undefined;
  for (const d of drafts) {
    if (!d.headline && d.entity && (!firstBody || d.start < firstBody.start)) firstBody = d;
  }
  for (const d of drafts) {
    if (!d.headline || !d.entity || !firstBody?.entity) continue;
    const e = reg.find(d.entity);
    if (e.names.length > 0 || e.kind === "group" || e.kind === "country") continue;
    const f = reg.find(firstBody.entity);
    if ((e.kind === "person" && f.kind !== "person") || (e.kind === "org" && f.kind === "person"))
      continue;
    reg.merge(e, f);
  }

  // Finalise: tidy spans, dedupe, score.
  type BodyClaim = ExtractedClaim & { span: { start: number; end: number }; _id: number | null };
  const seen = new Set<string>();
  const finals: BodyClaim[] = [];
  drafts.sort(byStartThenEnd);
  for (const d of drafts) {
    if (d === titleDraft) continue;
    const [s, e] = tidy(body, d.start, d.end);
    if (e - s < 3) continue;
    // A question, also when closing quotes follow the question mark.
    const rawEnd = trimEndWhile(body, d.start, d.end, isQuoteOrSpace);
    if (
      endsWithQuestion(body, d.start, rawEnd, isQuestionCloseMark) ||
      endsWithQuestion(body, d.start, d.end, isQuestionCloseMark)
    )
      continue;
    const key = `${s}:${e}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const text = body.slice(s, e);
    const quote = d.headline && quotedHeadline(body, s, e) ? text : quoteOf(body, s, e, lay.quotes);
    const ent = d.entity ? reg.find(d.entity) : null;
    const claimant = ent ? reg.canonical(ent) : null;
    finals.push({
      text,
      span: { start: s, end: e },
      in: "body",
      quote,
      claimant: claimant?.name ? claimant : null,
      verb: d.verb,
      checkworthiness:
        d.cw ?? checkworthiness({ text, attributed: ent !== null, quote: quote !== null }),
      pattern: d.pattern,
      suggested_status: null,
      _id: ent ? ent.id : null,
    });
  }
  // Overlapping spans: keep the earlier, longer one.
  const kept: Array<ExtractedClaim & { _id: number | null }> = [];
  let prev: BodyClaim | undefined;
  for (const c of finals) {
    if (prev && c.span.start < prev.span.end) {
      if (
        c.span.end - c.span.start > prev.span.end - prev.span.start &&
        c.pattern !== "unattributed" &&
        prev.pattern === "unattributed"
      ) {
        kept[kept.length - 1] = c;
        prev = c;
      }
      continue;
    }
    kept.push(c);
    prev = c;
  }
  // The title's claim comes first, unless the body already makes it in the same words.
  const tc = titleDraft ? titleClaim(title, titleDraft, reg) : null;
  if (tc) {
    const words = sameWords(tc.text);
    const n = tc.text.length;
    const tail = tc.text.slice(-3).toLowerCase();
    // Only claims of about the same length and ending can have the same words (articles aside).
    const same = (c: ExtractedClaim) =>
      c.text.length > n - 12 &&
      c.text.length < n + 12 &&
      c.text.slice(-3).toLowerCase() === tail &&
      sameWords(c.text) === words;
    if (!kept.some(same)) kept.unshift(tc);
  }
  const sugg = suggestStatuses(
    kept.map((c) => ({
      text: c.text,
      span: c.span,
      verb: c.verb,
      claimant:
        c.claimant && c._id !== null
          ? { id: c._id, name: c.claimant.name, description: c.claimant.description }
          : null,
    })),
    { body, sentences: lay.sentences, title },
  );
  return kept.map((c, i) => {
    const { _id, ...claim } = c;
    void _id;
    claim.suggested_status = sugg[i] ?? null;
    return claim;
  });
}

/** The words of a claim, for comparing title and body: lower case, no articles, no marks. */
function sameWords(text: string): string {
  return ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ")} `
    .replace(/ (?:the|a|an)(?= )/gu, "")
    .trim();
}

/** The headline claim of a title the body does not repeat: no span, `in: "title"`. */
function titleClaim(
  title: string,
  d: Draft,
  reg: Registry,
): (ExtractedClaim & { _id: number | null }) | null {
  const [s, e] = tidy(title, d.start, d.end);
  if (e - s < 3) return null;
  if (
    endsWithQuestion(
      title,
      d.start,
      trimEndWhile(title, d.start, d.end, isQuoteOrSpace),
      isQuestionCloseMark,
    )
  )
    return null;
  const text = title.slice(s, e);
  const quote = quotedHeadline(title, s, e) ? text : null;
  const ent = d.entity ? reg.find(d.entity) : null;
  const claimant = ent ? reg.canonical(ent) : null;
  return {
    text,
    span: null,
    in: "title",
    quote,
    claimant: claimant?.name ? claimant : null,
    verb: d.verb,
    checkworthiness: checkworthiness({ text, attributed: ent !== null, quote: quote !== null }),
    pattern: d.pattern,
    suggested_status: null,
    _id: ent ? ent.id : null,
  };
}

function unattributed(start: number, end: number, drafts: Draft[], body: string): void {
  let e = end;
  while (e > start && (body.charCodeAt(e - 1) === 46 || body.charCodeAt(e - 1) <= 32)) e--;
  if (wordCountIn(body, start, e) < 5) return;
  const text = body.slice(start, e);
  if (META_HINT_RE.test(text) && META_RE.test(text)) return;
  if (endsWithQuestion(body, start, end, isQuestionCloseMark)) return;
  const cw = checkworthiness({ text, attributed: false, quote: false });
  if (cw < UNATTRIBUTED_THRESHOLD) return;
  drafts.push({ start, end, entity: null, verb: null, pattern: "unattributed", cw });
}

const SUBJECT_WORD_RE = /[^\s,]+/y;
const SUBJECT_LOWER_RE = new RegExp(`^(?:member|${SUBJECT_PARTICLE_ALT})$`, "u");

const PRONOUN_NP_RE = /^(?:he|she|they|He|She|They)$/u;
/** The last run of two or more capitalised words (name particles allowed) before a clause break. */
const LAST_NAME_RUN_RE = new RegExp(
  `(\\p{Lu}[\\p{L}\\p{M}'’-]+(?:\\s+(?:(?:${RUN_PARTICLE_ALT})[- ])?\\p{Lu}[\\p{L}\\p{M}'’-]+){1,4})\\s+\\p{Ll}+[:;,]\\s*$`,
  "u",
);
const SEMI_REPORT_RE = new RegExp(
  `^\\s*(?:he|she|they|it|we|(?:the\\s+)?\\p{Lu}[\\p{L}\\p{M}'’.-]+(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’.-]+){0,3})\\s+(?:also\\s+)?(?:${SEMICOLON_REPORT_ALT})\\b`,
  "u",
);

/**
 * "She argued A; he said B": two reports joined by a semicolon are analysed as two units, so
 * the second speaker is not lost inside the first one's content. Semicolons inside quotes stay.
 */
function splitAtSemicolons(body: string, sents: Sentence[], quotes: QuoteSpan[]): Sentence[] {
  const out: Sentence[] = [];
  for (const s of sents) {
    let start = s.start;
    for (let i = body.indexOf(";", s.start); i !== -1 && i < s.end; i = body.indexOf(";", i + 1)) {
      if (quotes.some((q) => q.contentStart <= i && i < q.contentEnd)) continue;
      if (!SEMI_REPORT_RE.test(body.slice(i + 1, Math.min(s.end, i + 80)))) continue;
      out.push({ ...s, start, end: i + 1 });
      start = i + 1;
      while (start < s.end && body.charCodeAt(start) === 32) start++;
    }
    out.push(start === s.start ? s : { ...s, start });
  }
  return out;
}

/** "But the chancellor, Rachel Reeves, struck a softer tone": a role, then the name, as subject. */
const APPOSITIVE_SUBJECT_RE = new RegExp(
  `^(?:(?:But|And|Yet|Meanwhile|However|Still),?\\s+)?(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\\s+(?:[\\p{L}\\p{M}'’-]+\\s+){0,4}?\\p{Ll}[\\p{L}\\p{M}'’-]*,\\s+\\p{Lu}[\\p{L}\\p{M}'’.-]*(?:\\s+(?:\\p{Lu}[\\p{L}\\p{M}'’.-]*|${APPOSITIVE_PARTICLE_ALT})){1,4},`,
  "u",
);

/** Length of a capitalised subject phrase opening the sentence ("Council member Jo Ruiz, ..."). */
function leadingSubject(masked: string): number {
  let i = 0;
  let end = 0;
  for (let n = 0; n < 7; n++) {
    SUBJECT_WORD_RE.lastIndex = i;
    const w = SUBJECT_WORD_RE.exec(masked);
    if (!w) return 0;
    const word = w[0];
    const c = word.charCodeAt(0);
    const cap = (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
    if (!cap && !(n > 0 && SUBJECT_LOWER_RE.test(word))) return n >= 2 && cap === false ? end : 0;
    if (cap && c >= 0xdf && word.charAt(0) === word.charAt(0).toLowerCase())
      return n >= 2 ? end : 0;
    end = i + word.length;
    i = end;
    if (masked.charCodeAt(i) === 44) return n >= 1 ? end : 0;
    while (i < masked.length && masked.charCodeAt(i) === 32) i++;
  }
  return 0;
}

const QA_ANSWER_RE = /A\s*[:.—–-]\s+/y;
const SPEAKER_LABEL_RE = /(\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){0,2}):\s+/uy;

/** Length of an "A: " answer marker opening a paragraph, 0 if none. */
function qaAnswerPrefix(body: string, start: number, end: number): number {
  if (body.charCodeAt(start) !== 65 || end - start < 4) return 0;
  QA_ANSWER_RE.lastIndex = start;
  const r = QA_ANSWER_RE.exec(body);
  return r ? r[0].length : 0;
}

/** The person quoted most so far (the interviewee of a Q&A). */
function mainSpeaker(
  speakers: Array<{ pos: number; entity: Entity }>,
  reg: Registry,
): Entity | null {
  const counts = new Map<Entity, number>();
  let best: Entity | null = null;
  let bestN = 0;
  for (const sp of speakers) {
    const e = reg.find(sp.entity);
    if (e.kind !== "person" && e.kind !== "unknown") continue;
    const n = (counts.get(e) ?? 0) + 1;
    counts.set(e, n);
    if (n > bestN) {
      best = e;
      bestN = n;
    }
  }
  return best;
}

function byStartThenEnd(a: Draft, b: Draft): number {
  return a.start - b.start || a.end - b.end;
}

function lastSpeakerBefore(
  speakers: Array<{ pos: number; entity: Entity }>,
  pos: number,
): Entity | null {
  for (let i = speakers.length - 1; i >= 0; i--) {
    const sp = speakers[i];
    if (sp && sp.pos < pos) return sp.entity;
  }
  return null;
}
