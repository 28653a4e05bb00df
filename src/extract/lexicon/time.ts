/** Months, as written. */
export const MONTHS = `
  January February March April May June July August September October November December
`;

/** Abbreviated months, as written without their dot ("Sept. 4"). */
export const MONTH_ABBREVIATIONS = "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec";

/** Days of the week, as written. */
export const WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday";

/** Periods after "last" / "this" ("last week", "this morning"). */
export const PERIODS = "week month year weekend night morning";

/** Periods opening a sentence after "Last" ("Last week the agency said …"). */
export const LAST_PERIODS = "week month year night";

/** Parts of a day after a weekday ("on Monday evening"). */
export const DAY_PARTS = "morning afternoon evening night";

/** Seasons ("last summer"). */
export const SEASONS = "spring summer autumn fall winter";

/** Time zones of a time stamp ("18:02 BST"). */
export const TIME_ZONES = "GMT BST CET CEST UTC EST EDT CST CDT PST PDT ET PT";
