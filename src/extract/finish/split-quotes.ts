/**
 * A quote its attribution interrupts is one statement: "“If we lose Ohio,” she said, “we lose
 * the election.”" claims "If we lose Ohio, we lose the election", not "If we lose Ohio" and "we
 * lose the election" apart. The joined claim's span runs from the first part's first word to the
 * second part's last; its text and quote leave the attribution between them out.
 */
import { checkworthiness } from "../checkworthiness";
import type { ExtractedClaim } from "../index";
import { ADDED_REPORT_ALT, AUXILIARIES } from "../lexicon";
import { firstWord } from "../text";

/**
 * What lies between the parts: the comma that ends the first inside its closing mark, the
 * attribution (no quote mark, no line break), a comma and the second part's opening mark.
 * ASCII pairs ('' and ``) count as the marks they stand for.
 */
const INTERRUPTION_RE = /^,\s*(?:[”"»’]|'')\s*([^“”"«»\n.!?;:]{1,140}?),\s*(?:[“"«‘]|``|'')$/u;
/**
 * "…,” she said, adding, “B”", "…,” and telling the class, “B”": a second report, not the
 * same statement resumed.
 */
const SECOND_REPORT_RE = new RegExp(`^(?:and|but)\\s|\\b(?:${ADDED_REPORT_ALT})$`, "u");

/** Consecutive claims of one claimant that are the parts of one interrupted quote, joined. */
export function joinSplitQuotes(body: string, claims: ExtractedClaim[]): ExtractedClaim[] {
  const out: ExtractedClaim[] = [];
  for (const c of claims) {
    const last = out.at(-1);
    const joined = last ? join(body, last, c) : null;
    if (joined) out[out.length - 1] = joined;
    else out.push(c);
  }
  return out;
}

function join(body: string, a: ExtractedClaim, b: ExtractedClaim): ExtractedClaim | null {
  if (!a.span || !b.span || a.quote === null || b.quote === null) return null;
  if (!a.claimant || !b.claimant || a.claimant.name !== b.claimant.name) return null;
  if (b.span.start <= a.span.end) return null;
  const gap = INTERRUPTION_RE.exec(body.slice(a.span.end, b.span.start));
  // The attribution between is this claimant's: it holds the claim's cue.
  const verb = a.verb ?? b.verb;
  const attribution = gap?.[1] ?? "";
  if (!gap || (verb !== null && !attribution.includes(verb))) return null;
  if (SECOND_REPORT_RE.test(attribution)) return null;
  // One span holds both parts and the attribution between: most of it must be what is claimed.
  if (attribution.length > a.text.length + b.text.length) return null;
  const sep = joiner(b.text);
  const text = `${a.text}${sep}${b.text}`;
  return {
    ...a,
    text,
    span: { start: a.span.start, end: b.span.end },
    quote: `${a.quote}${sep}${b.quote}`,
    checkworthiness: checkworthiness({ text, attributed: true, quote: true }),
    suggested_status: a.suggested_status ?? b.suggested_status,
  };
}

/**
 * The comma of the interruption stays when the second part opens a clause of its own ("If we
 * lose Ohio, we lose the election"); it goes when the second part goes on with the first's
 * clause, a verb or "to" after its subject ("The danger is that …", "The plan to close the
 * school was rushed").
 */
export function joiner(second: string): string {
  const w = firstWord(second).replace(/’/gu, "'");
  return w === "to" || AUXILIARIES.has(w) ? " " : ", ";
}
