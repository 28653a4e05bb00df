/**
 * The learned layer: attributed claims from the tagger (src/extract/tagger), merged after the
 * rules. Readings are filtered (readings.ts), their sources read (sources.ts) and resolved to
 * claimants with an entity registry in text order: named people the text mentions on the way
 * become antecedents for a later "he" or "she", a continued quote keeps its speaker.
 */

import { isQaQuestion } from "../body/sentence";
import { type Entity, isPartyStateParen, Registry } from "../claimants";
import { AUXILIARIES, CLAIM_CUE_FORMS, PAST_FORMS, RELATIVE_PRONOUNS } from "../lexicon";
import type { Paragraph } from "../segment";
import { hashFilter, mayHold, SHAPE_CAP, taggedAttributions } from "../tagger";
import { reportable } from "./readings";
import {
  antecedent,
  clauseEnd,
  nameAround,
  nameBeforeParenthesis,
  namedSource,
  namesAny,
  sourceEntity,
  subjectBeforeCue,
  tidySource,
} from "./sources";

export { MIN_MARGIN, whyNot } from "./readings";
export {
  antecedent,
  clauseEnd,
  nameAround,
  namedSource,
  subjectBeforeCue,
  tidySource,
} from "./sources";

export interface LearnedDraft {
  start: number;
  end: number;
  entity: Entity | null;
  /** The source as the tagger read it ("Early results of an entrance poll"), or null. */
  source: string | null;
  verb: string | null;
  pattern: "learned";
}

/**
 * The tagger's attributions as drafts. `keep` decides, before any claimant is resolved, which
 * readings are wanted (resolution is the costly part); `ruleEntityAt` gives the claimant a rule
 * found over the same words, which a continued quote inherits.
 */
export function learnedDrafts(
  body: string,
  keep: (start: number, end: number) => boolean = () => true,
  ruleEntityAt: (start: number, end: number) => Entity | null = () => null,
  read?: (start: number, end: number) => boolean,
  paragraphs?: readonly Paragraph[],
): LearnedDraft[] {
  // Only a sentence with a claim cue (or a quote) can give a reading that is kept; paragraphs
  // with neither are not even tokenised.
  const ranges = paragraphs ? cuedParagraphs(body, paragraphs) : undefined;
  const { doc, found } = taggedAttributions(body, read, read ? CLAIM_CUE_FORMS : undefined, ranges);
  const drafts: LearnedDraft[] = [];
  let reg: Registry | null = null;
  let tok = 0;
  let prev: Entity | null = null;
  let floor = 0;
  for (const t of found) {
    if (t.source && RELATIVE_PRONOUNS.has(body.slice(t.source[0], t.source[1]).toLowerCase())) {
      // "The governor, who has argued that C, vetoed …": C ends with the relative clause.
      if (body[t.source[0] - 2] === ",") t.content = clauseEnd(body, t.content);
      t.source = antecedent(body, t.source[0]);
    }
    // A source of no letters: the name before the ")" closing "Rep. Jane Roe (D-N.Y.)", the
    // name around the "." of "Donald J. Trump"; "47%" stays. A party and state alone, "(D-MA)",
    // is read the same way.
    if (t.source && !/\p{L}/u.test(body.slice(t.source[0], t.source[1])))
      t.source = nameBeforeParenthesis(body, t.source) ?? nameAround(body, t.source) ?? t.source;
    else if (t.source && isPartyStateParen(body.slice(t.source[0], t.source[1])))
      t.source = nameBeforeParenthesis(body, t.source) ?? t.source;
    // A cue read without its source, before its content: the subject as the rules read it.
    if (!t.source && !t.continued && t.cue && t.cue[1] <= t.content[0])
      t.source = subjectBeforeCue(body, t.cue, floor);
    floor = t.content[1];
    if (t.source) t.source = tidySource(body, t.source, t.cue);
    if (t.source) {
      // "Democratic voters who say": the source is the noun phrase before "who".
      const m = /\s+(?:who|which|that)$/iu.exec(body.slice(t.source[0], t.source[1]));
      if (m) t.source = [t.source[0], t.source[0] + m.index];
    }
    const ruled = ruleEntityAt(t.content[0], t.content[1]);
    if (!reportable(body, t) || !keep(t.content[0], t.content[1])) {
      if (ruled) prev = ruled;
      continue;
    }
    if (!reg) {
      reg = new Registry();
      reg.scanNames(body, 0);
    }
    const at = t.source ? Math.min(t.source[0], t.content[0]) : t.content[0];
    // Capitalised runs of two or more words before this attribution: possible antecedents.
    while (tok < doc.n && (doc.start[tok] ?? 0) < at) {
      if (doc.shape[tok] !== SHAPE_CAP) {
        tok++;
        continue;
      }
      let j = tok;
      while (j + 1 < doc.n && doc.shape[j + 1] === SHAPE_CAP && (doc.start[j + 1] ?? 0) < at) j++;
      if (j > tok) reg.mention(body.slice(doc.start[tok], doc.end[j]), doc.start[tok] ?? 0);
      tok = j + 1;
    }
    let entity: Entity | null = ruled;
    if (!entity && t.continued) entity = prev;
    else if (!entity && t.source) {
      const [s, e] = t.source;
      entity = reg.resolve(body.slice(s, e), s, { context: body.slice(Math.max(0, s - 120), s) });
    }
    prev = entity;
    drafts.push({
      start: withoutThat(body, t.content[0], t.content[1]),
      end: t.content[1],
      entity,
      verb: t.cue ? body.slice(t.cue[0], t.cue[1]) : null,
      source: t.source && !t.continued ? body.slice(t.source[0], t.source[1]) : null,
      pattern: "learned",
    });
  }
  if (reg) {
    const order: Entity[] = [];
    for (const d of drafts) if (d.entity) order.push(d.entity);
    reg.finish(order);
  }
  return drafts;
}

