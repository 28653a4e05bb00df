/** Attribution patterns reported in `ExtractedClaim.pattern`. */
export const PATTERNS = [
  "said-that", // X said (that) C; also positions: X warned/denied/believes/accused Y of C
  "told", // X told Y (that) C
  "according-to", // According to X, C / C, according to X
  "as-reported", // As X reported, C / C, as the report shows
  "quote-said-x", // “C,” X said / “C,” said X (every sentence of the quote)
  "content-said-x", // C, X said. (unquoted)
  "colon-quote", // X added: “C”
  "parenthetical", // From there, he said, C / C, the company said, compared with ...
  "continuation", // a quote with no attribution that continues the previous speaker
  "headline", // C, X says / X says C (headline line)
  "unattributed", // check-worthy statement by the article itself
  "learned", // read by the learned attribution tagger (learned.ts), not by a rule
] as const;

export type Pattern = (typeof PATTERNS)[number];
