/**
 * Attribution patterns for one sentence.
 *
 * The sentence is analysed in a "masked" copy where the inside of every double quote is
 * replaced by "x" (same length), so commas and verbs inside quotes cannot be mistaken for the
 * sentence's own structure. Patterns (see patterns.ts):
 *   according-to     "According to X, C" / "C, according to X"
 *   said-that / told "X (, appos,) [adv] said|warned|denied|told Y [mods] (that) C"
 *   colon-quote      "X added: “C”"
 *   quote-said-x     "“C,” X said" / "“C,” said X"
 *   content-said-x   "C, X said [mods]."
 *   parenthetical    "From there, he said, C" / "C, the company said, compared with ..."
 *   saying-clause    "X fined Y, saying C" (main clause left to the unattributed pass)
 * Coordinated reports are split: "denied A and accused B of C", "said A, adding that B".
 */
import { cleanNp, isApposition, isNounPhrase } from "./claimants";
import {
  ACT_VERBS,
  ADDED_REPORT_ALT,
  APPOSITION_PARTICLE_ALT,
  ASIDE_ALT,
  AUXILIARY_ALT,
  CLAUSE_OPENER_ALT,
  CONCESSIVE_REPORT_ALT,
  COORDINATED_REPORT_ALT,
  DAY_PART_ALT,
  DESCRIBING_VERBS,
  DOCUMENT_ADJECTIVE_ALT,
  DOCUMENT_HEAD_ALT,
  DOCUMENT_VERBS,
  EVENT_ALT,
  IN_WHAT_REPORT_ALT,
  INTRO_WORDS,
  INVERSION_ASIDE_ALT,
  LAST_PERIOD_ALT,
  LEAD_PARTICLE_ALT,
  MONTH_ALT,
  NAMING_VERBS,
  NOUN_PRECEDER_ALT,
  NP_STOPWORDS,
  OBJECT_VERBS,
  OCCASION_ALT,
  PERIOD_ALT,
  PLATFORM_ALT,
  POINTER_OBJECT_ALT,
  PRESS_NOUN_ALT,
  PUBLISHING_ALT,
  RECIPIENT_ENDER_ALT,
  RECIPIENT_VERBS,
  REGION_ADJECTIVE_ALT,
  RELATIVE_REPORT_ALT,
  REPORT_NOUN_ALT,
  REPORTING_VERB_ALT,
  RULING_VERBS,
  SAYING_REPORT_ALT,
  SEASON_ALT,
  SUBORDINATOR_ALT,
  TAIL_VERBS,
  THAT_GAP_ALT,
  THAT_VERBS,
  VERB_ADVERB_ALT,
  WEEKDAY_ALT,
  WITH_REPORT_ALT,
} from "./lexicon";
import type { Pattern } from "./patterns";
import { isRegexSpace, trimEndWhile, wordCount } from "./text";

export interface ContentSpan {
  /** Offsets relative to the sentence start. */
  start: number;
  end: number;
  verb: string | null;
  pattern: Pattern;
}

export interface SentenceAttribution {
  /** Claimant phrase, offsets relative to the sentence start (null: no claimant phrase). */
  np: { start: number; end: number } | null;
  verb: string;
  pattern: Pattern;
  contents: ContentSpan[];
  /** Unattributed main clause ("Ireland's regulator fined ChatLoop €310m", before ", saying"). */
  mainClause?: { start: number; end: number };
}

const VERB_RE = new RegExp(`\\b(?:${REPORTING_VERB_ALT})\\b`, "g");
/** The object that makes an act verb ("rejected", "dismissed") report speech: a report noun. */
const REPORT_OBJECT_RE = new RegExp(`^(?:\\S+\\s+){0,4}?(?:${REPORT_NOUN_ALT}|as\\s)\\b`, "iu");

/** Denials ("denied", "rejected"): review.ts marks the claims they answer as disputed. */
export { DENIAL_VERBS } from "./lexicon";

const PASSIVE_BEFORE_RE =
  /\b(?:is|are|was|were|be|been|being|am|get|got|gets)\s+(?:\p{L}+ly\s+)?$/iu;
