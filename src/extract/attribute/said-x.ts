/**
 * quote-said-x / content-said-x: the content before its cue, "“C,” X said", "C, X said", also
 * "“A,” he said, “B.”" and "C, X said, adding that D". An unquoted content of fewer than five
 * words before ", X said, D" is an aside: D is the content (parenthetical).
 */

import { COORDINATORS, TAIL_VERBS, TRAILING_ASIDE_OPENERS } from "../lexicon";
import { wordCount } from "../text";
import { splitCoordinated } from "./coordinated";
import { ADDING_START_RE, isEnd, quoteCovers, trimRange } from "./helpers";
import type { Cue, SentenceAttribution } from "./types";

const QUOTE_OPEN_RE = /^\s*[“"«]/u;

/** Do the words after an interposed cue go on with the content (three words, no aside)? */
export function continuesAfterCue(rest: string): boolean {
  if (wordCount(rest) < 3) return false;
  const first = /^[\p{L}'’]+/u.exec(rest)?.[0] ?? "";
  return first === first.toLowerCase() && !TRAILING_ASIDE_OPENERS.has(first);
}

/** Do the words after an interposed cue open an aside ("compared with …", "citing …")? */
export function opensAside(rest: string): boolean {
  return TRAILING_ASIDE_OPENERS.has((/^[\p{L}'’]+/u.exec(rest)?.[0] ?? "").toLowerCase());
}

/** Length of a leading "But " / "And " (with its space), or 0. */
function leadingCoordinator(text: string): number {
  const w = /^(\p{L}+)\s+/u.exec(text);
  return w && COORDINATORS.has((w[1] ?? "").toLowerCase()) ? w[0].length : 0;
}

/** A quote of more than 30 characters opens here or later (masked: its inside is "x"). */
const LONG_QUOTE_RE = /[“"«][^”"»]{31}/u;

export function contentBeforeCue(c: Cue): SentenceAttribution | null | undefined {
  if (!c.prefixIsContent) return undefined;
  const { m, i, np, cue, verb } = c;
  const [cs0, ce] = trimRange(m, 0, c.prefixEnd);
  const quoted = quoteCovers(m, cs0, ce);
  // "But California has seen a surge, Romero said": the conjunction ties the sentence to the
  // one before; the content starts after it.
  const cs = quoted ? cs0 : cs0 + leadingCoordinator(m.slice(cs0, ce));
  const pattern = quoted ? "quote-said-x" : "content-said-x";
  if (ce - cs < 2 || (TAIL_VERBS.has(verb) && !quoted)) return null;
  // "Quite suddenly, after the divorce, Crawford said, “C.”": before a quote the cue opens, the
  // words the reporter sets the scene with are no content (colon-quote reads C).
  if (!quoted && c.comma > 0 && QUOTE_OPEN_RE.test(m.slice(i + c.comma))) return undefined;
  if (isEnd(m, i)) {
    return { np, verb: cue, pattern, contents: [{ start: cs, end: ce, verb: cue, pattern }] };
  }
  // "C, analysts say; in 2012, D": the semicolon ends the report; what follows is the
  // reporter's (or a report of its own, read next: body/index.ts).
  const semi = /^\s*;\s+/u.exec(m.slice(i));
  if (semi) {
    const [ms, me] = trimRange(m, i + semi[0].length, m.length);
    return {
      np,
      verb: cue,
      pattern,
      contents: [{ start: cs, end: ce, verb: cue, pattern }],
      ...(me > ms ? { mainClause: { start: ms, end: me } } : {}),
    };
  }
  const add = ADDING_START_RE.exec(m.slice(i));
  if (add) {
    const [s2, e2] = trimRange(m, i + add[0].length, m.length);
    return {
      np,
      verb: cue,
      pattern,
      contents: [
        { start: cs, end: ce, verb: cue, pattern },
        ...splitCoordinated(m, s2, e2, add[1] ?? null, "said-that"),
      ],
    };
  }
  if (c.comma > 0) {
    const ss = i + c.comma;
    if (QUOTE_OPEN_RE.test(m.slice(ss)) && quoted) {
      // “A,” he said, “B.”
      const [s2, e2] = trimRange(m, ss, m.length);
      return {
        np,
        verb: cue,
        pattern,
        contents: [
          { start: cs, end: ce, verb: cue, pattern },
          { start: s2, end: e2, verb: cue, pattern },
        ],
      };
    }
    const [s2, e2] = trimRange(m, ss, m.length);
    const rest = m.slice(s2, e2);
    // "Revenue fell 4 percent, the company said, compared with …": the aside is no content.
    const useSuffix = wordCount(m.slice(cs, ce)) < 5 && !quoted && !opensAside(rest);
    // "The problem with the law, she said, is that …": the words after the cue continue the
    // content, which is the whole sentence (the cue inside it), unless they are an aside.
    const whole = !quoted && continuesAfterCue(rest);
    const span = whole
      ? { start: cs, end: e2 }
      : useSuffix
        ? { start: s2, end: e2 }
        : { start: cs, end: ce };
    return {
      np,
      verb: cue,
      pattern: quoted ? pattern : "parenthetical",
      contents: [{ ...span, verb: cue, pattern: quoted ? pattern : "parenthetical" }],
    };
  }
  // "“C?” Ruiz told a radio station in a broadcast on Friday when asked …", "“C,” he said in a
  // documentary that showed …", "“C,” he said on NBC's “Meet the Press.”": after a whole quote,
  // lower-case words after the cue are its circumstance, not content; a quote there is a title
  // (30 characters at most), not a second content.
  const rest = m.slice(i);
  if (quoted && /^\s*(?!that\b)\p{Ll}/u.test(rest) && !LONG_QUOTE_RE.test(rest)) {
    return { np, verb: cue, pattern, contents: [{ start: cs, end: ce, verb: cue, pattern }] };
  }
  return null;
}
