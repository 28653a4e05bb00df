/** Word-level helpers of claimant analysis: capitals, folding, plurals, synonyms, role tokens. */
import {
  COUNT_WORDS,
  COUNTRY_HINTS,
  DETERMINERS,
  GROUP_NOUNS,
  NAME_PARTICLES,
  ORG_NOUNS,
  PERSON_ROLE_NOUNS,
  ROLE_FALLBACKS,
  SYNONYMS,
  UNNAMED_SOURCE_HEADS,
} from "../lexicon";
import { fold, tokens } from "../text";

export function isCapToken(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (/^[a-z]{1,3}-\p{Lu}/u.test(t)) return true; // al-Allaq
  const ch = t.charAt(0);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

export function bare(t: string): string {
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

export function singular(w: string): string {
  if (w.length > 4 && w.endsWith("ies")) return `${w.slice(0, -3)}y`;
  if (w.length > 3 && w.endsWith("s") && !w.endsWith("ss")) return w.slice(0, -1);
  return w;
}

/** A description that names its own maker with a capitalised word ("Reuters/Ipsos poll", "Trump campaign"). */
export function namesItsMaker(label: string): boolean {
  return /(?:^|\s)\p{Lu}/u.test(label);
}

/** A role or organisation noun in the plural ("strategists", "agencies"; not "boss", "news"). */
export function isPluralRole(w: string): boolean {
  const sg = singular(w);
  return sg !== w && (PERSON_ROLE_NOUNS.has(sg) || ORG_NOUNS.has(sg)) && !PERSON_ROLE_NOUNS.has(w);
}

export function isSourceNoun(w: string): boolean {
  const sg = singular(w);
  return (
    GROUP_NOUNS.has(w) ||
    ORG_NOUNS.has(w) ||
    ORG_NOUNS.has(sg) ||
    PERSON_ROLE_NOUNS.has(w) ||
    PERSON_ROLE_NOUNS.has(sg) ||
    UNNAMED_SOURCE_HEADS.has(sg)
  );
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

export function norm(w: string): string {
  const hit = NORM.get(w);
  if (hit !== undefined) return hit;
  return PROTOTYPE_KEYS.has(w) ? (SYNONYMS[w] ?? w) : w;
}

/** ROLE_FALLBACKS, normalised: head -> the head to try when nothing fits. */
export const ROLE_FALLBACK = new Map<string, string>();
for (const [head, other] of Object.entries(ROLE_FALLBACKS))
  ROLE_FALLBACK.set(norm(head), norm(other));

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

/** "24", "sixty", "half", "two-thirds": a count or a share, each part of it a number word. */
export function isCountWord(word: string): boolean {
  if (/^\d/u.test(word)) return true;
  return word
    .split("-")
    .every((p) => COUNT_WORDS.has(p) || (p.endsWith("s") && COUNT_WORDS.has(p.slice(0, -1))));
}

/** Two names joined by "and": "Obama and Hillary Clinton", "the CIA and Bob". */
export const COORDINATED_NAME_RE = /\p{L}\s+and\s+\p{Lu}/u;
