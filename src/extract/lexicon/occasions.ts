/**
 * Where something is said: occasions, events and media, in the order of their alternations
 * (a word that starts another, "court" in "courthouse", comes after it).
 */

/** "in a statement", "during an interview with …". */
export const OCCASIONS = `
  statement interview report release update speech post letter filing briefing broadcast op-ed
  editorial video message address hearing testimony appearance podcast call session meeting
  conference visit trip note bulletin
`;

/** "at a news conference", "outside the courthouse". */
export const EVENTS = `
  conference briefing rally event summit meeting hearing ceremony forum session courthouse court
  parliament gathering launch match game race funeral vigil
`;

/** Verbs of an occasion published ("in a statement released on Tuesday") (pp). */
export const PUBLISHING_VERBS = "publish issue release post";

/** "on Telegram", "on state television". */
export const PLATFORMS: readonly string[] = [
  ...["Telegram", "X", "Twitter", "Facebook", "Instagram", "LinkedIn", "YouTube", "TikTok"],
  ...["Weibo", "social media", "television", "radio", "state television", "state TV"],
  "national television",
];

/** Occasions between a subject and its verb ("The minister, in a statement, said"). */
export const SUBJECT_OCCASIONS = "statement interview report post letter release speech";
