/**
 * Titles before a name. Compared case-insensitively, without a trailing dot. lexicon/index.ts
 * derives TITLE_WORDS, the words stripped from names for the canonical form ("Lieutenant
 * General Saad al-Allaq" -> "Saad al-Allaq"): the heads (minus HEAD_ONLY_TITLES), the
 * premodifiers and the qualifiers below.
 */

/**
 * Title heads: the last of these in a capitalised run ends the title part
 * ("Deputy Health Minister Nguyễn Thị Lan": "Minister" is the head, the name follows).
 */
export const TITLE_HEADS = `
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
  det insp supt ch-supt chsupt dcs acc dcc cc treasurer leader whip chief staff
  comptroller auditor recorder clerk member adviser advisor administrator officer strategist
  correspondent editor mp mep mla msp mna mpp mha regent atty ratu adi hon honourable honorable
  senador senadora ministro ministra diputado diputada
  deputado deputada presidente presidenta gobernador gobernadora alcalde alcaldesa prefeito
  prefeita vereador vereadora juez jueza doutor doutora don doña dona sr sra srta herr frau dott
  dottore dottoressa cr cllr clr
`;

/**
 * Heads that end a title but are not stripped from the front of a name on their own ("Member",
 * "Editor", "Treasurer", police ranks such as "DSupt", the "Staff" of "Chief of Staff"): not
 * title words.
 */
export const HEAD_ONLY_TITLES = `
  dsupt ch-supt chsupt dcs acc dcc cc treasurer comptroller auditor recorder clerk member adviser
  advisor administrator strategist correspondent editor mla msp staff
`;

/** Title words that are no head: they come before one ("Deputy", "Vice", "Acting", "Head"). */
export const TITLE_PREMODIFIERS = `
  vice prime deputy crown private field head lawmaker ch chief-inspector sporting technical
  professor-emeritus principal managing senior lead junior assistant associate acting former
  interim delegate
`;

/**
 * Title words that are also the qualifiers of institutions ("National Weather Service",
 * "Federal Reserve", "Supreme Court", "State Department"): part of a title only before a title
 * head ("State Senator", "Health Minister"), never dropped from the front of a name on their own.
 */
export const QUALIFIER_TITLE_WORDS = `
  state foreign interior defence defense finance health energy trade justice education
  agriculture environment transport economy labour labor culture sports home civil protection
  national regional provincial federal supreme
`;
