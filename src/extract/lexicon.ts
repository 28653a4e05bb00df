/**
 * Word lists used by the extractor. Everything here is data, built once at module load.
 * Lists are about news writing in general (titles, reporting verbs, organisation nouns,
 * countries), never about a particular article.
 */

function set(words: string): Set<string> {
  return new Set(words.split(/\s+/).filter(Boolean));
}

/** Abbreviations that never end a sentence (titles before a name). Lower-case, no dot. */
export const TITLE_ABBREVIATIONS = set(`
  mr mrs ms mx dr prof gen lt col maj capt cpt sgt cpl pvt adm brig cmdr cdr gov sen rep reps rev
  hon pres supt insp det amb fr st mt ft messrs mme mlle sr jr no nos
`);

/** Abbreviations that usually do not end a sentence unless a typical sentence opener follows. */
export const OTHER_ABBREVIATIONS = set(`
  jan feb mar apr jun jul aug sep sept oct nov dec vs etc approx est inc corp ltd co bros ave blvd
  rd dept univ assn govt intl natl cf al fig vol ed eds ky la calif fla ga ill mass mich minn penn
  tenn tex va wash wis
`);

/** Words that typically open a new sentence (used to decide whether "Inc." / "U.S." ends one). */
export const SENTENCE_OPENERS = set(`
  the a an he she it they we i in on at but and this that these those there his her its their our
  according after before as when while however meanwhile some many most several other officials
  police analysts it's if for last since during under one two three four five both all no not
  now yet so still also earlier later separately
`);

/**
 * Title words stripped from names for the canonical form ("Lieutenant General Saad al-Allaq" ->
 * "Saad al-Allaq"). Compared case-insensitively, without a trailing dot.
 */
export const TITLE_WORDS = set(`
  mr mrs ms mx miss dr prof professor sir dame lord lady president vice prime minister deputy
  secretary general secretary-general chancellor king queen prince princess sheikh sheikha emir
  sultan crown premier lieutenant lt gen maj major colonel col captain capt sergeant sgt admiral
  adm commander cmdr brigadier brig corporal private marshal field judge justice senator sen rep
  representative congressman congresswoman governor gov mayor commissioner ambassador amb
  reverend rev father pope cardinal bishop archbishop rabbi imam ayatollah chairman chairwoman
  chairperson chair director director-general ceo cfo coo cto chief executive head coach manager
  analyst co-author author spokesman spokeswoman spokesperson inspector detective officer
  superintendent sheriff attorney prosecutor president-elect speaker lawmaker mp mep founder
  det insp supt ch chief-inspector atty sporting technical mna mpp mha regent ratu adi hon
  honourable honorable senador senadora ministro ministra
  diputado diputada deputado deputada presidente presidenta gobernador gobernadora alcalde
  alcaldesa prefeito prefeita vereador vereadora juez jueza doutor doutora don doña dona sr sra
  srta herr frau dott dottore dottoressa cr cllr clr
  co-founder chef economist professor-emeritus dean principal consul envoy councillor councilor
  alderman state foreign interior defence defense finance health energy trade justice education
  agriculture environment transport economy labour labor culture sports interior home civil
  protection managing executive senior lead junior assistant associate acting former interim
  national regional provincial federal supreme councilwoman councilman councilmember alderwoman
  assemblyman assemblywoman assemblymember delegate legislator supervisor magistrate coroner
  constable dci di ds dc pc
`);

/**
 * Title words that are also the qualifiers of institutions ("National Weather Service",
 * "Federal Reserve", "Supreme Court", "State Department"): part of a title only before a title
 * head ("State Senator", "Health Minister"), never dropped from the front of a name on their own.
 */
export const QUALIFIER_TITLE_WORDS = set(`
  state foreign interior defence defense finance health energy trade justice education
  agriculture environment transport economy labour labor culture sports home civil protection
  national regional provincial federal supreme
`);

/**
 * Title heads: the last of these in a capitalised run ends the title part
 * ("Deputy Health Minister Nguyễn Thị Lan": "Minister" is the head, the name follows).
 */
