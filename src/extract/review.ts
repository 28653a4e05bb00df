/**
 * Review signals. These only *suggest* a status; a fact-checker decides.
 * - An authority "looking into / investigating / reviewing" the allegations: the claims the
 *   signal is about get {status: "under_review", reviewer: {name, country}}. A claim is about
 *   it when it names the reviewer (its name, or its country's name, demonym or capital: Turkey
 *   -> "Turkish", "Ankara"), or shares the words of what is reviewed ("investigating reports of
 *   torture at the prison", "the Pentagon's statements"); a bare "the allegations" are those of
 *   the source quoted last before the signal (neither the reviewer's side nor a denial).
 * - A denial by an accused party: the claims it contradicts get {status: "disputed"}
 *   (unless a review is already suggested, which is the more specific signal).
 * Each suggestion carries its reason: the sentence of the signal, as written, and where.
 */
import { DENIAL_VERBS } from "./attribute";
import { countryCodeOf } from "./claimants";
import { COUNTRY_HINTS, COUNTRY_NAMES } from "./lexicon";
import type { Sentence } from "./segment";
import { fold, tokens } from "./text";

type Span = { start: number; end: number };

export interface SuggestedStatus {
  status: "under_review" | "disputed";
  reviewer: { name: string; country: string | null } | null;
  /** The sentence that suggests it, as written; span null when it is the title. */
  reason: { text: string; span: Span | null };
}

export interface ReviewClaim {
  text: string;
  /** Where the claim is in the body; null for a claim read from the title. */
  span: Span | null;
  verb: string | null;
  claimant: { id: number; name: string; description: string | null } | null;
}

/** The text the claims were read from, to quote a signal's sentence as its reason. */
export interface ReviewText {
  body: string;
  /** The body's sentences in text order (see layout()). */
  sentences: readonly Sentence[];
  title?: string;
}

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
const DENIAL_TEXT_RE =
  /^(?:it|they|he|she|we)\s+(?:had\s+)?(?:denied|rejected|disagreed|disputed|dismissed|refuted|contested)\b/iu;
const GENERIC_TARGET_RE =
  /\b(?:allegations?|accusations?|claims?|charges?|reports?|decision|findings|accusation)\b/iu;

const REVIEW_HINT_RE =
  /look|investigat|review|examin|prob|stud|assess|check|verif|analy|scrutini|inquiry|enquiry/iu;
/**
 * Words that say nothing about which claims a signal concerns: function words, the nouns of
 * the review itself and generic institution words ("the ministry", "officials"). Local to this
 * file: the shared lexicon has no such list yet.
 */
const NOT_TOPIC = new Set(
  `the a an this that these those such its their his her any some all of in on at to for from by
  with about into over under than then and or but not no as be is are was were been being has
  have had will would could should may might also said says told after before during while
  against between there here which who whom whose what when where why how them they it he she we
  allegations allegation claims claim accusations accusation reports report statements
  statement comments comment remarks matter case complaints complaint evidence dossier dossiers
  material findings finding information footage video incident charges charge assertions
  assertion looking look investigating investigate investigation inquiry enquiry probe probing
  reviewing review examining examine studying study assessing assess checking check verifying
  verify analysing analyzing scrutinising scrutinizing opened launched began started ordered
  announced authorities authority officials official government ministry office department agency
  commission committee council court federation association union party service services bureau
  directorate institute spokesman spokeswoman spokesperson spokespeople national federal state
  public general central country people group new former near over under across around since
  until more most less very just only even still onto upon within without through among along
  behind beyond below above whether having does doing done made make makes other another each
  every many much several year years last next week weeks month months time times further fully
  thoroughly closely carefully urgently immediately seriously`.split(/\s+/),
);

function hasReviewCue(text: string): boolean {
  return REVIEW_HINT_RE.test(text) && (REVIEW_RE.test(text) || PASSIVE_REVIEW_RE.test(text));
}

