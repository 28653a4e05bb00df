/**
 * Attributions at a reporting verb (lexicon: REPORTING_VERBS). Inversions ("“C,” said X") are
 * read from the verb; the other constructions from its cue (cue.ts), by CUE_RULES in order.
 */

import { isNounPhrase } from "../claimants";
import {
  DESCRIBING_VERBS,
  HEDGE_BEFORE_TO_ALT,
  MEANS_AFTER_BY_ALT,
  NAMING_VERBS,
  NOUN_PRECEDER_ALT,
  NP_LINK_WORDS,
  PAST_FORMS,
  REPORTING_VERB_FORMS,
  RULING_VERBS,
  TAIL_VERBS,
  UNREPORTED_BEFORE_TO,
} from "../lexicon";
import { hashFilter, mayHold } from "../tagger/doc";
import { isRegexSpace, trimEndWhile } from "../text";
import { colonQuote } from "./colon-quote";
import { analyseCue } from "./cue";
import { isEnd, lastTwoWordsStart, leadingNp } from "./helpers";
import { inversion } from "./inversion";
import { parenthetical } from "./parenthetical";
import { saidThat } from "./said-that";
import { contentBeforeCue } from "./said-x";
import type { Cue, CueRule, SentenceAttribution } from "./types";

const PASSIVE_BEFORE_RE =
  /\b(?:is|are|was|were|be|been|being|am|get|got|gets)\s+(?:\p{L}+ly\s+)?$/iu;
