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
