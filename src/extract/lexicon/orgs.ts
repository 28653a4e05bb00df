/** Nouns that name an organisation ("the ministry", "the company", "the centre"). */
export const ORG_NOUNS = `
  ministry company government agency union party regulator watchdog centre center bank court
  federation club group firm airline carrier drugmaker carmaker automaker retailer lender insurer
  operator alliance commission office department army military police council committee
  organisation organization institute university network broadcaster newspaper daily paper
  magazine channel station service force forces authority authorities board administration
  coalition movement association assembly parliament congress senate cabinet presidency embassy
  consulate kingdom republic state federation league team side exchange fund foundation charity
  hospital clinic school college academy laboratory lab observatory tribunal prosecutor's
  secretariat bureau directorate unit brigade command corps navy militia group producer maker
  manufacturer developer consultancy publisher outlet website campaign camp caucus delegation
  panel
`;

/** Organisation words inside proper names ("Ministry of Health", "Kiwoom Securities"). */
export const ORG_NAME_WORDS = `
  ministry department agency office bureau council court commission committee organisation
  organization federation union association institute university college school academy center
  centre board authority church republic kingdom house chamber party bank group inc corp ltd llc
  plc co company corporation holdings partners capital securities markets energy therapeutics
  telecom electronics motors airlines airways systems technologies labs laboratory network news
  times post journal agency press tribune herald guardian reuters forces army navy police unit
  assembly parliament congress senate cabinet government administration alliance coalition
  movement front fc club service services foundation fund trust exchange observatory program
  society league reserve city town county borough municipality district province region
  directorate
  programme data aspects nations foods brands industries pharmaceuticals pharma shipping
  logistics mining resources petroleum holding ag sa gmbh nv bv asa ab oyj spa llp
`;

/** Media organisations often quoted as sources. */
export const MEDIA_NAMES = `
  reuters ap afp bbc cnn cnbc bloomberg xinhua tass ria anadolu al-jazeera aljazeera nhk yonhap
  kyodo dpa efe ansa lusa pti rte rté sky nbc abc cbs fox npr pbs itv
`;

/** Head nouns of "the company" kind: resolved to the company the article is about. */
export const GENERIC_ORG_HEADS = `
  company firm group airline carrier drugmaker carmaker automaker retailer lender insurer bank club
  operator producer manufacturer developer startup
`;

/** Last words of company names, as written ("Norvane Systems", "Kessler AG"). */
export const COMPANY_SUFFIXES = `
  Motors Inc Corp Corporation Ltd Limited plc PLC Group Holdings Systems Therapeutics
  Pharmaceuticals Airlines Airways Technologies Industries Foods Energy Bank AG SA SE NV GmbH Co
`;

/** Heads of a description that makes a name a company ("Acme, the Oslo-listed snack maker"). */
export const COMPANY_DESCRIPTION_HEADS = `
  company firm maker group retailer lender carrier airline bank insurer manufacturer producer
  developer operator startup
`;

/** Words before "of" that are no part of a company's name ("Shares of Norvane Systems"). */
export const COMPANY_RELATION_NOUNS =
  "Shares Stock Units Bonds Owner Owners Parent Customers Employees Staff";

/** Last words of a police force's name, in the order they are looked for ("Kent Police"). */
export const POLICE_FORCE_NAMES: readonly string[] = [
  "police",
  "constabulary",
  "police service",
  "police department",
];

/** Normalised heads that fit any organisation of their kind ("the company", "the regulator"). */
export const GENERIC_DESCRIPTOR_HEADS = "company regulator";

/** An outlet as the reader of a document ("records seen by this newspaper"). */
export const OUTLET_NOUNS: readonly string[] = [
  ...["newspaper", "paper", "publication", "site", "outlet", "reporter", "news organisation"],
  ...["news organization", "magazine", "broadcaster"],
];

/** Photo agencies before a photographer's name in a caption ("REUTERS/Jane Doe"), as written. */
export const PHOTO_AGENCIES = "REUTERS Reuters AFP AP EPA Xinhua Anadolu";

/** Photo credits that make a line a caption wherever they stand. */
export const PHOTO_CREDITS: readonly string[] = [
  "Getty Images",
  "AFP via Getty",
  "Shutterstock",
  "AP Photo",
  "EPA-EFE",
  "FILE PHOTO",
];
