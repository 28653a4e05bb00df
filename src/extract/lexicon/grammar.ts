/** Words that typically open a new sentence (used to decide whether "Inc." / "U.S." ends one). */
export const SENTENCE_OPENERS = `
  the a an he she it they we i in on at but and this that these those there his her its their our
  according after before as when while however meanwhile some many most several other officials
  police analysts it's if for last since during under one two three four five both all no not
  now yet so still also earlier later separately
`;

/** Pronouns, by what they may refer to. */
export const PERSON_PRONOUNS = "he she him her";
export const THING_PRONOUNS = "it";
export const PLURAL_PRONOUNS = "they them";
/** Pronouns as the object of a preposition ending a source: "a person close to her". */
export const OBJECT_PRONOUNS = "him her them us me";

/** Words that make a candidate noun phrase impossible as a subject (finite verbs, subordinators). */
export const NP_STOPWORDS = `
  is are was were be been being am has have had will would can could should shall may might must
  do does did that which who whom whose because if when while although though where than not
  there it's he's she's they're we're i'm isn't wasn't aren't weren't don't doesn't didn't won't
  can't couldn't shouldn't and/or whether despite unless until since so such
  nothing something anything everything
`;

/** Words that name no one on their own ("The said", "Wednesday"), as do INTRO_WORDS and DATE_WORDS. */
export const NOT_A_NAME_WORDS = "the a an week weekend month year today tonight";

/**
 * Capitalised before a name, no part of it ("To Sharp, …", "If Obama …"), as INTRO_WORDS:
 * "Neither Alan Grayson nor …", "Rival Hillary Clinton", a headline's "Does Rubio …?" ("Will" is
 * a given name, so it is not here).
 */
export const NOT_A_NAME_LEADS = `
  to neither either rival fellow does did do is are was were has have had can could should would
`;

/**
 * Coordinating conjunctions: before a report's prefix they join it to the sentence before, and
 * the words after them decide whether it is an opening ("But on Tuesday, X said") or content
 * ("But California has seen a surge, X said").
 */
export const COORDINATORS = "and but so yet or nor";

/**
 * Subordinators whose clause is part of what is claimed: "If the levy rises again, Ruiz said,
 * small shops will close" claims the condition with its consequence.
 */
export const CONDITION_OPENERS = "if unless although though because whereas";

/** Words that open an introductory phrase before the subject ("On Tuesday, the minister said"). */
export const INTRO_WORDS = `
  amid amidst on in at during after before speaking asked later earlier under from following since last this
  meanwhile however separately instead still yet also writing responding addressing interviewed
  overall then today yesterday previously elsewhere afterwards despite like unlike as when while
  although though if for with without by through throughout over back now similarly likewise
  nonetheless nevertheless moreover furthermore additionally ultimately finally initially
  originally recently until citing referring commenting reacting testifying appearing in talking
  separately earlier but and so according once within beyond besides across among amongst around
  upon toward towards behind against because unless whereas
  interestingly specifically suddenly notably importantly significantly curiously ironically
  predictably surprisingly unsurprisingly tellingly even
`;

/** Determiners and quantifiers that may open a noun phrase ("the", "some", "two"). */
export const DETERMINERS = `
  the a an one some several many two three four five six seven eight nine ten dozens other both all
  most few various numerous multiple certain
`;

/** The articles: all an unnamed source's label drops ("the officials"; "some officials" keeps its quantifier). */
export const ARTICLES = "the a an";

/** Words after which a reporting verb's form is a noun ("the report", "amid claims that"). */
export const NOUN_PRECEDERS = `
  the a an its his her their this these those our your my one two three four five six seven
  eight nine ten several many some no any such other more most about of amid despite over
  against following with without
`;

/** Words that may open the words between a verb and its "that" ("said on Tuesday that"). */
export const THAT_GAP_WORDS = `
  out on in at during last this earlier late early yesterday today to via with without before
  after outside from through when while for repeatedly again also publicly privately separately
  previously recently later overnight
`;

/** Adverbs skipped after a reporting verb ("said yesterday that", "told reporters again"). */
export const VERB_ADVERBS = `
  yesterday today tonight overnight earlier later previously recently again also repeatedly
  publicly privately separately then now too afterwards
`;

/**
 * Adverbs between "but" and the verb of the speaker's second predicate ("said A, but later
 * called it B"), and before its auxiliary ("but never has …").
 */
export const SECOND_PREDICATE_ADVERBS = "also then later still never quickly since";

/** Words opening an aside after an attribution, besides ASIDE_VERBS (", visibly moved"). */
export const ASIDE_WORDS: readonly string[] = [
  "visibly",
  "before",
  "after",
  "as he",
  "as she",
  "without",
];

/** Conjunctions and relatives opening a clause whose subject reports ("after the mayor said"). */
export const CLAUSE_OPENERS = `
  after when as because while since before until once although though whereas which whom
`;

/**
 * What opens a second speaker's report inside a sentence (body/sentence.ts): "…, while B said
 * C" (comma or not), "…, and B said C" (after a comma), "…, compared with B who say C".
 */
/** "argued for bail, telling the judge that C", "spoke against the plan, saying C": advocacy, not a content. */
export const ADVOCACY_PREPOSITIONS = "for against";
export const REPORT_CONTRASTS = "while whereas";
export const REPORT_COORDINATORS = "and but";
export const REPORT_COMPARISONS = ["compared with", "compared to"];
/** Words that cannot open that speaker: a relative or question word, an auxiliary (a verb of the first subject). */
export const NOT_A_SECOND_SUBJECT = `
  which who whom whose what that how when where why if as also then
  has have had is was are were will would could should can may might did does do
`;

