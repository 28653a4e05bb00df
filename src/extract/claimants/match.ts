/**
 * Matching a mention to the entities seen so far: a name by its tokens (subset or superset, a
 * one-word name by surname first), a role description by its head noun and modifiers, never
 * across countries.
 */
import { GENERIC_DESCRIPTOR_HEADS } from "../lexicon";
import { fold } from "../text";
import type { ArticleNames } from "./article";
import { CODE_TO_NAME, countryOfTokens } from "./countries";
import { COORDINATED_NAME_RE, isCountWord, norm, singular } from "./tokens";
import type { Entity, EntityKind } from "./types";

export function matchTokens(
  entities: readonly Entity[],
  article: ArticleNames,
  toks: string[],
  kind: EntityKind,
  name = "",
): Entity | null {
  if (toks.length === 0) return null;
  let best: Entity | null = null;
  let bestRank = 0;
  const coordinated = COORDINATED_NAME_RE.test(name);
  for (const raw of entities) {
    if (raw.mergedInto || raw.names.length === 0) continue;
    if (kind === "country" || raw.kind === "country") continue;
    // "Obama and Hillary Clinton" said it together: neither "Mr. Obama" nor "Clinton" alone is
    // that pair (an organisation's "and", "Bill and Melinda Gates Foundation", is its name).
    if (!coordinated && raw.kind !== "org" && raw.names.every((n) => COORDINATED_NAME_RE.test(n)))
      continue;
    const subset = everyTokenIn(toks, raw.nameTokens, false);
    let superset = raw.nameTokens.size > 0;
    for (const t of raw.nameTokens) {
      if (!superset) break;
      superset = toks.includes(t);
    }
    // A pair names more than any one of its members: "Obama and Hillary Clinton" is not Obama.
    if (subset || (superset && raw.kind !== "group" && !coordinated)) {
      // One word names a person by surname first ("Javier" is Eduardo Javier, not Marco
      // Javier Dela Rosa), else by given name, else by a middle name.
      const rank = toks.length === 1 ? tokenRank(article, raw, toks[0] ?? "") : 3;
      if (!best || rank > bestRank || (rank === bestRank && raw.lastPos > best.lastPos)) {
        best = raw;
        bestRank = rank;
      }
    }
  }
  if (best && bestRank === 1 && toks.length === 1) {
    // Only a middle name matched: a full name elsewhere in the article that ends with it wins.
    const word = name.split(" ").pop() ?? "";
    const full = word ? article.knownFullName(word, toks, Number.POSITIVE_INFINITY, true) : null;
    if (full && fold(full.text) !== best.foldedNames[0]) return null;
  }
  return best;
}

/** 3: `tok` ends one of the entity's names; 2: starts one; 1: inside one. */
function tokenRank(article: ArticleNames, e: Entity, tok: string): number {
  let rank = 1;
  for (const n of e.names) {
    const t = article.nameToks(n);
    if (t[t.length - 1] === tok) return 3;
    if (t[0] === tok) rank = 2;
  }
  return rank;
}

/** Best earlier entity for a role description (head noun must match). */
export function matchDescriptor(
  entities: readonly Entity[],
  desc: string[],
  head: string,
  kind: EntityKind,
  definite: boolean,
  pos: number,
  named = false,
  /** The description names its own maker ("the Reuters/Ipsos poll"): all its words must fit. */
  fitAll = false,
): Entity | null {
  if (!head) return null;
  const descCountry = countryOfTokens(desc);
  let best: Entity | null = null;
  let bestScore = 0;
  const generic = GENERIC_DESCRIPTOR_HEADS.has(head);
  for (const raw of entities) {
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
      raw.names.length === 0 && raw.headNoun && raw.label ? raw.headNoun === head : pool.has(head);
    if (headFits) score += 2;
    else if (generic && definite && (raw.kind === "org" || raw.kind === "unknown")) score += 1;
    else continue;
    if (descCountry && raw.countryCode && descCountry !== raw.countryCode) continue;
    // "Sixty-six percent" are not the "Twenty-four percent" before them, nor "half of GOP
    // voters" the "half of Vermont Democrats": a count of its own is a group of its own.
    if (desc.some((t) => isCountWord(t) && !pool.has(t))) continue;
    // An organisation or group described with its own modifiers ("Indonesia's meteorology agency",
    // "American officials" after "officials") is only an earlier entity if all of them fit;
    // "the ministry" fits any ministry.
    // So is a person described afresh ("a Chinese official" after "an official"): an
    // indefinite description only continues an earlier one whose words it all shares.
    if (
      (kind === "org" ||
        kind === "group" ||
        fitAll ||
        (!definite && !named) ||
        isCountWord(head)) &&
      score >= 2
    ) {
      // A group's nationality is a modifier of its own: "American officials" are not the
      // "officials" of an earlier sentence unless those were American too.
      const countryName =
        descCountry && (kind === "org" || raw.countryCode === descCountry)
          ? (CODE_TO_NAME.get(descCountry) ?? null)
          : null;
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

/** Every token is in `set` (also as norm(t) when `normalised`). No closure: this runs per entity. */
export function everyTokenIn(toks: string[], set: Set<string>, normalised: boolean): boolean {
  for (const t of toks) {
    if (set.has(t)) continue;
    if (normalised && set.has(norm(t))) continue;
    return false;
  }
  return true;
}
