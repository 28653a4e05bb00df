export const claimStatuses = [
  "unverified",
  "under_review",
  "confirmed",
  "disputed",
  "refuted",
] as const;
export type ClaimStatus = (typeof claimStatuses)[number];

export interface Reviewer {
  name: string;
  country: string | null;
}

/**
 * Adjectives for reviewer countries, so an under-review claim reads the way a
 * person writes it: TR → "Under Turkish review". Countries missing here fall back
 * to "Under review by <reviewer name>".
 */
const demonyms: Record<string, string> = {
  AF: "Afghan",
  AL: "Albanian",
  DZ: "Algerian",
  AR: "Argentine",
  AM: "Armenian",
  AU: "Australian",
  AT: "Austrian",
  AZ: "Azerbaijani",
  BH: "Bahraini",
  BD: "Bangladeshi",
  BY: "Belarusian",
  BE: "Belgian",
  BO: "Bolivian",
  BA: "Bosnian",
  BR: "Brazilian",
  BG: "Bulgarian",
  KH: "Cambodian",
  CM: "Cameroonian",
  CA: "Canadian",
  CL: "Chilean",
  CN: "Chinese",
  CO: "Colombian",
  HR: "Croatian",
  CU: "Cuban",
  CY: "Cypriot",
  CZ: "Czech",
  DK: "Danish",
  EC: "Ecuadorian",
  EG: "Egyptian",
  EE: "Estonian",
  ET: "Ethiopian",
  FI: "Finnish",
  FR: "French",
  GE: "Georgian",
  DE: "German",
  GH: "Ghanaian",
  GR: "Greek",
  HU: "Hungarian",
  IS: "Icelandic",
  IN: "Indian",
  ID: "Indonesian",
  IR: "Iranian",
  IQ: "Iraqi",
  IE: "Irish",
  IL: "Israeli",
  IT: "Italian",
  JP: "Japanese",
  JO: "Jordanian",
  KZ: "Kazakh",
  KE: "Kenyan",
  KW: "Kuwaiti",
  LV: "Latvian",
  LB: "Lebanese",
  LY: "Libyan",
  LT: "Lithuanian",
  LU: "Luxembourgish",
  MY: "Malaysian",
  MX: "Mexican",
  MD: "Moldovan",
  MA: "Moroccan",
  NL: "Dutch",
  NZ: "New Zealand",
  NG: "Nigerian",
  KP: "North Korean",
  NO: "Norwegian",
  OM: "Omani",
  PK: "Pakistani",
  PS: "Palestinian",
  PE: "Peruvian",
  PH: "Philippine",
  PL: "Polish",
  PT: "Portuguese",
  QA: "Qatari",
  RO: "Romanian",
  RU: "Russian",
  SA: "Saudi",
  RS: "Serbian",
  SG: "Singaporean",
  SK: "Slovak",
  SI: "Slovenian",
  SO: "Somali",
  ZA: "South African",
  KR: "South Korean",
  ES: "Spanish",
  LK: "Sri Lankan",
  SD: "Sudanese",
  SE: "Swedish",
  CH: "Swiss",
  SY: "Syrian",
  TW: "Taiwanese",
  TH: "Thai",
  TN: "Tunisian",
  TR: "Turkish",
  UA: "Ukrainian",
  AE: "Emirati",
  GB: "British",
  US: "American",
  UY: "Uruguayan",
  UZ: "Uzbek",
  VE: "Venezuelan",
  VN: "Vietnamese",
  YE: "Yemeni",
  ZW: "Zimbabwean",
};

const fixedLabels: Record<Exclude<ClaimStatus, "under_review">, string> = {
  unverified: "Unverified",
  confirmed: "Confirmed",
  disputed: "Disputed",
  refuted: "Refuted",
};

/**
 * The status as a person reads it.
 *
 * @example statusLabel("under_review", { name: "Turkish authorities", country: "TR" }) // "Under Turkish review"
 * @example statusLabel("under_review", { name: "AFP Fact Check", country: null }) // "Under review by AFP Fact Check"
 */
export function statusLabel(status: ClaimStatus, reviewer: Reviewer | null): string {
  if (status !== "under_review") return fixedLabels[status];
  const adjective = reviewer?.country ? demonyms[reviewer.country] : undefined;
  if (adjective) return `Under ${adjective} review`;
  return reviewer ? `Under review by ${reviewer.name}` : "Under review";
}

/** ISO 3166-1 alpha-2 codes officially assigned, for validating `reviewer.country`. */
const iso3166 = new Set(
  (
    "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS " +
    "BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE " +
    "EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM " +
    "HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC " +
    "LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA " +
    "NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW " +
    "SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO " +
    "TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW"
  ).split(" "),
);

/** Every assigned ISO 3166-1 alpha-2 code, in order. */
export const countryCodes: readonly string[] = [...iso3166];

export function isCountryCode(code: string): boolean {
  return iso3166.has(code);
}