interface Signal {
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

/** A crude stem, so "shelled" meets "shelling", "beaten" "beatings", "prisoners" "prison". */
function stem(word: string): string {
  let w = word;
  for (const suffix of ["ings", "ing", "ers", "er", "ed", "en", "es", "s", "e"]) {
    if (w.length - suffix.length >= 4 && w.endsWith(suffix)) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  return w.endsWith("e") && w.length > 4 ? w.slice(0, -1) : w;
}

/** Stems of the words of `text` that can tell one topic from another. */
function topicWords(text: string): string[] {
  const out: string[] = [];
  for (const t of tokens(text)) {
    if (t.length < 4 || NOT_TOPIC.has(t) || /^\d+$/u.test(t)) continue;
    const s = stem(t);
    if (!out.includes(s)) out.push(s);
  }
  return out;
}

/** Folded names, demonyms and capitals of each country code ("TR" -> turkey, turkish, ankara). */
let countryTerms: Map<string, string[]> | null = null;

function termsOfCountry(code: string): string[] {
  if (!countryTerms) {
    countryTerms = new Map();
    for (const table of [COUNTRY_NAMES, COUNTRY_HINTS]) {
      for (const [term, info] of table) {
        const list = countryTerms.get(info.code) ?? [];
        const f = fold(term);
        if (!list.includes(f)) list.push(f);
        countryTerms.set(info.code, list);
      }
    }
  }
  return countryTerms.get(code) ?? [];
}

/**
 * The words that name a reviewer in a claim: the proper nouns of its name ("Turkey's foreign
 * ministry" -> turkey, not "foreign") and its country's names, demonyms and capitals.
 */
function reviewerTerms(reviewer: Signal["reviewer"]): string[] {
  const terms: string[] = [];
  for (const word of reviewer.name.split(/\s+/u)) {
    if (!/^\p{Lu}/u.test(word)) continue;
    for (const t of tokens(word.replace(/['’]s$/u, "")))
      if (t.length >= 4 && !NOT_TOPIC.has(t)) terms.push(t);
  }
  if (reviewer.country) terms.push(...termsOfCountry(reviewer.country));
  return terms;
}

/** Stems of a claimant's name and description: "the Pentagon's statements" are its claims. */
function claimantWords(c: NonNullable<ReviewClaim["claimant"]>): string[] {
  return topicWords(`${c.name} ${c.description ?? ""}`);
}

/** a-z or 0-9: the characters of a token (see tokens()). */
function isTokenCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/**
 * Whether `word` (a token) is one of tokens(text), given folded = fold(text): an occurrence
 * not touching other token characters. Avoids building a token set per claim.
 */
function hasToken(folded: string, word: string): boolean {
  for (let at = folded.indexOf(word); at !== -1; at = folded.indexOf(word, at + 1)) {
    const end = at + word.length;
    if (
      (at === 0 || !isTokenCode(folded.charCodeAt(at - 1))) &&
      (end === folded.length || !isTokenCode(folded.charCodeAt(end)))
    )
      return true;
  }
  return false;
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
function reasonOf(span: Span | null, text: ReviewText): { text: string; span: Span | null } {
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

function isDenial(c: ReviewClaim): boolean {
  const verb = (c.verb ?? "").split(/\s+/)[0]?.toLowerCase() ?? "";
  return DENIAL_VERBS.has(verb) || DENIAL_TEXT_RE.test(c.text);
}

/** Review signals in the claims, then in body sentences that hold no claim. */
function findSignals(claims: ReviewClaim[], text: ReviewText): Signal[] {
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

/** Where a claim is in reading order: the title first, then body position. */
function posOf(c: ReviewClaim): number {
  return c.span ? c.span.start : -1;
}

/** What the signals ask of each claim, computed once per claim and only when asked. */
class ClaimFacts {
  private readonly foldedTexts: Array<string | undefined> = [];
  private readonly denials: Array<boolean | undefined> = [];
  private readonly cues: Array<boolean | undefined> = [];
  constructor(private readonly claims: ReviewClaim[]) {}
  claim(j: number): ReviewClaim {
    return this.claims[j] as ReviewClaim;
  }
  folded(j: number): string {
    let f = this.foldedTexts[j];
    if (f === undefined) this.foldedTexts[j] = f = fold(this.claim(j).text);
    return f;
  }
  denial(j: number): boolean {
    let d = this.denials[j];
    if (d === undefined) this.denials[j] = d = isDenial(this.claim(j));
    return d;
  }
  reviewCue(j: number): boolean {
    let r = this.cues[j];
    if (r === undefined) this.cues[j] = r = hasReviewCue(this.claim(j).text);
    return r;
  }
}

/** The claims a review signal is about (see the file comment). */
function targetsOf(s: Signal, claims: ReviewClaim[], facts: ClaimFacts): number[] {
  const terms = reviewerTerms(s.reviewer);
  // Whoever announces the review speaks for the reviewing side.
  const speaker = s.claim >= 0 ? (claims[s.claim]?.claimant?.id ?? null) : null;
  const candidate = (j: number): boolean => {
    const o = claims[j] as ReviewClaim;
    if (j === s.claim || !o.claimant || o.claimant.id === speaker) return false;
    if (s.claimantId !== null && o.claimant.id === s.claimantId) return false;
    // A denial answers the allegations; the denial itself is not what is reviewed.
    return !facts.reviewCue(j) && !facts.denial(j);
  };
  const about: number[] = [];
  for (let j = 0; j < claims.length; j++) {
    if (!candidate(j)) continue;
    const f = facts.folded(j);
    if (terms.some((t) => hasToken(f, t))) {
      about.push(j);
      continue;
    }
    if (s.object.length === 0) continue;
    const o = claims[j] as ReviewClaim;
    if (o.claimant && claimantWords(o.claimant).some((w) => s.object.includes(w))) {
      about.push(j);
      continue;
    }
    const words = topicWords(o.text);
    let shared = 0;
    for (const w of s.object) if (words.includes(w)) shared++;
    // "reports of beatings at the prison": one shared word is enough for a short object.
    if (shared >= (s.object.length <= 3 ? 1 : 2)) about.push(j);
  }
  // "reports that drone fragments landed on its territory" names what is reviewed: no other
  // claim has to be it. Only a bare "the allegations" points back to an earlier source.
  if (about.length > 0 || s.object.length > 0) return about;
  // "the allegations": those of the source quoted last before the signal, not the accused.
  let accuser: number | null = null;
  for (let j = claims.length - 1; j >= 0; j--) {
    const o = claims[j] as ReviewClaim;
    if (posOf(o) >= s.pos || !candidate(j) || !o.claimant) continue;
    accuser = o.claimant.id;
    break;
  }
  if (accuser === null) return [];
  const out: number[] = [];
  for (let j = 0; j < claims.length; j++) {
    const o = claims[j] as ReviewClaim;
    if (o.claimant?.id === accuser && posOf(o) < s.pos && candidate(j)) out.push(j);
  }
  return out;
}

/**
 * Suggested statuses for `claims` (in reading order), one per claim or null.
 *
 * @example
 * // "Salem said militants crossed into Turkey." + "Turkey said it was looking into the allegations."
 * // -> the first claim: {status: "under_review", reviewer: {name: "Turkey", country: "TR"},
 * //    reason: {text: "Turkey said it was looking into the allegations.", span: {...}}}
 */
export function suggestStatuses(
  claims: ReviewClaim[],
  text: ReviewText,
): Array<SuggestedStatus | null> {
  const out: Array<SuggestedStatus | null> = [];
  for (let i = 0; i < claims.length; i++) out.push(null);
  const facts = new ClaimFacts(claims);
  for (const s of findSignals(claims, text)) {
    for (const j of targetsOf(s, claims, facts)) {
      if (out[j]) continue;
      out[j] = { status: "under_review", reviewer: { ...s.reviewer }, reason: s.reason };
    }
  }
  // Denials by the accused.
  const nameTokens = new Map<string, string[]>();
  /** Claim j's text contains a (4+ letter) token of `name`. */
  function mentions(j: number, name: string): boolean {
    let nt = nameTokens.get(name);
    if (!nt) {
      nt = [];
      for (const w of tokens(name)) if (w.length >= 4) nt.push(w);
      nameTokens.set(name, nt);
    }
    if (nt.length === 0) return false;
    const f = facts.folded(j);
    for (const w of nt) if (hasToken(f, w)) return true;
    return false;
  }
  for (let i = 0; i < claims.length; i++) {
    const d = claims[i] as ReviewClaim;
    if (!d.claimant || !facts.denial(i)) continue;
    const targets: number[] = [];
    for (let j = 0; j < claims.length; j++) {
      const o = claims[j] as ReviewClaim;
      if (j === i || !o.claimant || o.claimant.id === d.claimant.id) continue;
      if (mentions(j, d.claimant.name) || mentions(i, o.claimant.name)) targets.push(j);
    }
    if (targets.length === 0 && GENERIC_TARGET_RE.test(d.text)) {
      for (let j = 0; j < i; j++) {
        const o = claims[j] as ReviewClaim;
        if (o.claimant && o.claimant.id !== d.claimant.id) targets.push(j);
      }
    }
    if (targets.length === 0) continue;
    const reason = reasonOf(d.span, text);
    for (const j of targets) if (!out[j]) out[j] = { status: "disputed", reviewer: null, reason };
  }
  return out;
}
