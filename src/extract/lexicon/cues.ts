/**
 * Cues of check-worthiness (checkworthiness.ts): words that make a statement more worth
 * checking (numbers, dates, accusations, causes and comparisons) or less (opinions, hedges).
 * Lower-case unless said otherwise; verb forms are generated from the lemmas in verbs.ts.
 */

export const NUMBER_WORDS = `
  one two three four five six seven eight nine ten eleven twelve twenty fourth fifth sixth
  seventh eighth ninth tenth thirty forty fifty hundred hundreds thousand thousands million
  millions billion billions trillion dozen dozens half third quarter twice double triple percent
`;

/** Date words besides the months and weekdays (time.ts). */
export const DATE_WORDS = "yesterday since decade decades weeks months";

/** Periods after "last" that date a statement ("last year"). */
export const DATE_PERIODS = "year month week";

/** Accusations, harm, crime, money: matched on the first 5 letters (or the whole short word). */
export const ACCUSATION_STEMS = `
  kill killi died dead death arres fraud bribe smugg attac bomb bombs warra terro corru laund
  abuse abuse illeg unlaw viola stole divert injur wound fled displ sente fined charg convi guilt
  accus alleg rigge rig traff tortu massa evacu destr hack hacke leak leake scand dopin banne lied
  lying escap hidin jailb recru inves profi loss losse bribi theft stolen arson
`;

/** Causes, records and comparisons, besides CHANGE_VERBS (verbs.ts). */
export const CAUSAL_WORDS = `
  because result highest lowest largest smallest biggest record first faster slower higher lower
  growth than
`;

/** Opinions and feelings, besides OPINION_VERBS (verbs.ts). */
export const OPINION_WORDS = `
  maybe perhaps might wonderful great proud happy delighted excited sad beautiful amazing
  fantastic terrible honoured honored grateful thrilled disappointed should must hopefully
`;

/** Hedges, besides HEDGE_VERBS (verbs.ts). */
export const HEDGE_WORDS = "could may possibly probably likely unlikely";

/** Capitalised function words, as written: a capital that names nothing. */
export const CAPITALISED_FUNCTION_WORDS = `
  The A An He She It They We I In On At But And This That These Those There His Her Its Their Our
  As If When While After Before Some Many Now Then So Yet For With From Nobody Everyone Today
  Yesterday
`;