// Also a preposition: "Asked about reports that ...", "amid claims that ..." (nouns, not verbs).
const DETERMINER_BEFORE_RE = new RegExp(
  `(?:^|\\s)(?:${NOUN_PRECEDER_ALT}|\\d+(?:[.,]\\d+)*)\\s+$`,
  "iu",
);
/** "…, a source close to her said": "her" after a preposition is its object, no determiner. */
function objectHerBefore(lastWords: string): boolean {
  const w = lastWords.trim().split(/\s+/u);
  return w.length === 2 && w[1] === "her" && NP_LINK_WORDS.has((w[0] ?? "").toLowerCase());
}
/** "The mayor’s claim that …": a present form after a possessive is a noun. */
function possessiveNounAt(lastWords: string, verb: string): boolean {
  const last = lastWords.trim().split(/\s+/u).pop() ?? "";
  return (
    /\p{L}['’]s$/u.test(last) &&
    !/^(?:he|she|it|that|there|what|who)['’]s$/iu.test(last) &&
    !/ed$/u.test(verb) &&
    !PAST_FORMS.has(verb)
  );
}
const DESCRIBED_AS_RE = /^\s+(?:[^\s,;:“”"«»]+\s+){1,6}?as\s+\S/u;
const CALLED_QUOTE_RE = /^\s+(?:[^\s,;:“”"«»]+\s+){1,6}?[“"«]/u;
const PAREN_PRONOUN_BEFORE_RE = /,\s+(?:he|she|they|we|I|it)\s+$/u;
const PAREN_AFTER_RE = /^\s*,\s/u;
const BY_RE = /^\s+by\b/u;
const BY_MEANS_RE = new RegExp(`^\\s+by\\s+(?:${MEANS_AFTER_BY_ALT})\\b`, "u");

/**
 * Subject first: "X said (that) C" needs a content after the cue. A tail verb ("asked") reports
 * only after its content, and "The court ruled that C" narrates a ruling: a fact the reporter
 * states ("C, the court ruled" keeps the court as its source).
 */
function subjectFirst(c: Cue): null | undefined {
  if (TAIL_VERBS.has(c.verb) || RULING_VERBS.has(c.verb)) return null;
  return isEnd(c.m, c.i) ? null : undefined;
}

/** The constructions of a cue, in order: the first rule that applies decides. */
const CUE_RULES: readonly CueRule[] = [
  contentBeforeCue, // quote-said-x, content-said-x: "“C,” X said" (said-x.ts)
  subjectFirst, // the rest need a content after the cue
  colonQuote, // colon-quote: "X added: “C”"
  parenthetical, // parenthetical: "From there, he said, C"
  saidThat, // said-that, told: "X said (that) C", "X told Y C"
];

/**
 * The reporting-verb rule: each verb of the sentence in turn, first those set off as "she said"
 * after a clause of their own, until one yields an attribution.
 */
export function reportingVerb(m: string): SentenceAttribution | null {
  const verbs = reportingVerbsIn(m);
  // "No one had complained to her office, she said, and ...": a parenthetical "she said" after
  // a clause with its own verb is the attribution of that clause.
  for (let k = 2; k < verbs.length; k += 2) {
    const vs = verbs[k] ?? 0;
    const ve = verbs[k + 1] ?? vs;
    if (
      PAREN_AFTER_RE.test(m.slice(ve, ve + 3)) &&
      PAREN_PRONOUN_BEFORE_RE.test(m.slice(Math.max(0, vs - 8), vs))
    ) {
      const r = tryVerb(m, vs, ve, m.slice(vs, ve));
      if (r) return r;
    }
  }
  for (let k = 0; k < verbs.length; k += 2) {
    const vs = verbs[k] ?? 0;
    const ve = verbs[k + 1] ?? vs;
    // "The police report said C", "the Ledger report found C": a present form right before
    // another reporting verb is a noun, the head of the subject ("rejected claims" is not).
    if (
      k + 2 < verbs.length &&
      /^\s+$/u.test(m.slice(ve, verbs[k + 2])) &&
      !/(?:ed|ing)$/u.test(m.slice(vs, ve)) &&
      !PAST_FORMS.has(m.slice(vs, ve))
    )
      continue;
    const r = tryVerb(m, vs, ve, m.slice(vs, ve));
    if (r) return r;
  }
  return null;
}

function isAsciiWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** Does `m` hold a reporting verb (REPORTING_VERB_FORMS, lower case, a whole word)? */
export function hasReportingVerb(m: string): boolean {
  return reportingVerbsIn(m).length > 0;
}

/**
 * Start and end of each reporting verb in `m`, flat: a whole word (\b…\b, ASCII word
 * characters) among REPORTING_VERB_FORMS, as written (lower case). A word is hashed as it is
 * read and sliced out only when the hash filter says it may be one (most words are not).
 */
function reportingVerbsIn(m: string): number[] {
  const out: number[] = [];
  const filter = hashFilter(REPORTING_VERB_FORMS);
  const n = m.length;
  let i = 0;
  while (i < n) {
    if (!isAsciiWordChar(m.charCodeAt(i))) {
      i++;
      continue;
    }
    const s = i;
    // fnv (tagger/doc.ts) of the word as written.
    let h = 0x811c9dc5;
    for (; i < n; i++) {
      const d = m.charCodeAt(i);
      if (!isAsciiWordChar(d)) break;
      h = Math.imul(h ^ d, 0x01000193);
    }
    const c = m.charCodeAt(s);
    if (
      i - s >= 3 &&
      c >= 97 &&
      c <= 122 &&
      mayHold(filter, h >>> 0) &&
      REPORTING_VERB_FORMS.has(m.slice(s, i))
    )
      out.push(s, i);
  }
  return out;
}

/**
 * "Hillary Clinton took to Twitter to say C", "Trump went on to claim that C": the sentence's
 * subject, before the verb phrase that leads to the reporting verb; null when the words before
 * do not end in such a "… to", or when they make the report one not made ("declined to say").
 */
function subjectBeforeInfinitive(preT: string): string | null {
  if (!preT.endsWith(" to")) return null;
  const lead = leadingNp(preT);
  if (lead === 0 || !isNounPhrase(preT.slice(0, lead))) return null;
  const between = preT.slice(lead, -3).trim();
  if (!/^\p{Ll}/u.test(between) || /[,;:“”"]/u.test(between)) return null;
  if (between.split(/\s+/).some((w) => UNREPORTED_BEFORE_TO.has(w.toLowerCase()))) return null;
  return preT.slice(0, lead).trimEnd();
}

/** "The memos seem to show that C": the words before the verb without the hedge "seem to". */
function withoutHedge(preT: string): string {
  if (!preT.endsWith(" to")) return preT;
  const h = HEDGE_TO_RE.exec(preT);
  return h && h.index > 0 ? preT.slice(0, h.index) : preT;
}
const HEDGE_TO_RE = new RegExp(`\\s+(?:${HEDGE_BEFORE_TO_ALT})\\s+to$`, "u");

/**
 * "Party leaders — above all Senator Dana Holt — insisted that C": an aside between dashes
 * just before the verb sets off the subject, as commas would; the subject is before it. An
 * aside that opens with a name names the subject ("A former candidate — John Hale, who lost in
 * 2008 — said") and stays. The words before the verb without the aside, or `preT`.
 */
function withoutDashAside(preT: string): string {
  const last = preT.charCodeAt(preT.length - 1);
  if (last !== 0x2014 && last !== 0x2013 && !preT.endsWith(" --")) return preT;
  const close = preT.endsWith("--") ? preT.length - 2 : preT.length - 1;
  const open = DASH_ASIDE_OPEN_RE.exec(preT.slice(0, close));
  if (!open || open.index === 0 || /^\p{Lu}/u.test(open[1] ?? "")) return preT;
  return preT.slice(0, open.index);
}
const DASH_ASIDE_OPEN_RE = /\s+(?:[—–]|--)\s+([^—–]*)$/u;

/** The attribution at one reporting verb m[vs, veIn), or null. */
function tryVerb(m: string, vs: number, veIn: number, verbIn: string): SentenceAttribution | null {
  let ve = veIn;
  let verb = verbIn;
  if (NAMING_VERBS.has(verb)) {
    // "called for X" reports a demand; "called the bill “a disaster”" a characterisation.
    if (/^\s+for\s/u.test(m.slice(ve))) {
      ve = m.indexOf("for", ve) + 3;
      verb = `${verb} for`;
    } else if (!CALLED_QUOTE_RE.test(m.slice(ve))) return null;
  }
  // "described the plan as “reckless”": a characterisation; "described how ..." is not.
  if (DESCRIBING_VERBS.has(verb) && !DESCRIBED_AS_RE.test(m.slice(ve))) return null;
  const pre = m.slice(0, vs);
  const preTail = pre.length > 40 ? pre.slice(-40) : pre;
  // Both patterns end in \s+$ and can only match within the last two words of preTail
  // (verb [adverb], or a determiner), so they run on those instead of on all 40 characters.
  const lastWords = preTail.slice(lastTwoWordsStart(preTail));
  if (
    PASSIVE_BEFORE_RE.test(lastWords) ||
    (DETERMINER_BEFORE_RE.test(lastWords) && !objectHerBefore(lastWords)) ||
    possessiveNounAt(lastWords, verb)
  )
    return null;
  // "the claim, first reported by The Times": a passive; "said by telephone" is not.
  if (BY_RE.test(m.slice(ve)) && !BY_MEANS_RE.test(m.slice(ve))) return null;
  const preT = pre.slice(0, trimEndWhile(pre, 0, pre.length, isRegexSpace));

  // Inversion: "..., said X" / "“...,” said X".
  if (preT.length > 0 && /[,”"»]$/u.test(preT)) {
    const inv = inversion(m, preT, vs, ve, verb);
    if (inv) return inv;
  }
  const cue = analyseCue(
    m,
    subjectBeforeInfinitive(preT) ?? withoutDashAside(withoutHedge(preT)),
    ve,
    verb,
  );
  if (!cue) return null;
  for (const rule of CUE_RULES) {
    const r = rule(cue);
    if (r !== undefined) return r;
  }
  return null;
}
