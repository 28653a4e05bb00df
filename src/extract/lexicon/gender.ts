/** Words that mark a woman or a man (titles, gendered role nouns), lower-case, no dot. */
export const FEMALE_WORDS = `
  ms mrs miss madam madame mme mlle dame lady queen princess sheikha duchess countess baroness
  councilwoman congresswoman assemblywoman alderwoman chairwoman spokeswoman businesswoman
  sportswoman policewoman stateswoman actress waitress mother wife daughter sister grandmother
  aunt niece widow girlfriend sister-in-law mother-in-law daughter-in-law woman girl
`;

export const MALE_WORDS = `
  mr sir lord king prince sheikh duke count baron councilman congressman assemblyman alderman
  chairman spokesman businessman sportsman policeman statesman father husband son brother
  grandfather uncle nephew widower boyfriend brother-in-law father-in-law son-in-law man boy
`;
