/** Helpers shared by the attribution rules: chunks, ranges, modifiers and noun phrases. */
import { isNounPhrase, opensNamedParticipialPhrase, opensParticipialPhrase } from "../claimants";
import {
  ADDED_REPORT_ALT,
  AUXILIARIES,
  COORDINATORS,
  DATE_WORDS,
  DAY_PART_ALT,
  DETERMINERS,
  EVENT_ALT,
  INTRO_WORDS,
  LEAD_PARTICLE_ALT,
  MONTH_ALT,
  NP_STOPWORDS,
  OCCASION_ALT,
  PAST_FORMS,
  PERIOD_ALT,
  PLATFORM_ALT,
  PUBLISHING_ALT,
  REGION_ADJECTIVE_ALT,
  SEASON_ALT,
  VERB_ADVERB_ALT,
  WEEKDAY_ALT,
} from "../lexicon";
import { isRegexSpace, trimEndWhile, wordCount } from "../text";

const SEP_RE = /[,;:](?:\s+|$)|[”"»](?:\s+|$)|\s+[—–]\s+/gu;
/** Time phrases, platforms and occasions after a reporting verb ("said on Tuesday in a statement"). */
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
  // A programme on an outlet: "on MSNBC’s “Morning Joe”", "on Fox News' “Hannity”" (a title
  // of 30 characters at most, as after a whole quote).
  /^\s*(?:on|in)\s+(?:the\s+)?\p{Lu}[\p{L}\p{M}.&'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.&'’-]*){0,3}\s+[“"][^”"]{1,30}[”"]/u,
];
/** ", adding that C" right after the cue. */
export const ADDING_START_RE = new RegExp(
  `^\\s*,\\s*(${ADDED_REPORT_ALT})\\b(?!\\s+to\\s)\\s*(?:that\\s+)?`,
  "u",
);
const LEAD_WORD_RE = /\S+/gu;
/** Lower-case words inside a leading noun phrase ("Head of Research", "Abu al-Hassan"). */
const LEAD_LINK_RE = new RegExp(`^(?:of|for|at|from|and|&|${LEAD_PARTICLE_ALT})$`, "u");
const TRAILING_PP_RE =
  /^\s+(?:at|in|on|outside|from|during|after|before|inside|near)\s+[^,;:"“”]{1,40}?[.!?]?["”’]?\s*$/u;

