/**
 * The extractor's words. The files beside this one are data only, one per kind of word; this
 * is the one place their lists become Sets, Maps or regex alternations, built once at module
 * load. Every other file of the extractor takes its words from here.
 *
 * Lists are about news writing in general (titles, reporting verbs, organisation nouns,
 * countries), never about a particular article. Verb forms are generated from lemmas
 * (inflect.ts). Alternations keep the order of their list: where one word starts another
 * ("court", "courthouse"), the order decides the match.
 */
import * as abbreviations from "./abbreviations";
import * as documents from "./documents";
import * as gender from "./gender";
import * as grammar from "./grammar";
import * as names from "./names";
import * as orgs from "./orgs";
import * as places from "./places";
import * as roles from "./roles";
import * as time from "./time";
import * as titles from "./titles";

export { inflect, type VerbForm } from "./inflect";
export { SYNONYMS } from "./synonyms";

/** The words of a whitespace-separated list. */
export function words(list: string): string[] {
  return list.split(/\s+/).filter(Boolean);
}

function set(...lists: string[]): Set<string> {
  const out = new Set<string>();
  for (const list of lists) for (const w of words(list)) out.add(w);
  return out;
}

/** Abbreviations that never end a sentence (titles before a name). Lower-case, no dot. */
export const TITLE_ABBREVIATIONS = set(abbreviations.TITLE_ABBREVIATIONS);

/** Abbreviations that usually do not end a sentence unless a typical sentence opener follows. */
export const OTHER_ABBREVIATIONS = set(
  time.MONTH_ABBREVIATIONS.toLowerCase(),
  abbreviations.OTHER_ABBREVIATIONS,
  abbreviations.STATE_ABBREVIATIONS,
);

/** Words that typically open a new sentence (used to decide whether "Inc." / "U.S." ends one). */
export const SENTENCE_OPENERS = set(grammar.SENTENCE_OPENERS);

/** Title heads: the last of these in a capitalised run ends the title part. */
export const TITLE_HEADS = set(titles.TITLE_HEADS);

/** Qualifiers of institutions that are title words only before a head ("Health Minister"). */
export const QUALIFIER_TITLE_WORDS = set(titles.QUALIFIER_TITLE_WORDS);

/** Title words stripped from names for the canonical form. */
export const TITLE_WORDS = set(titles.TITLE_PREMODIFIERS, titles.QUALIFIER_TITLE_WORDS);
for (const w of TITLE_HEADS) TITLE_WORDS.add(w);
for (const w of words(titles.HEAD_ONLY_TITLES)) TITLE_WORDS.delete(w);

/** Post-nominal letters and honours after a name ("Helen Okafor KC"), as written, no dots. */
export const POST_NOMINALS = set(names.POST_NOMINALS);

/** Generational suffixes kept with the name ("Martin Luther King Jr."). Lower-case, no dot. */
export const NAME_SUFFIXES = set(names.NAME_SUFFIXES);

/** Words that mark a woman or a man (titles, gendered role nouns), lower-case, no dot. */
export const FEMALE_WORDS = set(gender.FEMALE_WORDS);
export const MALE_WORDS = set(gender.MALE_WORDS);

/** Given names that are almost always a woman's or a man's (lower-case, diacritics folded). */
export const FEMALE_GIVEN_NAMES = set(names.FEMALE_GIVEN_NAMES);
export const MALE_GIVEN_NAMES = set(names.MALE_GIVEN_NAMES);

/** Role nouns that name a person ("the general", "Iraq's spy chief", "the spokeswoman"). */
export const PERSON_ROLE_NOUNS = set(roles.PERSON_ROLE_NOUNS);

/** Nouns that name an organisation ("the ministry", "the company", "the centre"). */
export const ORG_NOUNS = set(orgs.ORG_NOUNS);

/** Plural or collective nouns for unnamed groups of sources. */
export const GROUP_NOUNS = set(roles.GROUP_NOUNS);

/** Documents that "say" things ("the report said", "according to the ministry's bulletin"). */
export const DOC_NOUNS = set(documents.DOC_NOUNS);

/** Pronouns and what they may refer to. */
export const PERSON_PRONOUNS = set(grammar.PERSON_PRONOUNS);
export const THING_PRONOUNS = set(grammar.THING_PRONOUNS);
export const PLURAL_PRONOUNS = set(grammar.PLURAL_PRONOUNS);

/** Words that make a candidate noun phrase impossible as a subject (finite verbs, subordinators). */
export const NP_STOPWORDS = set(grammar.NP_STOPWORDS);

/** Words that open an introductory phrase before the subject ("On Tuesday, the minister said"). */
export const INTRO_WORDS = set(grammar.INTRO_WORDS);

/** Determiners and quantifiers dropped from the front of unnamed sources. */
export const DETERMINERS = set(grammar.DETERMINERS);

/** Month names, lower-case, with their abbreviations. */
export const MONTH_NAMES = set(time.MONTHS.toLowerCase(), time.MONTH_ABBREVIATIONS.toLowerCase());

export interface CountryInfo {
  name: string;
  code: string;
}

/** Folded country names (and aliases) -> info. */
export const COUNTRY_NAMES = new Map<string, CountryInfo>();
/** Folded demonyms and capitals -> info (used for reviewer countries and descriptors). */
export const COUNTRY_HINTS = new Map<string, CountryInfo>();

for (const line of places.COUNTRY_TABLE.split("\n")) {
  const row = line.trim();
  if (!row) continue;
  const [countryNames = "", code = "", demonyms = "", capitals = ""] = row.split(":");
  const all = countryNames.split("|");
  const info: CountryInfo = { name: all[0] ?? "", code };
  for (const n of all) COUNTRY_NAMES.set(n.toLowerCase(), info);
  for (const d of demonyms.split("|")) if (d) COUNTRY_HINTS.set(d.toLowerCase(), info);
  for (const c of capitals.split("|")) if (c) COUNTRY_HINTS.set(c.toLowerCase(), info);
}

/** Lower-case particles inside personal and organisation names. */
export const NAME_PARTICLES = set(names.NAME_PARTICLES);

/** Particles that join a name but are not on their own a reason to keep going. */
export const WEAK_PARTICLES = set(names.WEAK_PARTICLES);

/** Organisation words inside proper names ("Ministry of Health", "Kiwoom Securities"). */
export const ORG_NAME_WORDS = set(orgs.ORG_NAME_WORDS);

/** Media organisations often quoted as sources. */
export const MEDIA_NAMES = set(orgs.MEDIA_NAMES);
