/**
 * The cue of a reporting verb: its subject (with appositions, after an introduction or inside a
 * subordinate clause) and what follows the verb (a recipient, "that", time and place
 * modifiers, an aside). The cue rules (verb.ts) read the result.
 */
import { cleanNp, isApposition, isNounPhrase } from "../claimants";
import {
  ASIDE_ALT,
  CLAUSE_OPENER_ALT,
  DATE_WORDS,
  DAY_PART_ALT,
  LAST_PERIOD_ALT,
  PERIOD_ALT,
  PRESS_NOUN_ALT,
  RECIPIENT_VERBS,
  RELATIVE_PRONOUNS,
  REPORT_CLAUSE_OPENER_ALT,
  SUBJECT_TRAILER_ALT,
  SUBORDINATOR_ALT,
  THAT_GAP_ALT,
  WEEKDAY_ALT,
} from "../lexicon";
import { type Chunk, chunksOf, isEnd, isIntro, leadingNp, skipModifiers } from "./helpers";
import { recipientEnd } from "./told";
import type { Cue } from "./types";

const TEMPORAL_ONLY_RE = new RegExp(
  `^(?:on\\s+\\p{Lu}\\p{Ll}+day|yesterday|today|tonight|on\\s+\\p{Lu}\\p{Ll}+\\.?\\s+\\d{1,2}|(?:last|this|earlier this|late last)\\s+(?:${PERIOD_ALT}|\\p{Lu}\\p{Ll}+day)|earlier|later|also|meanwhile|however|then|again|previously)$`,
  "u",
);
const TIME_INTRO_RE = new RegExp(
  `^(?:(?:On|By|Late|Early|Earlier|Later)\\s+(?:on\\s+)?(?:${WEEKDAY_ALT})(?:\\s+(?:${DAY_PART_ALT}))?|Last\\s+(?:${LAST_PERIOD_ALT})|Earlier|Later|Overnight|Meanwhile)\\s+(?=(?:the|a|an|its|his|her|their)\\s|\\p{Lu})`,
  "u",
);
const DATE_PHRASE_RE =
  /^\p{Lu}\p{Ll}+\s+(?:at|in|on|during|before|after|night|morning|evening|afternoon)\s/u;
