/**
 * The words that tell what a claim or a signal is about: topic stems, a reviewer's names and
 * its country's, a claimant's words, and a token test on folded text.
 */
import { COUNTRY_HINTS, COUNTRY_NAMES, NOT_TOPIC } from "../lexicon";
import { fold, tokens } from "../text";
import type { Signal } from "./signals";
import type { ReviewClaim } from "./types";

/** A crude stem, so "shelled" meets "shelling", "beaten" "beatings", "prisoners" "prison". */
function stem(word: string): string {
  let w = word;
  for (const suffix of ["ings", "ing", "ers", "er", "ed", "en", "es", "s", "e"]) {
    if (w.length - suffix.length >= 4 && w.endsWith(suffix)) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  return w.endsWith("e") && w.length > 4 ? w.slice(0, -1) : w;
}

/** Stems of the words of `text` that can tell one topic from another. */
export function topicWords(text: string): string[] {
  const out: string[] = [];
  for (const t of tokens(text)) {
    if (t.length < 4 || NOT_TOPIC.has(t) || /^\d+$/u.test(t)) continue;
    const s = stem(t);
    if (!out.includes(s)) out.push(s);
  }
  return out;
}

/** Folded names, demonyms and capitals of each country code ("TR" -> turkey, turkish, ankara). */
let countryTerms: Map<string, string[]> | null = null;

function termsOfCountry(code: string): string[] {
  if (!countryTerms) {
    countryTerms = new Map();
    for (const table of [COUNTRY_NAMES, COUNTRY_HINTS]) {
      for (const [term, info] of table) {
        const list = countryTerms.get(info.code) ?? [];
        const f = fold(term);
        if (!list.includes(f)) list.push(f);
        countryTerms.set(info.code, list);
      }
    }
  }
  return countryTerms.get(code) ?? [];
}

/**
 * The words that name a reviewer in a claim: the proper nouns of its name ("Turkey's foreign
 * ministry" -> turkey, not "foreign") and its country's names, demonyms and capitals.
 */
export function reviewerTerms(reviewer: Signal["reviewer"]): string[] {
  const terms: string[] = [];
  for (const word of reviewer.name.split(/\s+/u)) {
    if (!/^\p{Lu}/u.test(word)) continue;
    for (const t of tokens(word.replace(/['’]s$/u, "")))
      if (t.length >= 4 && !NOT_TOPIC.has(t)) terms.push(t);
  }
  if (reviewer.country) terms.push(...termsOfCountry(reviewer.country));
  return terms;
}

/** Stems of a claimant's name and description: "the Pentagon's statements" are its claims. */
export function claimantWords(c: NonNullable<ReviewClaim["claimant"]>): string[] {
  return topicWords(`${c.name} ${c.description ?? ""}`);
}

/** a-z or 0-9: the characters of a token (see tokens()). */
function isTokenCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/**
 * Whether `word` (a token) is one of tokens(text), given folded = fold(text): an occurrence
 * not touching other token characters. Avoids building a token set per claim.
 */
export function hasToken(folded: string, word: string): boolean {
  for (let at = folded.indexOf(word); at !== -1; at = folded.indexOf(word, at + 1)) {
    const end = at + word.length;
    if (
      (at === 0 || !isTokenCode(folded.charCodeAt(at - 1))) &&
      (end === folded.length || !isTokenCode(folded.charCodeAt(end)))
    )
      return true;
  }
  return false;
}
