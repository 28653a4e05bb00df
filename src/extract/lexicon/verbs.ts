/**
 * Verbs, as lemmas: lexicon/index.ts generates the forms (inflect.ts) and builds the sets and
 * regex alternations the rules use. `forms` lists which inflections a rule matches (base, s,
 * ed, pp, ing); a form left out was never matched, and adding one changes what is extracted.
 */

/**
 * What may follow a reporting verb in "X <verb> …":
 *   clause     the content, "that" optional ("said (that) C", "C, she said")
 *   that       the content only after "that" ("noted that C"; "noted the rise" reports nothing)
 *   object     a noun phrase is content too ("denied the allegations", "announced a recall")
 *   recipient  a listener first ("told reporters (that) C")
 *   tail       only after its content ("“Why?” she asked")
 */
export type Frame = "clause" | "that" | "object" | "recipient" | "tail";

/**
 * Marks that single out verbs for one rule:
 *   denial      a denial ("denied", "rejected"): the claims it answers are disputed
 *   act         an act unless its object is a report ("rejected a bid" / "rejected the claims")
 *   document    a document shows its content without "that" ("figures showed unemployment …")
 *   naming      "called for X" (a demand) or "called the bill “a disaster”"
 *   describing  "described the plan as “reckless”" (not "described how …")
 *   ruling      "The court ruled that C": a fact the reporter states, unless C comes first
 */
export type VerbMark = "denial" | "act" | "document" | "naming" | "describing" | "ruling";

/** Inflections: base (say), s (says), ed (said), pp (past participle: seen), ing (saying). */
export type VerbForm = "base" | "s" | "ed" | "pp" | "ing";

/** Lemmas by the form a rule matches: { ing: "speak write", ed: "ask" }. */
export type VerbList = Partial<Record<VerbForm, string>>;

export interface ReportingVerb {
  lemma: string;
  /** Inflections matched, space-separated: "base s ed". */
  forms: string;
  frame: Frame;
  /** Space-separated VerbMarks. */
  marks?: string;
}

/**
 * The reporting verbs of body sentences. A lemma listed twice has forms with different frames:
 * "officials fear", "analysts note", "they admit" (base) have always been read as clauses.
 */
