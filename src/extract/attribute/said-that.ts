/**
 * said-that / told: the subject first, "X (, appos,) [adv] said|warned|denied|told Y [mods]
 * (that) C". Verbs of the "that" frame need "that" (a document's "showed" does not), act verbs
 * need a report as object ("rejected the claims"), and a recipient's verb makes it "told".
 */
import {
  ACT_VERBS,
  ADDED_REPORT_ALT,
  COORDINATED_REPORT_ALT,
  DENIAL_VERB_ALT,
  DOCUMENT_ADJECTIVE_ALT,
  DOCUMENT_HEAD_ALT,
  DOCUMENT_VERBS,
  NOTHING_SAID_ALT,
  OBJECT_VERBS,
  PAST_FORMS,
  RECIPIENT_VERBS,
  REPORT_NOUN_ALT,
  SECOND_PREDICATE_ADVERB_ALT,
  THAT_VERBS,
  WARN_FORMS,
} from "../lexicon";
import { wordCount } from "../text";
import { splitCoordinated } from "./coordinated";
import { ADDING_START_RE, hasVerbLike, quoteCovers, trimRange } from "./helpers";
import type { Cue, SentenceAttribution } from "./types";

const NOTHING_SAID_RE = new RegExp(
  `^(?:${NOTHING_SAID_ALT})(?:\\s+(?:about|of|on|in|to|publicly|else|new|since)\\b|\\s*[,.;]|$)`,
  "u",
);
/** The object that makes an act verb ("rejected", "dismissed") report speech: a report noun. */
const REPORT_OBJECT_RE = new RegExp(`^(?:\\S+\\s+){0,4}?(?:${REPORT_NOUN_ALT}|as\\s)\\b`, "iu");
// The subject's head word is a document ("The Department of Education's bid documents").
const DOC_SUBJECT_RE = new RegExp(
  `^(?:(?:the|${DOCUMENT_ADJECTIVE_ALT}|its|their)\\s+)*(?:[\\p{L}-]+\\s+){0,2}?(?:${DOCUMENT_HEAD_ALT})\\b|(?:^|\\s)(?:${DOCUMENT_HEAD_ALT})$`,
  "iu",
);

/** Where the main clause after an opening report starts: its first comma (after a quote's). */
function mainClauseAt(m: string, from: number): number {
  const r = MAIN_CLAUSE_COMMA_RE.exec(m.slice(from));
  return r ? from + r.index + (r[0].length > 2 ? 2 : 0) : -1;
}
/** Where a relative clause closes: its comma before the main clause's verb (lower case). */
function relativeClauseEnd(m: string, from: number): number {
  RELATIVE_CLOSE_RE.lastIndex = 0;
  const rest = m.slice(from);
  for (let r = RELATIVE_CLOSE_RE.exec(rest); r; r = RELATIVE_CLOSE_RE.exec(rest))
    if (hasVerbLike(r[1] ?? "")) return from + r.index;
  return -1;
}
const DENIED_ASIDE_RE = new RegExp(
  `,\\s+(?:a|an)\\s+(?:${REPORT_NOUN_ALT})\\s+(?:that\\s+)?(?:\\S+\\s+){1,3}?(?:(?:has|have|had)\\s+)?(?:${DENIAL_VERB_ALT})\\b`,
  "u",
);
/**
 * "said A, but called it B": after ", but", a past verb with no subject of its own is the
 * speaker's second predicate, the reporter's account of what else they did; A ends there.
 * A coordinated report ("but insisted that B") is split by splitCoordinated instead.
 */
