/** said-that: "State media quoted Deputy Minister X as saying that C". */
import { cleanNp, isNounPhrase } from "../claimants";
import { splitCoordinated } from "./coordinated";
import { contentWords, trimRange } from "./helpers";
import type { SentenceAttribution } from "./types";

/** "State media quoted Deputy Minister X as saying that C": X reports C. */
const QUOTED_AS_SAYING_RE =
  /\bquoted\s+([^,;:“”"«»]{2,80}?)\s+as\s+(saying|telling\s+[^,;:“”"«»]{1,40}?)\s+(?:that\s+)?/u;

export function quotedAsSaying(m: string): SentenceAttribution | null {
  if (!m.includes("quoted ")) return null;
  const q = QUOTED_AS_SAYING_RE.exec(m);
  if (!q || !isNounPhrase(q[1] ?? "")) return null;
  const npStart = q.index + q[0].indexOf(q[1] ?? "", 6);
  const [clean, off] = cleanNp(q[1] ?? "");
  const [cs, ce] = trimRange(m, q.index + q[0].length, m.length);
  if (!clean || contentWords(m, cs, ce) < 3) return null;
  return {
    np: { start: npStart + off, end: npStart + off + clean.length },
    verb: "quoted as saying",
    pattern: "said-that",
    contents: splitCoordinated(m, cs, ce, "quoted as saying", "said-that"),
  };
}
