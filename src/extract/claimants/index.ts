/**
 * Claimant noun phrases -> one canonical entity per article.
 *
 * A claimant mention is analysed (analyse.ts) into a pronoun, a proper name (names.ts: titles
 * stripped, appositions kept as description), an unnamed source (roles.ts: a role,
 * organisation or group noun) or a document (documents.ts). The article's Registry
 * (registry.ts) resolves mentions in text order against the entities seen so far: names by
 * their tokens or an acronym (match.ts, acronyms.ts, with the article's text: article.ts), role
 * nouns by their head, pronouns by recency (pronouns.ts). phrase.ts holds the phrase tests the
 * attribution rules use (isNounPhrase, isApposition, cleanNp).
 */
export { analyzeNp } from "./analyse";
export { countryCodeOf } from "./countries";
export { genderOf } from "./gender";
export {
  cleanNp,
  isApposition,
  isNounPhrase,
  isPartyStateParen,
  opensNamedParticipialPhrase,
  opensParticipialPhrase,
  stripPostNominals,
} from "./phrase";
export { Registry } from "./registry";
export { isSourceNoun, roleTokensOf, singular } from "./tokens";
export type { Entity, EntityKind, NpAnalysis } from "./types";
export { newEntity } from "./types";
