/**
 * said-that, by a participle: "Ireland's Data Protection Commission on Thursday fined ChatLoop
 * €310m, saying C"; "…, telling reporters that C"; "…, with Governor Andrew Bailey warning that C". The main clause is left to
 * the unattributed pass.
 */
import { cleanNp, isNounPhrase } from "../claimants";
import {
  DOC_NOUN_ALT,
  LEAD_PARTICLE_ALT,
  PREPOSITION_OPENERS,
  PRONOUNS,
  SAYING_REPORT_ALT,
  SAYING_TO_REPORT_ALT,
  WITH_REPORT_ALT,
} from "../lexicon";
import { wordCount } from "../text";
import {
  contentWords,
  isIntro,
  leadingNp,
  quoteCovers,
  skipModifiers,
  startsOpening,
  trimRange,
} from "./helpers";
import type { SentenceAttribution } from "./types";

/** "…, with Governor Andrew Bailey warning that C": the participle's subject reports C. */
const WITH_SAYING_RE = new RegExp(
  `,\\s+with\\s+((?:the\\s+|its\\s+|his\\s+|her\\s+|their\\s+)?[^,;:“”"«»]{2,80}?)\\s+(${WITH_REPORT_ALT})\\s+(?:that\\s+)?`,
  "u",
);
// Also "X responded by saying C", "X issued a statement saying C". Not "…, adding to her
// lead": "adding to" adds, it reports nothing.
const SAYING_RE = new RegExp(
  `(?:,|\\s+by|\\s+(?:${DOC_NOUN_ALT})s?)\\s+(${SAYING_REPORT_ALT})\\s+(?!to\\s)(?:that\\s+)?`,
  "u",
);
const COMMA_RE = /,\s+/gu;
const THAT_AFTER_RE = /^\s*,?\s*that\s+/u;
/** "…, telling reporters that C", "…, telling CNN: “C”": the participle with its listener. */
const TELLING_RE = new RegExp(
  `,\\s+((?:${SAYING_TO_REPORT_ALT})\\s+[^,;:“”"«»]{1,40}?)(?:\\s+that\\s+|,\\s+(?=[“"«])|:\\s+)`,
  "u",
);
// "The Commission on Audit flagged …": a lower-case word before a capital is inside the name.
const LEAD_NP_RE = new RegExp(
  `^(?:(?:The|A|An)\\s+)?(?:(?:[\\p{Lu}][\\p{L}\\p{M}'’.&-]*|of|and|&|${LEAD_PARTICLE_ALT}|the|on|for)\\s+)+?(?=(?:on\\s+\\p{Lu}\\p{Ll}+day\\s+)?(?!(?:of|on|for|and|${LEAD_PARTICLE_ALT}|the)\\s+\\p{Lu})\\p{Ll})`,
  "u",
);

/** "…, with Governor Andrew Bailey warning that C": the participle's subject reports C. */
export function withSaying(m: string): SentenceAttribution | null {
  if (!m.includes("ing")) return null;
  const w = WITH_SAYING_RE.exec(m);
  if (w && isNounPhrase(w[1] ?? "")) {
    const npStart = w.index + w[0].indexOf(w[1] ?? "", 6);
    const [clean, off] = cleanNp(w[1] ?? "");
    const [cs, ce] = trimRange(m, w.index + w[0].length, m.length);
    if (clean && (wordCount(m.slice(cs, ce)) >= 3 || (ce - cs >= 10 && quoteCovers(m, cs, ce))))
      return {
        np: { start: npStart + off, end: npStart + off + clean.length },
        verb: w[2] ?? "saying",
        pattern: "said-that",
        contents: [{ start: cs, end: ce, verb: w[2] ?? "saying", pattern: "said-that" }],
        mainClause: { start: 0, end: w.index },
      };
  }
  return null;
}

/** The noun phrase at `at` (cleaned, with its offset in m), or null. */
function leadNp(m: string, at: number): [string, number] | null {
  const rest = m.slice(at);
  // "Meanwhile, it attacked Trump, saying C": a pronoun subject.
  const pronoun = /^\p{L}+(?=\s)/u.exec(rest)?.[0] ?? "";
  if (at > 0 && PRONOUNS.has(pronoun.toLowerCase())) return [pronoun, at];
  // "Rep. Dana Kowalczyk, D-Green Bay, went further on Tuesday, writing that C"
  // The longer of the two readings: "The Commission on Audit", "Sporting director Hannah Brekke".
  const len = Math.max(LEAD_NP_RE.exec(rest)?.[0].length ?? 0, leadingNp(rest));
  if (!len) return null;
  const text = rest.slice(0, len).trim();
  // "Inside the hall": a preposition opening the sentence is no name.
  if (PREPOSITION_OPENERS.has(text.toLowerCase())) return null;
  // "Shortly after the call, …", "Minutes later, …": an opening, not the subject.
  if (!isNounPhrase(text) || startsOpening(rest)) return null;
  const [clean, off] = cleanNp(text);
  return clean ? [clean, at + off] : null;
}

/** "Inside the hall, Ruiz spoke for an hour, arguing C": the subject after a place opening. */
function afterPlaceOpening(m: string, limit: number): [string, number] | null {
  const first = /^\p{L}+/u.exec(m)?.[0].toLowerCase() ?? "";
  if (!PREPOSITION_OPENERS.has(first)) return null;
  const comma = m.indexOf(", ");
  return comma > 0 && comma < limit ? leadNp(m, comma + 2) : null;
}

/** Where the subject starts: after the last comma before `limit` that closes an opening. */
function openingEnd(m: string, limit: number): number {
  let end = 0;
  COMMA_RE.lastIndex = 0;
  for (let c = COMMA_RE.exec(m); c && c.index < limit; c = COMMA_RE.exec(m))
    if (isIntro(m.slice(0, c.index))) end = c.index + c[0].length;
  return end;
}

/** "X fined Y, saying C" (or "telling reporters that C"): the leading noun phrase reports C. */
export function saying(m: string): SentenceAttribution | null {
  if (!m.includes("ing")) return null;
  const s = SAYING_RE.exec(m) ?? TELLING_RE.exec(m);
  if (!s) return null;
  // The subject opens the sentence, or follows its opening: "In a widely read column, two
  // speechwriters implored her …, arguing that C".
  const lead = leadNp(m, 0) ?? leadNp(m, openingEnd(m, s.index)) ?? afterPlaceOpening(m, s.index);
  if (!lead) return null;
  const [clean, off] = lead;
  let at = s.index + s[0].length;
  // "…, writing on Twitter that C", "…, saying on Monday C": time, place and platform after
  // the participle are no content (as after a verb: analyseCue).
  if (!/that\s+$/u.test(s[0])) {
    at = skipModifiers(m, at);
    const that = THAT_AFTER_RE.exec(m.slice(at));
    if (that) at += that[0].length;
  }
  const [cs, ce] = trimRange(m, at, m.length);
  if (contentWords(m, cs, ce) < 3) return null;
  return {
    np: { start: off, end: off + clean.length },
    verb: s[1] ?? "saying",
    pattern: "said-that",
    contents: [{ start: cs, end: ce, verb: s[1] ?? "saying", pattern: "said-that" }],
    mainClause: { start: 0, end: mainEnd(s) },
  };
}

/** Where the reporter's own clause ends: before ", saying" and "by saying", after "a statement". */
function mainEnd(s: RegExpExecArray): number {
  const lead = s[0];
  if (lead.startsWith(",") || /^\s+by\s/u.test(lead)) return s.index;
  return s.index + lead.slice(0, lead.indexOf(s[1] ?? "")).trimEnd().length;
}
