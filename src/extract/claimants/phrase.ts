/**
 * Claimant phrases as the attribution rules see them: cleaned edges (cleanNp), comma parts
 * (npParts), and the tests for a subject (isNounPhrase) and an apposition (isApposition).
 */
import {
  COLLEAGUE_ALT,
  COMPARATIVE_QUANTIFIERS,
  DETERMINERS,
  DOC_NOUNS,
  DOCUMENT_HEADS,
  GROUP_NOUNS,
  INTRO_WORDS,
  NAME_SUFFIX_ALT,
  NOT_PARTICIPLES,
  NP_LINK_WORDS,
  NP_STOPWORDS,
  OBJECT_PRONOUNS,
  PARTICIPLE_PARTICLES,
  PERIOD_ALT,
  PHRASE_OPENER_ALT,
  POST_NOMINALS,
  PRONOUNS,
  QUANTIFIER_ALT,
  SUBJECT_OCCASION_ALT,
  SUBJECT_TRAILER_ALT,
  WEEKDAY_ALT,
} from "../lexicon";
import { isRegexSpace, trimEndWhile } from "../text";
import { bare, isCapToken, isSourceNoun } from "./tokens";

const LEADING_PREPOSITION_RE = new RegExp(`^(?:${PHRASE_OPENER_ALT})\\s`, "u");
const TRAILING_NOISE_RE = new RegExp(
  `(?:\\s+(?:${SUBJECT_TRAILER_ALT}|(?:${WEEKDAY_ALT})\\b|on\\s+\\p{Lu}\\p{Ll}+day|(?:released|published|issued|out|conducted|unveiled|filed|aired)\\s+(?:on\\s+|last\\s+|this\\s+)?\\p{Lu}\\p{Ll}+day|on\\s+\\p{Lu}\\p{Ll}+\\.?\\s+\\d{1,2}|(?:last|this|next|earlier this|late last|early last)\\s+(?:${PERIOD_ALT}|\\p{Lu}\\p{Ll}+day)|in\\s+(?:a|an|the|its|his|her|their)\\s+(?:[\\p{L}'’-]+\\s+){0,3}(?:${SUBJECT_OCCASION_ALT})))+$`,
  "u",
);
/** A pronoun with its verb contracted on: "he’s (predicted)", "they’ve", "she’d". */
const CONTRACTED_PRONOUN_RE =
  /^((?:[Hh]e|[Ss]he|[Ii]t|[Tt]hey|[Ww]e|I|[Yy]ou))['’](?:s|re|ve|d|ll)$/u;

/** A party and state after a name: "(D-N.Y.)", "(R)", "(Tex.)" (not an acronym: "(AP)"). */
const PARTY_STATE_PAREN_RE = /\s*\((?:[DRI](?:-\p{Lu}[\p{L}.]*)?|\p{Lu}\p{Ll}+\.)\)$/u;
/** "(D-MA)", "(R-Ohio)", "(D-N.Y.)": only a party and state, which names no one. */
export function isPartyStateParen(text: string): boolean {
  return text.startsWith("(") && PARTY_STATE_PAREN_RE.test(text);
}
const LEADING_CONJ_RE = /^(?:and|but|yet|so|still|however|meanwhile|instead|also|then)\s*,?\s+/iu;
// Case-sensitive: "WHO officials" is the World Health Organization's.
const RELATIVE_RE = /^(?:[Ww]ho|[Ww]hich|[Ww]hose|[Ww]hom|[Ww]here|[Ww]hen)\b/u;
const AGE_RE = /^\d{1,3}$/;
const PARTY_STATE_RE = /^\p{Lu}-\p{Lu}[\p{L}.]*$/u;
const NAME_SUFFIX_RE = new RegExp(`^(?:${NAME_SUFFIX_ALT})\\.?$`, "u");
/** "One of them": the people the article was just talking about. */
export const OF_THEM_RE = new RegExp(`^(?:${QUANTIFIER_ALT})\\s+of\\s+(?:them|those)$`, "iu");
/** "Dr Ingrid Solberg … and her colleagues": the named lead speaks for them. */
export const AND_COLLEAGUES_RE = new RegExp(
  `\\s+and\\s+(?:his|her|their)\\s+(?:${COLLEAGUE_ALT})$`,
  "u",
);

/** Drop post-nominal letters ending a name ("Helen Okafor KC", "Jane Doe MP, PhD"). */
export function stripPostNominals(words: string[]): string[] {
  let n = words.length;
  while (n > 1) {
    const w = (words[n - 1] ?? "").replace(/[.,;:]/g, "");
    if (!POST_NOMINALS.has(w)) break;
    n--;
  }
  return n === words.length ? words : words.slice(0, n);
}

/** Split a noun phrase into comma parts, dropping ages, "R-Ky." and relative clauses. */
export function npParts(np: string): string[] {
  const parts: string[] = [];
  for (const raw of np.split(/\s*,\s+|\s*,$/)) {
    const p = raw.trim();
    if (!p) continue;
    if (AGE_RE.test(p) || PARTY_STATE_RE.test(p) || RELATIVE_RE.test(p)) continue;
    if (parts.length > 0 && stripPostNominals(["x", ...p.split(/\s+/)]).length === 1) continue;
    if (parts.length > 0 && NAME_SUFFIX_RE.test(p)) {
      parts[parts.length - 1] = `${parts[parts.length - 1]} ${p}`;
      continue;
    }
    // "Rep. Jo Park (D-S.C.), a member of …": the party and state go with the part they end.
    const named = p.endsWith(")") ? p.replace(PARTY_STATE_PAREN_RE, "") : p;
    parts.push(named.replace(/\s+(?:who|which|whose)\s.*$/u, ""));
  }
  return parts;
}

function isSpaceOrListMark(c: number): boolean {
  return c === 44 || c === 59 || c === 58 || isRegexSpace(c);
}

/** Clean the edges of a claimant phrase. Returns [text, offsetOfTextInInput]. */
export function cleanNp(np: string): [string, number] {
  let s = np;
  let off = 0;
  const lead = /^[\s,;:"“”'‘’(—–-]+/u.exec(s);
  if (lead) {
    off += lead[0].length;
    s = s.slice(lead[0].length);
  }
  const conj = LEADING_CONJ_RE.exec(s);
  if (conj) {
    off += conj[0].length;
    s = s.slice(conj[0].length);
  }
  // /[\s,;:]+$/ by a scan from the end (V8 retries that regex from every position).
  s = s.slice(0, trimEndWhile(s, 0, s.length, isSpaceOrListMark));
  if (s.endsWith(")")) s = s.replace(PARTY_STATE_PAREN_RE, "");
  // "They’ll" is the longest it matches (7 characters).
  if (s.length <= 7) s = s.replace(CONTRACTED_PRONOUN_RE, "$1");
  // Only the tail can hold trailing adverbs and time phrases (keeps the regex cheap).
  const cut = s.length > 70 ? s.indexOf(" ", s.length - 70) : -1;
  s =
    cut > 0
      ? s.slice(0, cut) + s.slice(cut).replace(TRAILING_NOISE_RE, "")
      : s.replace(TRAILING_NOISE_RE, "");
  return [s, off];
}

const PARTICIPLE_RE = /^\p{Lu}\p{Ll}{2,}(?:ing|ed)$/u;

/**
 * Do these words open a participial phrase ("Faced with the latest obstacle", "Looking back at
 * the race", "Pressed on the point")? Such a phrase stands before the subject; it is none.
 */
export function opensParticipialPhrase(ws: readonly string[]): boolean {
  const next = ws[1] ?? "";
  const first = ws[0] ?? "";
  return (
    PARTICIPLE_RE.test(first) &&
    !NOT_PARTICIPLES.has(first.toLowerCase()) &&
    /^\p{Ll}+$/u.test(next) &&
    (NP_LINK_WORDS.has(next) || PARTICIPLE_PARTICLES.has(next) || DETERMINERS.has(next))
  );
}

/**
 * "Watching Trump talk about unity", "Praising Obama for his calm": a participle before a name,
 * with the phrase going on in lower case (not "Sterling Jewelers Inc").
 */
export function opensNamedParticipialPhrase(ws: readonly string[]): boolean {
  const first = ws[0] ?? "";
  return (
    ws.length >= 3 &&
    /^\p{Lu}\p{Ll}{2,}ing$/u.test(first) &&
    !NOT_PARTICIPLES.has(first.toLowerCase()) &&
    /^\p{Lu}/u.test(ws[1] ?? "") &&
    ws.slice(2).some((w) => /^\p{Ll}+$/u.test(w))
  );
}

const npMemo = new Map<string, boolean>();
const apposMemo = new Map<string, boolean>();

function memo(cache: Map<string, boolean>, key: string, fn: (s: string) => boolean): boolean {
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const v = fn(key);
  if (cache.size > 2000) cache.clear();
  cache.set(key, v);
  return v;
}

/** A plural or mass document head ("records", "polls", "data"), which needs no determiner. */
function isDocumentsHead(w: string): boolean {
  if (DOCUMENT_HEADS.has(w)) return /(?:[^s]s|data|research)$/u.test(w);
  return w.endsWith("s") && DOCUMENT_HEADS.has(w.slice(0, -1));
}

/** Is this phrase plausible as the subject of a reporting verb? */
export function isNounPhrase(np: string): boolean {
  return memo(npMemo, np, isNounPhraseUncached);
}

function isNounPhraseUncached(np: string): boolean {
  const [s] = cleanNp(np.replace(AND_COLLEAGUES_RE, ""));
  if (!s) return false;
  if (/["“”x]{3,}|[“”"]/u.test(s) && /xxx/.test(s)) return false;
  const parts = npParts(s);
  if (parts.length === 0) return false;
  const first = parts[0] ?? "";
  const ws = first.split(/\s+/);
  if (ws.length === 1 && PRONOUNS.has(first.toLowerCase())) return parts.length === 1;
  if (OF_THEM_RE.test(first)) return parts.length === 1;
  // "In Kayar", "On Tuesday": a place or time opening the sentence, not its subject.
  if (ws.length > 1 && LEADING_PREPOSITION_RE.test(first)) return false;
  if (ws.length > 12) return false;
  // "However, one source said": a sentence adverb alone is no subject.
  if (ws.length === 1 && INTRO_WORDS.has(first.toLowerCase()) && !/^\p{Lu}{2,}$/u.test(first))
    return false;
  if (opensParticipialPhrase(ws)) return false;
  let hasNoun = false;
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i] ?? "";
    const lw = bare(w);
    // An acronym is a name even when it spells a word ("the WHO", "US").
    const acronym = /^\p{Lu}{2,}$/u.test(w);
    // "her lawyer", "people close to her campaign": "her" before a word, opening the phrase or
    // after a preposition, is its possessive determiner, like "his".
    const afterLink = i > 0 && NP_LINK_WORDS.has(bare(ws[i - 1] ?? ""));
    const possessive = lw === "her" && i < ws.length - 1 && (i === 0 || afterLink);
    // "a source close to her", "people familiar with them": the preposition's object.
    const object = afterLink && i === ws.length - 1 && OBJECT_PRONOUNS.has(lw);
    // "More than half of the voters", "Fewer than 40 percent": a quantity, not a clause.
    const quantity = i === 1 && lw === "than" && COMPARATIVE_QUANTIFIERS.has(bare(ws[0] ?? ""));
    if (
      !acronym &&
      !possessive &&
      !object &&
      !quantity &&
      (NP_STOPWORDS.has(lw) || PRONOUNS.has(lw) || lw === "but")
    )
      return false;
    // A finite verb inside: "declined to", "rejected the", "planned to".
    if (
      i > 0 &&
      /^\p{Ll}+ed$/u.test(w) &&
      /^(?:to|the|a|an|that|his|her|its|their|our)$/u.test(ws[i + 1] ?? "")
    )
      return false;
    // "the maker cut its forecast": a verb before a determiner (prepositions and participles
    // are fine: "people close to the talks", "lawyers representing the family").
    if (
      i > 0 &&
      /^\p{Ll}+$/u.test(w) &&
      !w.endsWith("ing") &&
      !NP_LINK_WORDS.has(w) &&
      /^(?:the|a|an|his|her|its|their|our|my|your)$/u.test(ws[i + 1] ?? "")
    )
      return false;
    if (/^[“”"]|[“”"]$/u.test(w)) return false;
    if (isCapToken(w) || isSourceNoun(lw) || DOC_NOUNS.has(lw) || isDocumentsHead(lw))
      hasNoun = true;
  }
  if (!hasNoun) return false;
  const fw = ws[0] ?? "";
  if (!isCapToken(fw)) {
    const lf = bare(fw);
    const ok =
      DETERMINERS.has(lf) ||
      lf === "one" ||
      lf === "its" ||
      lf === "his" ||
      lf === "her" ||
      lf === "their" ||
      GROUP_NOUNS.has(lf) ||
      ws.some((w, i) => i > 0 && isCapToken(w)) ||
      // "fire officials", "health ministry staff": noun modifiers before a source noun.
      (ws.length <= 4 && isSourceNoun(bare(ws[ws.length - 1] ?? ""))) ||
      // "records show", "fundraising documents show", "new filings showed", "polls suggest".
      (ws.length <= 4 && isDocumentsHead(bare(ws[ws.length - 1] ?? "")));
    if (!ok) return false;
  }
  return true;
}

/** Apposition-like chunk: "head of Iraq's Military Intelligence", "58", "who rarely gives interviews". */
export function isApposition(chunk: string): boolean {
  return memo(apposMemo, chunk, isAppositionUncached);
}

function isAppositionUncached(chunk: string): boolean {
  const s = chunk.trim();
  if (!s) return false;
  if (AGE_RE.test(s) || PARTY_STATE_RE.test(s)) return true;
  if (RELATIVE_RE.test(s)) return s.split(/\s+/).length <= 25;
  // "speaking on condition of anonymity because …", "in a statement on Monday": an aside.
  if (LEADING_PREPOSITION_RE.test(s)) return s.split(/\s+/).length <= 20;
  const core = s.replace(/\s+(?:who|which|whose)\s.*$/u, "");
  const ws = core.split(/\s+/);
  if (ws.length > 14) return false;
  for (const w of ws) {
    const lw = bare(w);
    if (NP_STOPWORDS.has(lw) && lw !== "who" && lw !== "which") return false;
    if (PRONOUNS.has(lw)) return false;
  }
  return true;
}
