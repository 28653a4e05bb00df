/**
 * Which of the tagger's readings are claims to check. PolNeAR marks every attribution, plans
 * and wishes too; a claim is reported speech or what a document shows, stated as a clause.
 */
import {
  ACT_VERBS,
  ADD_TO_CUES,
  AUXILIARIES,
  CLAIM_CUE_FORMS,
  DETERMINERS,
  INDIRECT_QUESTION_OPENERS,
  NOT_SOURCE_OPENERS,
  NOT_STATEMENT_OPENERS,
  PAST_FORMS,
  POSSESSIVES,
  QUESTION_CUE_FORMS,
  TIME_OPENERS,
  TO_REPORT_CUES,
} from "../lexicon";
import type { TaggedAttribution } from "../tagger";

/**
 * Content read with less confidence than this is left out: the mean, over its tokens, of how
 * far the content labels score above "outside", in int8 weight units. Chosen on a train
 * holdout (84 articles, with the tagger of 4781a51 trained without them): 100 kept recall
 * within 0.006 of no threshold and raised precision by 0.009.
 */
export const MIN_MARGIN = 100;

/**
 * Content that begins this many characters or more after its cue (nothing of a continued
 * quote) is the tail of something else more often than a report ("saying that polls put X at
 * 20 percent and [Y at 15]"): it needs FAR_MIN_MARGIN. Chosen on PolNeAR train: of the learned
 * claims so placed, those under 150 were 56 wrong to 41 right; those above, 31 wrong to 78 right
 * (a bar of 200 cost train recall 0.003 for precision 0.005).
 */
export const FAR_CONTENT_CHARS = 30;
export const FAR_MIN_MARGIN = 150;

/** A clause has a verb: an auxiliary, a past form, a negation. A bare noun phrase is no claim. */
function isFiniteVerbLike(word: string): boolean {
  const w = word
    .toLowerCase()
    .replace(/[^\p{L}'’]+/gu, "")
    .replace(/’/gu, "'");
  return (
    AUXILIARIES.has(w) ||
    (w.length > 4 && w.endsWith("ed")) ||
    (w.length > 5 && w.endsWith("ing")) ||
    PAST_FORMS.has(w)
  );
}
/** "a new plan", "the journal", "14 of the counts", "his resignation": a noun phrase opens. */
function startsLikeNounPhrase(word: string): boolean {
  const w = word.toLowerCase();
  return DETERMINERS.has(w) || POSSESSIVES.has(w) || /^\d/u.test(w) || /['’]s$/u.test(w);
}

function hasVerb(words: string[]): boolean {
  // Present-tense -s forms are left out: after a noun phrase opening they are more often
  // plural nouns ("Iraq's arrest warrants for the nine men") than verbs.
  return words.some(isFiniteVerbLike);
}
function isQuoted(content: string): boolean {
  const c = content.charCodeAt(0);
  return c === 0x201c || c === 0x22 || c === 0xab || c === 0x2018;
}

/**
 * PolNeAR marks every attribution, plans and wishes too ("declined to comment on", "called
 * for"); a claim to check is reported speech or what a document shows. The tagger's reading
 * is kept when its cue reports, its content is a statement of four words or more (not "to …",
 * "whether …"), and its source is a noun phrase.
 */
const PASSIVE_CUE_RE =
  /\b(?:was|were|been|being|is|are)\s+(?:\p{L}+ly\s+)?\p{L}+(?:ed|wn|nd|ld)\b/iu;

export function reportable(body: string, t: TaggedAttribution): boolean {
  return whyNot(body, t) === null;
}

/** Why the tagger's reading is not kept as a claim (null: it is kept). For reports and tests. */
export function whyNot(body: string, t: TaggedAttribution): string | null {
  let act = false;
  let cueWords: string[] = [];
  if (t.cue) {
    const cue = body
      .slice(t.cue[0], t.cue[1])
      .toLowerCase()
      .split(/[^a-z]+/u);
    cueWords = cue;
    if (!cue.some((w) => CLAIM_CUE_FORMS.has(w))) return "cue";
    act = cue.some((w) => ACT_VERBS.has(w));
  } else if (!t.continued) return "no-cue";
  // "…, adding to her lead in the council": an addition, not a report.
  if (t.cue && cueWords.some((w) => ADD_TO_CUES.has(w)) && /^\s+to\s/u.test(body.slice(t.cue[1])))
    return "adds-to";
  // "… said of the meeting they held in March": what the report is about, not what it says.
  if (t.cue && /^\s+of\s+$/u.test(body.slice(t.cue[1], t.content[0]))) return "topic";
  const content = body.slice(t.content[0], t.content[1]);
  const words = content.split(/\s+/u).filter((w) => /\p{L}|\p{N}/u.test(w));
  // "rejected a €30 million offer" is an act; "rejected claims that …" a report.
  if (act && !isQuoted(content) && startsLikeNounPhrase(words[0] ?? "")) return "act";
  // "X was found hiding …", "was shown the warrants": a passive cue reports nothing of X's
  // ("it was reported that …" does).
  if (t.cue && PASSIVE_CUE_RE.test(body.slice(t.cue[0], t.cue[1])) && !/^that\b/iu.test(content))
    return "passive";
  // "… was found hiding near the border": what was found doing something, not a finding.
  if (t.cue && /\b(?:found|finds?|show(?:s|ed|n)?)\b/iu.test(body.slice(t.cue[0], t.cue[1])))
    if (/^\p{Ll}+ing$/u.test(words[0] ?? "")) return "participle";
  if (words.length < 4) return "short";
  const opener = (words[0] ?? "").toLowerCase();
  // "to …", "whether …" is a plan, a wish or a question, unless the cue promises or claims it,
  // or asks it: "asked whether the plant would close" reports a question, as a quoted one is.
  if (
    NOT_STATEMENT_OPENERS.has(opener) &&
    !(opener === "to" && cueWords.some((w) => TO_REPORT_CUES.has(w))) &&
    !(INDIRECT_QUESTION_OPENERS.has(opener) && cueWords.some((w) => QUESTION_CUE_FORMS.has(w)))
  )
    return "not-a-statement";
  if (!isQuoted(content) && startsLikeNounPhrase(words[0] ?? "") && !hasVerb(words))
    return "no-verb";
  // "said Saturday night at the GOP debate": the time and place of the report, no statement.
  if (!isQuoted(content) && TIME_OPENERS.has(opener) && !hasVerb(words)) return "circumstance";
  if (t.source && !t.continued) {
    const first = body.slice(t.source[0], t.source[1]).split(/\s+/u)[0]?.toLowerCase() ?? "";
    if (NOT_SOURCE_OPENERS.has(first)) return "not-a-source";
  }
  if (t.margin < MIN_MARGIN) return "margin";
  if (
    t.cue &&
    !t.continued &&
    t.content[0] - t.cue[1] >= FAR_CONTENT_CHARS &&
    t.margin < FAR_MIN_MARGIN
  )
    return "far";
  return null;
}