function firstWordLower(m: string, at: number): string {
  return /^\p{L}+/u.exec(m.slice(at))?.[0].toLowerCase() ?? "";
}
const STATE_CODE_RE = /^(?:\p{Lu}{2}|\p{Lu}\.\p{Lu}\.|\p{Lu}\p{Ll}{1,3}\.)$/u;
const PLACE_END_RE =
  /\s(?:in|at|near|of|from|outside)\s+(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*,\s*$/u;
/** "Saturday at the state convention Sen. X said": a day and a place before the subject. */
const DAY_PLACE_INTRO_RE = new RegExp(
  `^(?:${WEEKDAY_ALT})(?:\\s+(?:${DAY_PART_ALT}))?\\s+(?:at|in|during|before|after)\\s+(?:\\p{Ll}[\\p{L}'’-]*\\s+){1,6}(?=\\p{Lu})`,
  "u",
);
/** "…, has", "…, had long", "…, has since": auxiliaries and adverbs between an aside and its verb. */
export const TRAILERS_ONLY_RE = new RegExp(`^(?:(?:${SUBJECT_TRAILER_ALT}|\\p{Ll}+ly)\\s*)+$`, "u");
// Also a relative clause whose subject reports: "the pool, which the mayor said had cost $4m".
const SUBORDINATE_LEAD_RE = new RegExp(`^(?:${CLAUSE_OPENER_ALT})\\s+`, "u");
const SENTENCE_SUBORDINATOR_RE = new RegExp(`^(?:${REPORT_CLAUSE_OPENER_ALT})\\s+`, "iu");
const SUBORDINATOR_RE = new RegExp(`\\s(?:${SUBORDINATOR_ALT})\\s+`, "gu");
// Also "said that, according to its count, C": the aside after "that" is skipped too.
const THAT_GAP_RE =
  /^\s+((?:[^\s,;:“”"]+\s+){0,12}?)that(?:,\s+according to\s+[^,;:“”"]{2,80},)?\s+/u;
const GAP_OK_RE = new RegExp(`^(?:${THAT_GAP_ALT})\\b`, "iu");
/**
 * "agreed on Tuesday to cap the fees that banks charge": the "that" is not the verb's. A plural
 * after "to" is a recipient, no infinitive ("admitted to investigators that C").
 */
const INFINITIVE_IN_GAP_RE = new RegExp(
  `\\bto\\s+(?!(?:the|a|an|his|her|its|their|${PRESS_NOUN_ALT})\\b)(?!\\p{Ll}+[^sui\\s]s\\s)\\p{Ll}+\\s`,
  "u",
);
const ASIDE_THAT_RE = /^\s*,\s*[^,;:“”"«»]{2,60},\s+that\s+/u;
/**
 * The chunk ends in "but" or "and" before the verb, maybe with auxiliaries and adverbs ("has
 * expressed concerns but has said", "declined to comment but also said").
 */
const CONJOINED_VERB_RE = new RegExp(
  `\\s(?:but|and)(?:\\s+(?:${SUBJECT_TRAILER_ALT}|\\p{Ll}+ly))*$`,
  "u",
);
const PARTICIPLE_RE = new RegExp(`^\\s*,\\s*(?:${ASIDE_ALT})\\b[^,;]*`, "u");

/** "While the mayor", "Although Dana Holt": length of the opening subordinator, 0 if none. */
function opensWithSubordinator(text: string): number {
  const lead = SENTENCE_SUBORDINATOR_RE.exec(text)?.[0].length ?? 0;
  return lead > 0 && isNounPhrase(text.slice(lead)) ? lead : 0;
}

/**
 * Offsets of the last subordinating conjunction in `chunk` ("... began when "): where the word
 * starts and where the clause after it starts; [-1, -1] if none.
 */
function lastSubordinator(chunk: string): [number, number] {
  let found: [number, number] = [-1, -1];
  SUBORDINATOR_RE.lastIndex = 0;
  for (let r = SUBORDINATOR_RE.exec(chunk); r; r = SUBORDINATOR_RE.exec(chunk))
    found = [r.index + 1, r.index + r[0].length];
  return found;
}

/** The cue of `verb` (m[?, ve)), whose sentence before it is `preT`; null if it has no subject. */
export function analyseCue(m: string, preT: string, ve: number, verb: string): Cue | null {
  const split = chunksOf(preT, 0);
  const chunks = split.chunks;
  let closed = split.closed;
  // "X, the mayor, on Wednesday denied": a trailing time phrase closes the apposition.
  const lastChunk = chunks[chunks.length - 1];
  // "X, the candidate, has said": so do auxiliaries and adverbs alone.
  if (
    !closed &&
    chunks.length > 1 &&
    lastChunk &&
    (TEMPORAL_ONLY_RE.test(m.slice(lastChunk.s, lastChunk.e).trim()) ||
      TRAILERS_ONLY_RE.test(m.slice(lastChunk.s, lastChunk.e).trim()))
  ) {
    chunks.pop();
    closed = true;
  }
  if (chunks.length === 0) return null;
  const n = chunks.length;
  let subj = -1;
  /** Where the subject and its appositions end, when not at the last chunk. */
  let npEndAt: number | null = null;
  /** A clause of the sentence that the reporter states, beside the report. */
  let mainClause: { start: number; end: number } | undefined;
  /** The subject opens a subordinate clause: what comes before it is not the content. */
  let subordinate = false;
  /** That subordinate clause opens the sentence, before its main clause. */
  let opensSentence = false;
  /** That subordinate clause is a relative one set off by commas (", which X said C,"). */
  let inRelative = false;
  if (closed) {
    for (let k = 0; k < n; k++) {
      const c = chunks[k] as Chunk;
      if (!isNounPhrase(m.slice(c.s, c.e))) continue;
      if (!chunks.slice(k + 1).every((x) => isApposition(m.slice(x.s, x.e)))) continue;
      // "At a rally in Millbrook, OH, after the vote, Gov. X said": a state's postal code after a
      // town is part of the place, no subject.
      if (k > 0 && STATE_CODE_RE.test(m.slice(c.s, c.e)) && PLACE_END_RE.test(m.slice(0, c.s)))
        continue;
      // "Tuesday at a college in Millbrook, …, Gov. X said": a date opens a time phrase.
      if (DATE_PHRASE_RE.test(m.slice(c.s, c.e)) && DATE_WORDS.has(firstWordLower(m, c.s)))
        continue;
      if (k === 0 || isIntro(m.slice(0, c.s))) {
        subj = k;
        break;
      }
    }
    // "The row began when Senator X, who chairs the committee, told reporters that C", "a
    // library, which the mayor, Jo Park, said could open in March": the subject of a
    // subordinate clause whose appositions close before the verb.
    for (let k = 0; k < n && subj === -1; k++) {
      const c = chunks[k] as Chunk;
      const text = m.slice(c.s, c.e);
      const leadLen = SUBORDINATE_LEAD_RE.exec(text)?.[0].length;
      const [subAt, sub] = leadLen ? [0, leadLen] : k === 0 ? lastSubordinator(text) : [-1, -1];
      if (sub <= 0 || (k === 0 && subAt === 0)) continue;
      if (!isNounPhrase(text.slice(sub))) continue;
      if (!chunks.slice(k + 1).every((x) => isApposition(m.slice(x.s, x.e)))) continue;
      chunks[k] = { s: c.s + sub, e: c.e };
      subj = k;
      subordinate = true;
      mainClause = { start: 0, end: c.s + subAt };
    }
    if (subj === -1) {
      for (let k = 1; k < n; k++) {
        const c = chunks[k] as Chunk;
        if (!isNounPhrase(m.slice(c.s, c.e))) continue;
        if (!chunks.slice(k + 1).every((x) => isApposition(m.slice(x.s, x.e)))) continue;
        subj = k;
        break;
      }
    }
  } else {
    let c = chunks[n - 1] as Chunk;
    // "On Thursday evening the agency said": a time phrase without a comma before the subject.
    const time =
      TIME_INTRO_RE.exec(m.slice(c.s, c.e)) ?? DAY_PLACE_INTRO_RE.exec(m.slice(c.s, c.e));
    if (time && time[0].length < c.e - c.s) {
      c = { s: c.s + time[0].length, e: c.e };
      chunks[n - 1] = c;
    }
    const text = m.slice(c.s, c.e);
    // "Ministers were accused of dropping it(,) after a leaked memo suggested C": the clause
    // before is the reporter's; the memo reports C.
    const leadLen = SUBORDINATE_LEAD_RE.exec(text)?.[0].length;
    const [subAt, sub] = leadLen ? [0, leadLen] : lastSubordinator(text);
    const opener = n === 1 ? opensWithSubordinator(text) : 0;
    if (opener > 0) {
      // "While the mayor said C, commuters kept using it": the sentence opens with the
      // subordinate clause; its content ends where the main clause begins (saidThat).
      chunks[0] = { s: c.s + opener, e: c.e };
      subj = 0;
      subordinate = true;
      opensSentence = true;
    } else if (sub > 0 && (n > 1 || subAt > 0) && isNounPhrase(text.slice(sub))) {
      chunks[n - 1] = { s: c.s + sub, e: c.e };
      subj = n - 1;
      subordinate = true;
      mainClause = { start: 0, end: c.s + subAt };
      // "The changes, which officials said will start in May, will not apply to X": the
      // content ends with the relative clause.
      inRelative =
        leadLen !== undefined &&
        RELATIVE_PRONOUNS.has(text.slice(0, leadLen).trim()) &&
        /,\s*$/u.test(m.slice(0, c.s));
    } else if (!CONJOINED_VERB_RE.test(text)) {
      if (isNounPhrase(text)) subj = n - 1;
    } else {
      // "A Nordair spokeswoman declined to comment on the job cuts but said ..."
      const lead = leadingNp(m.slice(c.s, c.e));
      const conj = c.s + (CONJOINED_VERB_RE.exec(m.slice(c.s, c.e))?.index ?? 0);
      if (lead > 0 && isNounPhrase(m.slice(c.s, c.s + lead))) {
        chunks[n - 1] = { s: c.s, e: c.s + lead };
        subj = n - 1;
        // "Gov. Ana Ruiz declared an emergency and said ...": the act is the reporter's claim.
        mainClause = { start: c.s, end: conj };
      } else if (lead === 0 && n > 1 && /^\p{Ll}/u.test(m.slice(c.s, c.e))) {
        // "Sen. Tom Hale, a Republican, called the bill “x” and said ...": the subject
        // and its appositions come before the first verb phrase.
        for (let k = 0; k < n - 1; k++) {
          const ck = chunks[k] as Chunk;
          if (!isNounPhrase(m.slice(ck.s, ck.e))) continue;
          if (!chunks.slice(k + 1, n - 1).every((x) => isApposition(m.slice(x.s, x.e)))) continue;
          if (k === 0 || isIntro(m.slice(0, ck.s))) {
            subj = k;
            npEndAt = (chunks[n - 2] as Chunk).e;
            mainClause = { start: ck.s, end: conj };
          }
          break;
        }
      }
    }
  }
  if (subj === -1) return null;
  const sc = chunks[subj] as Chunk;
  const npStart = sc.s;
  const npEndRaw = npEndAt ?? (closed ? (chunks[n - 1] as Chunk).e : sc.e);
  const [clean, off] = cleanNp(m.slice(npStart, npEndRaw));
  const np = { start: npStart + off, end: npStart + off + clean.length };
  if (clean.length === 0) return null;
  const prefixEnd = sc.s;
  const prefixText = m.slice(0, prefixEnd);
  // "Schools will close, and the Red Cross said C": a new clause with its own subject.
  // Also after a colon: "Al-Saadi disagreed: he said C".
  const coordinated =
    (/^\s*(?:and|but)\s/u.test(m.slice(sc.s, sc.e)) || /:\s*$/u.test(m.slice(0, sc.s))) &&
    !isEnd(m, ve);
  if (coordinated && prefixText.trim().length > 0) mainClause = { start: 0, end: sc.s };
  const prefixIsContent =
    !subordinate && !coordinated && prefixText.trim().length > 0 && !isIntro(prefixText);

  // Post-verb analysis.
  let i = ve;
  let cue = verb;
  if (RECIPIENT_VERBS.has(verb)) {
    const re = recipientEnd(m, ve);
    if (re > ve)
      cue = `${verb} ${m.slice(ve, re).trim()}`.replace(/\s+(?:on|in|at|last|this)\s.*$/u, "");
    i = re;
  }
  let thatSeen = false;
  // Each "that" pattern below needs the word after i: without it none of them is tried.
  const hasThat = m.includes("that", i);
  const gap = hasThat ? THAT_GAP_RE.exec(m.slice(i)) : null;
  if (
    gap &&
    ((gap[1] ?? "") === "" ||
      (GAP_OK_RE.test(gap[1] ?? "") && !INFINITIVE_IN_GAP_RE.test(gap[1] ?? "")))
  ) {
    i += gap[0].length;
    thatSeen = true;
  } else {
    i = skipModifiers(m, i);
    // "that" after the verb, or after an aside: "He claimed, without evidence, that C".
    const t = hasThat ? (/^\s+that\s+/u.exec(m.slice(i)) ?? ASIDE_THAT_RE.exec(m.slice(i))) : null;
    if (t) {
      i += t[0].length;
      thatSeen = true;
    }
  }
  if (!thatSeen) {
    // Participle modifiers after the attribution: ", speaking at a briefing".
    const part = PARTICIPLE_RE.exec(m.slice(i));
    if (part && (isEnd(m, i + part[0].length) || /^\s*,/u.test(m.slice(i + part[0].length))))
      i += part[0].length;
  }
  return {
    m,
    verb,
    cue,
    np,
    clean,
    prefixEnd,
    prefixIsContent,
    hasPrefix: prefixText.trim().length > 0,
    subordinate,
    opensSentence,
    inRelative,
    mainClause,
    i,
    thatSeen,
    comma: /^\s*,\s+/u.exec(m.slice(i))?.[0].length ?? 0,
  };
}
