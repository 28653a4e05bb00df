/**
 * Attribution of one sentence: who reports what, and by which construction (see patterns.ts).
 *
 * The sentence is analysed in a "masked" copy where the inside of every double quote is
 * replaced by "x" (same length), so commas and verbs inside quotes cannot be mistaken for the
 * sentence's own structure. SENTENCE_RULES run in order and the first attribution wins; the
 * reporting-verb rule has its own ordered table of cue rules (verb.ts). One file per
 * construction:
 *   according-to.ts      according-to     "According to X, C" / "C, according to X"
 *   as-reported.ts       as-reported      "As X reported, C" / "C, as the report shows"
 *   said-x.ts            quote-said-x     "“C,” X said"  /  content-said-x  "C, X said [mods]."
 *   inversion.ts         quote-said-x     "“C,” said X"  /  content-said-x  "C, said X"
 *   colon-quote.ts       colon-quote      "X added: “C”"
 *   parenthetical.ts     parenthetical    "From there, he said, C"
 *   said-that.ts         said-that, told  "X (, appos,) [adv] said|warned|told Y [mods] (that) C"
 *   quoted-as-saying.ts  said-that        "State media quoted X as saying C"
 *   in-what.ts           said-that        "…, in what X said was C"
 *   saying.ts            said-that        "X fined Y, saying C" / "…, with X warning that C"
 *   opening-participle.ts said-that      "Noting that C, X urged …"
 * Coordinated reports are split (coordinated.ts): "denied A and accused B of C", "said A,
 * adding that B"; a relative clause on the claimant that reports is a content too (relative.ts:
 * "Podesta, who said A, said B").
 */
import { accordingTo } from "./according-to";
import { asReported } from "./as-reported";
import { inWhat } from "./in-what";
import { openingParticiple } from "./opening-participle";
import { quotedAsSaying } from "./quoted-as-saying";
import { withRelativeReport } from "./relative";
import { saying, withSaying } from "./saying";
import type { SentenceAttribution, SentenceRule } from "./types";
import { reportingVerb } from "./verb";

export { DENIAL_VERBS } from "../lexicon";
export { splitCoordinated } from "./coordinated";
export type { ContentSpan, SentenceAttribution } from "./types";
export { hasReportingVerb } from "./verb";

/** The sentence rules, in order: the first that finds an attribution decides. */
const SENTENCE_RULES: readonly SentenceRule[] = [
  accordingTo,
  asReported,
  openingParticiple,
  reportingVerb,
  quotedAsSaying,
  inWhat,
  withSaying,
  saying,
];

/** Main entry: attribution of a masked sentence, or null. */
export function analyzeSentence(m: string): SentenceAttribution | null {
  for (const rule of SENTENCE_RULES) {
    const r = rule(m);
    if (r) return withRelativeReport(m, r);
  }
  return null;
}
