/**
 * Attributed claims from the learned tagger (src/extract/tagger), resolved to claimants with
 * their own entity registry, in text order: named people the text mentions on the way become
 * antecedents for a later "he" or "she", a continued quote keeps its speaker.
 */
import { type Entity, Registry } from "./claimants";
import {
  ACT_VERBS,
  AUXILIARIES,
  CLAIM_CUE_ALT,
  CLAIM_CUE_FORMS,
  DETERMINERS,
  NOT_SOURCE_OPENERS,
  NOT_STATEMENT_OPENERS,
  PAST_FORMS,
  PERSON_PRONOUNS,
  PLURAL_PRONOUNS,
  POSSESSIVES,
  RELATIVE_PRONOUNS,
  THING_PRONOUNS,
  TITLE_ABBREVIATIONS,
} from "./lexicon";
import type { Paragraph } from "./segment";
import { SHAPE_CAP, type TaggedAttribution, taggedAttributions } from "./tagger";

/**
 * Content read with less confidence than this is left out: the mean, over its tokens, of how
 * far the content labels score above "outside", in int8 weight units. Chosen on a train
 * holdout (84 articles, a model trained without them): 100 keeps recall within 0.006 of no
 * threshold and raises precision by 0.009.
 */
export const DEFAULT_MIN_MARGIN = 100;
let MIN_MARGIN = DEFAULT_MIN_MARGIN;
/** For evaluation scripts: try another threshold. */
export function setMinMargin(m: number): void {
  MIN_MARGIN = m;
}

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
  // with neither are blanked before the tagger tokenises (offsets stay the same).
  const text = paragraphs ? blankUncued(body, paragraphs) : body;
  const { doc, found } = taggedAttributions(text, read, read ? CLAIM_CUE_FORMS : undefined);
  const drafts: LearnedDraft[] = [];
  let reg: Registry | null = null;
  let tok = 0;
  let prev: Entity | null = null;
  for (const t of found) {
    if (t.source && RELATIVE_PRONOUNS.has(body.slice(t.source[0], t.source[1]).toLowerCase())) {
      // "The governor, who has argued that C, vetoed …": C ends with the relative clause.
      if (body[t.source[0] - 2] === ",") t.content = clauseEnd(body, t.content);
      t.source = antecedent(body, t.source[0]);
    }
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
      start: t.content[0],
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
  // Only article text (not the headline line, captions, credits or "Read more" blocks), no
  // notes on the reporting, and in "learned" mode only where the rules found no attribution.
  const keep = (s: number, e: number) =>
    paragraphs.some((p) => p.kind === "body" && s >= p.textStart && e <= p.end) &&
    !isNote(body.slice(s, e)) &&
    (engine === "tagger" || !overlapsRule(s, e));
  // A sentence the rules already attribute is not read again (in "learned" mode).
  const read = (s: number, e: number) =>
    engine === "tagger" ||
    (!overlapsRule(s, e) &&
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

const CLAIM_CUE_RE = new RegExp(`\\b(?:${CLAIM_CUE_ALT})\\b|[“”"«»]|''`, "iu");

/** The body with every paragraph that is not article text, or holds no claim cue, as spaces. */
function blankUncued(body: string, paragraphs: readonly Paragraph[]): string {
  let out = "";
  let at = 0;
  for (const p of paragraphs) {
    if (p.kind === "body" && CLAIM_CUE_RE.test(body.slice(p.start, p.end))) continue;
    out += body.slice(at, p.start) + " ".repeat(p.end - p.start);
    at = p.end;
  }
  return at === 0 ? body : out + body.slice(at);
}

/** A content inside ", who …," ends at the comma that closes the clause (before its verb). */
export function clauseEnd(body: string, content: [number, number]): [number, number] {
  const text = body.slice(content[0], content[1]);
  const m = /,\s+\p{Ll}/u.exec(text);
  if (!m || /[”"»]/u.test(text.slice(m.index))) return content;
  return [content[0], content[0] + m.index];
}

/**
 * The noun phrase a relative pronoun stands for: "Democratic voters who say" -> "Democratic
 * voters", "Jane Roe, a retired teacher who said" -> "a retired teacher". Up to six words back,
 * stopping at punctuation.
 */
export function antecedent(body: string, at: number): [number, number] | null {
  let e = at;
  while (e > 0 && /[\s,]/u.test(body[e - 1] ?? "")) e--;
  let s = e;
  let words = 0;
  while (s > 0 && words < 6) {
    let w = s;
    while (w > 0 && /[\p{L}\p{M}\p{N}'’.&-]/u.test(body[w - 1] ?? "")) w--;
    if (w === s) break;
    words++;
    s = w;
    if (s === 0 || body[s - 1] !== " ") break;
    const prev = body[s - 2] ?? "";
    if (!/[\p{L}\p{N}]/u.test(prev)) break;
    s--;
  }
  while (s < e && body[s] === " ") s++;
  return e > s ? [s, e] : null;
}

/** Words a name is compared by: folded, edge punctuation and possessive 's dropped. */
function fold(w: string): string {
  return w
    .toLowerCase()
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "")
    .replace(/['’]s$/u, "");
}

function isFunctionWord(w: string): boolean {
  return (
    DETERMINERS.has(w) ||
    PERSON_PRONOUNS.has(w) ||
    PLURAL_PRONOUNS.has(w) ||
    THING_PRONOUNS.has(w) ||
    POSSESSIVES.has(w)
  );
}

/**
 * A source the tagger read that names someone: its capitalised words and a name to show
 * (leading determiners and a trailing apposition dropped: "The latest Reuters/Ipsos poll" ->
 * "Reuters/Ipsos poll", "Huma Abedin, vice chairwoman …" -> "Huma Abedin").
 */
export function namedSource(source: string): { name: string; words: string[] } | null {
  const head = (source.split(/,\s/u)[0] ?? source).replace(/\s+(?:who|which|that)\b.*$/su, "");
  const toks = head.split(/\s+/u).filter(Boolean);
  let i = 0;
  while (
    i < toks.length - 1 &&
    (isFunctionWord(fold(toks[i] ?? "")) || fold(toks[i] ?? "") === "latest")
  )
    i++;
  const kept = toks.slice(i);
  const words: string[] = [];
  for (const t of kept) {
    const f = fold(t);
    if (f && /^[^\p{L}]*\p{Lu}/u.test(t) && !isFunctionWord(f) && !TITLE_ABBREVIATIONS.has(f))
      words.push(f);
  }
  if (words.length === 0) return null;
  const name = kept.join(" ").replace(/[\s,;:.]+$/u, "");
  return { name, words };
}

function namesAny(e: Entity, words: string[]): boolean {
  let r = e;
  while (r.mergedInto) r = r.mergedInto;
  const have = new Set<string>();
  for (const n of [...r.names, r.label ?? ""]) for (const w of n.split(/\s+/u)) have.add(fold(w));
  return words.some((w) => have.has(w));
}

/** An entity named exactly as the source reads, for sources the registry did not name. */
function sourceEntity(name: string, pos: number): Entity {
  return {
    id: -1,
    kind: "unknown",
    names: [name],
    foldedNames: [name.toLowerCase()],
    label: name,
    description: null,
    titleText: null,
    roleTokens: new Set(),
    nameTokens: new Set(),
    pool: new Set(),
    countryCode: null,
    firstPos: pos,
    lastPos: pos,
    deferred: null,
    headNoun: null,
    inHeadline: false,
    mergedInto: null,
    gender: null,
  };
}

/**
 * PolNeAR marks every attribution, plans and wishes too ("declined to comment on", "called
 * for"); a claim to check is reported speech or what a document shows. The tagger's reading
 * is kept when its cue reports, its content is a statement of four words or more (not "to …",
 * "whether …"), and its source is a noun phrase.
 */
function reportable(body: string, t: TaggedAttribution): boolean {
  return whyNot(body, t) === null;
}

/** Why the tagger's reading is not kept as a claim (null: it is kept). For reports and tests. */
export function whyNot(body: string, t: TaggedAttribution): string | null {
  let act = false;
  if (t.cue) {
    const cue = body
      .slice(t.cue[0], t.cue[1])
      .toLowerCase()
      .split(/[^a-z]+/u);
    if (!cue.some((w) => CLAIM_CUE_FORMS.has(w))) return "cue";
    act = cue.some((w) => ACT_VERBS.has(w));
  } else if (!t.continued) return "no-cue";
  const content = body.slice(t.content[0], t.content[1]);
  const words = content.split(/\s+/u).filter((w) => /\p{L}|\p{N}/u.test(w));
  // "rejected a €30 million offer" is an act; "rejected claims that …" a report.
  if (act && !isQuoted(content) && startsLikeNounPhrase(words[0] ?? "")) return "act";
  if (words.length < 4) return "short";
  if (NOT_STATEMENT_OPENERS.has((words[0] ?? "").toLowerCase())) return "not-a-statement";
  if (!isQuoted(content) && startsLikeNounPhrase(words[0] ?? "") && !hasVerb(words))
    return "no-verb";
  if (t.source && !t.continued) {
    const first = body.slice(t.source[0], t.source[1]).split(/\s+/u)[0]?.toLowerCase() ?? "";
    if (NOT_SOURCE_OPENERS.has(first)) return "not-a-source";
  }
  if (t.margin < MIN_MARGIN) return "margin";
  return null;
}
