/**
 * Abbreviations, lower-case and without their dot, for sentence splitting. The month
 * abbreviations (time.ts) are among the OTHER_ABBREVIATIONS too (see lexicon/index.ts).
 */

/** Abbreviations that never end a sentence (titles before a name). */
export const TITLE_ABBREVIATIONS = `
  mr mrs ms mx dr prof gen lt col maj capt cpt sgt cpl pvt adm brig cmdr cdr gov sen rep reps rev
  hon pres supt insp det amb fr st mt ft messrs mme mlle sr jr no nos
`;

/** Abbreviations that usually do not end a sentence unless a typical sentence opener follows. */
export const OTHER_ABBREVIATIONS = `
  vs etc approx est inc corp ltd co bros ave blvd rd dept univ assn govt intl natl cf al fig vol
  ed eds
`;

/** US state abbreviations ("Louisville, Ky."). */
export const STATE_ABBREVIATIONS = `
  ky la calif fla ga ill mass mich minn penn tenn tex va wash wis
`;