/** Length of the noun phrase at the start of `text` (determiners, names, nouns), 0 if none. */
export function leadingNp(text: string): number {
  LEAD_WORD_RE.lastIndex = 0;
  let end = 0;
  let n = 0;
  for (let w = LEAD_WORD_RE.exec(text); w; w = LEAD_WORD_RE.exec(text)) {
    const word = w[0];
    const lw = word.toLowerCase();
    const cap = /^\p{Lu}/u.test(word);
    if (n > 0 && !cap && !LEAD_LINK_RE.test(lw) && !isNounPhrase(lw)) break;
    if (n === 0 && !cap && !DETERMINERS.has(lw)) return 0;
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
export function lastTwoWordsStart(s: string): number {
  let i = s.length;
  for (let word = 0; word < 2; word++) {
    while (i > 0 && isRegexSpace(s.charCodeAt(i - 1))) i--;
    while (i > 0 && !isRegexSpace(s.charCodeAt(i - 1))) i--;
  }
  return i;
}

const TIME_DETERMINED_RE = new RegExp(
  `^(?:this|last)\\s+(?:(?:${PERIOD_ALT}|${WEEKDAY_ALT}|${MONTH_ALT}|${SEASON_ALT}|${DAY_PART_ALT})\\b|time\\b)`,
  "iu",
);

/** Time words after an amount: "Minutes later", "Days before the vote". */
const TIME_AFTER_RE = /^(?:later|earlier|after|before|ago)$/u;

/**
 * "Shortly after the call ended", "Minutes later": the first word (lower case) leads into an
 * opening, an adverb before an opening word or an amount of time before a time word.
 */
function leadsIntoOpening(first: string, second: string): boolean {
  return (/^\p{L}{3,}ly$/u.test(first) && INTRO_WORDS.has(second)) || TIME_AFTER_RE.test(second);
}

/**
 * Is this prefix only phrases that open a sentence before its subject ("On Tuesday,", "Faced
 * with the vote, in Ohio,")? Each comma part must be one: "Since the vote, agents will act"
 * holds a clause of its own.
 */
export function isIntro(prefix: string): boolean {
  const t = prefix.trim();
  // Without its trailing , ; : and spaces (/[,;:\s]+$/, read back from the end).
  const p = t.slice(0, trimEndWhile(t, 0, t.length, isSeparatorOrSpace));
  if (!p) return true;
  // "Wednesday on Harbour Radio's “Morning Call,”": a programme's title, after its outlet, is
  // where the words were said, as "on Harbour Radio" is.
  const title = PROGRAMME_TITLE_END_RE.exec(p);
  if (title) return isIntro(p.slice(0, title.index));
  // A quote is no opening, unless it is inside a participial phrase ("Bemoaning the “phony
  // system,” Trump said"); "According to “The Trumps,” by …" names a source, no opening.
  if (p.includes("xxx") && (!opensParticipialPhrase(p.split(/\s+/u)) || /^according\b/iu.test(p)))
    return false;
  return p.split(/,\s+/u).every(isIntroPart);
}

/**
 * A masked programme title after its outlet, closing an opening: "on Harbour Radio's “xxxx”",
 * "on the Civic channel’s “xxxx”" (a capitalised word and up to three more, a possessive, a
 * title of at most 40 characters). Without the outlet a quote after "on" may be anything ("a
 * question on the “xxxx”").
 */
const PROGRAMME_TITLE_END_RE =
  /(?:^|\s)[Oo]n\s+(?:the\s+)?\p{Lu}[\p{L}\p{M}.&-]*(?:\s+[\p{L}\p{M}.&-]+){0,3}?(?:’s|'s)\s+[“"]x{1,40}[”"]$/u;

function isSeparatorOrSpace(c: number): boolean {
  return c === 44 || c === 59 || c === 58 || isRegexSpace(c);
}

function isIntroPart(p: string): boolean {
  // Split once: its first, second and all words are read below.
  const ws = p.split(/\s+/);
  const first = (ws[0] ?? "").toLowerCase();
  // "But on Tuesday," opens; "But California has seen a surge" is content: the conjunction
  // joins, the words after it decide.
  if (COORDINATORS.has(first)) {
    const rest = p.slice(first.length).trim();
    return rest === "" || isIntroPart(rest);
  }
  // "This week", "Last month": a time; "This has been a concern" is a clause.
  if (first === "this" || first === "last") return TIME_DETERMINED_RE.test(p);
  if (INTRO_WORDS.has(first)) return true;
  const second = (ws[1] ?? "").toLowerCase();
  if (leadsIntoOpening(first, second)) return isIntroPart(p.slice(p.indexOf(" ") + 1));
  // "Wednesday on Fox News's “Hannity,” Gingrich said": a date opens a time phrase.
  if (DATE_WORDS.has(first)) return true;
  // "Faced with the latest obstacle, X said": a participial phrase; also before a name, when
  // the phrase goes on in lower case ("Watching Trump talk about unity, Reed said").
  if (opensParticipialPhrase(ws)) return true;
  if (opensNamedParticipialPhrase(ws)) return true;
  if (ws.length <= 3 && !ws.some((w) => NP_STOPWORDS.has(w.toLowerCase()))) return true;
  return false;
}

/**
 * Do these words start an opening rather than a subject: an opening word ("In", "After"), an
 * adverb before one ("Shortly after"), an amount of time ("Minutes later")?
 */
export function startsOpening(text: string): boolean {
  const [w1 = "", w2 = ""] = text.toLowerCase().split(/[\s,;:]+/u, 2);
  return INTRO_WORDS.has(w1) || leadsIntoOpening(w1, w2);
}

export interface Chunk {
  s: number;
  e: number;
}

export function chunksOf(text: string, base: number): { chunks: Chunk[]; closed: boolean } {
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

export function trimRange(m: string, s: number, e: number): [number, number] {
  let a = s;
  let b = e;
  while (a < b && /[\s,;:]/u.test(m.charAt(a))) a++;
  while (b > a && /[\s,;:—–-]/u.test(m.charAt(b - 1))) b--;
  return [a, b];
}

export function skipModifiers(m: string, from: number): number {
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

export function isEnd(m: string, i: number): boolean {
  const rest = m.slice(i);
  if (/^[\s.!?”"’»)]*$/u.test(rest)) return true;
  // A short place/occasion phrase closing the sentence: "... she told reporters at city hall."
  return TRAILING_PP_RE.test(rest) && wordCount(rest) <= 6;
}

/**
 * The range holds a masked quote ("x") and otherwise only quote marks, punctuation and
 * whitespace. A scan; same as stripping [\s,.;:!?] and testing /^[“”"«»x]+$/ plus an "x".
 */
export function quoteCovers(m: string, s: number, e: number): boolean {
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

export function looseNp(np: string): boolean {
  const ws = np.trim().split(/\s+/);
  if (ws.length === 0 || ws.length > 16 || np.includes("xxx")) return false;
  return !ws.some((w) => NP_STOPWORDS.has(w.toLowerCase()) && !/^\p{Lu}{2,}$/u.test(w));
}

/** Words of a content, a masked quote of some length counting as the few words it hides. */
export function contentWords(m: string, s: number, e: number): number {
  return wordCount(m.slice(s, e).replace(/x{10,}/gu, "x x x"));
}

/** Some word of `text` could be a finite verb: an auxiliary, a past form, -ed, -s, n't. */
export function hasVerbLike(text: string): boolean {
  for (const raw of text.split(/\s+/u)) {
    const w = raw.replace(/[^\p{L}'’]+/gu, "").replace(/’/gu, "'");
    if (w === "" || w !== w.toLowerCase()) continue;
    if (AUXILIARIES.has(w) || PAST_FORMS.has(w) || w.includes("'")) return true;
    if (w.length > 3 && (w.endsWith("ed") || w.endsWith("s"))) return true;
  }
  return false;
}
