/**
 * Review signals: an authority "looking into / investigating / reviewing" the allegations, in
 * a claim or in a body sentence no claim covers; who reviews, what, and the sentence as reason.
 */
import { countryCodeOf } from "../claimants";
import type { Sentence } from "../segment";
import { topicWords } from "./topics";
import type { ReviewClaim, ReviewText, Span } from "./types";

const REVIEW_NOUNS =
  "allegations?|claims?|accusations?|reports?|statements?|comments?|remarks|matter|case|complaints?|evidence|dossiers?|material|findings|information|footage|video|incident|charges|assertions?";
const REVIEW_RE = new RegExp(
  `\\b(?:(?:is|are|was|were|be|been|being|'s|'re|’s|’re)\\s+(?:now\\s+|currently\\s+|still\\s+|already\\s+)?(?:looking into|investigating|reviewing|examining|probing|studying|assessing|checking|verifying|analy[sz]ing|scrutini[sz]ing)|(?:will|would|to|could|plans to|planned to)\\s+(?:look into|investigate|review|examine|probe|study|assess|check|verify)|(?:opened|launched|began|started|ordered|announced)\\s+(?:an?\\s+)?(?:investigation|inquiry|enquiry|probe|review)\\s+(?:into|of))\\s+(?:(?:the|these|those|such|its|their|his|her|any)\\s+)?(?:[\\p{L}\\p{M}'’-]+\\s+){0,3}?(?:${REVIEW_NOUNS})\\b`,
  "iu",
);
/** "The allegations are being investigated by Turkish prosecutors". */
const PASSIVE_REVIEW_RE = new RegExp(
  `\\b(?:${REVIEW_NOUNS})\\s+(?:are|were|is|was)\\s+(?:now\\s+|currently\\s+)?(?:being|to be)\\s+(?:looked into|investigated|reviewed|examined|probed|studied|assessed|checked|verified)\\s+by\\s+((?:the\\s+)?[\\p{L}\\p{M}'’.-]+(?:\\s+(?:of\\s+|for\\s+)?[\\p{L}\\p{M}'’.-]+){0,5}?)\\s*(?:[,.;]|$)`,
  "iu",
);
const SUBJECT_BEFORE_RE =
  /(?:^|[,;]\s*|\bthat\s+|\band\s+|\bbut\s+)((?:[\p{L}\p{M}'’.-]+\s+){0,5}?[\p{L}\p{M}'’.-]+)\s*$/u;
const PRONOUN_RE = /^(?:it|they|we|he|she|i|officials|authorities)$/iu;
const REVIEW_HINT_RE =
  /look|investigat|review|examin|prob|stud|assess|check|verif|analy|scrutini|inquiry|enquiry/iu;

export function hasReviewCue(text: string): boolean {
  return REVIEW_HINT_RE.test(text) && (REVIEW_RE.test(text) || PASSIVE_REVIEW_RE.test(text));
}

export interface Signal {
  /** The claim that carries the signal, or -1 for a sentence that is no claim. */
  claim: number;
  reviewer: { name: string; country: string | null };
  /** The reviewer is this claimant (its own claims are never under its review). */
  claimantId: number | null;
  /** Content words of what is reviewed: "reports of torture at the prison" -> torture, prison. */
  object: string[];
  /** Where the signal is: the body position, or -1 for the title. */
  pos: number;
  reason: { text: string; span: Span | null };
}

/** The review in `text`: who reviews (a named subject, else the claimant) and what. */
function reviewIn(
  text: string,
  claimant: ReviewClaim["claimant"],
): Omit<Signal, "claim" | "pos" | "reason"> | null {
  if (!REVIEW_HINT_RE.test(text)) return null;
  const passive = PASSIVE_REVIEW_RE.exec(text);
  if (passive) {
    const name = (passive[1] ?? "").replace(/^the\s+/iu, "").replace(/(?<=\p{Ll}{2})\.$/u, "");
    if (!name || PRONOUN_RE.test(name)) return null;
    const country = countryCodeOf(name);
    // "The bribery allegations are being investigated": the words just before the noun.
    const before = text.slice(0, passive.index).split(/\s+/u).slice(-4).join(" ");
    return {
      reviewer: { name, country },
      claimantId: null,
      object: topicWords(`${before} ${passive[0].slice(0, passive[0].indexOf(" "))}`),
    };
  }
  const m = REVIEW_RE.exec(text);
  if (!m) return null;
  const object = topicWords(`${m[0]} ${objectTail(text.slice(m.index + m[0].length))}`);
  const before = text.slice(0, m.index).trimEnd();
  const subj = SUBJECT_BEFORE_RE.exec(before)?.[1]?.trim() ?? "";
  // "Ankara has opened an investigation into": the subject without its auxiliaries.
  const subject = subj
    .replace(/^(?:the|a|an)\s+/iu, "")
    .replace(/(?:\s+(?:has|have|had|also|now|already|recently|formally))+$/iu, "");
  const claimantCountry = claimant
    ? countryCodeOf(`${claimant.name} ${claimant.description ?? ""}`)
    : null;
  const subjectCountry = subject ? countryCodeOf(subject) : null;
  if (
    !subject ||
    PRONOUN_RE.test(subject) ||
    (subjectCountry && subjectCountry === claimantCountry)
  ) {
    if (!claimant) {
      if (!subject || PRONOUN_RE.test(subject)) return null;
      return { reviewer: { name: subject, country: subjectCountry }, claimantId: null, object };
    }
    return {
      reviewer: { name: claimant.name, country: claimantCountry },
      claimantId: claimant.id,
      object,
    };
  }
  return { reviewer: { name: subject, country: subjectCountry }, claimantId: null, object };
}

/** What follows the reviewed noun, up to a clause break: "of torture at the prison". */
function objectTail(rest: string): string {
  const stop = rest.search(/[.;!?]|,\s|\s(?:but|and|saying|adding|while|although)\s/u);
  return (stop === -1 ? rest : rest.slice(0, stop)).split(/\s+/u).slice(0, 12).join(" ");
}

/** Index of the first sentence ending after `pos` (sentences are in text order). */
function firstSentenceEndingAfter(ss: readonly Sentence[], pos: number): number {
  let lo = 0;
  let hi = ss.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ss[mid] as Sentence).end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The sentence(s) around a body span, as written; the title for a claim with no span. */
export function reasonOf(span: Span | null, text: ReviewText): { text: string; span: Span | null } {
  if (!span) return { text: text.title?.trim() ?? "", span: null };
  const ss = text.sentences;
  const lo = firstSentenceEndingAfter(ss, span.start);
  const first = ss[lo];
  if (!first || first.start >= span.end) {
    return { text: text.body.slice(span.start, span.end), span };
  }
  let last = first;
  for (let k = lo + 1; k < ss.length; k++) {
    const s = ss[k] as Sentence;
    if (s.start >= span.end) break;
    last = s;
  }
  const start = Math.min(first.start, span.start);
  const end = Math.max(last.end, span.end);
  return { text: text.body.slice(start, end), span: { start, end } };
}

/** Review signals in the claims, then in body sentences that hold no claim. */
export function findSignals(claims: ReviewClaim[], text: ReviewText): Signal[] {
  const signals: Signal[] = [];
  for (let i = 0; i < claims.length; i++) {
    const c = claims[i] as ReviewClaim;
    const r = reviewIn(c.text, c.claimant);
    if (!r) continue;
    signals.push({
      ...r,
      claim: i,
      pos: c.span ? c.span.start : -1,
      reason: reasonOf(c.span, text),
    });
  }
  // "Ankara has opened an investigation into the claims." is no claim itself, yet a signal:
  // the sentences no claim covers are read too.
  const spans: Span[] = [];
  for (const c of claims) if (c.span) spans.push(c.span);
  spans.sort((a, b) => a.start - b.start);
  let k = 0;
  for (const s of text.sentences) {
    while (k < spans.length && (spans[k] as Span).end <= s.start) k++;
    const next = spans[k];
    if (next && next.start < s.end) continue;
    const sentence = text.body.slice(s.start, s.end);
    const r = reviewIn(sentence, null);
    if (!r) continue;
    signals.push({
      ...r,
      claim: -1,
      pos: s.start,
      reason: { text: sentence, span: { start: s.start, end: s.end } },
    });
  }
  return signals.sort((a, b) => a.pos - b.pos);
}
