import type { Fixture } from "../fixtures/types";

export const fixture: Fixture = {
  id: "blind6-health-malawi-cholera",
  split: "blind",
  genre: "health",
  body: `Cholera cases triple in Nsanje as vaccine stocks run low

BY TIWONGE MHANGO
LAKESIDE TIMES | 14 February 2025

Cholera cases in Nsanje District have nearly tripled in two weeks, and health officials warn that the country's stock of oral vaccine may not last until the end of the month.

The Ministry of Health said in its daily situation report on Thursday that the district had recorded 1,184 cases and 23 deaths since the outbreak was declared on 9 January. Two weeks ago the count stood at 412 cases.

ADVERTISEMENT

Ministry spokesperson Adrian Chikumbe told Lakeside Times that about 180,000 doses of oral cholera vaccine were left in the national store, enough for one round in the two worst-affected areas.

"We have requested an additional 1.5 million doses through the International Coordinating Group, but we have been told the global stockpile is under pressure," Chikumbe said. "Until those doses arrive, prevention is our vaccine: chlorinate your water, wash your hands and go to the clinic at the first sign of diarrhoea."

Speaking to reporters in Lilongwe, Health Minister Dr Grace Mwanza-Phiri acknowledged that the response had been slowed by flooding along the Shire River, which she said had cut off at least 11 health posts.

She stressed that treatment was free at all public facilities and insisted the situation was "serious but under control".

PHOTO | A health surveillance assistant chlorinates a borehole in Bangula, Nsanje, on Wednesday. (Photo: Tiwonge Mhango)

The World Health Organization's representative in Malawi, Dr Samuel Owusu-Ansah, said the case fatality rate of about 1.9 per cent was "well above" the 1 per cent threshold the agency considers acceptable. He said most deaths had occurred in people who reached a facility more than a day after symptoms began.

According to the WHO, 14 African countries have reported cholera outbreaks since the start of the year.

Médecins Sans Frontières (MSF), which runs two cholera treatment centres in the district, warned that beds at both centres were full. "On some nights we have patients on mats in the corridor," said Chisomo Kalua, the organisation's medical coordinator in Malawi. "Our teams are seeing whole families arrive at once, which tells us the water sources themselves are contaminated."

The district health officer, who asked not to be named because she was not authorised to speak to the media, said three of the district's seven ambulances were out of service.

Some residents said they had not seen health workers in their villages for weeks.

"Nobody has come to tell us anything. We are drinking from the river because the borehole broke in December," said Ellen Maseko, a mother of four in Makhanga.

Malawi's worst cholera outbreak on record, in 2022-23, killed more than 1,700 people.

Related:
Govt launches water treatment campaign in lower Shire
Floods displace 6,000 in Chikwawa

Got a story? WhatsApp us on 0888 000 000`,
  claims: [
    {
      key: "Cholera cases triple in Nsanje as vaccine stocks run low",
      claimant: null,
      pattern: "headline",
      optional: true,
    },
    {
      key: "Cholera cases in Nsanje District have nearly tripled in two weeks",
      claimant: null,
      pattern: "unattributed",
    },
    {
      // Coordinated second clause with its own (unnamed) speaker.
      key: "the country's stock of oral vaccine may not last until the end of the month",
      claimant: "health officials",
      pattern: "said-that",
    },
    {
      key: "the district had recorded 1,184 cases and 23 deaths since the outbreak was declared on 9 January",
      claimant: "Ministry of Health",
      pattern: "said-that",
    },
    {
      key: "Two weeks ago the count stood at 412 cases",
      claimant: null,
      pattern: "unattributed",
    },
    {
      // Named spokesperson: the person, not the ministry.
      key: "about 180,000 doses of oral cholera vaccine were left in the national store",
      claimant: "Adrian Chikumbe",
      pattern: "told",
    },
    {
      key: "We have requested an additional 1.5 million doses through the International Coordinating Group",
      claimant: "Adrian Chikumbe",
      pattern: "quote-said-x",
    },
    {
      // Public-health advice.
      key: "Until those doses arrive, prevention is our vaccine",
      claimant: "Adrian Chikumbe",
      pattern: "continuation",
      optional: true,
    },
    {
      // "Health Minister Dr" dropped.
      key: "the response had been slowed by flooding along the Shire River",
      claimant: "Grace Mwanza-Phiri",
      pattern: "said-that",
    },
    {
      // Reported speech in a relative clause ("which she said ...").
      key: "had cut off at least 11 health posts",
      claimant: "Grace Mwanza-Phiri",
      pattern: "said-that",
    },
    {
      key: "treatment was free at all public facilities",
      claimant: "Grace Mwanza-Phiri",
      pattern: "said-that",
    },
    {
      // Assessment.
      key: 'the situation was "serious but under control"',
      claimant: "Grace Mwanza-Phiri",
      pattern: "said-that",
      optional: true,
    },
    {
      key: 'the case fatality rate of about 1.9 per cent was "well above" the 1 per cent threshold',
      claimant: "Samuel Owusu-Ansah",
      pattern: "said-that",
    },
    {
      key: "most deaths had occurred in people who reached a facility more than a day after symptoms began",
      claimant: "Samuel Owusu-Ansah",
      pattern: "said-that",
    },
    {
      // "the WHO" = World Health Organization (longest mention).
      key: "14 African countries have reported cholera outbreaks since the start of the year",
      claimant: "World Health Organization",
      pattern: "according-to",
    },
    {
      key: "beds at both centres were full",
      claimant: "Médecins Sans Frontières",
      pattern: "said-that",
    },
    {
      key: "On some nights we have patients on mats in the corridor",
      claimant: "Chisomo Kalua",
      pattern: "quote-said-x",
    },
    {
      key: "Our teams are seeing whole families arrive at once",
      claimant: "Chisomo Kalua",
      pattern: "continuation",
    },
    {
      // Unnamed official: role noun phrase without the article.
      key: "three of the district's seven ambulances were out of service",
      claimant: "district health officer",
      pattern: "said-that",
    },
    {
      key: "they had not seen health workers in their villages for weeks",
      claimant: "Some residents",
      pattern: "said-that",
    },
    {
      key: "Nobody has come to tell us anything",
      claimant: "Ellen Maseko",
      pattern: "quote-said-x",
      optional: true,
    },
    {
      key: "We are drinking from the river because the borehole broke in December",
      claimant: "Ellen Maseko",
      pattern: "quote-said-x",
    },
    {
      key: "Malawi's worst cholera outbreak on record, in 2022-23, killed more than 1,700 people",
      claimant: null,
      pattern: "unattributed",
    },
  ],
  nonClaims: [
    "BY TIWONGE MHANGO",
    "LAKESIDE TIMES | 14 February 2025",
    "ADVERTISEMENT",
    "PHOTO | A health surveillance assistant chlorinates a borehole in Bangula, Nsanje, on Wednesday. (Photo: Tiwonge Mhango)",
    "Govt launches water treatment campaign in lower Shire",
    "Floods displace 6,000 in Chikwawa",
    "Got a story? WhatsApp us on 0888 000 000",
  ],
};
