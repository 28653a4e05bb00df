/**
 * parenthetical: the cue set off by commas after an introduction, "From there, he said, C". (A
 * content before the cue, "C, the company said, compared with …", is in said-x.ts.)
 */
import { isNounPhrase } from "../claimants";
import { AUXILIARIES, CONDITION_OPENERS, PAST_FORMS } from "../lexicon";
import { wordCount } from "../text";
import { hasVerbLike, trimRange } from "./helpers";
import { opensAside } from "./said-x";
import type { Cue, SentenceAttribution } from "./types";

export function parenthetical(c: Cue): SentenceAttribution | null | undefined {
  if (c.comma === 0 || !c.hasPrefix) return undefined;
  const { m, np, cue } = c;
  const content = (start: number, end: number): SentenceAttribution => ({
    np,
    verb: cue,
    pattern: "parenthetical",
    contents: [{ start, end, verb: cue, pattern: "parenthetical" }],
  });
  const [cs, ce] = trimRange(m, c.i + c.comma, m.length);
  // "Sales fell, the company said, compared with a year earlier": the aside is no content.
  if (opensAside(m.slice(cs, ce))) {
    const [ps, pe] = trimRange(m, 0, c.prefixEnd);
    return wordCount(m.slice(ps, pe)) < 2 ? null : content(ps, pe);
  }
  if (wordCount(m.slice(cs, ce)) < 3) return null;
  // "If the levy rises again, Ruiz said, small shops will close": a condition (or a
  // concession, a cause) before the cue is part of the claim; the content is the whole sentence.
  const [ps, pe] = trimRange(m, 0, c.prefixEnd);
  const words = m.slice(ps, pe).split(/\s+/u);
  const opener = (words[0] ?? "").toLowerCase();
  if (CONDITION_OPENERS.has(opener) && words.slice(1).some(hasVerbLike)) return content(ps, ce);
  // "The plan, Ruiz said, would cost $2 billion": a subject before the cue, its verb after;
  // the content is the whole sentence (finish/inner-cue.ts drops the cue from its text).
  const next = /^[\p{L}'’]+/u.exec(m.slice(cs, ce))?.[0] ?? "";
  if (
    (AUXILIARIES.has(next) || PAST_FORMS.has(next) || /^\p{Ll}+ed$/u.test(next)) &&
    isNounPhrase(m.slice(ps, pe))
  )
    return content(ps, ce);
  return content(cs, ce);
}