// Also a preposition: "Asked about reports that ...", "amid claims that ..." (nouns, not verbs).
const DETERMINER_BEFORE_RE = new RegExp(
  `(?:^|\\s)(?:${NOUN_PRECEDER_ALT}|\\d+(?:[.,]\\d+)*)\\s+$`,
  "iu",
);
const SEP_RE = /[,;:](?:\s+|$)|[”"»](?:\s+|$)|\s+[—–]\s+/gu;
/** "agreed on Tuesday to cap the fees that banks charge": the "that" is not the verb's. */
const INFINITIVE_IN_GAP_RE = new RegExp(
  `\\bto\\s+(?!(?:the|a|an|his|her|its|their|${PRESS_NOUN_ALT})\\b)\\p{Ll}+\\s`,
  "u",
);
const THAT_GAP_RE = /^\s+((?:[^\s,;:“”"]+\s+){0,12}?)that\s+/u;
const GAP_OK_RE = new RegExp(`^(?:${THAT_GAP_ALT})\\b`, "iu");
const MONTH = `(?:${MONTH_ALT})`;
const MODIFIER_RES: RegExp[] = [
  new RegExp(
    `^\\s*(?:on|last|this|earlier|late|early|next|that|late last|earlier this)\\s+(?:${WEEKDAY_ALT}|${PERIOD_ALT}|${DAY_PART_ALT}|day|${SEASON_ALT}|season)\\b(?:\\s+(?:${DAY_PART_ALT}))?`,
    "u",
  ),
  new RegExp(`^\\s*(?:on|in|since|by)\\s+${MONTH}\\.?(?:\\s+\\d{1,2})?(?:,?\\s+\\d{4})?\\b`, "u"),
  new RegExp(`^\\s*(?:${WEEKDAY_ALT})\\b(?:\\s+(?:${DAY_PART_ALT}))?`, "u"),
  new RegExp(`^\\s*(?:${VERB_ADVERB_ALT}|in\\s+\\d{4})\\b`, "u"),
  new RegExp(`^\\s*(?:on|via|in)\\s+(?:${PLATFORM_ALT})\\b`, "u"),
  new RegExp(
    `^\\s*(?:in|during)\\s+(?:a|an|the|its|his|her|their)\\s+(?:[\\p{L}\\p{M}'’-]+\\s+){0,5}?(?:${OCCASION_ALT})(?:\\s+(?:with|to|on|${PUBLISHING_ALT})\\s+(?:the\\s+)?(?:[\\p{L}\\p{M}\\d'’.-]+)(?:\\s+[\\p{L}\\p{M}\\d'’.-]+){0,3}?(?=\\s+(?:that|on|in|at)\\b|[,.;:]|$))?`,
    "u",
  ),
  new RegExp(
    `^\\s*(?:at|during|after|before|outside|following)\\s+(?:a|an|the|its|his|her|their)\\s+(?:[\\p{L}\\p{M}'’-]+\\s+){0,4}?(?:${EVENT_ALT})(?:\\s+(?:in|at|on)\\s+(?:the\\s+)?(?:(?:${REGION_ADJECTIVE_ALT})\\s+)?\\p{Lu}[\\p{L}\\p{M}'’-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’-]*)*)?(?:\\s+attended\\s+by\\s+[^,.;]*)?`,
    "u",
  ),
  /^\s*(?:in|at|from)\s+\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*)*(?=\s*(?:[,.;]|$|\s+(?:that|on)\b))/u,
];
const PARTICIPLE_RE = new RegExp(`^\\s*,\\s*(?:${ASIDE_ALT})\\b[^,;]*`, "u");
const COORD_RE = new RegExp(
  `,?\\s+(?:and|but)\\s+(?:(?:he|she|they|it|we)\\s+)?(?:also\\s+)?(${COORDINATED_REPORT_ALT})\\b\\s*(?:that\\s+)?|,\\s+(${ADDED_REPORT_ALT})\\b\\s*(?:that\\s+)?|,?\\s+(?:and|but)\\s+(?:also\\s+)?(that)\\s+|,\\s+(?:though|although|but)\\s+(?:he|she|they|it|we)\\s+(?:also\\s+)?(${CONCESSIVE_REPORT_ALT})\\s+(?:that\\s+)?|[”"»]\\s+(${ADDED_REPORT_ALT})\\b\\s*(?:that\\s+)?|,?\\s+and\\s+(?:also\\s+)?(told)\\s+[^,;:“”"«»]{1,60}?\\s+that\\s+|,\\s+which\\s+(?:it|he|she|they)\\s+(${RELATIVE_REPORT_ALT})\\s+`,
  "gu",
);
const ADDING_START_RE = new RegExp(`^\\s*,\\s*(${ADDED_REPORT_ALT})\\b\\s*(?:that\\s+)?`, "u");
const ACC_START_RE =
  /^(?:(?:But|And|However|Meanwhile|Yet|Still)\s*,?\s+)?(?:according to|According to)\s+([^,;]{2,120}?),\s+(?=\S)/u;
// The source may hold full stops inside it ("Dr. Amy Ross", "U.S.", "Layoffs.fyi"); a full stop
// ends it only at the end of the sentence.
const ACC_MID_RE =
  /,?\s+according to\s+((?:[^,.;!?]|\.(?=[\p{L}\d]|\s+\p{Lu})){2,120}?)(?=\s*(?:,|[!?;]|\.[\s”"’»)]*$|$))/u;
const ACC_APPOS_RE = new RegExp(
  `^,\\s+(?:the\\s+)?\\p{Lu}[\\p{L}\\p{M}'’.&-]*(?:\\s+(?:\\p{Lu}[\\p{L}\\p{M}'’.&-]*|${APPOSITION_PARTICLE_ALT}|of|and|&))*(\\s*[.!?]?\\s*)$`,
  "u",
);
const SAYING_RE = new RegExp(`,\\s+(${SAYING_REPORT_ALT})\\s+(?:that\\s+)?`, "u");
// "The Commission on Audit flagged …": a lower-case word before a capital is inside the name.
const LEAD_NP_RE = new RegExp(
  `^(?:(?:The|A|An)\\s+)?(?:(?:[\\p{Lu}][\\p{L}\\p{M}'’.&-]*|of|and|&|${LEAD_PARTICLE_ALT}|the|on|for)\\s+)+?(?=(?:on\\s+\\p{Lu}\\p{Ll}+day\\s+)?(?!(?:of|on|for|and|${LEAD_PARTICLE_ALT}|the)\\s+\\p{Lu})\\p{Ll})`,
  "u",
);
/** Lower-case words inside a leading noun phrase ("Head of Research", "Abu al-Hassan"). */
const LEAD_LINK_RE = new RegExp(`^(?:of|for|at|from|and|&|${LEAD_PARTICLE_ALT})$`, "u");
const QUOTE_OPEN_RE = /^\s*[“"«]/u;
// The subject's head word is a document ("The Department of Education's bid documents").
const DOC_SUBJECT_RE = new RegExp(
  `^(?:(?:the|${DOCUMENT_ADJECTIVE_ALT}|its|their)\\s+)*(?:[\\p{L}-]+\\s+){0,2}?(?:${DOCUMENT_HEAD_ALT})\\b|(?:^|\\s)(?:${DOCUMENT_HEAD_ALT})$`,
  "iu",
);
const DESCRIBED_AS_RE = /^\s+(?:[^\s,;:“”"«»]+\s+){1,6}?as\s+\S/u;
const CALLED_QUOTE_RE = /^\s+(?:[^\s,;:“”"«»]+\s+){1,6}?[“"«]/u;
const ASIDE_THAT_RE = /^\s*,\s*[^,;:“”"«»]{2,60},\s+that\s+/u;

const LEAD_WORD_RE = /\S+/gu;
const TEMPORAL_ONLY_RE = new RegExp(
  `^(?:on\\s+\\p{Lu}\\p{Ll}+day|yesterday|today|tonight|on\\s+\\p{Lu}\\p{Ll}+\\.?\\s+\\d{1,2}|(?:last|this|earlier this|late last)\\s+(?:${PERIOD_ALT}|\\p{Lu}\\p{Ll}+day)|earlier|later|also|meanwhile|however|then|again|previously)$`,
  "u",
);
const TRAILING_PP_RE =
  /^\s+(?:at|in|on|outside|from|during|after|before|inside|near)\s+[^,;:"“”]{1,40}?[.!?]?["”’]?\s*$/u;

/** Length of the noun phrase at the start of `text` (determiners, names, nouns), 0 if none. */
function leadingNp(text: string): number {
  LEAD_WORD_RE.lastIndex = 0;
  let end = 0;
  let n = 0;
  for (let w = LEAD_WORD_RE.exec(text); w; w = LEAD_WORD_RE.exec(text)) {
    const word = w[0];
    const lw = word.toLowerCase();
    const cap = /^\p{Lu}/u.test(word);
    if (n > 0 && !cap && !LEAD_LINK_RE.test(lw) && !isNounPhrase(lw)) break;
    if (n === 0 && !cap && !/^(?:the|a|an)$/u.test(lw)) return 0;
    end = w.index + word.length;
    n++;
    if (n > 8) return 0;
  }
  return end;
}

/**
 * Start of the last two whitespace-separated words of s, with the whitespace between them:
 * "the company was  " -> offset of "company".
 */
function lastTwoWordsStart(s: string): number {
  let i = s.length;
  for (let word = 0; word < 2; word++) {
    while (i > 0 && isRegexSpace(s.charCodeAt(i - 1))) i--;
    while (i > 0 && !isRegexSpace(s.charCodeAt(i - 1))) i--;
  }
  return i;
}

// Also a relative clause whose subject reports: "the pool, which the mayor said had cost $4m".
const TIME_INTRO_RE = new RegExp(
  `^(?:(?:On|By|Late|Early|Earlier|Later)\\s+(?:on\\s+)?(?:${WEEKDAY_ALT})(?:\\s+(?:${DAY_PART_ALT}))?|Last\\s+(?:${LAST_PERIOD_ALT})|Earlier|Later|Overnight|Meanwhile)\\s+(?=(?:the|a|an|its|his|her|their)\\s|\\p{Lu})`,
  "u",
);
const SUBORDINATE_LEAD_RE = new RegExp(`^(?:${CLAUSE_OPENER_ALT})\\s+`, "u");
const SUBORDINATOR_RE = new RegExp(`\\s(?:${SUBORDINATOR_ALT})\\s+`, "gu");

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

function isIntro(prefix: string): boolean {
  const p = prefix.trim().replace(/[,;:\s]+$/u, "");
  if (!p) return true;
  if (p.includes("xxx")) return false;
  const first = (p.split(/\s+/)[0] ?? "").toLowerCase();
  if (INTRO_WORDS.has(first)) return true;
  const ws = p.split(/\s+/);
  if (ws.length <= 3 && !ws.some((w) => NP_STOPWORDS.has(w.toLowerCase()))) return true;
  return false;
}

interface Chunk {
  s: number;
  e: number;
}

function chunksOf(text: string, base: number): { chunks: Chunk[]; closed: boolean } {
  const chunks: Chunk[] = [];
  let last = 0;
  SEP_RE.lastIndex = 0;
  let closed = false;
  for (let m = SEP_RE.exec(text); m; m = SEP_RE.exec(text)) {
    chunks.push({
      s: base + last,
      e:
        base +
        m.index +
        (m[0].startsWith("”") || m[0].startsWith('"') || m[0].startsWith("»") ? 1 : 0),
    });
    last = m.index + m[0].length;
  }
  if (last < text.length) chunks.push({ s: base + last, e: base + text.length });
  else closed = true;
  return { chunks, closed };
}

function trimRange(m: string, s: number, e: number): [number, number] {
  let a = s;
  let b = e;
  while (a < b && /[\s,;:]/u.test(m.charAt(a))) a++;
  while (b > a && /[\s,;:—–-]/u.test(m.charAt(b - 1))) b--;
  return [a, b];
}

const RECIPIENT_ENDER_RE = new RegExp(`^(?:${RECIPIENT_ENDER_ALT})$`, "u");
const AUXILIARY_RE = new RegExp(`^(?:${AUXILIARY_ALT})$`, "u");

/** Parse the recipient after "told": returns end offset of the recipient. */
function recipientEnd(m: string, from: number): number {
  const thatGap = /^\s+([^,;:“”".]{1,90}?)\s+that\s/u.exec(m.slice(from));
  if (thatGap && wordCount(thatGap[1] ?? "") <= 10)
    return from + thatGap[0].length - "that ".length - 1;
  const re = /\s+([^\s,.;:!?]+)/gy;
  re.lastIndex = from;
  let end = from;
  let n = 0;
  for (let t = re.exec(m); t; t = re.exec(m)) {
    const w = t[1] ?? "";
    const lw = w.toLowerCase();
    const next = /^\s+([^\s,.;:!?]+)/u.exec(m.slice(re.lastIndex))?.[1]?.toLowerCase() ?? "";
    if (/^(?:he|she|they|it|we|i|there|this|these|that)$/u.test(lw)) break;
    if (n > 0 && RECIPIENT_ENDER_RE.test(lw)) break;
    if (n > 0 && AUXILIARY_RE.test(next)) break;
    if (/^\d/u.test(w) || w.includes("x".repeat(3))) break;
    end = re.lastIndex;
    n++;
    if (n >= 6) break;
  }
  return end;
}

function skipModifiers(m: string, from: number): number {
  let i = from;
  for (let guard = 0; guard < 6; guard++) {
    let moved = false;
    const rest = m.slice(i);
    for (const re of MODIFIER_RES) {
      const r = re.exec(rest);
      if (r && r[0].length > 0) {
        i += r[0].length;
        moved = true;
        break;
      }
    }
    if (!moved) break;
  }
  return i;
}

function isEnd(m: string, i: number): boolean {
  const rest = m.slice(i);
  if (/^[\s.!?”"’»)]*$/u.test(rest)) return true;
  // A short place/occasion phrase closing the sentence: "... she told reporters at city hall."
  return TRAILING_PP_RE.test(rest) && wordCount(rest) <= 6;
}

/** Split "A and accused B of C" / "A, saying B" into separate contents. */
export function splitCoordinated(
  m: string,
  s: number,
  e: number,
  verb: string | null,
  pattern: Pattern,
): ContentSpan[] {
  const out: ContentSpan[] = [];
  const text = m.slice(s, e);
  COORD_RE.lastIndex = 0;
  let cur = s;
  let curVerb = verb;
  for (let r = COORD_RE.exec(text); r; r = COORD_RE.exec(text)) {
    // ”, adding that …: the closing quote mark stays with the first content.
    const at = s + r.index + (r[5] !== undefined ? 1 : 0);
    if (at - cur < 3) continue;
    out.push({ start: cur, end: at, verb: curVerb, pattern });
    cur = s + r.index + r[0].length;
    // ", and that B" keeps the verb; the others name their own.
    curVerb = r[3] !== undefined ? curVerb : (r[1] ?? r[2] ?? r[4] ?? r[5] ?? r[6] ?? r[7] ?? null);
    if (curVerb === "warned" && /^of\s/u.test(m.slice(cur))) cur += 3;
    // "and said Tuesday that C": the time phrase and "that" belong to the attribution.
    const mod = skipModifiers(m, cur);
    const that = /^\s+that\s+/u.exec(m.slice(mod));
    if (that && mod > cur) cur = mod + that[0].length;
  }
  out.push({
    start: cur,
    end: e,
    verb: curVerb,
    pattern: out.length > 0 && pattern === "content-said-x" ? "said-that" : pattern,
  });
  // "disputed that, saying C": the object is only a pointer back; C is the claim.
  return out.filter(
    (c) =>
      c.end - c.start > 1 && (out.length === 1 || !BARE_OBJECT_RE.test(m.slice(c.start, c.end))),
  );
}
const BARE_OBJECT_RE = new RegExp(
  `^\\s*(?:that|this|it|them|those|these|${POINTER_OBJECT_ALT})(?:\\s+(?:on|in|at|during|again)\\b[^,;]*)?\\s*[,.;:]?\\s*$`,
  "iu",
);

/**
 * The range holds a masked quote ("x") and otherwise only quote marks, punctuation and
 * whitespace. A scan; same as stripping [\s,.;:!?] and testing /^[“”"«»x]+$/ plus an "x".
 */
function quoteCovers(m: string, s: number, e: number): boolean {
  let x = false;
  for (let i = s; i < e; i++) {
    const c = m.charCodeAt(i);
    if (c === 0x78) x = true;
    else if (
      !(c === 0x201c || c === 0x201d || c === 0x22 || c === 0xab || c === 0xbb) &&
      !(c === 44 || c === 46 || c === 59 || c === 58 || c === 33 || c === 63) &&
      !isRegexSpace(c)
    )
      return false;
  }
  return x;
}

/** Main entry: attribution of a masked sentence, or null. */
export function analyzeSentence(m: string): SentenceAttribution | null {
  return accordingTo(m) ?? verbAttribution(m) ?? sayingClause(m);
}

function accordingTo(m: string): SentenceAttribution | null {
  if (!m.includes("ccording to")) return null;
  const a = ACC_START_RE.exec(m);
  if (a) {
    const npS = m.indexOf(a[1] ?? "", a.index);
    const npE = npS + (a[1] ?? "").length;
    if (looseNp(a[1] ?? "")) {
      // "According to EuroCommerce, which represents 5 million shops, C"
      const rel = /^(?:which|who)\b(?:[^,;]|,(?!\s))*,\s+/u.exec(m.slice(a.index + a[0].length));
      const [cs, ce] = trimRange(m, a.index + a[0].length + (rel?.[0].length ?? 0), m.length);
      if (ce > cs)
        return {
          np: { start: npS, end: npE },
          verb: "according to",
          pattern: "according-to",
          contents: [{ start: cs, end: ce, verb: "according to", pattern: "according-to" }],
        };
    }
  }
  const b = ACC_MID_RE.exec(m);
  if (b && b.index > 0) {
    const npS = b.index + b[0].length - (b[1] ?? "").length;
    let npE = b.index + b[0].length;
    // "according to its owner, Acme Shipping." / "according to data from the weather service,
    // the DWD.": a name in apposition closing the sentence belongs to the source.
    const appos = ACC_APPOS_RE.exec(m.slice(npE));
    if (appos) {
      npE += appos[0].length - (appos[1] ?? "").length;
      while (m.charCodeAt(npE - 1) === 46) npE--;
    }
    if (looseNp(b[1] ?? "")) {
      const [cs, ce] = trimRange(m, 0, b.index);
      if (wordCount(m.slice(cs, ce)) >= 3)
        return {
          np: { start: npS, end: npE },
          verb: "according to",
          pattern: "according-to",
          contents: [{ start: cs, end: ce, verb: "according to", pattern: "according-to" }],
        };
    }
  }
  return null;
}

function looseNp(np: string): boolean {
  const ws = np.trim().split(/\s+/);
  if (ws.length === 0 || ws.length > 16 || np.includes("xxx")) return false;
  return !ws.some((w) => NP_STOPWORDS.has(w.toLowerCase()) && !/^\p{Lu}{2,}$/u.test(w));
}

const PAREN_PRONOUN_BEFORE_RE = /,\s+(?:he|she|they|we|I|it)\s+$/u;
const PAREN_AFTER_RE = /^\s*,\s/u;

function verbAttribution(m: string): SentenceAttribution | null {
  VERB_RE.lastIndex = 0;
  // "No one had complained to her office, she said, and ...": a parenthetical "she said" after
  // a clause with its own verb is the attribution of that clause.
  let first = true;
  for (let v = VERB_RE.exec(m); v; v = VERB_RE.exec(m)) {
    if (first) {
      first = false;
      continue;
    }
    const ve = v.index + v[0].length;
    if (
      PAREN_AFTER_RE.test(m.slice(ve, ve + 3)) &&
      PAREN_PRONOUN_BEFORE_RE.test(m.slice(Math.max(0, v.index - 8), v.index))
    ) {
      const r = tryVerb(m, v.index, ve, v[0]);
      if (r) return r;
    }
  }
  VERB_RE.lastIndex = 0;
  for (let v = VERB_RE.exec(m); v; v = VERB_RE.exec(m)) {
    const r = tryVerb(m, v.index, v.index + v[0].length, v[0]);
    if (r) return r;
  }
  return null;
}

function tryVerb(m: string, vs: number, veIn: number, verbIn: string): SentenceAttribution | null {
  let ve = veIn;
  let verb = verbIn;
  if (NAMING_VERBS.has(verb)) {
    // "called for X" reports a demand; "called the bill “a disaster”" a characterisation.
    if (/^\s+for\s/u.test(m.slice(ve))) {
      ve = m.indexOf("for", ve) + 3;
      verb = `${verb} for`;
    } else if (!CALLED_QUOTE_RE.test(m.slice(ve))) return null;
  }
  // "described the plan as “reckless”": a characterisation; "described how ..." is not.
  if (DESCRIBING_VERBS.has(verb) && !DESCRIBED_AS_RE.test(m.slice(ve))) return null;
  const pre = m.slice(0, vs);
  const preTail = pre.length > 40 ? pre.slice(-40) : pre;
  // Both patterns end in \s+$ and can only match within the last two words of preTail
  // (verb [adverb], or a determiner), so they run on those instead of on all 40 characters.
  const lastWords = preTail.slice(lastTwoWordsStart(preTail));
  if (PASSIVE_BEFORE_RE.test(lastWords) || DETERMINER_BEFORE_RE.test(lastWords)) return null;
  if (/^\s+by\b/u.test(m.slice(ve))) return null;
  const preT = pre.slice(0, trimEndWhile(pre, 0, pre.length, isRegexSpace));

  // Inversion: "..., said X" / "“...,” said X".
  if (preT.length > 0 && /[,”"»]$/u.test(preT)) {
    const inv = inversion(m, preT, vs, ve, verb);
    if (inv) return inv;
  }
  const split = chunksOf(preT, 0);
  const chunks = split.chunks;
  let closed = split.closed;
  // "X, the mayor, on Wednesday denied": a trailing time phrase closes the apposition.
  const lastChunk = chunks[chunks.length - 1];
  if (
    !closed &&
    chunks.length > 1 &&
    lastChunk &&
    TEMPORAL_ONLY_RE.test(m.slice(lastChunk.s, lastChunk.e).trim())
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
  if (closed) {
    for (let k = 0; k < n; k++) {
      const c = chunks[k] as Chunk;
      if (!isNounPhrase(m.slice(c.s, c.e))) continue;
      if (!chunks.slice(k + 1).every((x) => isApposition(m.slice(x.s, x.e)))) continue;
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
    const time = TIME_INTRO_RE.exec(m.slice(c.s, c.e));
    if (time && time[0].length < c.e - c.s) {
      c = { s: c.s + time[0].length, e: c.e };
      chunks[n - 1] = c;
    }
    const text = m.slice(c.s, c.e);
    // "Ministers were accused of dropping it(,) after a leaked memo suggested C": the clause
    // before is the reporter's; the memo reports C.
    const leadLen = SUBORDINATE_LEAD_RE.exec(text)?.[0].length;
    const [subAt, sub] = leadLen ? [0, leadLen] : lastSubordinator(text);
    if (sub > 0 && (n > 1 || subAt > 0) && isNounPhrase(text.slice(sub))) {
      chunks[n - 1] = { s: c.s + sub, e: c.e };
      subj = n - 1;
      subordinate = true;
      mainClause = { start: 0, end: c.s + subAt };
    } else if (!/\s(?:but|and)(?:\s+also)?$/u.test(text)) {
      if (isNounPhrase(text)) subj = n - 1;
    } else {
      // "A Nordair spokeswoman declined to comment on the job cuts but said ..."
      const lead = leadingNp(m.slice(c.s, c.e));
      const conj = c.s + (/\s(?:but|and)(?:\s+also)?$/u.exec(m.slice(c.s, c.e))?.index ?? 0);
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
  const gap = THAT_GAP_RE.exec(m.slice(i));
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
    const t = /^\s+that\s+/u.exec(m.slice(i)) ?? ASIDE_THAT_RE.exec(m.slice(i));
    if (t) {
      i += t[0].length;
      thatSeen = true;
    }
  }
  const sentEnd = m.length;

  if (!thatSeen) {
    // Participle modifiers after the attribution: ", speaking at a briefing".
    const part = PARTICIPLE_RE.exec(m.slice(i));
    if (part && (isEnd(m, i + part[0].length) || /^\s*,/u.test(m.slice(i + part[0].length))))
      i += part[0].length;
  }

  if (prefixIsContent) {
    const [cs, ce] = trimRange(m, 0, prefixEnd);
    const quoted = quoteCovers(m, cs, ce);
    const pattern = quoted ? "quote-said-x" : "content-said-x";
    if (ce - cs < 2 || (TAIL_VERBS.has(verb) && !quoted)) return null;
    if (isEnd(m, i)) {
      return { np, verb: cue, pattern, contents: [{ start: cs, end: ce, verb: cue, pattern }] };
    }
    const add = ADDING_START_RE.exec(m.slice(i));
    if (add) {
      const [s2, e2] = trimRange(m, i + add[0].length, sentEnd);
      return {
        np,
        verb: cue,
        pattern,
        contents: [
          { start: cs, end: ce, verb: cue, pattern },
          ...splitCoordinated(m, s2, e2, add[1] ?? null, "said-that"),
        ],
      };
    }
    const sfx = /^\s*,\s+/u.exec(m.slice(i));
    if (sfx) {
      const ss = i + sfx[0].length;
      if (QUOTE_OPEN_RE.test(m.slice(ss)) && quoted) {
        // “A,” he said, “B.”
        const [s2, e2] = trimRange(m, ss, sentEnd);
        return {
          np,
          verb: cue,
          pattern,
          contents: [
            { start: cs, end: ce, verb: cue, pattern },
            { start: s2, end: e2, verb: cue, pattern },
          ],
        };
      }
      const [s2, e2] = trimRange(m, ss, sentEnd);
      const useSuffix = wordCount(m.slice(cs, ce)) < 5 && !quoted;
      const c = useSuffix ? { start: s2, end: e2 } : { start: cs, end: ce };
      return {
        np,
        verb: cue,
        pattern: quoted ? pattern : "parenthetical",
        contents: [{ ...c, verb: cue, pattern: quoted ? pattern : "parenthetical" }],
      };
    }
    return null;
  }

  // Subject first: "X said (that) C". "The court ruled that C" narrates a ruling: a fact the
  // reporter states ("C, the court ruled" keeps the court as its source).
  if (TAIL_VERBS.has(verb) || RULING_VERBS.has(verb)) return null;
  if (isEnd(m, i)) return null;
  const colon = /^\s*[:,]\s*(?=[“"«])/u.exec(m.slice(i));
  if (colon) {
    const [cs, ce] = trimRange(m, i + colon[0].length, sentEnd);
    if (ce > cs)
      return {
        np,
        verb: cue,
        pattern: "colon-quote",
        contents: [{ start: cs, end: ce, verb: cue, pattern: "colon-quote" }],
      };
  }
  const sfx = /^\s*,\s+/u.exec(m.slice(i));
  if (sfx && prefixText.trim().length > 0) {
    // "From there, he said, C"
    const [cs, ce] = trimRange(m, i + sfx[0].length, sentEnd);
    if (wordCount(m.slice(cs, ce)) >= 3)
      return {
        np,
        verb: cue,
        pattern: "parenthetical",
        contents: [{ start: cs, end: ce, verb: cue, pattern: "parenthetical" }],
      };
    return null;
  }
  if (sfx) {
    const add = ADDING_START_RE.exec(m.slice(i));
    if (!add) return null;
  }
  // "Figures released by the statistics office showed unemployment rising to 4.7%": a
  // document shows its content without "that"; other subjects of these verbs need it.
  if (
    THAT_VERBS.has(verb) &&
    !thatSeen &&
    !(DOCUMENT_VERBS.has(verb) && DOC_SUBJECT_RE.test(clean))
  )
    return null;
  // "…, after the company reported slower growth": an act in a subordinate clause, no report.
  if (subordinate && !thatSeen && OBJECT_VERBS.has(verb) && !quoteCovers(m, i, m.length))
    return null;
  const [cs, ce] = trimRange(m, i, sentEnd);
  // "The club rejected a €50m bid": an act, unless the object is a report ("rejected claims").
  if (ACT_VERBS.has(verb) && !thatSeen && !REPORT_OBJECT_RE.test(m.slice(cs, cs + 80))) return null;
  // A quote is masked as one word: “the squeeze is far from over” counts as a whole content.
  const words = ce - cs >= 10 && quoteCovers(m, cs, ce) ? 2 : wordCount(m.slice(cs, ce));
  if (words < (OBJECT_VERBS.has(verb) ? 1 : 2)) return null;
  if (RECIPIENT_VERBS.has(verb) && /^to\s/u.test(m.slice(cs))) return null;
  const pattern = RECIPIENT_VERBS.has(verb) ? "told" : "said-that";
  const contents = splitCoordinated(m, cs, ce, cue, pattern);
  if (mainClause && wordCount(m.slice(mainClause.start, mainClause.end)) >= 3) {
    const [ms, me] = trimRange(m, mainClause.start, mainClause.end);
    return { np, verb: cue, pattern, contents, mainClause: { start: ms, end: me } };
  }
  return { np, verb: cue, pattern, contents };
}

const INVERSION_ASIDE_RE = new RegExp(
  `^(?:${INVERSION_ASIDE_ALT}|in|at|on|during|outside|after|before|when|while)\\b`,
  "u",
);

function inversion(
  m: string,
  preT: string,
  vs: number,
  ve: number,
  verb: string,
): SentenceAttribution | null {
  const post = m.slice(ve).replace(/[\s.!?”"’»]+$/u, "");
  if (!/^\s+\S/u.test(post)) return null;
  const { chunks } = chunksOf(post, ve);
  const first = chunks[0];
  if (!first) return null;
  let npText = m.slice(first.s, first.e);
  // "said X in a statement": cut a trailing modifier off the name.
  const mod =
    /\s+(?:in|at|on|during|outside|via)\s+(?:a|an|the|its|his|her)\s.*$|\s+on\s+\p{Lu}\p{Ll}+day$/u.exec(
      npText,
    );
  if (mod) npText = npText.slice(0, mod.index);
  // "X, a spokesman, wrote on X: “C”" is no inversion: a preposition opens no speaker.
  if (/^\s*(?:on|in|at|via|to|from|during|with|for|by|after|before|through)\s/u.test(npText))
    return null;
  if (
    !isNounPhrase(npText) ||
    /^\s*(?:that|the\s+\p{Ll}+\s+(?:was|were|is|are|had|has))\b/u.test(npText)
  )
    return null;
  const npWords = wordCount(npText);
  if (npWords > 8 || (npWords > 4 && !/\s\p{Lu}|^\s*\p{Lu}/u.test(npText))) return null;
  if (/^\s*(?:he|she|they|it|we)\b/iu.test(npText) && npText.trim().split(/\s+/).length > 1)
    return null;
  let npEnd = first.s + npText.length;
  for (let k = 1; k < chunks.length; k++) {
    const c = chunks[k] as Chunk;
    const t = m.slice(c.s, c.e);
    if (INVERSION_ASIDE_RE.test(t)) break;
    if (!isApposition(t)) return null;
    if (!/^(?:who|which)\b/u.test(t)) npEnd = c.e;
  }
  const [clean, off] = cleanNp(m.slice(first.s, npEnd));
  const [cs, ce] = trimRange(m, 0, preT.length);
  if (ce - cs < 2) return null;
  const quoted = quoteCovers(m, cs, ce);
  const pattern = quoted ? "quote-said-x" : "content-said-x";
  let cue = verb;
  if (RECIPIENT_VERBS.has(verb)) return null;
  void vs;
  const contents: ContentSpan[] = [{ start: cs, end: ce, verb: cue, pattern }];
  const add = /,\s+(?:adding|saying)\s+(?:that\s+)?/u.exec(post);
  if (add) {
    const s2 = ve + add.index + add[0].length;
    const [a, b] = trimRange(m, s2, m.length);
    contents.push({
      start: a,
      end: b,
      verb: add[0].includes("adding") ? "adding" : "saying",
      pattern: "said-that",
    });
  }
  cue = verb;
  return {
    np: { start: first.s + off, end: first.s + off + clean.length },
    verb: cue,
    pattern,
    contents,
  };
}

/** "Ireland's Data Protection Commission on Thursday fined ChatLoop €310m, saying C." */
/** "…, with Governor Andrew Bailey warning that C": the participle's subject reports C. */
const WITH_SAYING_RE = new RegExp(
  `,\\s+with\\s+((?:the\\s+|its\\s+|his\\s+|her\\s+|their\\s+)?[^,;:“”"«»]{2,80}?)\\s+(${WITH_REPORT_ALT})\\s+(?:that\\s+)?`,
  "u",
);

/** Words of a content, a masked quote of some length counting as the few words it hides. */
function contentWords(m: string, s: number, e: number): number {
  return wordCount(m.slice(s, e).replace(/x{10,}/gu, "x x x"));
}

/** "…, in what the minister said was an emergency measure": the minister calls it that. */
const IN_WHAT_RE = new RegExp(
  `,?\\s+in what\\s+([^,;:“”"«»]{2,80}?)\\s+(${IN_WHAT_REPORT_ALT})\\s+(?:(?:was|is|were|would be)\\s+)?`,
  "u",
);

function inWhatClause(m: string): SentenceAttribution | null {
  const w = IN_WHAT_RE.exec(m);
  if (!w || !isNounPhrase(w[1] ?? "")) return null;
  const npStart = w.index + w[0].indexOf(w[1] ?? "");
  const [clean, off] = cleanNp(w[1] ?? "");
  const [cs, ce] = trimRange(m, w.index + w[0].length, m.length);
  if (!clean || contentWords(m, cs, ce) < 2) return null;
  const verb = w[2] ?? "said";
  return {
    np: { start: npStart + off, end: npStart + off + clean.length },
    verb,
    pattern: "said-that",
    contents: [{ start: cs, end: ce, verb, pattern: "said-that" }],
    mainClause: { start: 0, end: w.index },
  };
}

/** "State media quoted Deputy Minister X as saying that C": X reports C. */
const QUOTED_AS_SAYING_RE =
  /\bquoted\s+([^,;:“”"«»]{2,80}?)\s+as\s+(saying|telling\s+[^,;:“”"«»]{1,40}?)\s+(?:that\s+)?/u;

function quotedAsSaying(m: string): SentenceAttribution | null {
  const q = QUOTED_AS_SAYING_RE.exec(m);
  if (!q || !isNounPhrase(q[1] ?? "")) return null;
  const npStart = q.index + q[0].indexOf(q[1] ?? "", 6);
  const [clean, off] = cleanNp(q[1] ?? "");
  const [cs, ce] = trimRange(m, q.index + q[0].length, m.length);
  if (!clean || contentWords(m, cs, ce) < 3) return null;
  return {
    np: { start: npStart + off, end: npStart + off + clean.length },
    verb: "quoted as saying",
    pattern: "said-that",
    contents: splitCoordinated(m, cs, ce, "quoted as saying", "said-that"),
  };
}

function sayingClause(m: string): SentenceAttribution | null {
  if (m.includes("quoted ")) {
    const r = quotedAsSaying(m);
    if (r) return r;
  }
  if (m.includes(" in what ")) {
    const r = inWhatClause(m);
    if (r) return r;
  }
  if (!m.includes("ing")) return null;
  const w = WITH_SAYING_RE.exec(m);
  if (w && isNounPhrase(w[1] ?? "")) {
    const npStart = w.index + w[0].indexOf(w[1] ?? "", 6);
    const [clean, off] = cleanNp(w[1] ?? "");
    const [cs, ce] = trimRange(m, w.index + w[0].length, m.length);
    if (clean && (wordCount(m.slice(cs, ce)) >= 3 || (ce - cs >= 10 && quoteCovers(m, cs, ce))))
      return {
        np: { start: npStart + off, end: npStart + off + clean.length },
        verb: w[2] ?? "saying",
        pattern: "said-that",
        contents: [{ start: cs, end: ce, verb: w[2] ?? "saying", pattern: "said-that" }],
        mainClause: { start: 0, end: w.index },
      };
  }
  const s = SAYING_RE.exec(m);
  if (!s) return null;
  // "Rep. Dana Kowalczyk, D-Green Bay, went further on Tuesday, writing that C"
  // The longer of the two readings: "The Commission on Audit", "Sporting director Hannah Brekke".
  const leadLen = Math.max(LEAD_NP_RE.exec(m)?.[0].length ?? 0, leadingNp(m));
  if (!leadLen) return null;
  const npText = m.slice(0, leadLen).trim();
  if (!isNounPhrase(npText)) return null;
  const [clean, off] = cleanNp(npText);
  const [cs, ce] = trimRange(m, s.index + s[0].length, m.length);
  if (contentWords(m, cs, ce) < 3) return null;
  return {
    np: { start: off, end: off + clean.length },
    verb: s[1] ?? "saying",
    pattern: "said-that",
    contents: [{ start: cs, end: ce, verb: s[1] ?? "saying", pattern: "said-that" }],
    mainClause: { start: 0, end: s.index },
  };
}
