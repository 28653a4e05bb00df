/**
 * said-that, by a participle that opens the sentence: "Noting that the bridge would close, Mayor
 * Ana Ruiz urged drivers to take the ferry"; "Having announced that C, the judge …". The
 * content ends at the comma before the main clause, whose subject reports it; the main clause
 * is the reporter's.
 */
import { cleanNp, isNounPhrase } from "../claimants";
import { OPENING_PARTICIPLE_ALT } from "../lexicon";
import { contentWords, leadingNp, trimRange } from "./helpers";
import type { SentenceAttribution } from "./types";

const OPENING_RE = new RegExp(`^(${OPENING_PARTICIPLE_ALT})\\s+(?:that\\s+)?`, "u");
/** The comma that closes the opening, before a subject (not one inside a quote: masked). */
const CLOSE_RE = /,\s+(?=(?:the|a|an|his|her|its|their)\s|\p{Lu})/gu;

export function openingParticiple(m: string): SentenceAttribution | null {
  const o = OPENING_RE.exec(m);
  if (!o) return null;
  const verb = (o[1] ?? "").replace(/^Having\s+/u, "").toLowerCase();
  CLOSE_RE.lastIndex = o[0].length;
  for (let c = CLOSE_RE.exec(m); c; c = CLOSE_RE.exec(m)) {
    const at = c.index + c[0].length;
    const len = leadingNp(m.slice(at));
    if (len === 0) continue;
    const np = m.slice(at, at + len);
    if (!isNounPhrase(np)) continue;
    const [clean, off] = cleanNp(np);
    // The subject needs a verb of its own after it: "…, Mayor Ana Ruiz urged drivers".
    if (!clean || !/^\s+\p{Ll}/u.test(m.slice(at + len))) continue;
    const [cs, ce] = trimRange(m, o[0].length, c.index);
    if (contentWords(m, cs, ce) < 3) return null;
    const [ms, me] = trimRange(m, at, m.length);
    return {
      np: { start: at + off, end: at + off + clean.length },
      verb,
      pattern: "said-that",
      contents: [{ start: cs, end: ce, verb, pattern: "said-that" }],
      mainClause: { start: ms, end: me },
    };
  }
  return null;
}
