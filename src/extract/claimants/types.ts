/** Entities (one per source of the article) and the analysis of a claimant phrase. */

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
  /** The head was plural ("some party strategists"): many people, never one named later. */
  plural: boolean;
  inHeadline: boolean;
  mergedInto: Entity | null;
  /** From titles and gendered role nouns ("Ms", "councilwoman") or an earlier he/she. */
  gender: "f" | "m" | null;
}

export interface NpAnalysis {
  /** "none": the phrase names no one ("On Sunday", "The", "Later"). */
  type: "pronoun" | "name" | "common" | "none";
  pronoun?: string;
  /** Proper name without titles, as written. */
  name?: string;
  titles?: string;
  /** Unnamed source as written, without leading determiners. */
  label?: string;
  head?: string;
  definite?: boolean;
  startsWithThe?: boolean;
  /** "Other senators", "another official": not the ones named before. */
  other?: boolean;
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

/** An entity with nothing known yet but its kind and where it was first seen. */
export function newEntity(id: number, kind: EntityKind, pos: number): Entity {
  return {
    id,
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
    plural: false,
    inHeadline: false,
    mergedInto: null,
    gender: null,
  };
}
