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
import { tokens } from "../text";
import { findSignals, reasonOf } from "./signals";
import { ClaimFacts, targetsOf } from "./targets";
import { hasToken } from "./topics";
import type { ReviewClaim, ReviewText, SuggestedStatus } from "./types";

export type { ReviewClaim, ReviewText, SuggestedStatus } from "./types";

const GENERIC_TARGET_RE =
  /\b(?:allegations?|accusations?|claims?|charges?|reports?|decision|findings|accusation)\b/iu;

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
