import type { Fixture } from "../fixtures/types";

export const fixture: Fixture = {
  id: "blind3-court-converter-thefts",
  split: "blind",
  genre: "court",
  body: `Two men charged over £1.3m catalytic converter theft ring

By Hannah Mercer, Crime Correspondent

Two men have been charged with conspiracy to steal after police linked them to the theft of more than 900 catalytic converters from cars across Greater Manchester and Cheshire over 18 months.

Karl Benson, 41, of Stockport, and Jamie Oduya, 29, of Salford, appeared at Manchester Magistrates' Court on Monday and were remanded in custody until a hearing at Minshull Street Crown Court on 2 June.

According to court documents, detectives recovered 212 converters, three battery-powered cutting tools and £46,000 in cash from a rented unit in Trafford Park during a raid on 11 April. The documents also state that the parts were sold to a scrap dealer in the West Midlands for between £150 and £400 each.

A Greater Manchester Police spokesperson said the investigation had identified 937 thefts between September 2022 and March 2024, with an estimated total cost to victims of £1.3 million including repairs.

"These thefts are not victimless. Elderly drivers have been left unable to get to hospital appointments, and some victims have been targeted twice," Detective Inspector Sarah Whitlow said. "We believe more people were involved and we would urge anyone with information to come forward."

Benson's solicitor, Marcus Feld, told the court that his client would deny the charge and had "a legitimate business buying and selling vehicle parts". Feld said the cash found at the unit was the proceeds of car sales that could be fully documented.

Oduya did not enter a plea. His barrister, Adaeze Nwosu, argued unsuccessfully for bail, telling District Judge Peter Hale that her client had no previous convictions and was the sole carer for his mother.

The judge refused, saying the risk of further offending was too high given the scale of the alleged conspiracy.

Catalytic converter thefts in England and Wales rose by 53% between 2019 and 2021, according to figures from the Office for National Statistics, as prices of the precious metals they contain surged.

Read more:
Police warn drivers over rise in keyless car thefts
Scrap dealer jailed for handling stolen vehicle parts`,
  claims: [
    {
      key: "Two men charged over £1.3m catalytic converter theft ring",
      claimant: null,
      pattern: "headline",
      optional: true,
    },
    {
      key: "Two men have been charged with conspiracy to steal after police linked them to the theft of more than 900 catalytic converters",
      claimant: null,
      pattern: "unattributed",
    },
    {
      key: "appeared at Manchester Magistrates' Court on Monday and were remanded in custody",
      claimant: null,
      pattern: "unattributed",
    },
    {
      key: "detectives recovered 212 converters, three battery-powered cutting tools and £46,000 in cash",
      claimant: "court documents",
      pattern: "according-to",
    },
    {
      // "The documents" refers back to the court documents of the previous sentence.
      key: "the parts were sold to a scrap dealer in the West Midlands for between £150 and £400 each",
      claimant: "court documents",
      pattern: "said-that",
    },
    {
      // Unnamed spokesperson of a named organisation: the organisation is the claimant.
      key: "the investigation had identified 937 thefts between September 2022 and March 2024",
      claimant: "Greater Manchester Police",
      pattern: "said-that",
    },
    {
      key: "These thefts are not victimless",
      claimant: "Sarah Whitlow",
      pattern: "quote-said-x",
      optional: true,
    },
    {
      key: "Elderly drivers have been left unable to get to hospital appointments, and some victims have been targeted twice",
      claimant: "Sarah Whitlow",
      pattern: "quote-said-x",
    },
    {
      key: "We believe more people were involved",
      claimant: "Sarah Whitlow",
      pattern: "continuation",
    },
    {
      key: "his client would deny the charge",
      claimant: "Marcus Feld",
      pattern: "told",
    },
    {
      key: "a legitimate business buying and selling vehicle parts",
      claimant: "Marcus Feld",
      pattern: "told",
    },
    {
      key: "the cash found at the unit was the proceeds of car sales that could be fully documented",
      claimant: "Marcus Feld",
      pattern: "said-that",
    },
    {
      key: "Oduya did not enter a plea",
      claimant: null,
      pattern: "unattributed",
      optional: true,
    },
    {
      key: "her client had no previous convictions",
      claimant: "Adaeze Nwosu",
      pattern: "told",
    },
    {
      // Second conjunct of the same reported clause: splitting it off or not are both fine.
      key: "was the sole carer for his mother",
      claimant: "Adaeze Nwosu",
      pattern: "told",
      optional: true,
    },
    {
      // "The judge" is District Judge Peter Hale; a ruling's reason, borderline check-worthy.
      key: "the risk of further offending was too high given the scale of the alleged conspiracy",
      claimant: "Peter Hale",
      pattern: "said-that",
      optional: true,
    },
    {
      key: "Catalytic converter thefts in England and Wales rose by 53% between 2019 and 2021",
      claimant: "Office for National Statistics",
      pattern: "according-to",
    },
  ],
  nonClaims: [
    "By Hannah Mercer, Crime Correspondent",
    "Read more:",
    "Police warn drivers over rise in keyless car thefts",
    "Scrap dealer jailed for handling stolen vehicle parts",
  ],
};
