/**
 * colon-quote: a quote after its cue and a colon or comma, "X added: “C”", "X said, “C”", also
 * after what it is said of, "X said of the plan: “C”".
 */
import { trimRange } from "./helpers";
import type { Cue, SentenceAttribution } from "./types";

const COLON_QUOTE_RE = /^(?:\s+of\s+[^:;,“”"«»]{1,60}?)?\s*[:,]\s*(?=[“"«])/u;

export function colonQuote(c: Cue): SentenceAttribution | undefined {
  const { m, i, np, cue } = c;
  const colon = COLON_QUOTE_RE.exec(m.slice(i));
  if (!colon) return undefined;
  const [cs, ce] = trimRange(m, i + colon[0].length, m.length);
  if (ce <= cs) return undefined;
  return {
    np,
    verb: cue,
    pattern: "colon-quote",
    contents: [{ start: cs, end: ce, verb: cue, pattern: "colon-quote" }],
  };
}
