/**
 * The article both `npm run bench` (POST /v1/articles load) and `npm run bench:post-cpu` submit:
 * an original, made-up news text under 300 words.
 */
export const POST_TITLE = "Reservoir levels fall as council weighs water limits";
export const POST_BODY = [
  "The regional water authority said on Monday that reservoir levels had fallen to 31 percent of capacity, the lowest for the month since records began in 1987.",
  "Its chief engineer, Maren Holt, told reporters that the two main dams would reach their reserve line within six weeks if the dry spell continued.",
  '"We are not in a crisis yet, but we are close to one," Holt said.',
  "According to the authority, household use rose by 12 percent over the summer while rainfall was less than half the long-term average.",
  "The city council is expected to vote on Thursday on limits for garden watering and car washing.",
  "Councillor Idris Fenn, who chairs the environment committee, warned that the limits would be hard to enforce without more inspectors.",
  "He accused the authority of ignoring leaks that, by its own estimate, waste 18 million litres a day.",
  "The authority denied that repairs had been delayed and said crews had fixed more than 400 leaks since January.",
  "Farmers' groups said irrigation quotas had already been cut by a quarter and that further cuts would threaten this year's harvest.",
  "A spokesperson for the regional government said it was looking into the farmers' complaints and would publish a drought plan next month.",
  "Meteorologists at the national weather service believe the dry pattern could break in late autumn, although they cautioned that long-range forecasts remain uncertain.",
  "Residents interviewed in the old town said they had not been told how the limits would be applied, and several said they would welcome clearer guidance.",
  "The authority said it would send every household a letter explaining the measures before any limits take effect.",
].join(" ");
