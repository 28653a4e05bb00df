/** Documents that "say" things ("the report said", "according to the ministry's bulletin"). */
export const DOC_NOUNS = `
  report statement release bulletin study survey data figures filing letter document update
  website account results analysis assessment estimate estimates paper memo note notice
  communique communiqué poll review audit indictment complaint ruling judgment verdict list
  register database tally count documents records papers filings minutes accounts projections
`;
