/**
 * Review signals. These only *suggest* a status; a fact-checker decides.
 * - An authority "looking into / investigating / reviewing" the allegations: the other
 *   claimants' claims get {status: "under_review", reviewer: {name, country}}.
 * - A denial by an accused party: the claims it contradicts get {status: "disputed"}
 *   (unless a review is already suggested, which is the more specific signal).
 */
import { DENIAL_VERBS } from "./attribute";
import { countryCodeOf } from "./claimants";
import { fold, tokens } from "./text";

export interface SuggestedStatus {
  status: "under_review" | "disputed";
  reviewer: { name: string; country: string | null } | null;
}

export interface ReviewClaim {
  text: string;
  verb: string | null;
  claimant: { id: number; name: string; description: string | null } | null;
}

const REVIEW_RE =
  /\b(?:(?:is|are|was|were|be|been|being|'s|'re|’s|’re)\s+(?:now\s+|currently\s+|still\s+|already\s+)?(?:looking into|investigating|reviewing|examining|probing|studying|assessing|checking|verifying|analy[sz]ing|scrutini[sz]ing)|(?:will|would|to|could|plans to|planned to)\s+(?:look into|investigate|review|examine|probe|study|assess|check|verify)|(?:opened|launched|began|started|ordered|announced)\s+(?:an?\s+)?(?:investigation|inquiry|enquiry|probe|review)\s+(?:into|of))\s+(?:(?:the|these|those|such|its|their|his|her|any)\s+)?(?:[\p{L}\p{M}'’-]+\s+){0,3}?(?:allegations?|claims?|accusations?|reports?|statements?|comments?|remarks|matter|case|complaints?|evidence|dossiers?|material|findings|information|footage|video|incident|charges|assertions?)\b/iu;
const SUBJECT_BEFORE_RE =
  /(?:^|[,;]\s*|\bthat\s+|\band\s+|\bbut\s+)((?:[\p{L}\p{M}'’.-]+\s+){0,5}?[\p{L}\p{M}'’.-]+)\s*$/u;
const PRONOUN_RE = /^(?:it|they|we|he|she|i|officials|authorities)$/iu;
const DENIAL_TEXT_RE =
  /^(?:it|they|he|she|we)\s+(?:had\s+)?(?:denied|rejected|disagreed|disputed|dismissed|refuted|contested)\b/iu;
const GENERIC_TARGET_RE =
  /\b(?:allegations?|accusations?|claims?|charges?|reports?|decision|findings|accusation)\b/iu;

const REVIEW_HINT_RE =
  /look|investigat|review|examin|prob|stud|assess|check|verif|analy|scrutini|inquiry|enquiry/iu;

function hasReviewCue(text: string): boolean {
  return REVIEW_HINT_RE.test(text) && REVIEW_RE.test(text);
}

function reviewerFrom(
  c: ReviewClaim,
): { name: string; country: string | null; claimantId: number | null } | null {
  if (!REVIEW_HINT_RE.test(c.text)) return null;
  const m = REVIEW_RE.exec(c.text);
  if (!m) return null;
  const before = c.text.slice(0, m.index).trimEnd();
  const subj = SUBJECT_BEFORE_RE.exec(before)?.[1]?.trim() ?? "";
  const subject = subj.replace(/^(?:the|a|an)\s+/iu, "");
  const claimantCountry = c.claimant
    ? countryCodeOf(`${c.claimant.name} ${c.claimant.description ?? ""}`)
    : null;
  const subjectCountry = subject ? countryCodeOf(subject) : null;
  if (
    !subject ||
    PRONOUN_RE.test(subject) ||
    (subjectCountry && subjectCountry === claimantCountry)
  ) {
    if (!c.claimant)
      return subject ? { name: subject, country: subjectCountry, claimantId: null } : null;
    return { name: c.claimant.name, country: claimantCountry, claimantId: c.claimant.id };
  }
  return { name: subject, country: subjectCountry, claimantId: null };
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

export function suggestStatuses(claims: ReviewClaim[]): Array<SuggestedStatus | null> {
  const out: Array<SuggestedStatus | null> = [];
  for (let i = 0; i < claims.length; i++) out.push(null);
  // Review signal.
  for (let i = 0; i < claims.length; i++) {
    const c = claims[i] as ReviewClaim;
    const r = reviewerFrom(c);
    if (!r) continue;
    for (let j = 0; j < claims.length; j++) {
      const o = claims[j] as ReviewClaim;
      if (j === i || !o.claimant || out[j]) continue;
      if (r.claimantId !== null && o.claimant.id === r.claimantId) continue;
      if (hasReviewCue(o.text)) continue;
      out[j] = { status: "under_review", reviewer: { name: r.name, country: r.country } };
    }
    break;
  }
  // Denials by the accused.
  const folded: Array<string | undefined> = [];
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
    let f = folded[j];
    if (f === undefined) {
      f = fold((claims[j] as ReviewClaim).text);
      folded[j] = f;
    }
    for (const w of nt) if (hasToken(f, w)) return true;
    return false;
  }
  for (let i = 0; i < claims.length; i++) {
    const d = claims[i] as ReviewClaim;
    if (!d.claimant) continue;
    const verb = (d.verb ?? "").split(/\s+/)[0]?.toLowerCase() ?? "";
    if (!DENIAL_VERBS.has(verb) && !DENIAL_TEXT_RE.test(d.text)) continue;
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
    for (const j of targets) if (!out[j]) out[j] = { status: "disputed", reviewer: null };
  }
  return out;
}