export const REPORTING_VERBS: readonly ReportingVerb[] = [
  { lemma: "say", forms: "base s ed", frame: "clause" },
  { lemma: "caution", forms: "base s ed", frame: "clause" },
  { lemma: "suggest", forms: "base s ed", frame: "clause" },
  { lemma: "allege", forms: "base s ed", frame: "clause" },
  { lemma: "contend", forms: "base s ed", frame: "clause" },
  { lemma: "report", forms: "base", frame: "clause" },
  { lemma: "agree", forms: "base", frame: "clause" },
  { lemma: "fear", forms: "base", frame: "clause" },
  { lemma: "note", forms: "base", frame: "clause" },
  { lemma: "acknowledge", forms: "base", frame: "clause" },
  { lemma: "admit", forms: "base", frame: "clause" },
  { lemma: "add", forms: "s ed", frame: "clause" },
  { lemma: "believe", forms: "base s ed", frame: "clause" },
  { lemma: "insist", forms: "base s ed", frame: "clause" },
  { lemma: "argue", forms: "base s ed", frame: "clause" },
  { lemma: "assert", forms: "s ed", frame: "clause" },
  { lemma: "testify", forms: "base s ed", frame: "clause" },
  { lemma: "write", forms: "base s ed", frame: "clause" },
  { lemma: "tweet", forms: "ed", frame: "clause" },
  { lemma: "explain", forms: "s ed", frame: "clause" },
  { lemma: "stress", forms: "s ed", frame: "clause" },
  { lemma: "emphasise", forms: "s ed", frame: "clause" },
  { lemma: "emphasize", forms: "s ed", frame: "clause" },
  { lemma: "complain", forms: "s ed", frame: "clause" },
  { lemma: "concede", forms: "s ed", frame: "clause" },
  { lemma: "think", forms: "base s", frame: "clause" },
  { lemma: "boast", forms: "ed", frame: "clause" },
  { lemma: "rule", forms: "s ed", frame: "clause", marks: "ruling" },

  { lemma: "agree", forms: "s ed", frame: "that" },
  { lemma: "fear", forms: "s ed", frame: "that" },
  { lemma: "note", forms: "s ed", frame: "that" },
  // "pointed out that C" ("out" is a THAT_GAP_WORD); not "points", a noun before "that" too.
  { lemma: "point", forms: "ed", frame: "that" },
  { lemma: "maintain", forms: "s ed", frame: "that" },
  { lemma: "state", forms: "s ed", frame: "that" },
  { lemma: "declare", forms: "s ed", frame: "that" },
  { lemma: "counter", forms: "ed", frame: "that" },
  { lemma: "respond", forms: "ed", frame: "that" },
  { lemma: "reply", forms: "s ed", frame: "that" },
  { lemma: "conclude", forms: "s ed", frame: "that" },
  { lemma: "find", forms: "base s ed", frame: "that", marks: "document" },
  { lemma: "show", forms: "base s ed", frame: "that", marks: "document" },
  { lemma: "hope", forms: "s ed", frame: "that" },
  { lemma: "expect", forms: "s ed", frame: "that" },
  { lemma: "recall", forms: "s ed", frame: "that" },
  { lemma: "indicate", forms: "base s ed", frame: "that", marks: "document" },
  { lemma: "observe", forms: "ed", frame: "that" },
  { lemma: "project", forms: "ed", frame: "that" },
  { lemma: "post", forms: "s ed", frame: "that" },

  { lemma: "report", forms: "s ed", frame: "object" },
  { lemma: "claim", forms: "base s ed", frame: "object" },
  { lemma: "warn", forms: "base s ed", frame: "object" },
  { lemma: "announce", forms: "base s ed", frame: "object" },
  { lemma: "confirm", forms: "base s ed", frame: "object" },
  { lemma: "acknowledge", forms: "s ed", frame: "object" },
  { lemma: "admit", forms: "s ed", frame: "object" },
  { lemma: "estimate", forms: "base s ed", frame: "object" },
  { lemma: "predict", forms: "base s ed", frame: "object" },
  { lemma: "forecast", forms: "s ed", frame: "object" },
  { lemma: "reveal", forms: "base s ed", frame: "object" },
  { lemma: "disclose", forms: "base s ed", frame: "object" },
  { lemma: "pledge", forms: "s ed", frame: "object" },
  { lemma: "promise", forms: "s ed", frame: "object" },
  { lemma: "vow", forms: "s ed", frame: "object" },
  { lemma: "threaten", forms: "s ed", frame: "object" },
  { lemma: "urge", forms: "s ed", frame: "object" },
  { lemma: "demand", forms: "s ed", frame: "object" },
  { lemma: "accuse", forms: "base s ed", frame: "object" },
  { lemma: "deny", forms: "base s ed", frame: "object", marks: "denial" },
  { lemma: "reject", forms: "base s ed", frame: "object", marks: "denial act" },
  { lemma: "dismiss", forms: "base s ed", frame: "object", marks: "denial act" },
  { lemma: "dispute", forms: "base s ed", frame: "object", marks: "denial" },
  { lemma: "refute", forms: "s ed", frame: "object", marks: "denial" },
  { lemma: "blame", forms: "s ed", frame: "object" },
  { lemma: "criticise", forms: "s ed", frame: "object" },
  { lemma: "criticize", forms: "s ed", frame: "object" },
  { lemma: "call", forms: "s ed", frame: "object", marks: "naming" },
  { lemma: "repeat", forms: "ed", frame: "object" },
  { lemma: "reiterate", forms: "ed", frame: "object" },
  { lemma: "describe", forms: "s ed", frame: "object", marks: "describing" },

  { lemma: "tell", forms: "base s ed", frame: "recipient" },
  { lemma: "assure", forms: "s ed", frame: "recipient" },
  { lemma: "inform", forms: "ed", frame: "recipient" },

  { lemma: "ask", forms: "s ed", frame: "tail" },
  // "“We will win,” he continued": only after its quote ("continued to grow" reports nothing).
  { lemma: "continue", forms: "s ed", frame: "tail" },
];

