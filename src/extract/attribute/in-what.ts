/** said-that: "…, in what the minister said was an emergency measure". */
import { cleanNp, isNounPhrase } from "../claimants";
import { IN_WHAT_REPORT_ALT } from "../lexicon";
import { contentWords, trimRange } from "./helpers";
import type { SentenceAttribution } from "./types";

/** "…, in what the minister said was an emergency measure": the minister calls it that. */
const IN_WHAT_RE = new RegExp(
  `,?\\s+in what\\s+([^,;:“”"«»]{2,80}?)\\s+(${IN_WHAT_REPORT_ALT})\\s+(?:(?:was|is|were|would be)\\s+)?`,
  "u",
);

export function inWhat(m: string): SentenceAttribution | null {
  if (!m.includes(" in what ")) return null;
  const w = IN_WHAT_RE.exec(m);
  if (!w || !isNounPhrase(w[1] ?? "")) return null;
  const npStart = w.index + w[0].indexOf(w[1] ?? "");
  const [clean, off] = cleanNp(w[1] ?? "");
  const [cs, ce] = trimRange(m, w.index + w[0].length, m.length);
  if (!clean || contentWords(m, cs, ce) < 2) return null;
  const verb = w[2] ?? "said";
  return {
    np: { start: npStart + off, end: npStart + off + clean.length },
    verb,
    pattern: "said-that",
    contents: [{ start: cs, end: ce, verb, pattern: "said-that" }],
    mainClause: { start: 0, end: w.index },
  };
}