export const TITLE_HEADS = set(`
  mr mrs ms mx miss dr prof professor sir dame lord lady president minister secretary general
  secretary-general chancellor king queen prince princess sheikh sheikha emir sultan premier
  lieutenant lt gen maj major colonel col captain capt sergeant sgt admiral adm commander cmdr
  brigadier brig corporal marshal judge justice senator sen rep representative congressman
  congresswoman governor gov mayor commissioner ambassador amb reverend rev father pope cardinal
  bishop archbishop rabbi imam ayatollah chairman chairwoman chairperson chair director
  director-general ceo cfo coo cto executive coach manager analyst co-author author spokesman
  spokeswoman spokesperson inspector detective superintendent sheriff attorney prosecutor
  president-elect speaker chef economist dean consul envoy founder co-founder councillor
  councilor councilwoman councilman councilmember alderman alderwoman assemblyman assemblywoman
  assemblymember legislator supervisor magistrate coroner constable dci di ds dc pc dsupt
  det insp supt ch-supt chsupt dcs acc dcc cc treasurer
  comptroller auditor recorder clerk member adviser advisor administrator officer strategist
  correspondent editor mp mep mla msp mna mpp mha regent atty ratu adi hon honourable honorable senador senadora ministro ministra diputado diputada
  deputado deputada presidente presidenta gobernador gobernadora alcalde alcaldesa prefeito
  prefeita vereador vereadora juez jueza doutor doutora don doña dona sr sra srta herr frau dott
  dottore dottoressa cr cllr clr
`);

/**
 * Post-nominal letters and honours after a name ("Helen Okafor KC", "Jane Doe MP"): not part
 * of the canonical name. Compared on the token as written, without dots.
 */
export const POST_NOMINALS = set(`
  KC QC SC MP MEP MSP MS AM MLA TD MD PhD DPhil MBA OBE MBE CBE KBE DBE GBE CH OM JP FRS RN Esq
`);

/** Generational suffixes kept with the name ("Martin Luther King Jr."). Lower-case, no dot. */
export const NAME_SUFFIXES = set("jr sr ii iii iv");

/** Words that mark a woman or a man (titles, gendered role nouns), lower-case, no dot. */
export const FEMALE_WORDS = set(`
  ms mrs miss madam madame mme mlle dame lady queen princess sheikha duchess countess baroness
  councilwoman congresswoman assemblywoman alderwoman chairwoman spokeswoman businesswoman
  sportswoman policewoman stateswoman actress waitress mother wife daughter sister grandmother
  aunt niece widow girlfriend sister-in-law mother-in-law daughter-in-law woman girl
`);
export const MALE_WORDS = set(`
  mr sir lord king prince sheikh duke count baron councilman congressman assemblyman alderman
  chairman spokesman businessman sportsman policeman statesman father husband son brother
  grandfather uncle nephew widower boyfriend brother-in-law father-in-law son-in-law man boy
`);

/**
 * Common given names that are almost always a woman's or a man's, across the languages news
 * covers most (lower-case, diacritics folded). Names used for both (Jean, Andrea, Alex, Kim,
 * Robin, Sasha …) are left out: their gender comes from titles or a later he/she.
 */