/** Forms the regular rules of inflect.ts get wrong. `pp` defaults to `ed`. */
export const IRREGULAR_VERBS: Readonly<Record<string, Partial<Record<VerbForm, string>>>> = {
  admit: { ed: "admitted", ing: "admitting" },
  cut: { ed: "cut", ing: "cutting" },
  drive: { ed: "drove", pp: "driven" },
  drop: { ed: "dropped", ing: "dropping" },
  fall: { ed: "fell", pp: "fallen" },
  find: { ed: "found" },
  forecast: { ed: "forecast" },
  grow: { ed: "grew", pp: "grown" },
  plan: { ed: "planned", ing: "planning" },
  refer: { ed: "referred", ing: "referring" },
  rise: { ed: "rose", pp: "risen" },
  say: { ed: "said" },
  see: { ed: "saw", pp: "seen" },
  show: { pp: "shown" },
  speak: { ed: "spoke", pp: "spoken" },
  swing: { ed: "swung" },
  tell: { ed: "told" },
  think: { ed: "thought" },
  write: { ed: "wrote", pp: "written" },
};

/*
 * Verbs of one rule each, in the order of its alternation. The form a rule matches is given
 * with each list; phrasal lemmas inflect their first word ("call for" -> "called for").
 */

/** "…, and accused B of C" / "but also warned that C" / "…, but insists C": a second report of the subject (ed, s). */
export const COORDINATED_REPORTS: readonly string[] = [
  ...["accuse", "warn", "deny", "say", "claim", "add", "urge", "call for", "insist", "argue"],
  ...["reject", "dismiss", "vow", "pledge", "promise", "threaten", "predict", "estimate"],
  ...["confirm", "acknowledge", "admit", "suggest", "dispute", "caution", "note", "stress"],
  ...["concede", "maintain", "question whether", "question"],
];

/** "…, adding that C" / "…,” saying C" / "… — asserting that C": a participle that reports more (ing). */
export const ADDED_REPORTS = `
  say add argue insist warn note claim stress explain acknowledge complain predict estimate
  declare assert contend suggest maintain
`;

/** "…, though he also noted that C" (ed). */
export const CONCESSIVE_REPORTS =
  "note say add warn caution acknowledge concede stress insist admit";

/** "…, which it said had cost $4m" (ed, s). */
export const RELATIVE_REPORTS = "say claim estimate believe";

/** "As Politico reported, C" / "C, as polls show" (ed, s, pp, base; "pointed out", "put it"). */
export const AS_REPORTS = `
  report say note write reveal explain argue show find suggest state mention observe detail
  document disclose confirm acknowledge claim predict warn tell point put
`;

/**
 * "Noting that C, X urged …", "Having announced that C, X …": a participle that opens the
 * sentence reports C, its subject the main clause's (ing; pp after "Having").
 */
export const OPENING_PARTICIPLE_REPORTS = `
  say argue insist warn claim note stress allege announce acknowledge admit declare predict
  suggest explain concede
`;

/** "X fined Y, saying C": the participle's content (ing). */
export const SAYING_REPORTS = "say add argue insist warn claim write note stress allege";

/** "X did not seem impressed, telling reporters that C" / "…, telling CNN: “C”" (ing). */
export const SAYING_TO_REPORTS = "tell assure inform remind";

/** "…, with Governor Andrew Bailey warning that C" (ing). */
export const WITH_REPORTS = "say warn argue insist claim predict estimate caution note add";

/** "…, in what the minister said was an emergency measure" (ed). */
export const IN_WHAT_REPORTS: readonly string[] = ["say", "call", "describe as", "claim", "term"];

/** Asides after an attribution: ", speaking at a briefing", ", citing figures" (ing). */
export const ASIDE_VERBS = "speak laugh smile cite refer respond write react comment";

/** Asides that end the speaker of an inversion: "…, said X, adding …" (ing). */
export const INVERSION_ASIDE_VERBS = "speak laugh smile cite refer add say";

/** Asides that are a past participle: ", quoted by state media as …" (pp). */
export const ASIDE_PARTICIPLES = "quote";

