import type { MatchExtra } from "./queries";
import { type Analysis, analyse } from "./text";

/** What matching keeps of a claim about to be stored. */
export interface MatchDocument {
  terms: string;
  title: string;
  extra: MatchExtra;
}

/** The claim as matching reads it, both as a query and as a stored row. */
export function matchDocument(
  text: string,
  title: string,
  claimant: string | null,
): { analysis: Analysis; document: MatchDocument } {
  const analysis = analyse(text);
  const titleTerms = titleTermsOf(title);
  const claimantTerms = claimant ? analyse(claimant).terms : [];
  // The claimant is who says it: as a query, a name the matched claim may mention.
  const query = { ...analysis, mentions: [...new Set([...analysis.mentions, ...claimantTerms])] };
  return {
    analysis: query,
    document: {
      terms: analysis.terms.join(" "),
      title: titleTerms.join(" "),
      extra: { e: analysis.entities, n: analysis.negated, c: claimantTerms },
    },
  };
}

/** The last title analysed: an article's claims share it (analysed once, not once a claim). */
let lastTitle: { title: string; terms: string[] } | undefined;
function titleTermsOf(title: string): string[] {
  if (lastTitle?.title !== title) lastTitle = { title, terms: analyse(title).terms };
  return lastTitle.terms;
}
