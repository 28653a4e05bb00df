/**
 * Words the learned layer (src/extract/learned.ts) uses to decide which of the tagger's
 * readings are claims to check. Data only; lexicon/index.ts builds the sets.
 */

/** Cues that report a claim: speech, writing, documents that show (lemmas; forms generated). */
export const CLAIM_CUE_LEMMAS = `
  say tell report write add note claim argue warn insist announce deny suggest explain state
  assert allege contend maintain acknowledge admit predict estimate confirm declare testify tweet
  post respond reply counter stress emphasize emphasise conclude find show indicate reveal accuse
  dispute reject promise vow believe recall ask point
`;
/** Cue words that are no verb: "according to". */
export const CLAIM_CUE_WORDS = "according";

/** A content opening with these is a plan, a question or a fragment, not a statement. */
export const NOT_STATEMENT_OPENERS = `
  to for about whether on with of in at by from as if how why what when where which who whose than
  and or but
`;

/**
 * Cues that report a question (lemmas; forms generated): "asked whether the plant would close"
 * is what someone asked, reported, as "“Will the plant close?” she asked" is; its content
 * may open with a question word.
 */
export const QUESTION_CUE_LEMMAS = "ask";
/** The words an indirect question opens with after a question cue ("asked whether …"). */
export const INDIRECT_QUESTION_OPENERS = "whether if how why what when where which who";

/** Time words that, with a weekday or a month, open a circumstance rather than a statement. */
export const TIME_OPENER_WORDS = "yesterday today tonight last earlier";

/**
 * Cues whose "to …" content is a report all the same: a promise or a claim made ("vowed to
 * repeal the law", "claim to object to the plan"), not a plan or a wish.
 */
export const TO_REPORT_CUES = `
  vow vows vowed vowing promise promises promised promising pledge pledges pledged pledging
  claim claims claimed claiming
`;

/** Cues that report nothing when "to" follows: "…, adding to her lead" adds, it says nothing. */
export const ADD_TO_CUES = "add adds added adding";

/** A source opening with these is a fragment of the sentence, not who speaks. */
export const NOT_SOURCE_OPENERS = "which who whom that of and or by with to for";

/** Relative pronouns that stand for the noun phrase before them. */
export const RELATIVE_PRONOUNS = "who which that";

/** Words that make a clause: auxiliaries, modals, negated and contracted forms. */
export const AUXILIARIES = `
  is are was were be been being am has have had will would can could should shall may might must
  do does did won't isn't aren't wasn't weren't hasn't haven't hadn't doesn't don't didn't can't
  couldn't wouldn't shouldn't cannot it's he's she's they're we're i'm there's that's
`;

/** Irregular past forms common in news (regular ones end in -ed). */
export const PAST_FORMS = `
  went made took came gave got knew thought told found saw left felt kept began ran won lost paid
  met sold built sent spent led fell rose hit cut put set let said wrote spoke grew drove brought
  bought caught taught fought held stood understood became broke chose forgot meant sat shot struck
  threw wore
`;

/** Possessive and demonstrative determiners and the remaining pronouns. */
export const POSSESSIVES = "his her its their our this that these those we i you";

/**
 * A content opening with one of these is what its cue did to the subject itself ("found itself
 * at the center of …", "describes himself as …"), not a statement.
 */
export const NOT_CONTENT_OPENERS = `
  itself himself herself themselves myself ourselves yourself yourselves
`;

/**
 * Cue forms that are nouns as often as verbs: followed by a verb ("The October report exceeded
 * …", "Most Southern states that will hold …"), the cue was the noun of the subject.
 */
export const NOUN_LIKE_CUE_FORMS = `
  report reports note notes state states claim claims estimate estimates think
  finding findings tweet tweets post posts
`;

/** Words before a cue that make it a verb all the same ("which he claims was"). */
export const SUBJECT_PRONOUNS = "i you he she it we they who which that";

/** Lower-case words a line of names and affiliations may hold ("Institute for Justice"). */
export const NAME_LINE_LINKS = "of and the for at de van von";