/** Verbs that open a phrase before the subject ("Speaking on Tuesday, …", "Asked about …"). */
export const PHRASE_OPENING_VERBS: VerbList = {
  ing: "speak write respond address talk",
  ed: "ask",
};
/** The same, opening one only when capitalised ("Testifying before …", "Interviewed …"). */
export const CAPITALISED_PHRASE_OPENING_VERBS: VerbList = {
  ing: "testify appear react comment refer cite",
  ed: "interview",
};

/** What a company does after its name ("Acme cut its forecast", "Kessler planned …"). */
export const COMPANY_VERBS: VerbList = {
  s: "plan expect cut say",
  ed: "plan expect post report cut raise lower swing fall rise say",
};

/** A document and its maker: "a report published by …", "figures compiled by …" (pp). */
export const DOCUMENT_MAKING_VERBS = `
  publish release issue compile produce prepare conduct commission present unveil
`;

/** A document and its reader: "records reviewed by the Ledger" (pp). */
export const DOCUMENT_READING_VERBS = "see review obtain examine analyse analyze verify";

/** Verbs of change and cause: check-worthy comparisons ("rose", "doubled", "caused"). */
export const CHANGE_VERBS: VerbList = {
  base: "increase decrease rise jump cut surge drop decline",
  s: "increase cut",
  ed: "cause increase decrease rise fall jump surge drop grow decline double triple",
  pp: "drive rise fall",
  ing: "cause",
};

/** Verbs of opinion and feeling ("we love", "dreamed of"). */
export const OPINION_VERBS: VerbList = { base: "dream love", ed: "dream" };

/** Verbs of opinion after "I" ("I think", "I hope"). */
export const FIRST_PERSON_OPINION_VERBS = "think believe feel hope";

/** Hedging verbs ("it seems", "appears to"). */
export const HEDGE_VERBS: VerbList = { base: "seem appear", s: "seem appear" };

/** "“Why?” he asked.": an attribution after a quote ends no sentence (segment.ts). */
export const AFTER_QUOTE_VERBS: VerbList = {
  ed: "say ask add reply tell write insist shout explain continue recall warn note argue claim",
  s: "say ask add reply tell write",
};

/**
 * "…, a police report indicates", "…, a federal judge ruled Monday": what a document, a poll or
 * a court says after its content, like a speaker's "he said" (finish/trailing-cue.ts).
 */
export const TRAILING_DOCUMENT_VERBS: VerbList = {
  ed: "find show indicate reveal rule report conclude estimate",
  s: "find show indicate reveal rule report conclude estimate",
};

/** "said", "says": a line with one is a sentence, not a time stamp (segment.ts). */
export const PLAIN_REPORTS: VerbList = { ed: "say", s: "say" };

/** Headline cues: "…, Iraq spy chief claims", "Erdoğan says …" ("tells X" is the rule's). */
export const HEADLINE_VERBS: VerbList = {
  s: `say claim warn insist deny admit reveal suggest argue find report confirm believe fear
    predict estimate allege accuse urge testify announce forecast`,
  base: `say claim warn insist deny admit reveal suggest argue find report confirm believe fear
    predict estimate allege accuse urge tell`,
  ed: "say",
};

/** "She argued A; he said B": a second report after a semicolon. */
export const SEMICOLON_REPORTS: VerbList = {
  ed: "say add argue insist warn claim note tell counter reply",
  s: "say",
};

/** "Podesta, who said C, said D", "… said a staffer, who said C": a report in a relative clause. */
export const WHO_REPORTS: VerbList = {
  ed: "say argue insist warn claim note suggest contend assert maintain acknowledge admit add",
  s: "say argue insist warn claim note suggest contend assert maintain acknowledge admit add",
};

/**
 * "A said C1, while B argued C2" / "…, and three-quarters said C2" / "…, compared with 64
 * percent who say C2": a second speaker's report after a clause boundary (ed, s, base).
 */
export const CLAUSE_REPORTS: VerbList = {
  ed: "say add argue insist warn claim note tell counter reply suggest contend assert maintain",
  s: "say add argue insist warn claim note tell suggest contend assert maintain",
  base: "say argue insist warn claim note suggest contend maintain",
};
