/**
 * A party's label before a person's name is a description, no part of the name ("Democrat
 * Alice Brennan", "Republican Marco Delgado"); before an organisation's it is part of it
 * ("Republican National Committee").
 */
export const PARTY_LABELS = "democrat democratic republican gop labour tory conservative";

/** Role nouns that name a person ("the general", "Iraq's spy chief", "the spokeswoman"). */
export const PERSON_ROLE_NOUNS = `
  general minister president chief head spokesman spokeswoman spokesperson coach director
  official governor mayor judge leader executive founder commander secretary ambassador lawyer
  attorney prosecutor chairman chairwoman chair doctor scientist researcher author analyst manager
  captain officer senator lawmaker king queen prince emir premier chancellor commissioner envoy
  economist professor forward striker defender midfielder goalkeeper player winger champion great
  owner investor banker engineer activist witness resident survivor victim suspect defendant
  plaintiff expert diplomat negotiator regulator-chief adviser advisor aide deputy speaker
  cleric soldier pilot driver farmer worker teacher student official ceo boss chef
  councilwoman councilman councillor councilor councilmember alderman alderwoman congressman
  congresswoman assemblyman assemblywoman legislator supervisor magistrate treasurer auditor
  businessman businesswoman physician surgeon nurse detective inspector superintendent
  sheriff coroner clerk manager chairperson barrister solicitor advocate counsel
  woman man mother father wife husband son daughter brother sister friend neighbour neighbor
  relative colleague partner widow widower fiancee fiance regent rapporteur ombudsman marshal
  warden principal headteacher headmaster headmistress provost rector bishop archbishop imam
  rabbi priest pastor cardinal pope monarch sultan vice-president representative justice juror
  claimant accused veteran lecturer strategist consultant accountant architect paramedic
  pharmacist midwife fisherman miner skipper athlete runner cyclist swimmer boxer rider jockey
  referee umpire agent shareholder customer passenger patient tenant landlord homeowner
  shopkeeper trader campaigner protester organiser organizer mediator volunteer rescuer
  firefighter medic registrar constable sergeant lieutenant colonel admiral major
  governor-general premier-elect mp mep mna mla surrogate
  journalist reporter anchor moderator narrator columnist blogger writer speechwriter commentator pundit
  historian scholar pollster publicist billionaire mogul tycoon entrepreneur psychiatrist
  psychologist neurosurgeon pediatrician specialist preacher singer rapper comedian musician
  actor actress celebrity filmmaker donor backer contributor fundraiser canvasser attendee
  participant respondent user caucusgoer caucus-goer heavyweight
`;

/** Plural or collective nouns for unnamed groups of sources. */
export const GROUP_NOUNS = `
  officials prosecutors analysts researchers experts scientists police authorities investigators
  residents witnesses sources people observers lawmakers diplomats doctors economists activists
  critics officers officers' campaigners organisers organizers protesters demonstrators workers
  employees staff executives traders investors bankers engineers lawyers judges ministers leaders
  commanders soldiers troops rescuers firefighters medics teachers students parents farmers fans
  supporters members delegates negotiators inspectors auditors regulators astronomers
  epidemiologists historians academics environmentalists opponents allies residents' voters
  families relatives survivors victims pilots drivers players managers owners insiders
  spokespeople representatives family neighbours neighbors friends colleagues
  others
`;

/** The press as a listener ("spoke to reporters"): after "to", no infinitive. */
export const PRESS_NOUNS = "reporters journalists";

/** Heads of sources that reporters leave unnamed on purpose (singular). */
export const UNNAMED_SOURCE_HEADS = `
  official source aide diplomat insider person people employee staffer resident witness member
  adviser advisor executive negotiator lawmaker investor banker trader
`;

/** Speakers for an organisation ("a Nordair spokeswoman", "a spokesman for the ministry"). */
export const SPOKESPERSON_NOUNS = "spokesman spokeswoman spokesperson representative";

/** "Dr Ingrid Solberg and her colleagues": the people with a named lead. */
export const COLLEAGUE_NOUNS = `
  colleagues team co-authors coauthors co-workers coworkers collaborators researchers
`;

/**
 * A role the article may name by another head: "the minister" can be "the transport secretary,
 * Helen Marsh" (secretaries are ministers).
 */
export const ROLE_FALLBACKS: Readonly<Record<string, string>> = { minister: "secretary" };