const SECOND_PREDICATE_RE = new RegExp(
  `,\\s+but\\s+(?:(?:${SECOND_PREDICATE_ADVERB_ALT})\\s+)?(?:(?:has|have|had)\\s+)?(?:(?:${SECOND_PREDICATE_ADVERB_ALT})\\s+)?(\\p{Ll}+)\\b`,
  "gu",
);
const COORDINATED_REPORT_FORM_RE = new RegExp(
  `^(?:${COORDINATED_REPORT_ALT}|${ADDED_REPORT_ALT})$`,
  "u",
);
/** Where the speaker's second predicate opens in m[cs, ce), or -1. */
function secondPredicateAt(m: string, cs: number, ce: number): number {
  const t = m.slice(cs, ce);
  SECOND_PREDICATE_RE.lastIndex = 0;
  for (let r = SECOND_PREDICATE_RE.exec(t); r; r = SECOND_PREDICATE_RE.exec(t)) {
    const verb = r[1] ?? "";
    if (COORDINATED_REPORT_FORM_RE.test(verb)) continue;
    if ((verb.length > 4 && verb.endsWith("ed")) || PAST_FORMS.has(verb)) return cs + r.index;
  }
  return -1;
}
const RELATIVE_CLOSE_RE = /,\s+(\p{Ll}[\p{L}'’]*)/gu;
const MAIN_CLAUSE_COMMA_RE = /,[”"]?\s/u;

export function saidThat(c: Cue): SentenceAttribution | null {
  const { m, i, np, cue, verb, thatSeen, mainClause } = c;
  if (c.comma > 0 && !ADDING_START_RE.test(m.slice(i))) return null;
  // "Figures released by the statistics office showed unemployment rising to 4.7%": a
  // document shows its content without "that"; other subjects of these verbs need it.
  if (
    THAT_VERBS.has(verb) &&
    !thatSeen &&
    !(DOCUMENT_VERBS.has(verb) && DOC_SUBJECT_RE.test(c.clean))
  )
    return null;
  // "…, after the company reported slower growth": an act in a subordinate clause, no report.
  if (c.subordinate && !thatSeen && OBJECT_VERBS.has(verb) && !quoteCovers(m, i, m.length))
    return null;
  const [cs0, ceFull] = trimRange(m, i, m.length);
  // "warned of “serious consequences”": what was warned of is the content, without "of".
  const cs = WARN_FORMS.has(verb) && /^of\s/u.test(m.slice(cs0)) ? cs0 + 3 : cs0;
  // "While the mayor said C, commuters kept using it": C ends at the first comma, the rest is
  // the reporter's main clause.
  const mainAt = c.opensSentence ? mainClauseAt(m, cs) : -1;
  const relEnd = c.inRelative ? relativeClauseEnd(m, cs) : -1;
  let ce = mainAt > cs ? mainAt : relEnd > cs ? relEnd : ceFull;
  // "accused the mayor of lying, a charge he denied": the aside answers the report, it is none of it.
  const answered = DENIED_ASIDE_RE.exec(m.slice(cs, ce));
  if (answered && answered.index > 0) ce = cs + answered.index;
  const second = secondPredicateAt(m, cs, ce);
  if (second > cs) ce = second;
  // "The mayor has said little about the tram": nothing is reported (a later verb may report).
  if (!thatSeen && NOTHING_SAID_RE.test(m.slice(cs, cs + 20))) return null;
  // "The club rejected a €50m bid": an act, unless the object is a report ("rejected claims").
  if (ACT_VERBS.has(verb) && !thatSeen && !REPORT_OBJECT_RE.test(m.slice(cs, cs + 80))) return null;
  // A quote is masked as one word: “the squeeze is far from over” counts as a whole content.
  const words = ce - cs >= 10 && quoteCovers(m, cs, ce) ? 2 : wordCount(m.slice(cs, ce));
  if (words < (OBJECT_VERBS.has(verb) ? 1 : 2)) return null;
  if (RECIPIENT_VERBS.has(verb) && /^to\s/u.test(m.slice(cs))) return null;
  const pattern = RECIPIENT_VERBS.has(verb) ? "told" : "said-that";
  const contents = splitCoordinated(m, cs, ce, cue, pattern);
  if (mainAt > cs && wordCount(m.slice(mainAt, ceFull)) >= 3) {
    const [ms, me] = trimRange(m, mainAt, m.length);
    return { np, verb: cue, pattern, contents, mainClause: { start: ms, end: me } };
  }
  if (mainClause && wordCount(m.slice(mainClause.start, mainClause.end)) >= 3) {
    const [ms, me] = trimRange(m, mainClause.start, mainClause.end);
    return { np, verb: cue, pattern, contents, mainClause: { start: ms, end: me } };
  }
  return { np, verb: cue, pattern, contents };
}
