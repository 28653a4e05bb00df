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

/** Words that make a candidate noun phrase impossible as a subject (finite verbs, subordinators). */
export const NP_STOPWORDS = `
  is are was were be been being am has have had will would can could should shall may might must
  do does did that which who whom whose because if when while although though where than not
  there it's he's she's they're we're i'm isn't wasn't aren't weren't don't doesn't didn't won't
  can't couldn't shouldn't and/or whether despite unless until since so such
`;

/** Words that open an introductory phrase before the subject ("On Tuesday, the minister said"). */
export const INTRO_WORDS = `
  amid amidst on in at during after before speaking asked later earlier under from following since last this
  meanwhile however separately instead still yet also writing responding addressing interviewed
  overall then today yesterday previously elsewhere afterwards despite like unlike as when while
  although though if for with without by through throughout over back now similarly likewise
  nonetheless nevertheless moreover furthermore additionally ultimately finally initially
  originally recently until citing referring commenting reacting testifying appearing in talking
  separately earlier but and so according once within
`;

/** Determiners and quantifiers dropped from the front of unnamed sources. */
export const DETERMINERS = `
  the a an one some several many two three four five six seven eight nine ten dozens other both all
  most few various numerous multiple certain
`;

/** Words after which a reporting verb's form is a noun ("the report", "amid claims that"). */
export const NOUN_PRECEDERS = `
  the a an its his her their this these those our your my one two three four five six seven
  eight nine ten several many some no any such other more most about of amid despite over
  against following with without
`;

/** Words that may open the words between a verb and its "that" ("said on Tuesday that"). */
export const THAT_GAP_WORDS = `
  on in at during last this earlier late early yesterday today to via with before after outside
  from through when while for repeatedly again also publicly privately separately previously
  recently later overnight
`;

/** Adverbs skipped after a reporting verb ("said yesterday that", "told reporters again"). */
export const VERB_ADVERBS = `
  yesterday today tonight overnight earlier later previously recently again also repeatedly
  publicly privately separately then now too afterwards
`;

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

/** Subordinating conjunctions inside a chunk ("… began when the senator told …"). */
export const SUBORDINATORS =
  "when after as because while since before until once although though where if";

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