/**
 * Where a content starts without its "that": "that the ferry runs at a loss" reads
 * "the ferry runs at a loss". A "that" before a verb is the subject ("that could
 * happen in May") and stays.
 */
export function withoutThat(body: string, s: number, e: number): number {
  const m = THAT_OPENER_RE.exec(body.slice(s, Math.min(e, s + 40)));
  if (!m) return s;
  const next = (m[2] ?? "").toLowerCase();
  const verb =
    AUXILIARIES.has(next) || PAST_FORMS.has(next) || (next.length > 4 && next.endsWith("ed"));
  if (verb && !m[1]) return s;
  return s + m[0].length - (m[1]?.length ?? 0) - (m[2]?.length ?? 0);
}
/** "that" and what follows it: an opening quote mark, and the first word. */
const THAT_OPENER_RE = /^that\s+([“"‘]?)([\p{L}'’]+)/u;

/**
 * "learned" (default): the rules first, then the tagger's attributions where no rule claim is
 * attributed (they replace unattributed rule claims over the same words); "tagger": the
 * tagger's attributions first, the rules' only where it found none; "rules": rules only.
 */
export type Engine = "learned" | "tagger" | "rules";
export const ENGINES: readonly Engine[] = ["learned", "tagger", "rules"];
export const DEFAULT_ENGINE: Engine = "learned";

/** The engine a setting names (EXTRACT_ENGINE in wrangler.toml), or undefined for the default. */
export function engineNamed(setting: string | undefined): Engine | undefined {
  return ENGINES.find((e) => e === setting);
}

interface RuleDraft {
  start: number;
  end: number;
  entity: Entity | null;
  verb: string | null;
  pattern: string;
  headline?: boolean;
}

/**
 * Merge the tagger's attributed claims into the rules' drafts (in place): rule drafts over the
 * same words give way, unattributed ones always, attributed ones in "learned" mode.
 */
export function mergeLearned(
  body: string,
  drafts: RuleDraft[],
  engine: Engine,
  paragraphs: readonly Paragraph[],
  isNote: (content: string) => boolean = () => false,
  unread: ReadonlyArray<readonly [number, number]> = [],
): void {
  const attributed = drafts.filter((d) => d.entity && !d.headline);
  const overlapsRule = (s: number, e: number) => attributed.some((d) => d.start < e && d.end > s);
  // The rules resolve claimants sentence by sentence with the whole article in view: where a
  // rule claim covers the same words, its claimant is the better reading.
  const ruleEntityAt = (s: number, e: number) => {
    let best = 0;
    let entity: Entity | null = null;
    for (const d of attributed) {
      const ov = Math.min(d.end, e) - Math.max(d.start, s);
      if (ov > best) {
        best = ov;
        entity = d.entity;
      }
    }
    return entity;
  };
  // Only article text (not the headline line, captions, credits, "Read more" blocks or an
  // interviewer's "Q:" questions), no
  // notes on the reporting, and in "learned" mode only where the rules found no attribution.
  const keep = (s: number, e: number) =>
    paragraphs.some(
      (p) =>
        p.kind === "body" && s >= p.textStart && e <= p.end && !isQaQuestion(body, p.textStart),
    ) &&
    !isNote(body.slice(s, e)) &&
    (engine === "tagger" || !overlapsRule(s, e));
  // A sentence the rules already attribute is not read again (in "learned" mode), unless it
  // holds a second report they left unread.
  const read = (s: number, e: number) =>
    engine === "tagger" ||
    ((!overlapsRule(s, e) || unread.some(([a, b]) => a < e && b > s)) &&
      paragraphs.some((p) => p.kind === "body" && e > p.textStart && s < p.end));
  const learned = learnedDrafts(
    body,
    keep,
    ruleEntityAt,
    read,
    engine === "tagger" ? undefined : paragraphs,
  ).filter((d) => d.entity !== null);
  if (learned.length === 0) return;
  for (const l of learned) {
    if (!l.source || !l.entity) continue;
    const named = namedSource(l.source);
    if (named && !namesAny(l.entity, named.words)) l.entity = sourceEntity(named.name, l.start);
  }
  const overlapsLearned = (d: RuleDraft) => learned.some((l) => l.start < d.end && l.end > d.start);
  let w = 0;
  for (const d of drafts) {
    // "tagger": its readings replace the rules' over the same words; "learned": they replace
    // only unattributed rule claims.
    const replaced = !d.headline && (engine === "tagger" || !d.entity) && overlapsLearned(d);
    if (!replaced) drafts[w++] = d;
  }
  drafts.length = w;
  for (const l of learned) drafts.push(l);
}

function isAsciiWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/**
 * Does body[from, to) hold a claim cue (a whole word, any case) or a quote mark? One scan; a
 * word is hashed as it is read (lower-cased: its characters are ASCII) and sliced out only when
 * the hash filter says it may be a cue.
 */
function hasCueOrQuote(body: string, from: number, to: number): boolean {
  const filter = hashFilter(CLAIM_CUE_FORMS);
  let i = from;
  while (i < to) {
    const c = body.charCodeAt(i);
    if (!isAsciiWordChar(c)) {
      // “ ” " « » or ''
      if (c === 0x201c || c === 0x201d || c === 34 || c === 0xab || c === 0xbb) return true;
      if (c === 39 && body.charCodeAt(i + 1) === 39 && i + 1 < to) return true;
      i++;
      continue;
    }
    const s = i;
    // fnv (tagger/doc.ts) of the lower-cased word.
    let h = 0x811c9dc5;
    for (; i < to; i++) {
      const d = body.charCodeAt(i);
      if (!isAsciiWordChar(d)) break;
      h = Math.imul(h ^ (d >= 65 && d <= 90 ? d + 32 : d), 0x01000193);
    }
    if (
      i - s >= 3 &&
      mayHold(filter, h >>> 0) &&
      CLAIM_CUE_FORMS.has(body.slice(s, i).toLowerCase())
    )
      return true;
  }
  return false;
}

/** The article-text paragraphs that hold a claim cue or a quote, as character ranges. */
function cuedParagraphs(body: string, paragraphs: readonly Paragraph[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const p of paragraphs) {
    if (p.kind === "body" && hasCueOrQuote(body, p.start, p.end)) out.push([p.start, p.end]);
  }
  return out;
}