/** Subordinating conjunctions inside a chunk ("… began when the senator told …"). */
export const SUBORDINATORS =
  "when after as because while since before until once although though where if";

/**
 * Subordinators that open a sentence whose first clause may report ("While the mayor said C,
 * commuters …"); "if" does not (a condition reports nothing), nor "as" ("As the mayor said, C"
 * credits the main clause: as-reported).
 */
export const REPORT_CLAUSE_OPENERS = `
  when after because while since before although though once whereas
`;
export const REPORT_CLAUSE_OPENER_PHRASES = ["even though"];

/** Subordinators of two words ("…, even though attendees said C"), before the one-word ones. */
export const SUBORDINATOR_PHRASES = ["even though", "even as", "even if", "even when"];

/** Words that end a recipient after "told" ("told reporters on Tuesday that"). */
export const RECIPIENT_ENDERS = `
  the a an its his her their some many all no several one two three four five six seven eight
  nine ten about more at in on last during after before earlier yesterday today outside inside
  near from via by with for over late early
`;

/** Auxiliaries and modals: after one of them, the word before was a subject. */
export const AUXILIARIES = `
  had has have was were is are will would could can did should may might must
`;

/** First-person pronouns (the others are above). */
export const FIRST_PERSON_PRONOUNS = "we i";

/**
 * Prepositions that open a phrase before the subject ("In Kayar, …", "after the vote"), whether
 * capitalised or not. CAPITALISED_PHRASE_OPENERS open one only capitalised (lower-case "for",
 * "by" are inside names: "Department for Transport").
 */
export const PHRASE_OPENERS = `
  in on at from during after before under over near outside inside across since until through
  into amid despite following
`;
export const CAPITALISED_PHRASE_OPENERS = "for with by although though while when if";

/**
 * Words that open the circumstance of a report, not what it says, in a sentence that ends in a
 * colon before the quote it introduces ("the committee said about its platform:").
 */
export const CIRCUMSTANCE_OPENERS = "about after before during following in on of at with for";

/**
 * Words before "to <reporting verb>" that make the report not one made: "declined to say",
 * "is expected to announce", "wants to argue" ("took to Twitter to say" is one made).
 */
export const UNREPORTED_BEFORE_TO = `
  declined declines refused refuses failed fails want wants wanted expected expects plan plans
  planned hope hopes hoped set going likely unlikely about need needs needed is was are were be
  been has have had will would could should might may must seem seems seemed appear appears
  appeared try tries tried ready able unable afraid reluctant due asked urged invited
`;

/** Objects that say a report holds nothing: "The mayor has said little about the tram". */
export const NOTHING_SAID = "little nothing";

/** Hedges before "to <reporting verb>": "The memos seem to show that C" still reports C. */
export const HEDGES_BEFORE_TO = "seem seems seemed appear appears appeared";

/** Particles after a participle that opens a phrase before the subject ("Looking back at …"). */
export const PARTICIPLE_PARTICLES = "back up down out off ahead";

/** Words in -ing or -ed that open no participial phrase ("Nothing the president said …"). */
export const NOT_PARTICIPLES = `
  nothing something anything everything morning evening spring thing king wedding building
  hundred
`;

/** Words that may stand before a determiner inside a noun phrase ("head of the", "close to the"). */
export const NP_LINK_WORDS = `
  of at for in on with from by to about over under into between near across against among behind
  beyond within without inside outside around after before during including like unlike than as
  per via both all half close familiar briefed involved
`;

/** Quantifiers of a part ("one of the people", "some of those present"). */
export const PARTITIVE_QUANTIFIERS = "one some two three several many most none each any";
/** Comparatives that make "than" part of a quantity: "More than half of the voters said". */
export const COMPARATIVE_QUANTIFIERS = "more fewer less";
/** Quantifiers of a whole, after the partitive ones ("all of them", "both of them"). */
export const WHOLE_QUANTIFIERS = "all both";

/**
 * Words that may trail a subject before its verb, dropped from the claimant ("the minister
 * then", "officials on Tuesday"): adverbs, auxiliaries, time words.
 */
export const SUBJECT_TRAILERS = `
  then also later previously repeatedly reportedly recently publicly privately separately again
  further still now already once earlier initially originally long subsequently finally
  immediately firmly flatly strongly openly officially formally categorically has have had
  would will could can may might did does do yesterday today tonight overnight late early even
  since
`;

/**
 * Nouns and adjectives ending in "-ly", which a subject may end with: any other lower-case
 * "-ly" word there is an adverb, no part of the claimant ("Cruz gingerly said", "the mayor
 * quickly added"), but "the family said", "the weekly reported" keep theirs.
 */
export const LY_NOUNS = `
  family ally tally assembly rally supply reply daily weekly monthly quarterly yearly biweekly elderly
  bully monopoly anomaly butterfly belly lily jelly folly homily melancholy ugly holy
`;

/** "said by telephone", "told by email": a means after "by" keeps the verb active (verb.ts). */
export const MEANS_AFTER_BY = `
  telephone phone cellphone email e-mail text letter video videolink satellite teleconference
  conference radio fax
`;

/**
 * Words opening a trailing aside after an interposed cue ("C, the company said, compared with
 * a year ago"): what follows is no part of the content. Otherwise the words after the cue
 * continue it ("The problem, she said, is that …"), reasons and contrasts too ("C, economists
 * say, because …", "…, including …", "…, while …", "…, though …").
 */
export const TRAILING_ASIDE_OPENERS = `
  compared citing up down from after before in on at as with since amid despite
  following adding noting saying when where which who during
`;

/** Number words in a group's description ("Sixty-six percent", "half of the voters"). */
export const COUNT_WORDS = `
  one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
  sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety
  hundred half third quarter dozen
`;
