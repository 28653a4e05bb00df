/**
 * English function words that say nothing about what a claim asserts: dropped when claims are
 * matched (src/matching/). Negations are not here: they are kept apart, as a sign (NEGATIONS).
 */
export const STOPWORDS = `
a about above after again against all am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further had
has have having he her here hers herself him himself his how i if in into is it its itself just
me more most my myself of off on once only or other our ours ourselves out over own same she
should so some such than that the their theirs them themselves then there these they this those
through to too under until up very was we were what when where which while who whom why will
with would you your yours yourself yourselves s t d ll m re ve y also us via amp rt
`;

/** Words that turn what is said around ("did not", "never", "no longer"). */
export const NEGATIONS = "not no never nor none nobody nothing neither without cannot n't";
