/**
 * The body, paragraph by paragraph and sentence by sentence: attribution patterns, claimant
 * resolution, Q&A answers and speaker labels, quotes continued across sentences and paragraphs,
 * and the check-worthy statements no one is credited with.
 */
import { analyzeSentence, hasReportingVerb, type SentenceAttribution } from "../attribute";
import type { Entity, Registry } from "../claimants";
import type { Pattern } from "../patterns";
import type { QuoteSpan, Sentence } from "../segment";
import { wordCountIn } from "../text";
import type { Article, Draft } from "../types";
import {
  APPOSITIVE_SUBJECT_RE,
  isQaQuestion,
  isQuoteOnly,
  LAST_NAME_RUN_RE,
  lastSpeakerBefore,
  leadingSubject,
  mainSpeaker,
  maskSentence,
  PRONOUN_NP_RE,
  qaAnswerPrefix,
  SPEAKER_LABEL_RE,
  splitAtReports,
  type Unit,
} from "./sentence";
import { META_RE, unattributed } from "./statements";

/**
 * The drafts of the body's paragraphs, in text order of their sentences; `unread` receives the
 * second reports of a sentence (splitAtReports) that no rule attributed.
 */
export function bodyDrafts(art: Article, unread: Array<[number, number]> = []): Draft[] {
  const { body, lay, reg } = art;
  const drafts: Draft[] = [];
  const speakers: Array<{ pos: number; entity: Entity }> = [];
  const quoteAttr = new Map<
    number,
    { entity: Entity | null; verb: string | null; pattern: Pattern }
  >();
  const quotesByPara = new Map<number, QuoteSpan[]>();
  for (const q of lay.quotes) {
    const list = quotesByPara.get(q.para);
    if (list) list.push(q);
    else quotesByPara.set(q.para, [q]);
  }
  const sentencesByPara = new Map<number, Sentence[]>();
  for (const s of lay.sentences) {
    const list = sentencesByPara.get(s.para);
    if (list) list.push(s);
    else sentencesByPara.set(s.para, [s]);
  }
  let carried: { span: QuoteSpan } | null = null;
  // "The audit found:" closing a paragraph, then "- Trains ran late …" paragraphs: each item is
  // a claim of the audit's, as after "The audit found: …" on one line.
  let list: { entity: Entity; verb: string; para: number } | null = null;

  for (const p of lay.paragraphs) {
    if (p.kind !== "body") continue;
    const quotes = quotesByPara.get(p.index) ?? [];
    const sents = sentencesByPara.get(p.index) ?? [];
    const pending: Array<{ s: Sentence; span: QuoteSpan | undefined }> = [];
    // A quote that continues the previous paragraph's open quote.
    const firstQ = quotes[0];
    let continuedSpan: QuoteSpan | null = null;
    if (carried && firstQ && (firstQ.open === -1 || firstQ.open === p.textStart))
      continuedSpan = firstQ;
    // Q&A interview: a "Q:" paragraph is the interviewer's question (no claim of anyone's), an
    // "A:" paragraph the interviewee's answer.
    if (isQaQuestion(body, p.textStart)) continue;
    let qaSkip = qaAnswerPrefix(body, p.textStart, p.end);
    let interviewee = qaSkip > 0 ? mainSpeaker(speakers, reg) : null;
    if (qaSkip === 0) {
      // "Solberg: The kidneys filter ...": an interview transcript labelled with a known name.
      SPEAKER_LABEL_RE.lastIndex = p.textStart;
      const colon = body.indexOf(":", p.textStart);
      const label = colon > 0 && colon - p.textStart < 60 ? SPEAKER_LABEL_RE.exec(body) : null;
      const known = label ? reg.knownPerson(label[1] ?? "") : null;
      if (label && known) {
        qaSkip = label[0].length;
        interviewee = known;
      }
    }
    const marker = LIST_ITEM_RE.exec(body.slice(p.textStart, Math.min(p.end, p.textStart + 8)));
    if (list && marker && list.para === p.index - 1) {
      list.para = p.index;
      for (const s of sents) {
        const start = s.start === p.textStart ? s.start + (marker[0]?.length ?? 0) : s.start;
        if (wordCountIn(body, start, s.end) >= 2)
          drafts.push({
            start,
            end: s.end,
            entity: list.entity,
            verb: list.verb,
            pattern: "colon-quote",
          });
      }
      continue;
    }
    list = null;
    const parts = splitAtReports(body, sents, quotes);
    for (let k = 0; k < parts.length; k++) {
      const s = parts[k] as Unit;
      const { masked: m, spans } = maskSentence(body, s, quotes);
      // A second report opens mid-sentence ("…, while her rival argued C"): the rules read it
      // as the sentence start it is.
      const masked = s.second ? m.charAt(0).toUpperCase() + m.slice(1) : m;
      // Read once: the interviewee check and the attribution below ask the same questions.
      const quoteOnly = isQuoteOnly(masked);
      const att: SentenceAttribution | null = quoteOnly ? null : analyzeSentence(masked);
      if (interviewee && !quoteOnly && !att) {
        const start = s.start === p.textStart ? s.start + qaSkip : s.start;
        if (wordCountIn(body, start, s.end) >= 4)
          drafts.push({
            start,
            end: s.end,
            entity: interviewee,
            verb: ":",
            pattern: "colon-quote",
          });
        continue;
      }
      if (quoteOnly) {
        pending.push({ s, span: spans[0] });
        continue;
      }
      // "Okafor reports:" closing the paragraph: the quote below is Okafor's.
      const introduced = att && att.contents.length > 0 ? null : introducedSpeaker(masked);
      if (att && att.contents.length > 0) {
        let entity: Entity | null = null;
        if (
          att.np &&
          att.np.start > 0 &&
          PRONOUN_NP_RE.test(masked.slice(att.np.start, att.np.end))
        ) {
          // "Ahmed al-Saadi disagreed: he said C": the sentence's own subject is the antecedent.
          const subj = leadingSubject(masked);
          if (subj > 0 && subj <= att.np.start) reg.mention(masked.slice(0, subj), s.start);
          else {
            const run = LAST_NAME_RUN_RE.exec(masked.slice(0, att.np.start));
            if (run) reg.mention(run[1] ?? "", s.start + run.index);
          }
        }
        if (att.np && interviewee && /^I$/u.test(masked.slice(att.np.start, att.np.end))) {
          // "A: I think C": the interviewee speaks.
          entity = interviewee;
        } else if (att.np) {
          entity = resolveSubject(reg, body, s.start, att.np);
        }
        for (const c of att.contents) {
          // "the department said it did not comment on leaked documents": a process note.
          const said = body.slice(s.start + c.start, s.start + c.end);
          if (said.includes("omment") && META_RE.test(said)) continue;
          drafts.push({
            start: s.start + c.start,
            end: s.start + c.end,
            entity,
            verb: c.verb,
            pattern: c.pattern,
          });
          for (const q of spans) {
            if (
              q.contentEnd > s.start + c.start &&
              q.contentStart < s.start + c.end &&
              !quoteAttr.has(q.id)
            )
              quoteAttr.set(q.id, { entity, verb: c.verb, pattern: c.pattern });
          }
        }
        if (att.mainClause) {
          const { start, end } = att.mainClause;
          // "While the mayor said C, the engineer argued D": a main clause that reports is
          // read next, as a sentence of its own; any other is the reporter's.
          if (hasReportingVerb(masked.slice(start, end)))
            parts.splice(k + 1, 0, {
              ...s,
              start: s.start + start,
              end: s.start + end,
              second: true,
            });
          else unattributed(s.start + start, s.start + end, drafts, body);
        }
        if (entity) speakers.push({ pos: s.start, entity });
        // "Ruiz said the audit found three failings:" before a list: the items are hers too.
        if (entity && s.end >= p.end - 1 && INTRO_COLON_END_RE.test(masked))
          list = { entity, verb: att.verb, para: p.index };
      } else if (introduced) {
        const entity = resolveSubject(reg, body, s.start, introduced.np);
        if (entity) speakers.push({ pos: s.start, entity });
        if (entity && s.end >= p.end - 1 && INTRO_COLON_END_RE.test(masked))
          list = { entity, verb: introduced.verb, para: p.index };
      } else {
        // A named subject reporting nothing is still a possible antecedent for he/she.
        const appos = APPOSITIVE_SUBJECT_RE.exec(masked);
        const subj = appos ? appos[0].length - 1 : leadingSubject(masked);
        if (subj > 0) reg.mention(masked.slice(0, subj), s.start, masked.charAt(subj) === ":");
        // A second report the rules could not read ("…, while about 4 in 10 say C"): the
        // learned layer reads it although the sentence holds a rule claim.
        if (s.second) unread.push([s.start, s.end]);
        unattributed(s.start, s.end, drafts, body);
      }
    }
    for (const { s, span } of pending) {
      let attr = span ? quoteAttr.get(span.id) : undefined;
      let pattern = attr?.pattern ?? "continuation";
      if (!attr && span && span === continuedSpan && carried) {
        attr = quoteAttr.get(carried.span.id);
        pattern = "continuation";
      }
      if (attr && span === continuedSpan) pattern = "continuation";
      const entity = attr ? attr.entity : lastSpeakerBefore(speakers, s.start);
      if (!attr && !entity) {
        unattributed(s.start, s.end, drafts, body);
        continue;
      }
      if (span && !quoteAttr.has(span.id))
        quoteAttr.set(span.id, { entity, verb: attr?.verb ?? null, pattern });
      drafts.push({
        start: s.start,
        end: s.end,
        entity,
        verb: attr && pattern !== "continuation" ? attr.verb : null,
        pattern,
      });
    }
    const lastQ = quotes[quotes.length - 1];
    carried = lastQ && lastQ.close === -1 ? { span: lastQ } : null;
  }
  return drafts;
}

