/**
 * Claimant noun phrases -> one canonical entity per article.
 *
 * A claimant mention is analysed into a pronoun, a proper name (titles stripped, appositions
 * kept as description) or an unnamed source (a role, organisation or group noun). Mentions are
 * resolved in text order against the entities seen so far:
 * - names by full match, token subset ("Lt. Gen. Allaq" -> "Saad al-Allaq") or acronym;
 * - role nouns by their head ("the general", "Iraq's spy chief") against titles, descriptions
 *   and names of earlier entities, never across countries;
 * - pronouns by recency among compatible kinds ("he" skips countries and organisations).
 * Unnamed person/organisation descriptors that match nothing (the lede's "an Iraqi spy chief")
 * are deferred and resolved at the end, when the article has named its sources.
 */
import {
  COLLEAGUE_ALT,
  COMPANY_DESCRIPTION_HEAD_ALT,
  COMPANY_RELATION_NOUNS,
  COMPANY_SUFFIX_ALT,
  COMPANY_VERB_ALT,
  COUNTRY_HINTS,
  COUNTRY_NAMES,
  DEMONYM_NOUN_ALT,
  DETERMINERS,
  DOC_NOUNS,
  DOCUMENT_MAKING_ALT,
  DOCUMENT_READING_ALT,
  FEMALE_GIVEN_NAMES,
  FEMALE_WORDS,
  GENERIC_DESCRIPTOR_HEADS,
  GENERIC_ORG_HEADS,
  GROUP_NOUNS,
  INTRO_WORDS,
  MALE_GIVEN_NAMES,
  MALE_WORDS,
  MEDIA_NAMES,
  NAME_PARTICLES,
  NAME_SUFFIX_ALT,
  NP_LINK_WORDS,
  NP_STOPWORDS,
  ORG_NAME_LINK_ALT,
  ORG_NAME_WORDS,
  ORG_NOUNS,
  OUTLET_ALT,
  PARTITIVE_ALT,
  PERIOD_ALT,
  PERSON_ROLE_NOUNS,
  PHRASE_OPENER_ALT,
  POLICE_FORCE_NAMES,
  POST_NOMINALS,
  PRONOUNS,
  QUALIFIER_TITLE_WORDS,
  QUANTIFIER_ALT,
  ROLE_FALLBACKS,
  SPOKESPERSON_NOUNS,
  SUBJECT_OCCASION_ALT,
  SUBJECT_TRAILER_ALT,
  SYNONYMS,
  TITLE_HEADS,
  TITLE_WORDS,
  UNNAMED_SOURCE_HEADS,
  WEAK_PARTICLES,
} from "./lexicon";
import { fold, tokens } from "./text";

export type EntityKind = "person" | "org" | "country" | "group" | "unknown";

export interface Entity {
  id: number;
  kind: EntityKind;
  /** Proper names seen for this entity, titles stripped, as written. */
  names: string[];
  /** fold() of each of `names`, same order (compared on every name resolution). */
  foldedNames: string[];
  /** For unnamed sources: the noun phrase as written without leading determiner. */
  label: string | null;
  description: string | null;
  titleText: string | null;
  /** Folded, synonym-normalised tokens of titles, role words and descriptions. */
  roleTokens: Set<string>;
  /** Folded tokens of names / label (particles removed). */
  nameTokens: Set<string>;
  /** roleTokens plus normalised nameTokens: what a role description may match. */
  pool: Set<string>;
  countryCode: string | null;
  firstPos: number;
  lastPos: number;
  /** Unnamed descriptor waiting for the article to name it. */
  deferred: "person" | "org" | null;
  /** Head noun of an unnamed source ("chief" in "Iraq's spy chief"), normalised. */
  headNoun: string | null;
  inHeadline: boolean;
  mergedInto: Entity | null;
  /** From titles and gendered role nouns ("Ms", "councilwoman") or an earlier he/she. */
  gender: "f" | "m" | null;
}

const CODE_TO_NAME = new Map<string, string>();
for (const [_name, info] of COUNTRY_NAMES)
  if (!CODE_TO_NAME.has(info.code)) CODE_TO_NAME.set(info.code, fold(info.name));
const LEADING_PREPOSITION_RE = new RegExp(`^(?:${PHRASE_OPENER_ALT})\\s`, "u");

/** "retired pharmacist Walter Greene": up to three lower-case words, then a capitalised name. */
const ROLE_THEN_NAME_RE =
  /^(?:[\p{L}.-]+\s+){0,5}\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*)+$/u;

/** "Kenji Moriyama of Trident Securities": a name, then the organisation it works for. */
const ROLE_NAME_OF_ORG_RE =
  /^(?:[\p{L}.-]+\s+){0,3}\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*)+\s+(?:of|at)\s+(?:the\s+)?\p{Lu}.*$/u;

const COMPANY_NAME = "(\\p{Lu}[\\p{L}\\p{M}&.'’-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}&.'’-]*){0,3})";
const SHARES_OF_RE = new RegExp(
  `\\b((?:\\p{Lu}[\\p{L}\\p{M}&'’-]*\\s+){1,3}(?:${COMPANY_SUFFIX_ALT}))\\b(?!\\s+\\p{Lu})|\\b[Ss]hares\\s+(?:of|in)\\s+(?:the\\s+)?${COMPANY_NAME}|${COMPANY_NAME},\\s+(?:the|a)\\s+(?:[\\p{L}-]+\\s+){0,4}(?:${COMPANY_DESCRIPTION_HEAD_ALT})\\b`,
  "gu",
);
const DEMONYM_NOUN_RE = new RegExp(`^(?:${DEMONYM_NOUN_ALT})$`, "u");
const FORCE_LABEL_RE = /^(?:police|(?:the\s+)?force|police force)$/iu;

// The acronym may hold lower-case letters ("ADoP", "MoH") but starts and ends in capitals.
const ACRONYM_DEFINED_RE =
  /^((?:the\s+)?\p{Lu}.*\S)\s+\((\p{Lu}(?:[\p{L}\p{N}&.-]{0,8}\p{Lu}))\)$/u;
const NAME_BEFORE_VERB_RE = new RegExp(
  `^(?:[\\p{L}'’-]+\\s+){0,6}?(\\p{Lu}[\\p{L}\\p{M}'’&.-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’&.-]*){0,4})\\s+(?:will|would|has|have|had|is|was|are|were|${COMPANY_VERB_ALT}|could|may|might|can)\\b`,
  "u",
);
const LEADING_NAME_RE =
  /^\p{Lu}[\p{L}\p{M}'’&.-]*(?:\s+(?:&\s+)?\p{Lu}[\p{L}\p{M}'’&.-]*){0,4}(?=\s+\p{Ll})/u;
