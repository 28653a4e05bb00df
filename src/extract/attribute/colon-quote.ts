/**
 * colon-quote: a quote after its cue and a colon or comma, "X added: “C”", "X said, “C”", also
 * after what it is said of or to, "X said of the plan: “C”", "X wrote to his 20,000 followers,
 * “C,” and shared a link" (the quote ends where the reporter's words go on).
 */
import { trimRange } from "./helpers";
import type { Cue, SentenceAttribution } from "./types";

const COLON_QUOTE_RE = /^(?:\s+(?:of|to)\s+(?:[^:;,“”"«»]|,(?=\d)){1,60}?)?\s*[:,]\s*(?=[“"«])/u;
/** The reporter's words after the quote closes: "“C,” and shared a link". */
const AFTER_QUOTE_RE = /^[,.]?[”"»]?\s*,?\s+(?:and|but)\s/u;

export function colonQuote(c: Cue): SentenceAttribution | undefined {
  const { m, i, np, cue } = c;
  const colon = COLON_QUOTE_RE.exec(m.slice(i));
  if (!colon) return undefined;
  let [cs, ce] = trimRange(m, i + colon[0].length, m.length);
  if (ce <= cs) return undefined;
  const close = m.indexOf(m[cs] === "«" ? "»" : m[cs] === '"' ? '"' : "”", cs + 1);
  if (close > cs && AFTER_QUOTE_RE.test(m.slice(close))) ce = close + 1;
  return {
    np,
    verb: cue,
    pattern: "colon-quote",
    contents: [{ start: cs, end: ce, verb: cue, pattern: "colon-quote" }],
  };
}
