/** Months, as written. */
export const MONTHS = `
  January February March April May June July August September October November December
`;

/** Abbreviated months, as written without their dot ("Sept. 4"). */
export const MONTH_ABBREVIATIONS = "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec";