export const FEMALE_GIVEN_NAMES = set(`
  mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty
  margaret sandra ashley kimberly emily donna michelle carol amanda dorothy melissa deborah
  stephanie rebecca sharon laura cynthia kathleen amy angela shirley anna brenda pamela emma
  nicole helen samantha katherine christine debra rachel carolyn janet catherine maria heather
  diane ruth julie olivia joyce virginia victoria kelly lauren christina joan evelyn judith
  megan cheryl hannah martha madison frances gloria ann teresa kathryn sara janice abigail
  alice julia judy sophia grace denise amber doris marilyn danielle beverly isabella theresa
  diana natalie brittany charlotte marie kayla alexis lori claire ellen fiona sophie lucy
  chloe zoe ella mia ava harriet eleanor rosa carmen ana ines isabel lucia elena marta
  beatriz paula daniela valentina camila gabriela fernanda mariana adriana silvia monica
  patricia francesca giulia chiara alessandra federica sabine petra katrin ursula monika
  birgit heike anja ingrid astrid sigrid annika karin agnieszka katarzyna malgorzata
  joanna ewa olga natalia tatiana svetlana irina yulia oksana anastasia ekaterina elif
  ayse fatma zeynep emine hatice merve fatima aisha amina khadija leila layla mariam
  maryam nour zainab priya ananya aditi sunita lakshmi deepika pooja neha nkechi ngozi
  chiamaka amara adaeze wanjiru akosua abena ama yaa esi efua thandiwe nomvula sipho
  aiko yuki haruka sakura mei naomi esther miriam leah deborah sofia sofie ingrid
  agathe amelie camille celine chantal colette genevieve helene isabelle josephine
  juliette margaux mathilde nathalie sylvie valerie veronique brigitte francoise
`);
export const MALE_GIVEN_NAMES = set(`
  james robert john michael david william richard joseph thomas charles christopher daniel
  matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy
  ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin
  scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry
  tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy
  christian keith roger terry gerald harold sean austin carl arthur lawrence dylan jesse
  jordan bryan billy joe bruce gabriel logan albert willie alan juan wayne elijah randy
  roy vincent ralph eugene russell bobby mason philip louis harry oliver charlie tom tim
  ben sam jim bill bob mike steve tony nick rob ian graham nigel colin neil simon martin
  carlos luis miguel pedro jorge javier manuel rafael fernando alejandro diego pablo
  sergio ricardo eduardo andres mateo santiago joao antonio francisco paulo marco luca
  giuseppe giovanni alessandro matteo lorenzo stefano massimo hans klaus jurgen wolfgang
  stefan thomas markus andreas matthias lars nils erik olaf sven magnus piotr krzysztof
  tomasz marek pawel michal jan vladimir dmitry sergei alexei ivan mikhail nikolai oleksandr
  andriy mehmet mustafa ahmet ali hasan huseyin ibrahim emre murat mohammed muhammad
  mohamed ahmed omar khalid hassan hussein yusuf abdullah karim tariq rashid saad faisal
  rahul amit arjun vijay sanjay rajesh suresh ravi anil chinedu emeka oluwaseun kwame kofi
  kwaku yaw kojo thabo sibusiso themba hiroshi takashi kenji haruto yuto wei jun hao
  pierre jacques francois philippe michel alain bernard christophe nicolas olivier
  thierry laurent sebastien guillaume mathieu antoine julien benoit didier gerard
`);

/** Role nouns that name a person ("the general", "Iraq's spy chief", "the spokeswoman"). */
export const PERSON_ROLE_NOUNS = set(`
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
  governor-general premier-elect mp mep mna mla
`);

/** Nouns that name an organisation ("the ministry", "the company", "the centre"). */
export const ORG_NOUNS = set(`
  ministry company government agency union party regulator watchdog centre center bank court
  federation club group firm airline carrier drugmaker carmaker automaker retailer lender insurer
  operator alliance commission office department army military police council committee
  organisation organization institute university network broadcaster newspaper daily paper
  magazine channel station service force forces authority authorities board administration
  coalition movement association assembly parliament congress senate cabinet presidency embassy
  consulate kingdom republic state federation league team side exchange fund foundation charity
  hospital clinic school college academy laboratory lab observatory tribunal prosecutor's
  secretariat bureau directorate unit brigade command corps navy militia group producer maker
  manufacturer developer consultancy publisher outlet website
`);

/** Plural or collective nouns for unnamed groups of sources. */
export const GROUP_NOUNS = set(`
  officials prosecutors analysts researchers experts scientists police authorities investigators
  residents witnesses sources people observers lawmakers diplomats doctors economists activists
  critics officers officers' campaigners organisers organizers protesters demonstrators workers
  employees staff executives traders investors bankers engineers lawyers judges ministers leaders
  commanders soldiers troops rescuers firefighters medics teachers students parents farmers fans
  supporters members delegates negotiators inspectors auditors regulators astronomers
  epidemiologists historians academics environmentalists opponents allies residents' voters
  families relatives survivors victims pilots drivers players managers owners insiders
  spokespeople representatives family neighbours neighbors friends colleagues
`);

