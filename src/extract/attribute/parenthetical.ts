/**
 * parenthetical: the cue set off by commas after an introduction, "From there, he said, C". (A
 * content before the cue, "C, the company said, compared with …", is in said-x.ts.)
 */
import { wordCount } from "../text";
import { trimRange } from "./helpers";
import { opensAside } from "./said-x";
import type { Cue, SentenceAttribution } from "./types";

export function parenthetical(c: Cue): SentenceAttribution | null | undefined {
  if (c.comma === 0 || !c.hasPrefix) return undefined;
  const { m, np, cue } = c;
  const [cs, ce] = trimRange(m, c.i + c.comma, m.length);
  // "Sales fell, the company said, compared with a year earlier": the aside is no content.
  if (opensAside(m.slice(cs, ce))) {
    const [ps, pe] = trimRange(m, 0, c.prefixEnd);
    if (wordCount(m.slice(ps, pe)) < 2) return null;
    return {
      np,
      verb: cue,
      pattern: "parenthetical",
      contents: [{ start: ps, end: pe, verb: cue, pattern: "parenthetical" }],
    };
  }
  if (wordCount(m.slice(cs, ce)) < 3) return null;
  return {
    np,
    verb: cue,
    pattern: "parenthetical",
    contents: [{ start: cs, end: ce, verb: cue, pattern: "parenthetical" }],
  };
}
