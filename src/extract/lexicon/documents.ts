/** Documents that "say" things ("the report said", "according to the ministry's bulletin"). */
export const DOC_NOUNS = `
  report statement release bulletin study survey data figures filing letter document update
  website account results analysis assessment estimate estimates paper memo note notice
  communique communiqué poll review audit indictment complaint ruling judgment verdict list
  register database tally count documents records papers filings minutes accounts projections
  ad ads advertisement lawsuit suit petition motion affidavit transcript platform
`;

/** Head nouns of a subject that is a document ("The Department of Education's bid documents"). */
export const DOCUMENT_HEADS = `
  figures data statistics study survey report poll analysis research records results census audit
  review inquiry investigation probe assessment evaluation trial experiment minutes documents
  filings papers emails transcripts logs accounts
`;

/** Adjectives before a document subject ("new figures", "the latest data"). */
export const DOCUMENT_ADJECTIVES = "new latest official preliminary provisional";

/**
 * Nouns of reports, in the singular: the object that makes "rejected", "dismissed" a report
 * ("rejected the claims", "dismissed the findings as …"). Plurals are generated.
 */
export const REPORT_NOUNS = `
  claim allegation accusation report suggestion criticism charge idea notion assertion account
  characterisation characterization statement rumour rumor finding conclusion assessment view
  argument comparison call theory narrative description interpretation figure estimate forecast
  prediction warning concern fear complaint
`;

/** Report nouns without a plural in that rule ("dismissed speculation", "rejected talk of"). */
export const UNCOUNTED_REPORT_NOUNS = "speculation premise talk version";

/**
 * "the claims" as an object that only points back ("disputed the claims, saying C"): the
 * content is what follows. Singular and plural of these; only the singular of the next list.
 */
export const POINTER_NOUNS = "claim allegation accusation report figure";
export const SINGULAR_POINTER_NOUNS = "account idea suggestion characterisation characterization";
