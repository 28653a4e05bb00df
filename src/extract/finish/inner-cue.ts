/**
 * A cue set off by commas inside its content ("Building the line, the mayor said, will cost
 * more"; "In the coming decade, according to the harbour board, dredging costs will double") is not
 * what is claimed: the claim's text leaves it out, its span still runs over the whole
 * sentence, as for a quote its attribution interrupts (split-quotes.ts).
 */
import type { ExtractedClaim } from "../index";
import { PAST_FORMS } from "../lexicon";
import { joiner } from "./split-quotes";

/** ", according to X, ": the source holds no comma. */
const ACCORDING_TO_RE = /,\s+according to\s+[^,;]{2,120}?,\s+/u;
/** ", the mayor said, " / ", he told reporters, ": a few words holding the claim's verb. */
const PARENTHETICAL_RE = /,\s+([^,;“”"]{1,80}?),\s+/gu;

/** Each parenthetical or mid-sentence according-to claim's text without its cue. */
export function withoutInnerCues(claims: ExtractedClaim[]): ExtractedClaim[] {
  for (const c of claims) {
    if (c.quote !== null || !c.span) continue;
    if (c.pattern !== "parenthetical" && c.pattern !== "according-to") continue;
    const cue = innerCue(c.text, c.pattern, c.verb);
    if (!cue) continue;
    const left = c.text.slice(0, cue.start);
    const right = c.text.slice(cue.end);
    // "The plan, which costs $40m, the mayor said, will be dropped": an aside the cue's
    // first comma closed keeps it.
    // "The new depot, the council said, opened in May": a verb after the cue goes on with the
    // subject before it, with no comma between.
    const next = /^\p{Ll}+/u.exec(right)?.[0] ?? "";
    const glue = left.includes(",")
      ? ", "
      : PAST_FORMS.has(next) || /ed$/u.test(next)
        ? " "
        : joiner(right);
    c.text = `${left}${glue}${right}`;
  }
  return claims;
}

function innerCue(
  text: string,
  pattern: string,
  verb: string | null,
): { start: number; end: number } | null {
  if (pattern === "according-to") {
    const a = ACCORDING_TO_RE.exec(text);
    return a && a.index > 0 ? { start: a.index, end: a.index + a[0].length } : null;
  }
  if (!verb) return null;
  PARENTHETICAL_RE.lastIndex = 0;
  for (let p = PARENTHETICAL_RE.exec(text); p; p = PARENTHETICAL_RE.exec(text)) {
    const words = (p[1] ?? "").split(/\s+/u);
    if (p.index > 0 && words.length <= 8 && words.includes(verb))
      return { start: p.index, end: p.index + p[0].length };
    // A later cue may follow a comma of the content: try from the next comma.
    PARENTHETICAL_RE.lastIndex = p.index + 1;
  }
  return null;
}