const INTRO_COLON_END_RE = /:\s*$/u;
/** A list item's marker: "- ", "• ", "* ", "1. ", "2) ". */
const LIST_ITEM_RE = /^(?:[-•*–—▪◦]|\d{1,2}[.)])\s+/u;
/** A masked quote long enough for any rule: the content a probe puts in. */
const SHORT_CONTENT = "“xxxxxxxxxxxx”";
const QUOTE_PLACEHOLDER = `: ${SHORT_CONTENT}`;
/** A content of three words or fewer before a comma ("Not so fast, said …"). */
const SHORT_OPENING_RE = /^((?:[^\s,]+\s+){0,2}[^\s,]+)(?=,\s)/u;

/**
 * The speaker a sentence names without a claim of its own: one ending in a colon ("Okafor
 * reports:", "The mayor said:"), or one whose content is too short ("Not so fast, said Rita
 * Vance."). The subject of the report it would be with a longer content; null when none.
 */
function introducedSpeaker(
  masked: string,
): { np: { start: number; end: number }; verb: string } | null {
  if (INTRO_COLON_END_RE.test(masked)) {
    const probe = analyzeSentence(masked.replace(INTRO_COLON_END_RE, QUOTE_PLACEHOLDER));
    return probe?.pattern === "colon-quote" && probe.np ? { np: probe.np, verb: probe.verb } : null;
  }
  // "Not so fast, said budget analyst Rita Vance.": too short a content for a claim, but she
  // speaks, and the quote paragraph after it is hers.
  const short = SHORT_OPENING_RE.exec(masked);
  if (!short?.[1]) return null;
  const shift = SHORT_CONTENT.length - short[1].length;
  const probe = analyzeSentence(SHORT_CONTENT + masked.slice(short[1].length));
  if (!probe?.np || probe.np.start < SHORT_CONTENT.length) return null;
  return { np: { start: probe.np.start - shift, end: probe.np.end - shift }, verb: probe.verb };
}

/** The entity a subject phrase of the sentence at `at` names, the words before it as context. */
function resolveSubject(
  reg: Registry,
  body: string,
  at: number,
  np: { start: number; end: number },
): Entity | null {
  const npS = at + np.start;
  return reg.resolve(body.slice(npS, at + np.end), npS, { context: body.slice(at, npS) });
}
