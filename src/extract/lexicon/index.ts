/**
 * The extractor's words. The files beside this one are data only, one per kind of word; this
 * is the one place their lists become Sets, Maps or regex alternations, built once at module
 * load. Every other file of the extractor takes its words from here.
 *
 * Lists are about news writing in general (titles, reporting verbs, organisation nouns,
 * countries), never about a particular article. Verb forms are generated from lemmas
 * (inflect.ts). Alternations keep the order of their list: where one word starts another
 * ("court", "courthouse"), the order decides the match.
 *
 * What stays with the rules: a short alternation of function words (prepositions,
 * determiners, pronouns, auxiliaries, connectives; a dozen words at most) that is the grammar
 * of one pattern, the defining words of a construction ("according to", "quoted … as saying"),
 * and the phrases of web pages in boilerplate.ts. Where rules accept different parts of one
 * kind of word (the particle lists in names.ts), the parts sit here side by side.
 */
import * as abbreviations from "./abbreviations";
import * as cues from "./cues";
import * as documents from "./documents";
import * as gender from "./gender";
import * as grammar from "./grammar";
import { inflect, pluralOf } from "./inflect";
import * as names from "./names";
import * as occasions from "./occasions";
import * as orgs from "./orgs";
import * as places from "./places";
import * as readings from "./readings";
import * as review from "./review";
import * as roles from "./roles";
import * as stopwords from "./stopwords";
import * as time from "./time";
import * as titles from "./titles";
import type { ReportingVerb, VerbForm, VerbList, VerbMark } from "./verbs";
import * as verbs from "./verbs";

export { inflect, pluralOf, type VerbForm } from "./inflect";
export { SYNONYMS } from "./synonyms";

type List = string | readonly string[];

/** The words of a whitespace-separated list (a list of phrases as it is). */
export function words(list: List): readonly string[] {
  return typeof list === "string" ? list.split(/\s+/).filter(Boolean) : list;
}

function set(...lists: List[]): Set<string> {
  const out = new Set<string>();
  for (const list of lists) for (const w of words(list)) out.add(w);
  return out;
}

const REGEX_SPECIAL = /[.*+?^${}()|[\]\\]/g;

/** A regex alternation of the words of the lists, in order, written literally, once each. */
export function alternation(...lists: List[]): string {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const list of lists)
    for (const w of words(list)) {
      if (seen.has(w)) continue;
      seen.add(w);
      out.push(w.replace(REGEX_SPECIAL, "\\$&"));
    }
  return out.join("|");
}

/** The forms of each lemma in turn: formsOf("say add", "ed s") -> said says added adds. */
function formsOf(lemmas: List, forms: string): string[] {
  const out: string[] = [];
  for (const lemma of words(lemmas))
    for (const form of words(forms)) out.push(inflect(lemma, form as VerbForm));
  return out;
}

/** The forms of a VerbList, form by form in the order of its keys. */
function listForms(list: VerbList): string[] {
  const out: string[] = [];
  for (const [form, lemmas] of Object.entries(list)) out.push(...formsOf(lemmas ?? "", form));
  return out;
}

/** "in" -> "In". */
function capitalised(list: List): string[] {
  return words(list).map((w) => w.charAt(0).toUpperCase() + w.slice(1));
}

