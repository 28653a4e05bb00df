/**
 * Statements the article makes itself (check-worthy, unattributed), and the notes on the
 * reporting that are no claims at all ("did not respond to a request for comment").
 */
import { checkworthiness } from "../checkworthiness";
import { isQuestionCloseMark } from "../finish/tidy";
import { endsWithQuestion, wordCountIn } from "../text";
import type { Draft } from "../types";

/** Minimum check-worthiness for a statement the article makes itself. */
export const UNATTRIBUTED_THRESHOLD = 0.55;

export const META_RE =
  /\b(?:did not|didn't|does not|doesn't|could not|couldn't|has not|hasn't|have not|haven't)\s+(?:immediately\s+)?(?:respond|reply|return|answer)\w*\b|\b(?:declined|refused)\s+to\s+(?:comment|say|elaborate|discuss|confirm|give)\b|\bcould not (?:be reached|independently (?:verify|confirm))\b|\b(?:reached out|has contacted|have contacted|contacted)\b.*\bfor comment\b|\brequests? for comment\b|\bcontributed to this (?:report|story)\b|\bThis (?:story|article) (?:has been|was) updated\b|\b(?:does|did|do|would|will)\s+not\s+comment\s+on\b|\bAnyone with (?:any )?information\b/iu;
const META_HINT_RE =
  /respond|reply|return|answer|comment|declined|refused|verify|confirm|reached|contacted|contributed|updated|information/iu;

/** "did not respond to a request for comment", "contributed reporting": notes on the reporting. */
export function isProcessNote(text: string): boolean {
  return META_HINT_RE.test(text) && META_RE.test(text);
}

/** Adds body[start, end) as a statement of the article's own when it is check-worthy enough. */
export function unattributed(start: number, end: number, drafts: Draft[], body: string): void {
  let e = end;
  while (e > start && (body.charCodeAt(e - 1) === 46 || body.charCodeAt(e - 1) <= 32)) e--;
  if (wordCountIn(body, start, e) < 5) return;
  if (endsWithQuestion(body, start, end, isQuestionCloseMark)) return;
  const text = body.slice(start, e);
  // Most sentences score too low: the note patterns are read only for those that do not.
  const cw = checkworthiness({ text, attributed: false, quote: false });
  if (cw < UNATTRIBUTED_THRESHOLD) return;
  if (META_HINT_RE.test(text) && META_RE.test(text)) return;
  drafts.push({ start, end, entity: null, verb: null, pattern: "unattributed", cw });
}