/** Documents that "say" things ("the report said", "according to the ministry's bulletin"). */
export const DOC_NOUNS = set(`
  report statement release bulletin study survey data figures filing letter document update
  website account results analysis assessment estimate estimates paper memo note notice
  communique communiqué poll review audit indictment complaint ruling judgment verdict list
  register database tally count documents records papers filings minutes accounts projections
`);

/** Synonyms folded together when matching role descriptions to people and organisations. */
export const SYNONYMS: Record<string, string> = {
  // Titles in other languages, for "the minister" after "Ministro Rengifo".
  ministro: "minister",
  ministra: "minister",
  senador: "senator",
  senadora: "senator",
  presidente: "head",
  presidenta: "head",
  gobernador: "governor",
  gobernadora: "governor",
  alcalde: "mayor",
  alcaldesa: "mayor",
  prefeito: "mayor",
  prefeita: "mayor",
  juez: "judge",
  jueza: "judge",
  cr: "councillor",
  cllr: "councillor",
  clr: "councillor",
  councilor: "councillor",
  chief: "head",
  boss: "head",
  leader: "head",
  commander: "head",
  director: "head",
  chairman: "head",
  chairwoman: "head",
  chairperson: "head",
  chair: "head",
  president: "head",
  premier: "head",
  spokeswoman: "spokesman",
  spokesperson: "spokesman",
  center: "centre",
  organization: "organisation",
  defense: "defence",
  labor: "labour",
  lieutenant: "general",
  gen: "general",
  lt: "general",
  maj: "general",
  firm: "company",
  group: "company",
  drugmaker: "company",
  carmaker: "company",
  automaker: "company",
  retailer: "company",
  lender: "company",
  insurer: "company",
  carrier: "company",
  airline: "company",
  producer: "company",
  maker: "company",
  manufacturer: "company",
  operator: "company",
  regulator: "regulator",
  watchdog: "regulator",
  ceo: "executive",
  researchers: "researcher",
  scientists: "scientist",
  officials: "official",
};

/** Pronouns and what they may refer to. */
export const PERSON_PRONOUNS = set("he she him her");
export const THING_PRONOUNS = set("it");
export const PLURAL_PRONOUNS = set("they them");

/** Words that make a candidate noun phrase impossible as a subject (finite verbs, subordinators). */
export const NP_STOPWORDS = set(`
  is are was were be been being am has have had will would can could should shall may might must
  do does did that which who whom whose because if when while although though where than not
  there it's he's she's they're we're i'm isn't wasn't aren't weren't don't doesn't didn't won't
  can't couldn't shouldn't and/or whether despite unless until since so such
`);

/** Temporal and manner adverbs that may sit between a subject and its verb. */
export const ADVERBS = set(`
  then also later previously repeatedly reportedly recently publicly privately separately again
  further still now already once earlier initially originally long today yesterday tonight
  subsequently finally immediately quickly firmly flatly strongly angrily openly widely
  officially formally categorically emphatically explicitly briefly only even never always
  often has have had would will could can may might did does do
`);

/** Words that open an introductory phrase before the subject ("On Tuesday, the minister said"). */
export const INTRO_WORDS = set(`
  amid amidst on in at during after before speaking asked later earlier under from following since last this
  meanwhile however separately instead still yet also writing responding addressing interviewed
  overall then today yesterday previously elsewhere afterwards despite like unlike as when while
  although though if for with without by through throughout over back now similarly likewise
  nonetheless nevertheless moreover furthermore additionally ultimately finally initially
  originally recently until citing referring commenting reacting testifying appearing in talking
  separately earlier but and so according once within
`);

/** Determiners and quantifiers dropped from the front of unnamed sources. */
export const DETERMINERS = set(`
  the a an one some several many two three four five six seven eight nine ten dozens other both all
  most few various numerous multiple certain
`);

const MONTHS = `January February March April May June July August September October November December
  Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec`;
export const MONTH_NAMES = set(MONTHS.toLowerCase());

