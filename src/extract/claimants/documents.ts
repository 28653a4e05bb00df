/**
 * Claimant phrases that are documents or parts of a group: "a report published by X" and
 * "FactStream data" resolve to their maker, "records reviewed by the Ledger" stay the records,
 * "one of the people" is the people.
 */
import {
  DATE_WORDS,
  DOC_NOUNS,
  DOCUMENT_MAKING_ALT,
  DOCUMENT_READING_ALT,
  OUTLET_ALT,
  PARTITIVE_ALT,
  WEEKDAY_ALT,
} from "../lexicon";
import { isRegexSpace } from "../text";
import { OF_THEM_RE } from "./phrase";
import { bare, isSourceNoun } from "./tokens";
import type { NpAnalysis } from "./types";

const PARTITIVE_RE = new RegExp(
  `^(?:${PARTITIVE_ALT})\\s+of\\s+(?:the|those|these)\\s+(.+)$`,
  "iu",
);
const POSSESSIVE_DOC_RE = /^(.+?)['’]s?\s+(?:[\p{L}-]+\s+){0,3}?(\p{L}+)$/iu;
/**
 * A document and who made it: "a report published on Tuesday by the Alpine Glacier Network",
 * "figures from the Office for National Statistics" -> the maker.
 */
const DOC_SOURCE_RE = new RegExp(
  `^(?:[\\p{L}-]+\\s+){0,3}?(\\p{L}+)(?:\\s+(?:${DOCUMENT_MAKING_ALT}))?(?:\\s+(?:on|in|last|this|earlier)\\s+(?:[^\\s,]+\\s+){0,3}?|\\s+(?:${WEEKDAY_ALT})\\s+)?\\s*\\b(?:by|from)\\s+((?:the\\s+)?\\p{Lu}.*|the\\s+\\S.*)$`,
  "u",
);
const SEEN_BY_RE = new RegExp(
  `\\b(?:${DOCUMENT_READING_ALT})\\s+by\\s+(?:the\\s+\\p{Lu}|\\p{Lu}|this\\s+(?:${OUTLET_ALT}))`,
  "u",
);
const SEEN_BY_TAIL_RE = new RegExp(`\\s+(?:${DOCUMENT_READING_ALT})\\s+by\\s+.*$`, "u");
// Not a determiner, nor one capitalised adjective opening a sentence ("Legislative records").
const NAMED_DOC_RE =
  /^(?:[Tt]he\s+)?(?!(?:The|A|An|This|That|These|Those|Its|His|Her|Their|Our|New|Official)\s)((?!\p{Lu}\p{Ll}*(?:ive|al|ic|ary|ory|ous|ed|ing)\s+\p{Ll}+$)\p{Lu}[\p{L}\p{M}.&'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.&'’-]*){0,3})\s+(\p{Ll}+)$/u;

/** "Tuesday", "Tuesday’s", "April": a date word, with or without its possessive. */
export function isDateWord(word: string): boolean {
  return DATE_WORDS.has(word.replace(/['’]s?$/u, "").toLowerCase());
}

/** The words after the last space (\s) of s: all of s when it has none. */
function lastWord(s: string): string {
  let i = s.length;
  while (i > 0 && !isRegexSpace(s.charCodeAt(i - 1))) i--;
  return s.slice(i);
}

/** The analysis of a document or partitive phrase, or null for any other phrase. */
export function documentAnalysis(main: string): NpAnalysis | null {
  // "One of them said": the people the article was just talking about.
  if (OF_THEM_RE.test(main))
    return { type: "pronoun", pronoun: "they", description: null, kind: "unknown" };
  const part = PARTITIVE_RE.exec(main);
  if (part) return { type: "common", redirect: `the ${part[1]}`, description: null, kind: "group" };
  // Most phrases are no document: each regex below runs only when the words it needs are there
  // ("by" or "from"; a document noun after the last space), a scan cheaper than the regex.
  const by = main.includes("by");
  const ds = by || main.includes("from") ? DOC_SOURCE_RE.exec(main) : null;
  if (ds && DOC_NOUNS.has((ds[1] ?? "").toLowerCase()))
    return { type: "common", redirect: ds[2] ?? "", description: null, kind: "unknown" };
  // "procurement records reviewed by the Ledger": the outlet read them; the records are the source.
  if (by && SEEN_BY_RE.test(main))
    return {
      type: "common",
      label: main.replace(/^(?:the|a|an)\s+/iu, "").replace(SEEN_BY_TAIL_RE, ""),
      description: null,
      kind: "unknown",
    };
  // Both rules left read a document noun as the last word, after a space.
  if (!DOC_NOUNS.has(lastWord(main).toLowerCase())) return null;
  // "FactStream data", "Eurostat figures": a named maker's document.
  const named = NAMED_DOC_RE.exec(main);
  // "The April survey", "the Tuesday report", "Tuesday’s results": a date, not a maker; the
  // document is the source.
  if (named && isDateWord(named[1] ?? ""))
    return {
      type: "common",
      label: main.replace(/^(?:the|a|an)\s+/iu, ""),
      description: null,
      kind: "unknown",
    };
  if (
    named &&
    DOC_NOUNS.has((named[2] ?? "").toLowerCase()) &&
    !isSourceNoun(bare(named[1] ?? "")) // "Council minutes" stay minutes
  )
    return { type: "common", redirect: named[1] ?? "", description: null, kind: "unknown" };
  const pd = POSSESSIVE_DOC_RE.exec(main);
  if (pd && DOC_NOUNS.has((pd[2] ?? "").toLowerCase()) && !isDateWord(pd[1] ?? ""))
    return { type: "common", redirect: pd[1] ?? "", description: null, kind: "unknown" };
  return null;
}
