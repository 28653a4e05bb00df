/**
 * as-reported: the source in a clause of manner, "As Politico reported, C", "C, as the
 * Times first reported on Monday", "C, as polls show". What the clause names reported C, as
 * with "according to".
 */
import { isNounPhrase, isSourceNoun, singular } from "../claimants";
import {
  AS_REPORT_ALT,
  AS_REPORT_BASES,
  DOC_NOUNS,
  PRONOUNS,
  SUBJECT_TRAILER_ALT,
} from "../lexicon";
import { isEnd, isIntro, skipModifiers, trimRange } from "./helpers";
import { continuesAfterCue } from "./said-x";
import type { SentenceAttribution } from "./types";

/** The verb of the clause, after its subject: "reported", "has noted", "first reported", "pointed out", "put it". */
const VERB = `(?:(?:${SUBJECT_TRAILER_ALT}|first|\\p{Ll}+ly)\\s+)*(${AS_REPORT_ALT})(?:\\s+(?:out|it))?`;
/** Sentence-initial: optional conjunction, "As", the subject (no comma), the verb. */
const AS_START_RE = new RegExp(
  `^(?:(?:But|And|Yet|So)\\s+)?As\\s+([^,;:“”"«»]{2,80}?)\\s+${VERB}\\b`,
  "u",
);
/** Inside or at the end of the sentence: ", as the Gazette reported". */
const AS_MID_RE = new RegExp(`,\\s+as\\s+([^,;:“”"«»]{2,80}?)\\s+${VERB}\\b`, "u");
const COMMA_RE = /^\s*,\s+/u;

/**
 * Can this name a reporter: a name ("Politico", "The Post's Abby Phillip"), a pronoun, a source
 * or document noun ("the court", "polls")? Not "Mr. Trump began racking up … primary" (before
 * "states").
 */
function isReportSubject(np: string, verb: string): boolean {
  const ws = np.trim().split(/\s+/u);
  const last = ws[ws.length - 1] ?? "";
  if (ws.length > 7 || !isNounPhrase(np)) return false;
  const lw = last.toLowerCase();
  // "As they say, …" is an idiom, not a report: a pronoun takes a marked form ("said", "says").
  if (PRONOUNS.has(lw)) return !AS_REPORT_BASES.has(verb);
  if (/^\p{Lu}/u.test(last)) return true;
  return DOC_NOUNS.has(lw) || DOC_NOUNS.has(singular(lw)) || isSourceNoun(lw);
}

function attribution(
  npStart: number,
  np: string,
  verb: string,
  cs: number,
  ce: number,
): SentenceAttribution {
  return {
    np: { start: npStart, end: npStart + np.length },
    verb,
    pattern: "as-reported",
    contents: [{ start: cs, end: ce, verb, pattern: "as-reported" }],
  };
}

export function asReported(m: string): SentenceAttribution | null {
  if (!/\b[Aa]s\s/u.test(m)) return null;
  const a = AS_START_RE.exec(m);
  if (a && isReportSubject(a[1] ?? "", a[2] ?? "")) {
    const after = skipModifiers(m, a[0].length);
    const comma = COMMA_RE.exec(m.slice(after));
    if (comma) {
      const [cs, ce] = trimRange(m, after + comma[0].length, m.length);
      const npStart = m.indexOf(a[1] ?? "", a.index);
      if (ce > cs) return attribution(npStart, a[1] ?? "", a[2] ?? "", cs, ce);
    }
  }
  const b = AS_MID_RE.exec(m);
  if (b && b.index > 0 && isReportSubject(b[1] ?? "", b[2] ?? "")) {
    const after = skipModifiers(m, b.index + b[0].length);
    const npStart = m.indexOf(b[1] ?? "", b.index);
    const [cs, ce0] = trimRange(m, 0, b.index);
    if (isEnd(m, after)) return attribution(npStart, b[1] ?? "", b[2] ?? "", cs, ce0);
    const comma = COMMA_RE.exec(m.slice(after));
    // "But, as Ms. Okafor said, C", "given that, as the Gazette reported, C": the words before
    // the clause open the sentence; the content is after it.
    const before = m.slice(0, b.index);
    const opening = isIntro(before) && !isNounPhrase(before);
    if (comma && (opening || /\bthat$/u.test(before.trimEnd()))) {
      const [s2, e2] = trimRange(m, after + comma[0].length, m.length);
      return e2 > s2 ? attribution(npStart, b[1] ?? "", b[2] ?? "", s2, e2) : null;
    }
    // "The law, as the court noted, bars it": the words after the clause continue the content.
    if (comma && continuesAfterCue(m.slice(after + comma[0].length)))
      return attribution(npStart, b[1] ?? "", b[2] ?? "", cs, trimRange(m, cs, m.length)[1]);
    if (comma) return attribution(npStart, b[1] ?? "", b[2] ?? "", cs, ce0);
  }
  return null;
}