/** Each noun, then its plural. */
function withPlurals(nouns: List): string[] {
  const out: string[] = [];
  for (const n of words(nouns)) out.push(n, pluralOf(n));
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
export const NAME_SUFFIXES = set(names.NAME_SUFFIXES.toLowerCase());

/** Words that mark a woman or a man (titles, gendered role nouns), lower-case, no dot. */
export const FEMALE_WORDS = set(gender.FEMALE_WORDS);
export const MALE_WORDS = set(gender.MALE_WORDS);

/** Given names that are almost always a woman's or a man's (lower-case, diacritics folded). */
export const FEMALE_GIVEN_NAMES = set(names.FEMALE_GIVEN_NAMES);
export const MALE_GIVEN_NAMES = set(names.MALE_GIVEN_NAMES);

/** Role nouns that name a person ("the general", "Iraq's spy chief", "the spokeswoman"). */
export const PERSON_ROLE_NOUNS = set(roles.PERSON_ROLE_NOUNS);
export const PARTY_LABELS = set(roles.PARTY_LABELS);

/** Nouns that name an organisation ("the ministry", "the company", "the centre"). */
export const ORG_NOUNS = set(orgs.ORG_NOUNS);

/** Plural or collective nouns for unnamed groups of sources. */
export const GROUP_NOUNS = set(roles.GROUP_NOUNS);

/** Documents that "say" things ("the report said", "according to the ministry's bulletin"). */
export const DOC_NOUNS = set(documents.DOC_NOUNS);
/** DOC_NOUNS as a regex alternation ("issued a statement saying C"). */
export const DOC_NOUN_ALT = alternation(documents.DOC_NOUNS);

/** Pronouns and what they may refer to. */
export const PERSON_PRONOUNS = set(grammar.PERSON_PRONOUNS);
export const THING_PRONOUNS = set(grammar.THING_PRONOUNS);
export const PLURAL_PRONOUNS = set(grammar.PLURAL_PRONOUNS);
export const OBJECT_PRONOUNS = set(grammar.OBJECT_PRONOUNS);

/** Words that make a candidate noun phrase impossible as a subject (finite verbs, subordinators). */
export const NP_STOPWORDS = set(grammar.NP_STOPWORDS);

/** Function words left out when claims are matched (src/matching/), and the negations kept apart. */
export const MATCH_STOPWORDS = set(stopwords.STOPWORDS);
export const NEGATIONS = set(stopwords.NEGATIONS);

/** Words that open an introductory phrase before the subject ("On Tuesday, the minister said"). */
export const INTRO_WORDS = set(grammar.INTRO_WORDS);
export const COORDINATORS = set(grammar.COORDINATORS);
export const CONDITION_OPENERS = set(grammar.CONDITION_OPENERS);
export const NOT_A_NAME_WORDS = set(grammar.NOT_A_NAME_WORDS);
export const NOT_A_NAME_LEADS = set(grammar.NOT_A_NAME_LEADS);

/** Determiners and quantifiers that may open a noun phrase ("the", "some", "two"). */
export const DETERMINERS = set(grammar.DETERMINERS);
/** The articles, all an unnamed source's label drops ("some officials" keeps its quantifier). */
export const ARTICLES = set(grammar.ARTICLES);
export const COUNT_WORDS = set(grammar.COUNT_WORDS);

/** Month names, lower-case, with their abbreviations. */
export const MONTH_NAMES = set(time.MONTHS.toLowerCase(), time.MONTH_ABBREVIATIONS.toLowerCase());
/** Weekday names, lower-case: never part of a name ("Gowdy Thursday said"). */
export const WEEKDAY_NAMES = set(time.WEEKDAYS.toLowerCase());

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

// Reporting verbs (verbs.ts): the forms of every lemma, and the sets the rules test.

function reportingForms(ok: (v: ReportingVerb) => boolean): string[] {
  const out: string[] = [];
  for (const v of verbs.REPORTING_VERBS) if (ok(v)) out.push(...formsOf(v.lemma, v.forms));
  return out;
}

function marked(mark: VerbMark): Set<string> {
  return set(reportingForms((v) => words(v.marks ?? "").includes(mark)));
}

/** Every form of a reporting verb, as a regex alternation. */
export const REPORTING_VERB_ALT = alternation(reportingForms(() => true));
/** Every form of a reporting verb (single lower-case words). */
export const REPORTING_VERB_FORMS = set(reportingForms(() => true));
/** Verbs whose content needs "that" (frame "that"). */
export const THAT_VERBS = set(reportingForms((v) => v.frame === "that"));
/** Verbs whose noun-phrase object is content (frame "object"). */
export const OBJECT_VERBS = set(reportingForms((v) => v.frame === "object"));
/** Verbs with a listener before the content (frame "recipient"). */
export const RECIPIENT_VERBS = set(reportingForms((v) => v.frame === "recipient"));
/** Verbs that report only after their content (frame "tail"). */
export const TAIL_VERBS = set(reportingForms((v) => v.frame === "tail"));
export const DENIAL_VERBS = marked("denial");
/** "warned of …": the forms whose "of" opens the content. */
export const WARN_FORMS = set(formsOf("warn", "base s ed ing"));
export const DENIAL_VERB_ALT = alternation(
  reportingForms((v) => words(v.marks ?? "").includes("denial")),
);
export const ACT_VERBS = marked("act");
export const DOCUMENT_VERBS = marked("document");
export const NAMING_VERBS = marked("naming");
export const DESCRIBING_VERBS = marked("describing");
export const RULING_VERBS = marked("ruling");

// Verbs of single rules (verbs.ts), as regex alternations in the forms each rule matches.

export const COORDINATED_REPORT_ALT = alternation(formsOf(verbs.COORDINATED_REPORTS, "ed s"));
export const ADDED_REPORT_ALT = alternation(formsOf(verbs.ADDED_REPORTS, "ing"));
export const CONCESSIVE_REPORT_ALT = alternation(formsOf(verbs.CONCESSIVE_REPORTS, "ed"));
export const RELATIVE_REPORT_ALT = alternation(formsOf(verbs.RELATIVE_REPORTS, "ed s"));
export const AS_REPORT_ALT = alternation(formsOf(verbs.AS_REPORTS, "ed s pp base"));
/** The lemmas of AS_REPORTS, which are also their base forms ("as polls show"). */
export const AS_REPORT_BASES = set(verbs.AS_REPORTS);
export const OPENING_PARTICIPLE_ALT = alternation(
  capitalised(formsOf(verbs.OPENING_PARTICIPLE_REPORTS, "ing")),
  formsOf(verbs.OPENING_PARTICIPLE_REPORTS, "pp").map((w) => `Having ${w}`),
);
export const SAYING_REPORT_ALT = alternation(formsOf(verbs.SAYING_REPORTS, "ing"));
export const SAYING_TO_REPORT_ALT = alternation(formsOf(verbs.SAYING_TO_REPORTS, "ing"));
export const WITH_REPORT_ALT = alternation(formsOf(verbs.WITH_REPORTS, "ing"));
export const IN_WHAT_REPORT_ALT = alternation(formsOf(verbs.IN_WHAT_REPORTS, "ed"));
export const ASIDE_ALT = alternation(
  formsOf(verbs.ASIDE_VERBS, "ing"),
  formsOf(verbs.ASIDE_PARTICIPLES, "pp"),
  grammar.ASIDE_WORDS,
);
export const INVERSION_ASIDE_ALT = alternation(formsOf(verbs.INVERSION_ASIDE_VERBS, "ing"));

// Function words (grammar.ts) as regex alternations.

export const NOUN_PRECEDER_ALT = alternation(grammar.NOUN_PRECEDERS);
export const TRAILING_ASIDE_OPENERS = set(grammar.TRAILING_ASIDE_OPENERS);
export const MEANS_AFTER_BY_ALT = alternation(grammar.MEANS_AFTER_BY);
export const THAT_GAP_ALT = alternation(grammar.THAT_GAP_WORDS);
export const VERB_ADVERB_ALT = alternation(grammar.VERB_ADVERBS);
export const SECOND_PREDICATE_ADVERB_ALT = alternation(grammar.SECOND_PREDICATE_ADVERBS);
export const CLAUSE_OPENER_ALT = alternation(grammar.SUBORDINATOR_PHRASES, grammar.CLAUSE_OPENERS);
export const SUBORDINATOR_ALT = alternation(grammar.SUBORDINATOR_PHRASES, grammar.SUBORDINATORS);
export const REPORT_CLAUSE_OPENER_ALT = alternation(
  grammar.REPORT_CLAUSE_OPENER_PHRASES,
  grammar.REPORT_CLAUSE_OPENERS,
);
export const RECIPIENT_ENDER_ALT = alternation(grammar.RECIPIENT_ENDERS);
export const AUXILIARY_ALT = alternation(grammar.AUXILIARIES);

// Time (time.ts), occasions (occasions.ts), documents (documents.ts) as regex alternations.

export const MONTH_ALT = alternation(time.MONTHS, time.MONTH_ABBREVIATIONS);
export const WEEKDAY_ALT = alternation(time.WEEKDAYS);
export const PERIOD_ALT = alternation(time.PERIODS);
export const LAST_PERIOD_ALT = alternation(time.LAST_PERIODS);
export const DAY_PART_ALT = alternation(time.DAY_PARTS);
export const SEASON_ALT = alternation(time.SEASONS);
export const OCCASION_ALT = alternation(occasions.OCCASIONS);
export const EVENT_ALT = alternation(occasions.EVENTS);
export const PUBLISHING_ALT = alternation(formsOf(occasions.PUBLISHING_VERBS, "pp"));
export const PLATFORM_ALT = alternation(occasions.PLATFORMS);
/** Document heads and the plurals of the singular ones ("polls show", "studies found"). */
export const DOCUMENT_HEAD_ALT = alternation(
  words(documents.DOCUMENT_HEADS).flatMap((n) =>
    /s$/u.test(n) || n === "data" || n === "research" ? [n] : [n, pluralOf(n)],
  ),
);
export const DOCUMENT_HEADS = set(documents.DOCUMENT_HEADS);
export const DOCUMENT_ADJECTIVE_ALT = alternation(documents.DOCUMENT_ADJECTIVES);
export const REPORT_NOUN_ALT = alternation(
  withPlurals(documents.REPORT_NOUNS),
  documents.UNCOUNTED_REPORT_NOUNS,
);
export const ADVOCACY_PREPOSITION_ALT = alternation(grammar.ADVOCACY_PREPOSITIONS);
/** "the claim", "the claims", …, "the account": objects that only point back. */
export const POINTER_OBJECT_ALT = alternation(
  [...withPlurals(documents.POINTER_NOUNS), ...words(documents.SINGULAR_POINTER_NOUNS)].map(
    (n) => `the ${n}`,
  ),
);

// Names, places, roles.

export const LEAD_PARTICLE_ALT = alternation(names.LEAD_PARTICLES);
export const APPOSITION_PARTICLE_ALT = alternation(names.APPOSITION_PARTICLES);
export const REGION_ADJECTIVE_ALT = alternation(places.REGION_ADJECTIVES);
export const PRESS_NOUN_ALT = alternation(roles.PRESS_NOUNS);

// Claimant phrases (claimants.ts).

/** Every pronoun a claimant phrase may be. */
export const PRONOUNS = set(
  grammar.PERSON_PRONOUNS,
  grammar.THING_PRONOUNS,
  grammar.PLURAL_PRONOUNS,
  grammar.FIRST_PERSON_PRONOUNS,
);
export const NAME_SUFFIX_ALT = alternation(names.NAME_SUFFIXES);
export const ORG_NAME_LINK_ALT = alternation(names.ORG_NAME_LINKS);
export const NP_LINK_WORDS = set(grammar.NP_LINK_WORDS);
export const PARTICIPLE_PARTICLES = set(grammar.PARTICIPLE_PARTICLES);
export const NOT_PARTICIPLES = set(grammar.NOT_PARTICIPLES);
export const UNREPORTED_BEFORE_TO = set(grammar.UNREPORTED_BEFORE_TO);
export const NOTHING_SAID_ALT = alternation(grammar.NOTHING_SAID);
export const HEDGE_BEFORE_TO_ALT = alternation(grammar.HEDGES_BEFORE_TO);
export const GENERIC_ORG_HEADS = set(orgs.GENERIC_ORG_HEADS);
export const GENERIC_DESCRIPTOR_HEADS = set(orgs.GENERIC_DESCRIPTOR_HEADS);
export const COMPANY_RELATION_NOUNS = set(orgs.COMPANY_RELATION_NOUNS);
export const COMPANY_SUFFIX_ALT = alternation(orgs.COMPANY_SUFFIXES);
export const COMPANY_DESCRIPTION_HEAD_ALT = alternation(orgs.COMPANY_DESCRIPTION_HEADS);
export const POLICE_FORCE_NAMES = words(orgs.POLICE_FORCE_NAMES);
export const OUTLET_ALT = alternation(orgs.OUTLET_NOUNS);
export const UNNAMED_SOURCE_HEADS = set(roles.UNNAMED_SOURCE_HEADS);
export const SPOKESPERSON_NOUNS = set(roles.SPOKESPERSON_NOUNS);
export const COLLEAGUE_ALT = alternation(roles.COLLEAGUE_NOUNS);
export { ROLE_FALLBACKS } from "./roles";
export const DEMONYM_NOUN_ALT = alternation(places.DEMONYM_NOUNS);
export const PARTITIVE_ALT = alternation(grammar.PARTITIVE_QUANTIFIERS);
export const QUANTIFIER_ALT = alternation(grammar.PARTITIVE_QUANTIFIERS, grammar.WHOLE_QUANTIFIERS);
export const COMPARATIVE_QUANTIFIERS = set(grammar.COMPARATIVE_QUANTIFIERS);
export const CIRCUMSTANCE_OPENERS = set(grammar.CIRCUMSTANCE_OPENERS);
export const SUBJECT_TRAILER_ALT = alternation(grammar.SUBJECT_TRAILERS);
export const LY_NOUN_ALT = alternation(grammar.LY_NOUNS);
export const SUBJECT_OCCASION_ALT = alternation(occasions.SUBJECT_OCCASIONS);
export const COMPANY_VERB_ALT = alternation(listForms(verbs.COMPANY_VERBS));
export const DOCUMENT_MAKING_ALT = alternation(formsOf(verbs.DOCUMENT_MAKING_VERBS, "pp"));
export const DOCUMENT_READING_ALT = alternation(formsOf(verbs.DOCUMENT_READING_VERBS, "pp"));

const phraseOpeners = [...words(grammar.PHRASE_OPENERS), ...listForms(verbs.PHRASE_OPENING_VERBS)];
export const PREPOSITION_OPENERS = set(grammar.PHRASE_OPENERS);
/** Words opening a phrase before the subject: capitalised, or written in lower case. */
export const PHRASE_OPENER_ALT = alternation(
  capitalised([
    ...phraseOpeners,
    ...words(grammar.CAPITALISED_PHRASE_OPENERS),
    ...listForms(verbs.CAPITALISED_PHRASE_OPENING_VERBS),
  ]),
  phraseOpeners,
);

// Check-worthiness cues (cues.ts).

export const NUMBER_WORDS = set(cues.NUMBER_WORDS);
export const DATE_WORDS = set(
  time.MONTHS.toLowerCase(),
  time.MONTH_ABBREVIATIONS.toLowerCase(),
  time.WEEKDAYS.toLowerCase(),
  cues.DATE_WORDS,
);
export const DATE_PERIODS = set(cues.DATE_PERIODS);
export const ACCUSATION_STEMS = set(cues.ACCUSATION_STEMS);
export const CAUSAL_WORDS = set(cues.CAUSAL_WORDS, listForms(verbs.CHANGE_VERBS));
export const OPINION_WORDS = set(cues.OPINION_WORDS, listForms(verbs.OPINION_VERBS));
export const FIRST_PERSON_OPINION_VERBS = set(verbs.FIRST_PERSON_OPINION_VERBS);
export const HEDGE_WORDS = set(cues.HEDGE_WORDS, listForms(verbs.HEDGE_VERBS));
export const CAPITALISED_FUNCTION_WORDS = set(cues.CAPITALISED_FUNCTION_WORDS);

// Sentences and headlines (segment.ts, headline.ts, body/sentence.ts).

export const AFTER_QUOTE_VERB_ALT = alternation(listForms(verbs.AFTER_QUOTE_VERBS));
export const TRAILING_DOCUMENT_VERB_ALT = alternation(listForms(verbs.TRAILING_DOCUMENT_VERBS));
export const PLAIN_REPORT_ALT = alternation(listForms(verbs.PLAIN_REPORTS));
export const HEADLINE_VERB_ALT = alternation(listForms(verbs.HEADLINE_VERBS));
export const SEMICOLON_REPORT_ALT = alternation(listForms(verbs.SEMICOLON_REPORTS));
export const CLAUSE_REPORT_ALT = alternation(listForms(verbs.CLAUSE_REPORTS));
export const WHO_REPORT_ALT = alternation(listForms(verbs.WHO_REPORTS));
export const REPORT_CONTRAST_ALT = alternation(grammar.REPORT_CONTRASTS);
export const REPORT_COORDINATOR_ALT = alternation(grammar.REPORT_COORDINATORS);
export const REPORT_COMPARISON_ALT = alternation(grammar.REPORT_COMPARISONS);
export const NOT_A_SECOND_SUBJECT_ALT = alternation(grammar.NOT_A_SECOND_SUBJECT);
export const RUN_PARTICLE_ALT = alternation(names.RUN_PARTICLES);
export const SUBJECT_PARTICLE_ALT = alternation(names.SUBJECT_PARTICLES);
export const APPOSITIVE_PARTICLE_ALT = alternation(names.APPOSITIVE_PARTICLES);

// The learned layer's readings (readings.ts).

/** Every form of a cue that reports a claim ("said", "shows", "according"). */
export const CLAIM_CUE_FORMS = set(
  formsOf(readings.CLAIM_CUE_LEMMAS, "base s ed pp ing"),
  readings.CLAIM_CUE_WORDS,
);
export const NOT_STATEMENT_OPENERS = set(readings.NOT_STATEMENT_OPENERS);
/** "asked", "asks", "asking": a cue that reports a question. */
export const QUESTION_CUE_FORMS = set(formsOf(readings.QUESTION_CUE_LEMMAS, "base s ed pp ing"));
export const INDIRECT_QUESTION_OPENERS = set(readings.INDIRECT_QUESTION_OPENERS);
/** A time opening a content with no verb ("Saturday night at the debate"): its circumstance. */
export const TIME_OPENERS = set(
  time.WEEKDAYS.toLowerCase(),
  time.MONTHS.toLowerCase(),
  readings.TIME_OPENER_WORDS,
);
export const NOT_CONTENT_OPENERS = set(readings.NOT_CONTENT_OPENERS);
export const NAME_LINE_LINKS = set(readings.NAME_LINE_LINKS);
export const NOUN_LIKE_CUE_FORMS = set(readings.NOUN_LIKE_CUE_FORMS);
export const SUBJECT_PRONOUNS = set(readings.SUBJECT_PRONOUNS);
export const TO_REPORT_CUES = set(readings.TO_REPORT_CUES);
export const ADD_TO_CUES = set(readings.ADD_TO_CUES);
export const NOT_SOURCE_OPENERS = set(readings.NOT_SOURCE_OPENERS);
export const RELATIVE_PRONOUNS = set(readings.RELATIVE_PRONOUNS);
export const AUXILIARIES = set(readings.AUXILIARIES);
export const PAST_FORMS = set(readings.PAST_FORMS);
export const POSSESSIVES = set(readings.POSSESSIVES);

// Page furniture (boilerplate.ts).

export const TIME_ZONE_ALT = alternation(time.TIME_ZONES);
export const PHOTO_AGENCY_ALT = alternation(orgs.PHOTO_AGENCIES);
export const PHOTO_CREDITS = words(orgs.PHOTO_CREDITS);

// Review signals (review/).

/** Words that say nothing about which claims a review signal concerns. */
export const NOT_TOPIC = set(review.NOT_TOPIC);