/**
 * Countries: "Name|alias|...:ISO:demonym|demonym:capital|capital".
 * Used to type claimants ("he" is not a country) and to give reviewers a country code.
 */
const COUNTRY_TABLE = `
Afghanistan:AF:Afghan:Kabul
Albania:AL:Albanian:Tirana
Algeria:DZ:Algerian:Algiers
Angola:AO:Angolan:Luanda
Argentina:AR:Argentine|Argentinian:Buenos Aires
Armenia:AM:Armenian:Yerevan
Australia:AU:Australian:Canberra
Austria:AT:Austrian:Vienna
Azerbaijan:AZ:Azerbaijani|Azeri:Baku
Bahrain:BH:Bahraini:Manama
Bangladesh:BD:Bangladeshi:Dhaka
Belarus:BY:Belarusian:Minsk
Belgium:BE:Belgian:Brussels
Bolivia:BO:Bolivian:La Paz
Bosnia|Bosnia and Herzegovina:BA:Bosnian:Sarajevo
Brazil:BR:Brazilian:Brasília|Brasilia
Bulgaria:BG:Bulgarian:Sofia
Cambodia:KH:Cambodian:Phnom Penh
Cameroon:CM:Cameroonian:Yaoundé
Canada:CA:Canadian:Ottawa
Chad:TD:Chadian:N'Djamena
Chile:CL:Chilean:Santiago
China:CN:Chinese:Beijing
Colombia:CO:Colombian:Bogotá|Bogota
Congo|DR Congo|Democratic Republic of Congo:CD:Congolese:Kinshasa
Croatia:HR:Croatian:Zagreb
Cuba:CU:Cuban:Havana
Cyprus:CY:Cypriot:Nicosia
Czech Republic|Czechia:CZ:Czech:Prague
Denmark:DK:Danish:Copenhagen
Ecuador:EC:Ecuadorian:Quito
Egypt:EG:Egyptian:Cairo
Estonia:EE:Estonian:Tallinn
Ethiopia:ET:Ethiopian:Addis Ababa
Finland:FI:Finnish:Helsinki
France:FR:French:Paris
Georgia:GE:Georgian:Tbilisi
Germany:DE:German:Berlin
Ghana:GH:Ghanaian:Accra
Greece:GR:Greek:Athens
Hungary:HU:Hungarian:Budapest
Iceland:IS:Icelandic:Reykjavik
India:IN:Indian:New Delhi
Indonesia:ID:Indonesian:Jakarta
Iran:IR:Iranian:Tehran
Iraq:IQ:Iraqi:Baghdad
Ireland:IE:Irish:Dublin
Israel:IL:Israeli:Jerusalem
Italy:IT:Italian:Rome
Japan:JP:Japanese:Tokyo
Jordan:JO:Jordanian:Amman
Kazakhstan:KZ:Kazakh:Astana
Kenya:KE:Kenyan:Nairobi
Kosovo:XK:Kosovar:Pristina
Kuwait:KW:Kuwaiti:Kuwait City
Latvia:LV:Latvian:Riga
Lebanon:LB:Lebanese:Beirut
Libya:LY:Libyan:Tripoli
Lithuania:LT:Lithuanian:Vilnius
Malaysia:MY:Malaysian:Kuala Lumpur
Mali:ML:Malian:Bamako
Mexico:MX:Mexican:Mexico City
Moldova:MD:Moldovan:Chisinau
Morocco:MA:Moroccan:Rabat
Myanmar|Burma:MM:Myanmar|Burmese:Naypyidaw
Nepal:NP:Nepali|Nepalese:Kathmandu
Netherlands|Holland:NL:Dutch:Amsterdam|The Hague
New Zealand:NZ:New Zealand:Wellington
Niger:NE:Nigerien:Niamey
Nigeria:NG:Nigerian:Abuja
North Korea:KP:North Korean:Pyongyang
Norway:NO:Norwegian:Oslo
Oman:OM:Omani:Muscat
Pakistan:PK:Pakistani:Islamabad
Palestine|Palestinian Territories:PS:Palestinian:Ramallah
Peru:PE:Peruvian:Lima
Philippines:PH:Philippine|Filipino:Manila
Poland:PL:Polish:Warsaw
Portugal:PT:Portuguese:Lisbon
Qatar:QA:Qatari:Doha
Romania:RO:Romanian:Bucharest
Russia|Russian Federation:RU:Russian:Moscow|Kremlin
Rwanda:RW:Rwandan:Kigali
Saudi Arabia:SA:Saudi:Riyadh
Senegal:SN:Senegalese:Dakar
Serbia:RS:Serbian:Belgrade
Singapore:SG:Singaporean:Singapore
Slovakia:SK:Slovak:Bratislava
Slovenia:SI:Slovenian:Ljubljana
Somalia:SO:Somali:Mogadishu
South Africa:ZA:South African:Pretoria|Johannesburg
South Korea|Korea:KR:South Korean|Korean:Seoul
South Sudan:SS:South Sudanese:Juba
Spain:ES:Spanish:Madrid
Sri Lanka:LK:Sri Lankan:Colombo
Sudan:SD:Sudanese:Khartoum
Sweden:SE:Swedish:Stockholm
Switzerland:CH:Swiss:Bern|Geneva
Syria:SY:Syrian:Damascus
Taiwan:TW:Taiwanese:Taipei
Tajikistan:TJ:Tajik:Dushanbe
Tanzania:TZ:Tanzanian:Dodoma
Thailand:TH:Thai:Bangkok
Tunisia:TN:Tunisian:Tunis
Turkey|Türkiye|Turkiye:TR:Turkish:Ankara
Uganda:UG:Ugandan:Kampala
Ukraine:UA:Ukrainian:Kyiv|Kiev
United Arab Emirates|UAE:AE:Emirati:Abu Dhabi
United Kingdom|UK|U.K.|Britain|Great Britain:GB:British:London|Downing Street|Whitehall
United States|US|U.S.|USA|America:US:American|U.S.:Washington|White House|Pentagon
Uruguay:UY:Uruguayan:Montevideo
Uzbekistan:UZ:Uzbek:Tashkent
Venezuela:VE:Venezuelan:Caracas
Vietnam|Viet Nam:VN:Vietnamese:Hanoi
Yemen:YE:Yemeni:Sanaa
Zambia:ZM:Zambian:Lusaka
Zimbabwe:ZW:Zimbabwean:Harare
`;

