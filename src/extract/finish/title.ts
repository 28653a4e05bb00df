/** The headline claim of a title the body does not repeat, and whether the body repeats it. */
import { checkworthiness } from "../checkworthiness";
import type { Registry } from "../claimants";
import { quotedHeadline } from "../headline";
import type { ExtractedClaim } from "../index";
import { endsWithQuestion, trimEndWhile } from "../text";
import type { Draft } from "../types";
import { isQuestionCloseMark, isQuoteOrSpace, tidy } from "./tidy";

/** The words of a claim, for comparing title and body: lower case, no articles, no marks. */
export function sameWords(text: string): string {
  return ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ")} `
    .replace(/ (?:the|a|an)(?= )/gu, "")
    .trim();
}

/** The headline claim of a title the body does not repeat: no span, `in: "title"`. */
export function titleClaim(
  title: string,
  d: Draft,
  reg: Registry,
): (ExtractedClaim & { _id: number | null }) | null {
  const [s, e] = tidy(title, d.start, d.end);
  if (e - s < 3) return null;
  if (
    endsWithQuestion(
      title,
      d.start,
      trimEndWhile(title, d.start, d.end, isQuoteOrSpace),
      isQuestionCloseMark,
    )
  )
    return null;
  const text = title.slice(s, e);
  const quote = quotedHeadline(title, s, e) ? text : null;
  const ent = d.entity ? reg.find(d.entity) : null;
  const claimant = ent ? reg.canonical(ent) : null;
  return {
    text,
    span: null,
    in: "title",
    quote,
    claimant: claimant?.name ? claimant : null,
    verb: d.verb,
    checkworthiness: checkworthiness({ text, attributed: ent !== null, quote: quote !== null }),
    pattern: d.pattern,
    suggested_status: null,
    _id: ent ? ent.id : null,
  };
}
