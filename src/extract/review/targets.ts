/** Which claims a review signal is about (see review/index.ts), and what is asked of each claim. */
import { DENIAL_VERBS } from "../attribute";
import { fold } from "../text";
import { hasReviewCue, type Signal } from "./signals";
import { claimantWords, hasToken, reviewerTerms, topicWords } from "./topics";
import type { ReviewClaim } from "./types";

const DENIAL_TEXT_RE =
  /^(?:it|they|he|she|we)\s+(?:had\s+)?(?:denied|rejected|disagreed|disputed|dismissed|refuted|contested)\b/iu;

function isDenial(c: ReviewClaim): boolean {
  const verb = (c.verb ?? "").split(/\s+/)[0]?.toLowerCase() ?? "";
  return DENIAL_VERBS.has(verb) || DENIAL_TEXT_RE.test(c.text);
}

/** Where a claim is in reading order: the title first, then body position. */
function posOf(c: ReviewClaim): number {
  return c.span ? c.span.start : -1;
}

/** What the signals ask of each claim, computed once per claim and only when asked. */
export class ClaimFacts {
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

/** The claims a review signal is about (see the comment of review/index.ts). */
export function targetsOf(s: Signal, claims: ReviewClaim[], facts: ClaimFacts): number[] {
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