export interface CountryInfo {
  name: string;
  code: string;
}

/** Folded country names (and aliases) -> info. */
export const COUNTRY_NAMES = new Map<string, CountryInfo>();
/** Folded demonyms and capitals -> info (used for reviewer countries and descriptors). */
export const COUNTRY_HINTS = new Map<string, CountryInfo>();

for (const line of COUNTRY_TABLE.split("\n")) {
  const row = line.trim();
  if (!row) continue;
  const [names = "", code = "", demonyms = "", capitals = ""] = row.split(":");
  const all = names.split("|");
  const info: CountryInfo = { name: all[0] ?? "", code };
  for (const n of all) COUNTRY_NAMES.set(n.toLowerCase(), info);
  for (const d of demonyms.split("|")) if (d) COUNTRY_HINTS.set(d.toLowerCase(), info);
  for (const c of capitals.split("|")) if (c) COUNTRY_HINTS.set(c.toLowerCase(), info);
}

/** Lower-case particles inside personal and organisation names. */
export const NAME_PARTICLES = set(`
  al el ad as ash bin ibn ben abu de da del della dello dei di du van von der den la le los las
  dos das do y e ter ten zu af of and for & the
`);

/** Particles that join a name but are not on their own a reason to keep going. */
export const WEAK_PARTICLES = set("of and for & the");

/** Organisation words inside proper names ("Ministry of Health", "Kiwoom Securities"). */
export const ORG_NAME_WORDS = set(`
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
`);

/** Media organisations often quoted as sources. */
export const MEDIA_NAMES = set(`
  reuters ap afp bbc cnn cnbc bloomberg xinhua tass ria anadolu al-jazeera aljazeera nhk yonhap
  kyodo dpa efe ansa lusa pti rte rté sky nbc abc cbs fox npr pbs itv
`);
