import type { Fixture } from "../fixtures/types";

export const fixture: Fixture = {
  id: "blind3-health-vaccination-dispute",
  split: "blind",
  genre: "politics",
  body: `Health ministry rejects opposition figures on falling child vaccination

By Tomás Echeverría

SANTIAGO, Chile — Chile's Health Ministry on Tuesday denied opposition claims that coverage of the first measles vaccine dose had fallen to 81% nationally, saying its own records showed 93% of children born in 2022 had received the shot.

The dispute began on Monday when Senator Valentina Rojas Ibáñez, who chairs the opposition's health working group, told a news conference that vaccination rates had dropped in 11 of the country's 16 regions since 2019. She accused the government of "hiding a slow-moving emergency behind national averages."

"In the Araucanía region, one child in four has not had the second dose. That is how outbreaks start," Rojas said.

Deputy Health Minister Dr. Rodrigo Saavedra said the opposition had used a preliminary dataset from March that did not include vaccinations given in private clinics, which account for roughly 12% of all doses.

"The coverage of the second dose is 88%, below our 95% target, and we have never hidden that," Saavedra told reporters at the ministry. "But the claim that it has collapsed is simply false."

According to the ministry, 2.1 million doses of the measles, mumps and rubella vaccine were administered last year, an increase of 6% on 2022.

Rojas rejected the explanation, saying private clinics mostly served families in Santiago and could not account for the gap in the southern regions. Her party has asked the Comptroller General's office to audit the ministry's immunisation register.

The Pan American Health Organization recommends that at least 95% of children receive both doses to prevent sustained transmission. Chile has not recorded a locally acquired measles case since 2011, according to PAHO, although it confirmed three imported cases this year.

Dr. Inés Carrasco, a paediatrician at the University of Chile who advises the ministry's immunisation committee, said both sides were partly right. National coverage was reasonable, she said, but pockets of low uptake in rural areas of the south were "a genuine risk."

A nurse vaccinates a child at a health centre in Temuco. (Photo: Agencia Uno)`,
  claims: [
    {
      key: "Health ministry rejects opposition figures on falling child vaccination",
      claimant: "Chile's Health Ministry",
      pattern: "headline",
      optional: true,
    },
    {
      // A denial: following the fixture convention ("X denied Y" -> claimant X), the denier is
      // the claimant of the denied content.
      key: "coverage of the first measles vaccine dose had fallen to 81% nationally",
      claimant: "Chile's Health Ministry",
      pattern: "said-that",
    },
    {
      key: "its own records showed 93% of children born in 2022 had received the shot",
      claimant: "Chile's Health Ministry",
      pattern: "said-that",
    },
    {
      key: "vaccination rates had dropped in 11 of the country's 16 regions since 2019",
      claimant: "Valentina Rojas Ibáñez",
      pattern: "told",
    },
    {
      key: "hiding a slow-moving emergency behind national averages",
      claimant: "Valentina Rojas Ibáñez",
      pattern: "said-that",
    },
    {
      key: "In the Araucanía region, one child in four has not had the second dose",
      claimant: "Valentina Rojas Ibáñez",
      pattern: "quote-said-x",
    },
    {
      key: "That is how outbreaks start",
      claimant: "Valentina Rojas Ibáñez",
      pattern: "quote-said-x",
      optional: true,
    },
    {
      key: "the opposition had used a preliminary dataset from March that did not include vaccinations given in private clinics",
      claimant: "Rodrigo Saavedra",
      pattern: "said-that",
    },
    {
      key: "The coverage of the second dose is 88%, below our 95% target",
      claimant: "Rodrigo Saavedra",
      pattern: "quote-said-x",
    },
    {
      key: "But the claim that it has collapsed is simply false",
      claimant: "Rodrigo Saavedra",
      pattern: "continuation",
    },
    {
      // "the ministry" is the Health Ministry introduced in the first paragraph.
      key: "2.1 million doses of the measles, mumps and rubella vaccine were administered last year",
      claimant: "Chile's Health Ministry",
      pattern: "according-to",
    },
    {
      key: "the explanation",
      claimant: "Valentina Rojas Ibáñez",
      pattern: "said-that",
      optional: true,
    },
    {
      key: "private clinics mostly served families in Santiago and could not account for the gap",
      claimant: "Valentina Rojas Ibáñez",
      pattern: "said-that",
    },
    {
      key: "Her party has asked the Comptroller General's office to audit the ministry's immunisation register",
      claimant: null,
      pattern: "unattributed",
    },
    {
      // "recommends" reports the organisation's position, but the sentence reads as the
      // reporter's background; either reading is acceptable.
      key: "at least 95% of children receive both doses to prevent sustained transmission",
      claimant: "Pan American Health Organization",
      pattern: "said-that",
      optional: true,
    },
    {
      key: "Chile has not recorded a locally acquired measles case since 2011",
      claimant: "Pan American Health Organization",
      pattern: "according-to",
    },
    {
      // Trailing concessive clause of the same sentence: splitting it off is acceptable.
      key: "it confirmed three imported cases this year",
      claimant: null,
      pattern: "unattributed",
      optional: true,
    },
    {
      key: "both sides were partly right",
      claimant: "Inés Carrasco",
      pattern: "said-that",
      optional: true,
    },
    {
      key: "National coverage was reasonable",
      claimant: "Inés Carrasco",
      pattern: "parenthetical",
      optional: true,
    },
    {
      key: "pockets of low uptake in rural areas of the south were",
      claimant: "Inés Carrasco",
      pattern: "parenthetical",
    },
  ],
  nonClaims: [
    "By Tomás Echeverría",
    "A nurse vaccinates a child at a health centre in Temuco.",
    "(Photo: Agencia Uno)",
  ],
};