const TRAILING_NOISE_RE = new RegExp(
  `(?:\\s+(?:${SUBJECT_TRAILER_ALT}|on\\s+\\p{Lu}\\p{Ll}+day|on\\s+\\p{Lu}\\p{Ll}+\\.?\\s+\\d{1,2}|(?:last|this|next|earlier this|late last|early last)\\s+(?:${PERIOD_ALT}|\\p{Lu}\\p{Ll}+day)|in\\s+(?:a|an|the|its|his|her|their)\\s+(?:[\\p{L}'’-]+\\s+){0,3}(?:${SUBJECT_OCCASION_ALT})))+$`,
  "u",
);
const LEADING_CONJ_RE = /^(?:and|but|yet|so|still|however|meanwhile|instead|also|then)\s*,?\s+/iu;
// Case-sensitive: "WHO officials" is the World Health Organization's.
const RELATIVE_RE = /^(?:[Ww]ho|[Ww]hich|[Ww]hose|[Ww]hom|[Ww]here|[Ww]hen)\b/u;
const AGE_RE = /^\d{1,3}$/;
const PARTY_STATE_RE = /^\p{Lu}-\p{Lu}[\p{L}.]*$/u;
const POSSESSIVE_END_RE = /['’]s?$/u;

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

/** Gender marked by titles or role words ("Mrs", "Councilwoman", "chairman"), else null. */
export function genderOf(text: string | null | undefined): "f" | "m" | null {
  if (!text) return null;
  let g: "f" | "m" | null = null;
  for (const t of tokens(text)) {
    const w = t.replace(/\./g, "");
    const f = FEMALE_WORDS.has(w);
    const m = MALE_WORDS.has(w);
    if (f && g === "m") return null;
    if (m && g === "f") return null;
    if (f) g = "f";
    else if (m) g = "m";
  }
  return g;
}

function isSourceNoun(w: string): boolean {
  const sg = singular(w);
  return (
    GROUP_NOUNS.has(w) ||
    ORG_NOUNS.has(w) ||
    ORG_NOUNS.has(sg) ||
    PERSON_ROLE_NOUNS.has(w) ||
    PERSON_ROLE_NOUNS.has(sg)
  );
}

/** "Rachel Reeves" -> "f": a given name that is almost always a woman's or a man's. */
function givenNameGender(name: string): "f" | "m" | null {
  const first = name.split(/\s+/);
  if (first.length < 2) return null;
  const given = fold(first[0] ?? "");
  if (FEMALE_GIVEN_NAMES.has(given)) return "f";
  if (MALE_GIVEN_NAMES.has(given)) return "m";
  return null;
}

function singular(w: string): string {
  if (w.length > 4 && w.endsWith("ies")) return `${w.slice(0, -3)}y`;
  if (w.length > 3 && w.endsWith("s") && !w.endsWith("ss")) return w.slice(0, -1);
  return w;
}

/**
 * norm() table: demonyms and capitals -> folded country name, then synonyms. A Map, because
 * indexing the SYNONYMS object with a freshly sliced word costs a string-table look-up (~70 ns).
 */
const NORM = new Map<string, string>();
for (const [w, v] of Object.entries(SYNONYMS)) NORM.set(w, v);
for (const [w, info] of COUNTRY_HINTS) NORM.set(w, fold(info.name));
/** SYNONYMS[w] also finds Object.prototype members ("constructor"); norm keeps that behaviour. */
const PROTOTYPE_KEYS = new Set(Object.getOwnPropertyNames(Object.prototype));

function norm(w: string): string {
  const hit = NORM.get(w);
  if (hit !== undefined) return hit;
  return PROTOTYPE_KEYS.has(w) ? (SYNONYMS[w] ?? w) : w;
}

/** ROLE_FALLBACKS, normalised: head -> the head to try when nothing fits. */
const ROLE_FALLBACK = new Map<string, string>();
for (const [head, other] of Object.entries(ROLE_FALLBACKS))
  ROLE_FALLBACK.set(norm(head), norm(other));

const ORG_NAME_LINK_RE = new RegExp(`^(?:${ORG_NAME_LINK_ALT})$`, "u");

const roleMemo = new Map<string, string[]>();

/** Folded, synonym-normalised content tokens of a phrase (stopwords dropped). */
export function roleTokensOf(s: string): string[] {
  const hit = roleMemo.get(s);
  if (hit) return hit;
  const out = roleTokensUncached(s);
  if (roleMemo.size > 1000) roleMemo.clear();
  roleMemo.set(s, out);
  return out;
}

function roleTokensUncached(s: string): string[] {
  const out: string[] = [];
  for (const t of tokens(s)) {
    if (t.length < 2 || t === "s" || DETERMINERS.has(t) || NAME_PARTICLES.has(t)) continue;
    if (t === "in" || t === "at" || t === "on" || t === "from" || t === "with" || t === "to")
      continue;
    out.push(norm(t));
    const sg = singular(t);
    if (sg !== t) out.push(norm(sg));
  }
  return out;
}

function countryOfTokens(ts: Iterable<string>): string | null {
  for (const t of ts) {
    const c = COUNTRY_NAMES.get(t) ?? COUNTRY_HINTS.get(t);
    if (c) return c.code;
  }
  return null;
}

/** Country code for a name or phrase ("Turkey" -> TR, "Polish football federation" -> PL). */
export function countryCodeOf(s: string): string | null {
  const f = fold(s).replace(/'s\b/g, "");
  const whole = COUNTRY_NAMES.get(f) ?? COUNTRY_HINTS.get(f);
  if (whole) return whole.code;
  const ts = f.match(/[a-z.]+/g) ?? [];
  for (let i = 0; i < ts.length; i++) {
    const two = i + 1 < ts.length ? `${ts[i]} ${ts[i + 1]}` : "";
    const c2 = two ? (COUNTRY_NAMES.get(two) ?? COUNTRY_HINTS.get(two)) : undefined;
    if (c2) return c2.code;
    const t = ts[i] ?? "";
    const c = COUNTRY_NAMES.get(t) ?? COUNTRY_HINTS.get(t);
    if (c) return c.code;
  }
  return null;
}

export interface NpAnalysis {
  type: "pronoun" | "name" | "common";
  pronoun?: string;
  /** Proper name without titles, as written. */
  name?: string;
  titles?: string;
  /** Unnamed source as written, without leading determiners. */
  label?: string;
  head?: string;
  definite?: boolean;
  startsWithThe?: boolean;
  description: string | null;
  kind: EntityKind;
  /** "A Nordair spokeswoman" speaks for this organisation. */
  speaksFor?: NpAnalysis;
  /** "one of the people", "the ministry's bulletin": resolve this phrase instead. */
  redirect?: string;
  /** "the report said": a document, resolved to a recent organisation. */
  document?: boolean;
  /** "Alpine Glacier Monitoring Network (AGMN)": the acronym defined beside the name. */
  acronym?: string;
}

function isCapToken(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (/^[a-z]{1,3}-\p{Lu}/u.test(t)) return true; // al-Allaq
  const ch = t.charAt(0);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function bare(t: string): string {
  let e = t.length;
  while (e > 0) {
    const c = t.charCodeAt(e - 1);
    if (c === 46 || c === 44 || c === 59 || c === 58) e--;
    else break;
  }
  if (e > 1 && (t.charCodeAt(e - 1) === 0x73 || t.charCodeAt(e - 1) === 0x53)) {
    const q = t.charCodeAt(e - 2);
    if (q === 39 || q === 0x2019) e -= 2;
  } else if (e > 0 && (t.charCodeAt(e - 1) === 39 || t.charCodeAt(e - 1) === 0x2019)) e--;
  return fold(e === t.length ? t : t.slice(0, e));
}

const NAME_SUFFIX_RE = new RegExp(`^(?:${NAME_SUFFIX_ALT})\\.?$`, "u");
/** "One of them": the people the article was just talking about. */
const OF_THEM_RE = new RegExp(`^(?:${QUANTIFIER_ALT})\\s+of\\s+(?:them|those)$`, "iu");

/** Split a noun phrase into comma parts, dropping ages, "R-Ky." and relative clauses. */
function npParts(np: string): string[] {
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
    parts.push(p.replace(/\s+(?:who|which|whose)\s.*$/u, ""));
  }
  return parts;
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
  s = s.replace(/[\s,;:]+$/u, "");
  // Only the tail can hold trailing adverbs and time phrases (keeps the regex cheap).
  const cut = s.length > 70 ? s.indexOf(" ", s.length - 70) : -1;
  s =
    cut > 0
      ? s.slice(0, cut) + s.slice(cut).replace(TRAILING_NOISE_RE, "")
      : s.replace(TRAILING_NOISE_RE, "");
  return [s, off];
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
  let hasNoun = false;
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i] ?? "";
    const lw = bare(w);
    // An acronym is a name even when it spells a word ("the WHO", "US").
    const acronym = /^\p{Lu}{2,}$/u.test(w);
    if (!acronym && (NP_STOPWORDS.has(lw) || PRONOUNS.has(lw) || lw === "but")) return false;
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
    if (isCapToken(w) || isSourceNoun(lw) || DOC_NOUNS.has(lw)) hasNoun = true;
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
      (ws.length <= 4 && isSourceNoun(bare(ws[ws.length - 1] ?? "")));
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

function nameKind(nameTokensRaw: string[], titles: string, premod: string): EntityKind {
  const folded = nameTokensRaw.map(bare);
  const joined = folded.join(" ");
  if (COUNTRY_NAMES.has(joined)) return "country";
  for (let i = 0; i < nameTokensRaw.length; i++) {
    const raw = nameTokensRaw[i] ?? "";
    const f = folded[i] ?? "";
    if (ORG_NAME_WORDS.has(f) || MEDIA_NAMES.has(f)) return "org";
    if (raw.length >= 2 && /^[\p{Lu}\d&.-]+$/u.test(raw) && /\p{Lu}{2}/u.test(raw)) return "org";
  }
  const roleWords = tokens(`${titles} ${premod}`);
  for (const w of roleWords) {
    if (TITLE_HEADS.has(w) || PERSON_ROLE_NOUNS.has(w)) return "person";
  }
  for (const w of roleWords) if (ORG_NOUNS.has(w)) return "org";
  if (nameTokensRaw.length >= 2) return "person";
  return "unknown";
}

const analysisMemo = new Map<string, NpAnalysis>();

/** Analyse one claimant phrase (results are shared: callers must not mutate them). */
export function analyzeNp(np: string): NpAnalysis {
  const hit = analysisMemo.get(np);
  if (hit) return hit;
  const a = analyzeNpUncached(np);
  if (analysisMemo.size > 1000) analysisMemo.clear();
  analysisMemo.set(np, a);
  return a;
}

function analyzeNpUncached(np: string): NpAnalysis {
  const [s] = cleanNp(np);
  // "Alpine Glacier Monitoring Network (AGMN)": the name, with its acronym as another name.
  const defined = ACRONYM_DEFINED_RE.exec(s);
  if (defined) {
    const inner = analyzeNpUncached(defined[1] ?? "");
    if (inner.type === "name") return { ...inner, acronym: defined[2] ?? "" };
  }
  const parts = npParts(s);
  if (parts.length === 0) return { type: "common", label: s, description: null, kind: "unknown" };
  const p0 = parts[0] ?? "";
  if (parts.length >= 1 && PRONOUNS.has(p0.toLowerCase())) {
    return { type: "pronoun", pronoun: p0.toLowerCase(), description: null, kind: "unknown" };
  }
  // Pick the part holding a proper name: a pure name part wins ("His lawyer, Rui Carvalho").
  let nameIdx = -1;
  for (let i = 0; i < parts.length; i++) {
    if (isPureName(parts[i] ?? "")) {
      nameIdx = i;
      break;
    }
  }
  if (nameIdx === -1) {
    // "One of those men, retired pharmacist Walter Greene": the part that names someone.
    nameIdx = 0;
    for (let i = 1; i < parts.length; i++) {
      const part = parts[i] ?? "";
      if (
        !(ROLE_THEN_NAME_RE.test(part) || ROLE_NAME_OF_ORG_RE.test(part)) ||
        /\b(?:by|from|and|to|in|on)\b|\d/u.test(part)
      )
        continue;
      const named = analyzeMain(parts[i] ?? "");
      if (named.type === "name" && named.kind !== "country" && named.kind !== "org") {
        nameIdx = i;
        break;
      }
    }
  }
  const main = parts[nameIdx] ?? "";
  const others = parts.filter((_, i) => i !== nameIdx);
  const description = others.length > 0 ? (others[0] ?? null) : null;
  // "Médecins Sans Frontières (MSF), which runs two clinics": the acronym beside the name.
  const definedInPart = ACRONYM_DEFINED_RE.exec(main);
  const a = definedInPart ? analyzeMain(definedInPart[1] ?? "") : analyzeMain(main);
  if (definedInPart && a.type === "name") a.acronym = definedInPart[2] ?? "";
  if (a.description === null) a.description = description;
  else if (description) a.description = description;
  if (a.type === "name" && description && !a.titles && a.kind !== "country") {
    // "Acme, the Oslo-listed maker of snacks": the apposition's head noun gives the kind.
    const k = descriptionKind(description);
    if (k !== null && k !== a.kind) return { ...a, kind: k };
  }
  return a;
}

const DESC_HEAD_RE =
  /^(?:(?:the|a|an|its|his|her|their)\s+)?((?:[^\s,]+\s+){0,4}?[^\s,]+?)(?:\s+(?:of|for|at|in|on|based|with|that|which|who|from|to)\b.*)?$/u;

/** Kind named by an apposition's head noun ("the Oslo-listed maker of snacks" -> org). */
function descriptionKind(desc: string): EntityKind | null {
  const r = DESC_HEAD_RE.exec(desc);
  if (!r) return null;
  const ws = (r[1] ?? "").split(/\s+/);
  const head = bare(ws[ws.length - 1] ?? "");
  const sg = singular(head);
  if (PERSON_ROLE_NOUNS.has(head) || PERSON_ROLE_NOUNS.has(sg)) return null;
  if (ORG_NOUNS.has(head) || ORG_NOUNS.has(sg)) return "org";
  return null;
}

function isPureName(part: string): boolean {
  // "the DWD": an acronym in apposition is a name.
  if (THE_ACRONYM_RE.test(part)) return true;
  const ws = part.split(/\s+/);
  if (ws.length === 0 || ws.length > 7) return false;
  let caps = 0;
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i] ?? "";
    if (isCapToken(w)) {
      if (i < ws.length - 1 && POSSESSIVE_END_RE.test(w) && /['’]/u.test(w)) return false;
      caps++;
      continue;
    }
    if (NAME_PARTICLES.has(w) && !WEAK_PARTICLES.has(w)) continue;
    return false;
  }
  if (caps === 0) return false;
  const first = bare(ws[0] ?? "");
  if (ws.length === 1 && (GROUP_NOUNS.has(first) || ORG_NOUNS.has(first) || DETERMINERS.has(first)))
    return false;
  if (first === "the") return false;
  return true;
}

/** A common-noun possessor: "vessel's operator" (not "Indonesia's meteorology agency"). */
const COMMON_POSSESSOR_RE = /^\p{Ll}[\p{L}-]*['’]s?\s/u;
const THE_ACRONYM_RE = /^the\s+\p{Lu}{2,}$/u;
const PARTITIVE_RE = new RegExp(
  `^(?:${PARTITIVE_ALT})\\s+of\\s+(?:the|those|these)\\s+(.+)$`,
  "iu",
);
const POSSESSIVE_DOC_RE = /^(.+?)['’]s?\s+(?:[\p{L}-]+\s+){0,3}?(\p{L}+)$/iu;

/**
 * A document and who made it: "a report published on Tuesday by the Alpine Glacier Network",
 * "figures from the Office for National Statistics" -> the maker.
 */
const DOC_SOURCE_RE = new RegExp(
  `^(?:[\\p{L}-]+\\s+){0,3}?(\\p{L}+)(?:\\s+(?:${DOCUMENT_MAKING_ALT}))?(?:\\s+(?:on|in|last|this|earlier)\\s+(?:[^\\s,]+\\s+){0,3}?)?\\s*\\b(?:by|from)\\s+((?:the\\s+)?\\p{Lu}.*|the\\s+\\S.*)$`,
  "u",
);

const AND_COLLEAGUES_RE = new RegExp(`\\s+and\\s+(?:his|her|their)\\s+(?:${COLLEAGUE_ALT})$`, "u");
const SEEN_BY_RE = new RegExp(
  `\\b(?:${DOCUMENT_READING_ALT})\\s+by\\s+(?:the\\s+\\p{Lu}|\\p{Lu}|this\\s+(?:${OUTLET_ALT}))`,
  "u",
);
const SEEN_BY_TAIL_RE = new RegExp(`\\s+(?:${DOCUMENT_READING_ALT})\\s+by\\s+.*$`, "u");
// Not a determiner, nor one capitalised adjective opening a sentence ("Legislative records").
const NAMED_DOC_RE =
  /^(?:[Tt]he\s+)?(?!(?:The|A|An|This|That|These|Those|Its|His|Her|Their|Our|New|Official)\s)((?!\p{Lu}\p{Ll}*(?:ive|al|ic|ary|ory|ous|ed|ing)\s+\p{Ll}+$)\p{Lu}[\p{L}\p{M}.&'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.&'’-]*){0,3})\s+(\p{Ll}+)$/u;

function analyzeMain(mainIn: string): NpAnalysis {
  // "Dr Ingrid Solberg of the Halvorsen Institute and her colleagues": the named lead.
  const main = mainIn.replace(AND_COLLEAGUES_RE, "");
  // "One of them said": the people the article was just talking about.
  if (OF_THEM_RE.test(main))
    return { type: "pronoun", pronoun: "they", description: null, kind: "unknown" };
  const part = PARTITIVE_RE.exec(main);
  if (part) return { type: "common", redirect: `the ${part[1]}`, description: null, kind: "group" };
  const ds = DOC_SOURCE_RE.exec(main);
  if (ds && DOC_NOUNS.has((ds[1] ?? "").toLowerCase()))
    return { type: "common", redirect: ds[2] ?? "", description: null, kind: "unknown" };
  // "procurement records reviewed by the Ledger": the outlet read them; the records are the source.
  if (SEEN_BY_RE.test(main))
    return {
      type: "common",
      label: main.replace(/^(?:the|a|an)\s+/iu, "").replace(SEEN_BY_TAIL_RE, ""),
      description: null,
      kind: "unknown",
    };
  // "FactStream data", "Eurostat figures": a named maker's document.
  const named = NAMED_DOC_RE.exec(main);
  if (
    named &&
    DOC_NOUNS.has((named[2] ?? "").toLowerCase()) &&
    !isSourceNoun(bare(named[1] ?? "")) // "Council minutes" stay minutes
  )
    return { type: "common", redirect: named[1] ?? "", description: null, kind: "unknown" };
  const pd = POSSESSIVE_DOC_RE.exec(main);
  if (pd && DOC_NOUNS.has((pd[2] ?? "").toLowerCase()))
    return { type: "common", redirect: pd[1] ?? "", description: null, kind: "unknown" };

  const ws = main.split(/\s+/);
  // Split the head from a prepositional post-modifier ("Analyst Park Yu-ak of Kiwoom Securities").
  let headEnd = ws.length;
  for (let i = 1; i < ws.length - 1; i++) {
    const w = ws[i] ?? "";
    if (!/^(?:of|at|from|for|in|with|on|based)$/.test(w)) continue;
    const left = bare(ws[i - 1] ?? "");
    const right = ws[i + 1] === "the" ? (ws[i + 2] ?? "") : (ws[i + 1] ?? "");
    if (
      w === "of" &&
      isCapToken(ws[i - 1] ?? "") &&
      isCapToken(right) &&
      (ORG_NAME_WORDS.has(left) || TITLE_HEADS.has(left) || TITLE_WORDS.has(left))
    )
      continue; // "Ministry of Health", "Secretary of State"
    if (
      (w === "on" || w === "for") &&
      isCapToken(ws[i - 1] ?? "") &&
      isCapToken(right) &&
      ORG_NAME_WORDS.has(left)
    )
      continue; // "Commission on Audit", "Department for Transport"
    if (
      w === "of" &&
      isCapToken(ws[i - 1] ?? "") &&
      isCapToken(right) &&
      ws.slice(0, i).some((x) => ORG_NAME_WORDS.has(bare(x)) && isCapToken(x))
    )
      continue; // "Association of Fishmeal Producers of Senegal"
    headEnd = i;
    break;
  }
  const head = ws.slice(0, headEnd);
  const post = ws.slice(headEnd).join(" ");

  // Last capitalised run in the head.
  let runEnd = -1;
  let runStart = -1;
  for (let i = head.length - 1; i >= 0; i--) {
    const w = head[i] ?? "";
    if (isCapToken(w) && !(i === 0 && isDemotable(head, i))) {
      if (runEnd === -1) runEnd = i;
      runStart = i;
    } else if (runEnd !== -1 && NAME_PARTICLES.has(w) && i > 0 && isCapToken(head[i - 1] ?? "")) {
      // particle inside a name: keep going
    } else if (
      runEnd !== -1 &&
      i > 1 &&
      ((w === "the" && /^(?:of|for)$/u.test(head[i - 1] ?? "")) || /^(?:of|for|on)$/u.test(w)) &&
      (ORG_NAME_WORDS.has(bare(head[w === "the" ? i - 2 : i - 1] ?? "")) ||
        ORG_NAME_WORDS.has(bare(head[w === "the" ? i - 3 : i - 2] ?? "")))
    ) {
      // "International Committee of the Red Cross", "Commission on Audit"
    } else if (runEnd !== -1) break;
  }
  const firstWord = bare(head[0] ?? "");
  const definite =
    firstWord === "the" ||
    /['’]s?$/u.test(head[0] ?? "") ||
    firstWord === "its" ||
    firstWord === "his" ||
    firstWord === "her" ||
    firstWord === "their";
  if (runEnd !== -1 && runEnd === head.length - 1) {
    while (runStart < runEnd && DETERMINERS.has(bare(head[runStart] ?? ""))) runStart++;
    let run = head.slice(runStart, runEnd + 1);
    // A possessive run ("Iraq's") ending the head cannot be the name itself.
    // Strip titles: everything up to the last title head.
    let lastTitle = -1;
    for (let i = 0; i < run.length - 1; i++) {
      const t = bare(run[i] ?? "").replace(/\./g, "");
      if (
        TITLE_HEADS.has(t) ||
        (TITLE_WORDS.has(t) &&
          i < run.length - 1 &&
          TITLE_HEADS.has(bare(run[i + 1] ?? "").replace(/\./g, "")))
      )
        lastTitle = i;
    }
    const titleToks = run.slice(0, lastTitle + 1);
    run = run.slice(lastTitle + 1);
    // A capitalised occupation before the name ("Pilot Omar Haddad", "Activist Maria Lopes").
    while (
      run.length > 1 &&
      PERSON_ROLE_NOUNS.has(bare(run[0] ?? "")) &&
      isCapToken(run[1] ?? "")
    ) {
      titleToks.push(run[0] ?? "");
      run = run.slice(1);
    }
    // Drop leftover leading title words ("Deputy", "Acting"), not an institution's qualifier.
    while (
      run.length > 1 &&
      TITLE_WORDS.has(bare(run[0] ?? "").replace(/\./g, "")) &&
      !QUALIFIER_TITLE_WORDS.has(bare(run[0] ?? "").replace(/\./g, ""))
    ) {
      titleToks.push(run[0] ?? "");
      run = run.slice(1);
    }
    // Possessive country in front of a capitalised organisation name: "Denmark's National Audit Office".
    if (run.length > 1 && /['’]s$/u.test(run[0] ?? "") && COUNTRY_NAMES.has(bare(run[0] ?? "")))
      run = run.slice(1);
    // A party's or organisation's person: "the Greens' Priya Desai-Holt", "Labour's Jo Reed".
    if (
      run.length > 2 &&
      /['’]s?$/u.test(run[0] ?? "") &&
      /['’]/u.test(run[0] ?? "") &&
      !["org", "country", "group"].includes(nameKind(run.slice(1), "", ""))
    ) {
      titleToks.push(run[0] ?? "");
      run = run.slice(1);
    }
    while (run.length > 0 && WEAK_PARTICLES.has(run[0] ?? "")) run = run.slice(1);
    // "London-based Greyfriars Economics": where it is based is no part of its name.
    while (run.length > 1 && /-based$/u.test(run[0] ?? "")) run = run.slice(1);
    run = stripPostNominals(run);
    const premodToks = head.slice(0, runStart).filter((w) => !DETERMINERS.has(bare(w)));
    const premod = premodToks.join(" ");
    const titles = [...premodToks, ...titleToks].join(" ");
    if (run.length > 0) {
      const name = run.join(" ").replace(/[,;:]+$/u, "");
      const kind = nameKind(run, titleToks.join(" "), premod);
      const a: NpAnalysis = {
        type: "name",
        name,
        titles,
        description: post ? post.replace(/^(?:of|at|from|for|in|with)\s+/u, "") : titles || null,
        kind,
      };
      if (post) a.description = titles ? `${titles} ${post}` : post;
      return a;
    }
  }
  // Unnamed source.
  let start = 0;
  while (
    start < ws.length - 1 &&
    DETERMINERS.has(bare(ws[start] ?? "")) &&
    !isCapToken(ws[start + 1] ?? "x")
  )
    start++;
  while (start < ws.length - 1 && DETERMINERS.has((ws[start] ?? "").toLowerCase())) start++;
  const label = ws.slice(start).join(" ");
  let headWord = bare(head[head.length - 1] ?? "");
  for (let i = head.length - 1; i >= 0; i--) {
    const w = bare(head[i] ?? "");
    const sg = singular(w);
    if (
      GROUP_NOUNS.has(w) ||
      ORG_NOUNS.has(w) ||
      ORG_NOUNS.has(sg) ||
      PERSON_ROLE_NOUNS.has(w) ||
      PERSON_ROLE_NOUNS.has(sg) ||
      DOC_NOUNS.has(w)
    ) {
      headWord = w;
      break;
    }
  }
  const headSg = singular(headWord);
  let kind: EntityKind = "unknown";
  let document = false;
  if (GROUP_NOUNS.has(headWord)) kind = "group";
  else if (
    PERSON_ROLE_NOUNS.has(headWord) ||
    PERSON_ROLE_NOUNS.has(headSg) ||
    TITLE_HEADS.has(headWord)
  )
    kind = "person";
  else if (ORG_NOUNS.has(headWord) || ORG_NOUNS.has(headSg)) kind = "org";
  else if (DOC_NOUNS.has(headWord)) document = true;
  const a: NpAnalysis = {
    type: "common",
    label,
    head: headWord,
    definite,
    description: null,
    kind,
  };
  a.startsWithThe = firstWord === "the";
  if (document && definite) a.document = true;
  if (SPOKESPERSON_NOUNS.has(headWord)) {
    // "A Nordair spokeswoman", "a company spokesperson", "a spokesman for the ministry".
    const org = runEnd !== -1 ? head.slice(runStart, runEnd + 1).join(" ") : "";
    if (org && !/['’]s$/u.test(org)) a.speaksFor = analyzeMain(org.replace(/['’]s?$/u, ""));
    else if (post) a.speaksFor = analyzeMain(post.replace(/^(?:of|at|from|for|in|with)\s+/u, ""));
    else {
      const orgNoun = head.slice(0, -1).find((w) => ORG_NOUNS.has(bare(w)));
      if (orgNoun) a.speaksFor = analyzeMain(`the ${orgNoun}`);
    }
  }
  return a;
}

/** Sentence-initial capitalised common noun ("Analysts", "Union chairman ...", "Police"). */
function isDemotable(head: string[], i: number): boolean {
  const w = bare(head[i] ?? "");
  const next = head[i + 1];
  const nounish =
    GROUP_NOUNS.has(w) ||
    ORG_NOUNS.has(w) ||
    PERSON_ROLE_NOUNS.has(w) ||
    DETERMINERS.has(w) ||
    DOC_NOUNS.has(w);
  if (!nounish) return false;
  return next === undefined || !isCapToken(next);
}

interface KnownName {
  text: string;
  toks: string[];
  pos: number;
}

function isSpaceOrPunct(c: number): boolean {
  return (
    c === 32 ||
    c === 10 ||
    c === 44 ||
    c === 59 ||
    c === 58 ||
    c === 40 ||
    c === 41 ||
    c === 0x201c ||
    c === 0x201d ||
    c === 34
  );
}

export class Registry {
  readonly entities: Entity[] = [];

  private texts: Array<[string, number]> = [];

  /** nameToks per name for this article (canonical() asks again for every claim). */
  private nameToksMemo = new Map<string, string[]>();

  /** Folded name tokens without particles: "Saad al-Allaq" -> ["saad", "allaq"]. Shared: do not mutate. */
  private nameToks(name: string): string[] {
    let t = this.nameToksMemo.get(name);
    if (t === undefined) {
      t = nameToksUncached(name);
      this.nameToksMemo.set(name, t);
    }
    return t;
  }

  /** Register article text where full names can be looked up ("Matos" -> "João Pedro Matos"). */
  scanNames(text: string, offset: number): void {
    this.texts.push([text, offset]);
  }

  /**
   * Does `word` occur capitalised after a lower-case word somewhere in the article? A
   * sentence-initial "Operating profit fell" is no name; "shares of Acme fell" makes Acme one.
   */
  private capitalisedMidSentence(word: string): boolean {
    for (const [text] of this.texts) {
      for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
        if (at < 2 || text.charCodeAt(at - 1) !== 32) continue;
        const c = text.charCodeAt(at - 2);
        if ((c >= 97 && c <= 122) || c === 44) return true;
      }
    }
    return false;
  }

  /** Capitalised runs around each occurrence of `word` in the article, titles stripped. */
  private namesAround(word: string): KnownName[] {
    const out: KnownName[] = [];
    for (const [text, offset] of this.texts) {
      for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
        let s = at;
        // Walk left over capitalised words and name particles.
        for (;;) {
          const prevEnd = s - 1;
          if (prevEnd <= 0 || text.charCodeAt(prevEnd) !== 32) break;
          let ws = prevEnd;
          while (ws > 0 && !isSpaceOrPunct(text.charCodeAt(ws - 1))) ws--;
          const w = text.slice(ws, prevEnd);
          if (
            !w ||
            !(isCapToken(w) || NAME_PARTICLES.has(w)) ||
            (/[.,;:]$/u.test(w) && !/^\p{Lu}\.$/u.test(w))
          )
            break;
          s = ws;
        }
        let e = at + word.length;
        for (;;) {
          if (e >= text.length || text.charCodeAt(e) !== 32) break;
          // A full stop ends the name unless it closes an initial ("J. Smith").
          if (
            text.charCodeAt(e - 1) === 46 &&
            !/(?:^|\s)\p{Lu}\.$/u.test(text.slice(Math.max(0, e - 3), e))
          )
            break;
          let we = e + 1;
          while (we < text.length && !isSpaceOrPunct(text.charCodeAt(we))) we++;
          const w = text.slice(e + 1, we);
          if (!w || !(isCapToken(w) || NAME_PARTICLES.has(w))) break;
          e = we;
        }
        let words = text.slice(s, e).split(" ");
        while (words.length > 0 && NAME_PARTICLES.has(words[words.length - 1] ?? "")) words.pop();
        let lastTitle = -1;
        for (let i = 0; i < words.length - 1; i++)
          if (TITLE_HEADS.has(bare(words[i] ?? "").replace(/\./g, ""))) lastTitle = i;
        words = words.slice(lastTitle + 1);
        while (words.length > 0) {
          const b0 = bare(words[0] ?? "");
          if (
            TITLE_WORDS.has(b0) ||
            DETERMINERS.has(b0) ||
            INTRO_WORDS.has(b0) ||
            PRONOUNS.has(b0) ||
            NAME_PARTICLES.has(b0) ||
            (PERSON_ROLE_NOUNS.has(b0) && words.length > 2) || // "Barrister Omar Sadiq"
            (/['’]s?$/u.test(words[0] ?? "") && /['’]/u.test(words[0] ?? "") && words.length > 2) // "Greens' Maya Oduya"
          )
            words = words.slice(1);
          else break;
        }
        words = stripPostNominals(words);
        // "Rosa Treviño and Phil Anand": two people; keep the one holding the word.
        if (words.includes("and") || words.includes("&")) {
          const at = words.indexOf(word);
          let from = 0;
          let to = words.length;
          for (let i = 0; i < words.length; i++) {
            if (words[i] !== "and" && words[i] !== "&") continue;
            if (i < at) from = i + 1;
            else if (i > at && to === words.length) to = i;
          }
          if (at >= 0 && to - from >= 2) words = words.slice(from, to);
        }
        // "Shares of Norvane Systems": a common word before "of" is not part of the name.
        const of = words.indexOf("of");
        if (of === 1 && COMPANY_RELATION_NOUNS.has(words[0] ?? "")) words = words.slice(of + 1);
        if (words.length < 2) continue;
        const t = words
          .join(" ")
          .replace(/['’]s$/u, "")
          .replace(/[.,]+$/u, "");
        out.push({ text: t, toks: this.nameToks(t), pos: offset + s });
      }
    }
    return out;
  }

  /** A person the article has already quoted, named by `label` ("Solberg", "Ingrid Solberg"). */
  knownPerson(label: string): Entity | null {
    const toks = this.nameToks(label);
    if (toks.length === 0) return null;
    let best: Entity | null = null;
    for (const raw of this.entities) {
      if (raw.mergedInto || (raw.kind !== "person" && raw.kind !== "unknown")) continue;
      if (raw.names.length === 0 || !everyTokenIn(toks, raw.nameTokens, false)) continue;
      if (!best || raw.lastPos > best.lastPos) best = raw;
    }
    return best;
  }

  find(e: Entity): Entity {
    let x = e;
    while (x.mergedInto) x = x.mergedInto;
    return x;
  }

  private create(kind: EntityKind, pos: number): Entity {
    const e: Entity = {
      id: this.entities.length,
      kind,
      names: [],
      foldedNames: [],
      label: null,
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
    this.entities.push(e);
    return e;
  }

  private addName(e: Entity, raw: string): void {
    // "the World Health Organization's representative": the organisation's name, no 's.
    const name = raw.replace(/['’]s$/u, "");
    const folded = fold(name);
    if (!e.names.includes(name)) {
      e.names.push(name);
      e.foldedNames.push(folded);
      // The token sets only grow, so a name seen before has its tokens in them already.
      for (const t of this.nameToks(name)) {
        e.nameTokens.add(t);
        e.pool.add(norm(t));
      }
    }
    const country = COUNTRY_NAMES.get(folded);
    if (e.kind === "country" || country) {
      e.kind = "country";
      e.countryCode = country?.code ?? e.countryCode;
    }
  }

  private addRole(e: Entity, text: string | null | undefined, isDescription: boolean): void {
    if (!text) return;
    for (const t of roleTokensOf(text)) {
      e.roleTokens.add(t);
      e.pool.add(t);
    }
    if (isDescription && !e.description) e.description = text;
    if (!isDescription && !e.titleText) e.titleText = text;
    if (!e.countryCode) e.countryCode = countryOfTokens(tokens(text));
  }

  touch(e: Entity, pos: number): void {
    const r = this.find(e);
    if (pos > r.lastPos) r.lastPos = pos;
  }

  /** Resolve a claimant phrase at `pos`. */
  resolve(
    np: string,
    pos: number,
    opts: { headline?: boolean; context?: string } = {},
  ): Entity | null {
    const a = analyzeNp(np);
    if (
      a.type === "common" &&
      a.startsWithThe &&
      a.head &&
      GENERIC_ORG_HEADS.has(a.head) &&
      opts.context
    ) {
      // "Orion Air will suspend the route, the company said": the company is the content's subject.
      const found = this.matchDescriptor(
        roleTokensOf(a.label ?? ""),
        norm(singular(a.head)),
        "org",
        true,
        pos,
      );
      if (!found) {
        const lead = opts.context.replace(/^[“"'‘\s]+/u, "");
        // "German car parts maker Kessler Antriebstechnik will cut …": the name before the verb.
        const subj = (
          NAME_BEFORE_VERB_RE.exec(lead)?.[1] ?? LEADING_NAME_RE.exec(lead)?.[0]
        )?.trim();
        if (
          subj &&
          (subj.includes(" ") || this.capitalisedMidSentence(subj)) &&
          !COUNTRY_NAMES.has(fold(subj)) &&
          !/^(?:The|A|An|In|On|At|It|He|She|They|We|I)$/u.test(subj)
        ) {
          const named = analyzeNp(subj);
          let known: Entity | undefined;
          if (named.type === "name") {
            const folded = fold(named.name ?? "");
            for (const e of this.entities) {
              if (!e.mergedInto && e.kind === "person" && e.foldedNames.includes(folded)) {
                known = e;
                break;
              }
            }
          }
          if (named.type === "name" && named.kind !== "country" && !known && !named.titles)
            return this.resolveName({ ...named, kind: "org" }, pos);
        }
      }
    }
    return this.resolveAnalysis(a, pos, opts);
  }

  private resolveAnalysis(a: NpAnalysis, pos: number, opts: { headline?: boolean }): Entity | null {
    if (a.type === "pronoun") return this.resolvePronoun(a.pronoun ?? "", pos);
    if (a.redirect) {
      const r = this.resolve(a.redirect, pos, opts);
      if (r) return r;
    }
    if (a.speaksFor) {
      const r = this.resolveAnalysis(a.speaksFor, pos, opts);
      if (r) return r;
    }
    if (a.document) {
      const r = this.recent(pos, isNotPerson);
      if (r) return r;
    }
    if (a.type === "name") return this.resolveName(a, pos, opts.headline === true);
    return this.resolveCommon(a, pos, opts);
  }

  private resolvePronoun(p: string, pos: number): Entity | null {
    if (p === "he" || p === "him") return this.gendered(pos, "m");
    if (p === "she" || p === "her") return this.gendered(pos, "f");
    if (p === "i") return this.recent(pos, isPersonLike);
    if (p === "it") return this.recent(pos, isThingLike);
    return this.recent(pos, isNotPerson) ?? this.recent(pos, isAnyEntity);
  }

  /** Most recent person compatible with a gendered pronoun; the pronoun then marks it. */
  private gendered(pos: number, g: "f" | "m"): Entity | null {
    let best: Entity | null = null;
    for (const raw of this.entities) {
      if (raw.mergedInto) continue;
      if (raw.lastPos > pos || raw.inHeadline) continue;
      if (!isPersonLike(raw) || (raw.gender !== null && raw.gender !== g)) continue;
      if (!best || raw.lastPos > best.lastPos) best = raw;
    }
    const r = best ?? this.recent(pos, isPersonLike);
    if (r && r.gender === null && r === best) r.gender = g;
    return r;
  }

  /**
   * A named person as the subject of a sentence that reports nothing ("Jane Roe, who runs the
   * clinic, called for an inquiry."): a possible antecedent for a later he/she.
   */
  mention(np: string, pos: number): void {
    const a = analyzeNp(np);
    if (a.type !== "name" || (a.kind !== "person" && a.kind !== "unknown")) return;
    if (this.nameToks(a.name ?? "").length < 2 && !a.titles) return;
    const e = this.resolveName(a, pos);
    if (e.kind === "unknown" && a.titles) e.kind = "person";
  }

  private recent(pos: number, ok: (e: Entity) => boolean): Entity | null {
    let best: Entity | null = null;
    for (const raw of this.entities) {
      if (raw.mergedInto) continue;
      if (raw.lastPos > pos || raw.inHeadline) continue;
      if (!ok(raw)) continue;
      if (!best || raw.lastPos > best.lastPos) best = raw;
    }
    return best;
  }

  private resolveName(a: NpAnalysis, pos: number, headline = false): Entity {
    const name = a.name ?? "";
    // "the Swede said", "the Brazilian added": a nationality for the person just quoted.
    if (!headline && DEMONYM_NOUN_RE.test(name) && !a.titles) {
      const person = this.recent(pos, isPersonLike);
      if (person) {
        this.touch(person, pos);
        return person;
      }
    }
    const toks = this.nameToks(name);
    const folded = fold(name);
    let match: Entity | null = null;
    for (const raw of this.entities) {
      if (raw.mergedInto) continue;
      if (raw.foldedNames.includes(folded)) {
        match = raw;
        break;
      }
    }
    if (!match) match = this.matchTokens(toks, a.kind, name);
    if (!match && /^\p{Lu}{2,6}$/u.test(name)) match = this.matchAcronym(name);
    if (!match && headline && a.kind !== "country") {
      // Headline case: "Opposition accuses ..." names the body's "main opposition alliance".
      for (const raw of this.entities) {
        if (raw.mergedInto || !raw.label || raw.kind === "person") continue;
        if (toks.length > 0 && everyTokenIn(toks, raw.nameTokens, true)) {
          match = raw;
          break;
        }
      }
      if (match) {
        this.touch(match, pos);
        return match;
      }
    }
    if (!match) {
      match = this.create(a.kind, pos);
      this.addName(match, name);
      // "PAHO said", the article having written "the Pan American Health Organization (PAHO)".
      if (/^\p{Lu}{2,8}$/u.test(name)) {
        const full = this.acronymDefinition(name);
        if (full) this.addName(match, full);
      }
      // "Sow Diallo" after "Aminata Sow Diallo": a person's two-word short form, named before.
      const shortForm = toks.length === 2 && (a.kind === "person" || a.kind === "unknown");
      if (a.kind !== "country" && (toks.length === 1 || a.kind === "unknown" || shortForm)) {
        const full = this.knownFullName(name.split(" ").pop() ?? name, toks, pos, false, shortForm);
        if (full) {
          this.addName(match, full.text);
          if (match.kind === "unknown") match.kind = nameKind(full.text.split(/\s+/), "", "");
        }
      }
    } else {
      this.addName(match, name);
      if (match.kind === "unknown" && a.kind !== "unknown") match.kind = a.kind;
    }
    if (a.acronym) this.addName(match, a.acronym);
    this.addRole(match, a.titles, false);
    this.addRole(match, a.description, true);
    if (match.gender === null) match.gender = genderOf(a.titles);
    if (match.gender === null && (match.kind === "person" || match.kind === "unknown"))
      match.gender = givenNameGender(name);
    if (a.description && !match.description) match.description = a.description;
    this.touch(match, pos);
    return match;
  }

  private matchTokens(toks: string[], kind: EntityKind, name = ""): Entity | null {
    if (toks.length === 0) return null;
    let best: Entity | null = null;
    let bestRank = 0;
    for (const raw of this.entities) {
      if (raw.mergedInto || raw.names.length === 0) continue;
      if (kind === "country" || raw.kind === "country") continue;
      const subset = everyTokenIn(toks, raw.nameTokens, false);
      let superset = raw.nameTokens.size > 0;
      for (const t of raw.nameTokens) {
        if (!superset) break;
        superset = toks.includes(t);
      }
      if (subset || (superset && raw.kind !== "group")) {
        // One word names a person by surname first ("Javier" is Eduardo Javier, not Marco
        // Javier Dela Rosa), else by given name, else by a middle name.
        const rank = toks.length === 1 ? this.tokenRank(raw, toks[0] ?? "") : 3;
        if (!best || rank > bestRank || (rank === bestRank && raw.lastPos > best.lastPos)) {
          best = raw;
          bestRank = rank;
        }
      }
    }
    if (best && bestRank === 1 && toks.length === 1) {
      // Only a middle name matched: a full name elsewhere in the article that ends with it wins.
      const word = name.split(" ").pop() ?? "";
      const full = word ? this.knownFullName(word, toks, Number.POSITIVE_INFINITY, true) : null;
      if (full && fold(full.text) !== best.foldedNames[0]) return null;
    }
    return best;
  }

  /** 3: `tok` ends one of the entity's names; 2: starts one; 1: inside one. */
  private tokenRank(e: Entity, tok: string): number {
    let rank = 1;
    for (const n of e.names) {
      const t = this.nameToks(n);
      if (t[t.length - 1] === tok) return 3;
      if (t[0] === tok) rank = 2;
    }
    return rank;
  }

  private matchAcronym(acr: string): Entity | null {
    const want = acr.toLowerCase();
    for (const raw of this.entities) {
      if (raw.mergedInto) continue;
      const src = raw.names[0] ?? raw.label ?? "";
      const initials = src
        .split(/\s+/)
        .filter((w) => isCapToken(w))
        .map((w) => w.charAt(0).toLowerCase())
        .join("");
      if (initials.length >= want.length && initials.startsWith(want)) return raw;
    }
    return null;
  }

  /**
   * The last proper name before `pos` that ends with `label` capitalised: "food bank" ->
   * "Tri-County Food Bank", "ministry" -> "Health Ministry".
   */
  private namedOrgBefore(label: string, pos: number): string | null {
    const found = this.namedOrgMemoised(label);
    let best: string | null = null;
    for (const [at, name] of found) if (at < pos) best = name;
    return best;
  }

  private namedOrgMemo = new Map<string, Array<[number, string]>>();

  /**
   * The company an article is about, for "the company said" before it is quoted by name: the X
   * of "shares of X" / "shares in X", else of "X, the … company".
   */
  private namedCompany(pos: number): string | null {
    let best: [number, string] | null = null;
    for (const [text, offset] of this.texts) {
      SHARES_OF_RE.lastIndex = 0;
      for (let r = SHARES_OF_RE.exec(text); r; r = SHARES_OF_RE.exec(text)) {
        const at = offset + r.index;
        const name = (r[1] ?? r[2] ?? r[3] ?? "").replace(/['’]s$/u, "").trim();
        if (!name || COUNTRY_NAMES.has(fold(name))) continue;
        if (
          !best ||
          (at < pos && (best[0] >= pos || at > best[0])) ||
          (best[0] >= pos && at < best[0])
        )
          best = [at, name];
      }
    }
    return best?.[1] ?? null;
  }

  /** The police force the article names ("Leicestershire Police"), the last before `pos`, else the first. */
  private namedForce(pos: number): string | null {
    let found: Array<[number, string]> = [];
    for (const tail of POLICE_FORCE_NAMES) found = found.concat(this.namedOrgMemoised(tail));
    found.sort((x, y) => x[0] - y[0]);
    let best: string | null = null;
    for (const [at, name] of found) if (at < pos) best = name;
    return best ?? found[0]?.[1] ?? null;
  }

  private namedOrgMemoised(label: string): Array<[number, string]> {
    let found = this.namedOrgMemo.get(label);
    if (found === undefined) {
      found = this.namedOrgsEndingWith(label);
      this.namedOrgMemo.set(label, found);
    }
    return found;
  }

  /** Every proper name in the article ending with `label` capitalised, in text order. */
  private namedOrgsEndingWith(label: string): Array<[number, string]> {
    const out: Array<[number, string]> = [];
    const words = label.split(/\s+/);
    if (words.length === 0 || words.length > 3 || !words.every((w) => /^\p{Ll}[\p{L}-]*$/u.test(w)))
      return out;
    const capitalised = words.map((w) => w.charAt(0).toUpperCase() + w.slice(1));
    const tail = capitalised.join(" ");
    const re = new RegExp(
      `((?:\\p{Lu}[\\p{L}\\p{M}'’&.-]*\\s+){1,4})${capitalised.join("\\s+")}(?![\\p{L}\\p{M}])`,
      "gu",
    );
    // "the department" -> "Department of Education": the head first, then of/for and a name.
    if (words.length === 1) {
      const head = new RegExp(
        `${tail}\\s+(?:of|for|on)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}\\p{M}'’&-]*(?:\\s+(?:and\\s+)?\\p{Lu}[\\p{L}\\p{M}'’&-]*){0,3}`,
        "gu",
      );
      for (const [text, offset] of this.texts) {
        if (!text.includes(tail)) continue;
        for (let r = head.exec(text); r; r = head.exec(text)) out.push([offset + r.index, r[0]]);
      }
    }
    for (const [text, offset] of this.texts) {
      if (!text.includes(capitalised[capitalised.length - 1] ?? tail)) continue;
      re.lastIndex = 0;
      for (let r = re.exec(text); r; r = re.exec(text)) {
        const lead = (r[1] ?? "")
          .trim()
          .split(/\s+/)
          .filter((w) => !/^(?:The|A|An)$/u.test(w));
        if (lead.length === 0 || (lead.length === 1 && COUNTRY_NAMES.has(fold(lead[0] ?? ""))))
          continue;
        out.push([offset + r.index, `${lead.join(" ")} ${r[0].slice((r[1] ?? "").length)}`]);
      }
    }
    return out.sort((a, b) => a[0] - b[0]);
  }

  /** The capitalised words right before "(ACR)" in the article, when their initials spell it. */
  private acronymDefinition(acr: string): string | null {
    const want = acr.toLowerCase();
    for (const [text] of this.texts) {
      for (let at = text.indexOf(`(${acr})`); at !== -1; at = text.indexOf(`(${acr})`, at + 1)) {
        const words = text
          .slice(Math.max(0, at - 120), at)
          .trim()
          .split(/\s+/);
        const name: string[] = [];
        for (let i = words.length - 1; i >= 0; i--) {
          const w = words[i] ?? "";
          if (
            isCapToken(w) ||
            (NAME_PARTICLES.has(w) && name.length > 0) ||
            ORG_NAME_LINK_RE.test(w)
          )
            name.unshift(w);
          else break;
        }
        while (
          name.length > 0 &&
          (!isCapToken(name[0] ?? "") || /^(?:The|A|An)$/u.test(name[0] ?? ""))
        )
          name.shift();
        const initials = name
          .filter((w) => isCapToken(w))
          .map((w) => w.charAt(0).toLowerCase())
          .join("");
        if (name.length >= 2 && initials === want) return name.join(" ");
      }
    }
    // No "(PAHO)" anywhere: a capitalised name whose initials spell it ("The Pan American
    // Health Organization recommends ...").
    const first = acr.charAt(0);
    for (const [text] of this.texts) {
      const words = text.split(/\s+/);
      for (let i = 0; i < words.length; i++) {
        if (!(words[i] ?? "").startsWith(first)) continue;
        const name: string[] = [];
        let initials = "";
        for (let j = i; j < words.length && initials.length < want.length; j++) {
          const w = (words[j] ?? "").replace(/[,.;:]+$/u, "");
          if (isCapToken(w)) {
            name.push(w);
            initials += w.charAt(0).toLowerCase();
          } else if (name.length > 0 && ORG_NAME_LINK_RE.test(w)) name.push(w);
          else break;
          if ((words[j] ?? "") !== w) break; // punctuation ends the name
        }
        if (initials === want && name.length >= 2) return name.join(" ");
      }
    }
    return null;
  }

  private knownFullName(
    word: string,
    toks: string[],
    pos: number,
    surnameOnly = false,
    beforeOnly = false,
  ): KnownName | null {
    let before: KnownName | null = null;
    let beforeRank = 0;
    let after: KnownName | null = null;
    for (const k of this.namesAround(word)) {
      if (k.toks.length <= toks.length) continue;
      if (!everyIncluded(toks, k.toks)) continue;
      const n = k.toks.length;
      // One word is a surname (last), a given name (first), or, in names of three or more
      // words, the paternal surname before the maternal one ("Rengifo" of "Andrés Felipe
      // Rengifo Salazar"); a surname match wins over the others.
      let rank = 3;
      if (toks.length === 1) {
        if (toks[0] === k.toks[n - 1]) rank = 3;
        else if (toks[0] === k.toks[0]) rank = 2;
        else if (n >= 3 && toks[0] === k.toks[n - 2]) rank = 1;
        else continue;
      }
      if (surnameOnly && toks[toks.length - 1] !== k.toks[n - 1]) continue;
      // "Sow Diallo" for "Aminata Sow Diallo": a two-word name must be the known name's end.
      if (toks.length > 1 && toks.some((t, i) => t !== k.toks[n - toks.length + i])) continue;
      if (k.pos <= pos) {
        if (
          !before ||
          rank > beforeRank ||
          (rank === beforeRank &&
            (n > before.toks.length ||
              (n === before.toks.length && k.text.length > before.text.length)))
        ) {
          before = k;
          beforeRank = rank;
        }
      } else if (!after) after = k;
    }
    return beforeOnly ? before : (before ?? after);
  }

  private resolveCommon(a: NpAnalysis, pos: number, opts: { headline?: boolean }): Entity {
    const label = a.label ?? "";
    const folded = fold(label);
    // Same unnamed source again ("officials", "the people").
    for (const raw of this.entities) {
      if (raw.mergedInto) continue;
      if (raw.label && fold(raw.label) === folded) {
        this.touch(raw, pos);
        return raw;
      }
    }
    const desc = roleTokensOf(label);
    const headN = a.head ? norm(singular(a.head)) : "";
    let found = this.matchDescriptor(desc, headN, a.kind, a.definite === true, pos);
    // "the minister" for "the transport secretary, Helen Marsh" (secretaries are ministers).
    const fallback = ROLE_FALLBACK.get(headN);
    if (!found && fallback !== undefined && a.definite)
      found = this.matchDescriptor([fallback], fallback, a.kind, true, pos);
    if (found) {
      this.addRole(found, label, false);
      this.touch(found, pos);
      return found;
    }
    // "the food bank" after "the Tri-County Food Bank": the organisation the article named.
    // "police" and "the force" are the police force the article names, before or after.
    const force = FORCE_LABEL_RE.test(label);
    if ((a.kind === "org" && a.startsWithThe) || force) {
      const named = force
        ? this.namedForce(pos)
        : (this.namedOrgBefore(label, pos) ??
          (GENERIC_ORG_HEADS.has(label) ? this.namedCompany(pos) : null));
      if (named) {
        const e = this.resolveName(
          { type: "name", name: named, titles: "", description: null, kind: "org" },
          pos,
        );
        this.addRole(e, label, false);
        return e;
      }
    }
    const e = this.create(a.kind, pos);
    e.label = label;
    for (const t of desc) {
      e.nameTokens.add(t);
      e.pool.add(norm(t));
    }
    e.countryCode = countryOfTokens(tokens(label));
    e.headNoun = headN || null;
    e.gender = genderOf(a.head);
    if (opts.headline) e.inHeadline = true;
    // Lede teasers ("an Iraqi spy chief", "Colombia's army chief") wait for the article to name them.
    // Unnamed sources ("a senior official", "a person familiar with ...") stay unnamed.
    if (
      a.kind === "person" &&
      !a.startsWithThe &&
      !UNNAMED_SOURCE_HEADS.has(singular(bare(a.head ?? "")))
    )
      e.deferred = "person";
    if (opts.headline && a.kind === "org") e.deferred = "org";
    this.touch(e, pos);
    return e;
  }

  /** Best earlier entity for a role description (head noun must match). */
  matchDescriptor(
    desc: string[],
    head: string,
    kind: EntityKind,
    definite: boolean,
    pos: number,
    named = false,
  ): Entity | null {
    if (!head) return null;
    const descCountry = countryOfTokens(desc);
    let best: Entity | null = null;
    let bestScore = 0;
    const generic = GENERIC_DESCRIPTOR_HEADS.has(head);
    for (const raw of this.entities) {
      if (raw.mergedInto || raw.inHeadline) continue;
      if (raw.firstPos > pos && !named) continue;
      if (named && raw.names.length === 0) continue;
      if (kind === "person" && raw.kind !== "person" && raw.kind !== "unknown") continue;
      if ((kind === "org" || kind === "group") && raw.kind === "person") continue;
      if (kind === "group" && raw.kind !== "group") continue;
      const pool = raw.pool;
      let score = 0;
      // An unnamed source matches by its head noun only: "the company" is not the
      // "company-compiled consensus", "the union" not "union members".
      const headFits =
        raw.names.length === 0 && raw.headNoun && raw.label
          ? raw.headNoun === head
          : pool.has(head);
      if (headFits) score += 2;
      else if (generic && definite && (raw.kind === "org" || raw.kind === "unknown")) score += 1;
      else continue;
      if (descCountry && raw.countryCode && descCountry !== raw.countryCode) continue;
      // An organisation described with its own modifiers ("Indonesia's meteorology agency") is
      // only an earlier entity if all of them fit; "the ministry" fits any ministry.
      if (kind === "org" && score >= 2) {
        const countryName = descCountry ? (CODE_TO_NAME.get(descCountry) ?? null) : null;
        const misfit = desc.some(
          (t) => t !== head && t !== countryName && !pool.has(t) && !pool.has(singular(t)),
        );
        if (misfit) continue;
      }
      for (const t of desc) if (t !== head && pool.has(t)) score += 1;
      if (score > bestScore || (score === bestScore && best && raw.lastPos > best.lastPos)) {
        best = raw;
        bestScore = score;
      }
    }
    return best;
  }

  /**
   * End of article: give deferred descriptors ("an Iraqi spy chief") the named source they
   * describe, else the first named source of the same kind introduced after them.
   */
  finish(order: Entity[]): void {
    for (const e of this.entities) {
      if (e.mergedInto || !e.label) continue;
      // "the ship's owner said" before "its owner, Acme Shipping": a definite role noun that
      // the article later gives a name is that named source.
      const definiteRole = e.names.length === 0 && (e.kind === "person" || e.kind === "org");
      if (e.deferred === null && !e.inHeadline && !definiteRole) continue;
      let desc = roleTokensOf(e.label);
      const headTok = e.headNoun ?? desc[desc.length - 1] ?? "";
      // Only the head must fit a definite role: "the vessel's operator" -> "its operator, X".
      if (e.deferred === null && !e.inHeadline && COMMON_POSSESSOR_RE.test(e.label))
        desc = [headTok];
      const m = this.matchDescriptor(desc, headTok, e.kind, false, Number.POSITIVE_INFINITY, true);
      if (m && m !== e) {
        this.merge(e, m);
        continue;
      }
      if (e.deferred === null) continue;
      // Delayed identification: the next named source of that kind.
      for (const c of order) {
        const r = this.find(c);
        if (r === e || r.firstPos < e.firstPos || r.names.length === 0) continue;
        if (e.deferred === "person" && r.kind !== "person") continue;
        if (e.deferred === "org" && r.kind !== "org" && r.kind !== "unknown") continue;
        this.merge(e, r);
        break;
      }
    }
  }

  merge(from: Entity, into: Entity): void {
    const a = this.find(from);
    const b = this.find(into);
    if (a === b) return;
    a.mergedInto = b;
    if (!b.description && a.description) b.description = a.description;
    if (b.gender === null) b.gender = a.gender;
    for (const t of a.roleTokens) {
      b.roleTokens.add(t);
      b.pool.add(t);
    }
    if (a.label)
      for (const t of roleTokensOf(a.label)) {
        b.roleTokens.add(t);
        b.pool.add(t);
      }
    b.firstPos = Math.min(a.firstPos, b.firstPos);
  }

  canonical(e: Entity): { name: string; description: string | null } {
    const r = this.find(e);
    let name = r.label ?? "";
    let best =
      r.label && r.names.every((n) => /^\p{Lu}{2,6}$/u.test(n)) ? Number.POSITIVE_INFINITY : -1;
    for (const n of r.names) {
      const score = this.nameToks(n).length * 1000 + n.length;
      if (score > best) {
        best = score;
        name = n;
      }
    }
    return { name, description: r.description };
  }
}

function nameToksUncached(name: string): string[] {
  const out: string[] = [];
  for (const t of tokens(name)) if (!NAME_PARTICLES.has(t) && t !== "s") out.push(t);
  return out;
}

function everyIncluded(toks: string[], list: string[]): boolean {
  for (const t of toks) if (!list.includes(t)) return false;
  return true;
}

/** Every token is in `set` (also as norm(t) when `normalised`). No closure: this runs per entity. */
function everyTokenIn(toks: string[], set: Set<string>, normalised: boolean): boolean {
  for (const t of toks) {
    if (set.has(t)) continue;
    if (normalised && set.has(norm(t))) continue;
    return false;
  }
  return true;
}

// Entity kinds accepted by pronoun and document resolution (module-level: no closure per call).
function isPersonLike(e: Entity): boolean {
  return e.kind === "person" || e.kind === "unknown";
}
function isThingLike(e: Entity): boolean {
  return e.kind === "org" || e.kind === "country" || e.kind === "unknown";
}
function isNotPerson(e: Entity): boolean {
  return e.kind === "org" || e.kind === "country" || e.kind === "group" || e.kind === "unknown";
}
function isAnyEntity(): boolean {
  return true;
}
