/**
 * One sentence of a paragraph, before attribution: its quotes masked, split at a semicolon
 * that starts a second report, the subject it opens with, and who speaks in a Q&A.
 */
import type { Entity, Registry } from "../claimants";
import {
  APPOSITIVE_PARTICLE_ALT,
  CLAUSE_REPORT_ALT,
  NOT_A_SECOND_SUBJECT_ALT,
  PERSON_ROLE_NOUNS,
  REPORT_COMPARISON_ALT,
  REPORT_CONTRAST_ALT,
  REPORT_COORDINATOR_ALT,
  REPORTING_VERB_ALT,
  RUN_PARTICLE_ALT,
  SEMICOLON_REPORT_ALT,
  SUBJECT_PARTICLE_ALT,
} from "../lexicon";
import type { QuoteSpan, Sentence } from "../segment";
import { isRegexSpace, trimEndWhile } from "../text";

export function maskSentence(
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

export function isQuoteOnly(masked: string): boolean {
  return masked.includes("x") && /^[\s“”"«»„x.,;:!?…—–-]*$/u.test(masked);
}

const SUBJECT_WORD_RE = /[^\s,]+/y;
const SUBJECT_LOWER_RE = new RegExp(`^(?:member|${SUBJECT_PARTICLE_ALT})$`, "u");

export const PRONOUN_NP_RE = /^(?:he|she|they|He|She|They)$/u;
/** The last run of two or more capitalised words (name particles allowed) before a clause break. */
export const LAST_NAME_RUN_RE = new RegExp(
  `(\\p{Lu}[\\p{L}\\p{M}'’-]+(?:\\s+(?:(?:${RUN_PARTICLE_ALT})[- ])?\\p{Lu}[\\p{L}\\p{M}'’-]+){1,4})\\s+\\p{Ll}+[:;,]\\s*$`,
  "u",
);
const SEMI_REPORT_RE = new RegExp(
  `^\\s*(?:he|she|they|it|we|(?:the\\s+)?\\p{Lu}[\\p{L}\\p{M}'’.-]+(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’.-]+){0,3})\\s+(?:also\\s+)?(?:${SEMICOLON_REPORT_ALT})\\b`,
  "u",
);

/** A sentence, or the part of one a second report opens (`second`). */
export interface Unit extends Sentence {
  second?: boolean;
}

/** Where a second report may begin: "; ", ", while " / " whereas ", ", and " / ", but ", ", compared with ". */
const REPORT_BOUNDARY_RE = new RegExp(
  `;\\s*|,?\\s+(?:${REPORT_CONTRAST_ALT})\\s+|,\\s+(?:${REPORT_COORDINATOR_ALT}|${REPORT_COMPARISON_ALT})\\s+`,
  "gu",
);
/**
 * The second speaker and its verb: up to six words that are not a relative word or an
 * auxiliary ("three-quarters", "about 4 in 10 voters", "64 percent who"), then a reporting verb.
 */
const CLAUSE_REPORT_RE = new RegExp(
  `^(?!(?:${NOT_A_SECOND_SUBJECT_ALT})\\b)(?:[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}'’.%&-]*\\s+){1,6}?(?:who\\s+)?(?:also\\s+)?(?:(?:has|have|had)\\s+)?(?:${CLAUSE_REPORT_ALT})\\b`,
  "iu",
);

/**
 * "She argued A; he said B", "A said C1, while B argued C2", "…, and three-quarters said C2":
 * two reports joined by a semicolon or a clause boundary are analysed as two units, so the
 * second speaker is not lost inside the first one's content. Boundaries inside quotes stay.
 */
export function splitAtReports(body: string, sents: Sentence[], quotes: QuoteSpan[]): Unit[] {
  const out: Unit[] = [];
  for (const whole of sents) {
    // "The mayor missed the vote (her office later said that she has the flu).": the report in
    // the closing parenthesis is a unit of its own, its subject inside it.
    const aside = closingAsideReport(body, whole, quotes);
    const s = aside ? { ...whole, end: aside.open } : whole;
    let start = s.start;
    const text = body.slice(s.start, s.end);
    REPORT_BOUNDARY_RE.lastIndex = 0;
    for (let r = REPORT_BOUNDARY_RE.exec(text); r; r = REPORT_BOUNDARY_RE.exec(text)) {
      const at = s.start + r.index;
      const next = at + r[0].length;
      if (at <= start || quotes.some((q) => q.contentStart <= at && at < q.contentEnd)) continue;
      const after = body.slice(next, Math.min(s.end, next + 80));
      if (!(r[0].startsWith(";") ? SEMI_REPORT_RE : CLAUSE_REPORT_RE).test(after)) continue;
      // The semicolon stays with the first report; a conjunction belongs to neither.
      out.push(
        start === s.start
          ? { ...s, end: at + (r[0].startsWith(";") ? 1 : 0) }
          : {
              ...s,
              start,
              end: at + (r[0].startsWith(";") ? 1 : 0),
              second: true,
            },
      );
      start = next;
    }
    out.push(start === s.start ? s : { ...s, start, second: true });
    if (aside) out.push({ ...whole, start: aside.open + 1, end: aside.close, second: true });
  }
  return out;
}

/** "(X said C)" closing the sentence: a subject of up to six words, then a reporting verb. */
const ASIDE_REPORT_RE = new RegExp(
  `^(?:[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}'’.%&-]*\\s+){1,6}?(?:also\\s+|later\\s+)?(?:(?:has|have|had)\\s+)?(?:${REPORTING_VERB_ALT})\\b`,
  "iu",
);
/** What may follow the aside's ")" to the sentence's end: [\s.!?”"’]. */
function isAsideTail(c: number): boolean {
  return (
    c === 46 || c === 33 || c === 63 || c === 0x201d || c === 34 || c === 0x2019 || isRegexSpace(c)
  );
}

/** The parenthesis that closes `s` and holds a report, outside quotes; null when none does. */
function closingAsideReport(
  body: string,
  s: Sentence,
  quotes: QuoteSpan[],
): { open: number; close: number } | null {
  // Scanned back within the sentence (lastIndexOf ran to the start of the body when the
  // sentence had no parenthesis): the closing ")" after nothing but the tail, then its "(".
  const close = trimEndWhile(body, s.start, s.end, isAsideTail) - 1;
  if (close <= s.start || body.charCodeAt(close) !== 41) return null;
  let open = close - 1;
  while (open > s.start && body.charCodeAt(open) !== 40) {
    if (body.charCodeAt(open) === 41) return null;
    open--;
  }
  if (open <= s.start) return null;
  if (quotes.some((q) => q.contentStart <= open && open < q.contentEnd)) return null;
  return ASIDE_REPORT_RE.test(body.slice(open + 1, close)) ? { open, close } : null;
}

/** "But the chancellor, Rachel Reeves, struck a softer tone": a role, then the name, as subject. */
export const APPOSITIVE_SUBJECT_RE = new RegExp(
  `^(?:(?:But|And|Yet|Meanwhile|However|Still),?\\s+)?(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\\s+(?:[\\p{L}\\p{M}'’-]+\\s+){0,4}?\\p{Ll}[\\p{L}\\p{M}'’-]*,\\s+\\p{Lu}[\\p{L}\\p{M}'’.-]*(?:\\s+(?:\\p{Lu}[\\p{L}\\p{M}'’.-]*|${APPOSITIVE_PARTICLE_ALT})){1,4},`,
  "u",
);

/**
 * Length of a capitalised subject phrase opening the sentence ("Council member Jo Ruiz, ...").
 * A colon ends it: "Donald Trump: “Appreciate …”" and "Matthews: Well, speculation is bad"
 * open with a speaker's label, the words before the colon ("Matthews: Well" is nobody's name).
 */
export function leadingSubject(masked: string): number {
  let i = 0;
  let end = 0;
  for (let n = 0; n < 7; n++) {
    SUBJECT_WORD_RE.lastIndex = i;
    const w = SUBJECT_WORD_RE.exec(masked);
    if (!w) return 0;
    const word = w[0];
    const colon = word.indexOf(":");
    if (colon >= 0) return colon > 0 && colon === word.length - 1 ? i + colon : 0;
    const c = word.charCodeAt(0);
    const cap = (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
    if (!cap && !(n > 0 && SUBJECT_LOWER_RE.test(word))) {
      // "The New Jersey governor was …": the capitalised words qualify a role; no name.
      if (PERSON_ROLE_NOUNS.has(word.toLowerCase())) return 0;
      return n >= 2 && cap === false ? end : 0;
    }
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
const QA_QUESTION_RE = /Q\s*[:.—–-]\s+/y;

/** Does the paragraph at `start` open as an interviewer's question ("Q: Does he …")? */
export function isQaQuestion(body: string, start: number): boolean {
  if (body.charCodeAt(start) !== 81) return false;
  QA_QUESTION_RE.lastIndex = start;
  return QA_QUESTION_RE.test(body);
}
export const SPEAKER_LABEL_RE = /(\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){0,2}):\s+/uy;

/** Length of an "A: " answer marker opening a paragraph, 0 if none. */
export function qaAnswerPrefix(body: string, start: number, end: number): number {
  if (body.charCodeAt(start) !== 65 || end - start < 4) return 0;
  QA_ANSWER_RE.lastIndex = start;
  const r = QA_ANSWER_RE.exec(body);
  return r ? r[0].length : 0;
}

/** The person quoted most so far (the interviewee of a Q&A). */
export function mainSpeaker(
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

export function lastSpeakerBefore(
  speakers: Array<{ pos: number; entity: Entity }>,
  pos: number,
): Entity | null {
  for (let i = speakers.length - 1; i >= 0; i--) {
    const sp = speakers[i];
    if (sp && sp.pos < pos) return sp.entity;
  }
  return null;
}
