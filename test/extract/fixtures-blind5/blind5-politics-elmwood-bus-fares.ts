import type { Fixture } from "../fixtures/types";

export const fixture: Fixture = {
  id: "blind5-politics-elmwood-bus-fares",
  split: "blind",
  genre: "politics",
  body: `Council votes to bring back bus fares after two-year free-ride experiment

By Dana Whitfield | The Elmwood Ledger
Nov. 19, 2025 Updated 9:14 a.m.

ELMWOOD, Ohio — Riders on Elmwood's city buses will pay again starting Jan. 5 after the City Council voted 7-4 late Tuesday to end a two-year pilot that made every route free.

Under the ordinance, which passed after nearly four hours of public comment, the standard fare will be $1.50. Seniors, students and riders with disabilities will pay 75 cents.

Council member Raymond Dumont speaks during Tuesday's meeting at City Hall. (Jenna Morales / The Elmwood Ledger)

Mayor Patricia Oyelaran-Hughes, who launched the pilot in 2023, said the city could no longer cover its roughly $4.1 million annual cost once federal pandemic relief money ran out in June.

"Ridership went up 31% and we learned a lot about who rides our buses," she said in an interview Wednesday. "But I am not going to cut snowplow crews or library hours to keep it going."

The pilot cost about $8.3 million over two years, most of it covered by American Rescue Plan Act funds, according to city budget documents.

SIGN UP: Get The Ledger's Morning Brief in your inbox every weekday.

Council member Raymond Dumont, who voted no, argued that fares would bring in far less than the administration projected. He said a transit department estimate put the cost of collecting fares — new fareboxes, staff and armored-car pickups — at about $600,000 a year.

"Half of the new riders we gained live in households without a car," Dumont said, "and those are exactly the people a fare will push off the bus."

The city's budget director, Alan Whitcomb, told the council that the transit fund would run a $3.2 million deficit in 2026 without fares or a new source of revenue. Whitcomb added: "There is no version of this where the fund stays solvent past next fall without a change."

Lorraine Baptiste, executive director of the Elm County Regional Transit Authority, wrote in a letter to council members last month that transfers between county and city buses had risen 12% since the pilot began.

More than 60 people signed up to speak Tuesday, most of them against the ordinance. Among them was Denise Carver, 58, who said the new fares would cost her about $70 a month for the two buses she takes to her job at a dialysis clinic.

"I'm not asking for charity," Carver told the council. "I'm asking you not to take away the one thing that's been working."

Dumont said he would introduce a measure next month to keep the three routes serving Elm County Hospital free. The mayor's spokesperson, Tom Reilly, said the administration was "open to a conversation" about route-specific exemptions but had not seen a cost estimate.

Elmwood was one of about a dozen U.S. cities to experiment with fare-free buses after the pandemic.

Staff writer Luis Ortega contributed to this report.`,
  claims: [
    {
      key: "Council votes to bring back bus fares after two-year free-ride experiment",
      claimant: null,
      pattern: "headline",
      optional: true,
    },
    {
      key: "voted 7-4 late Tuesday to end a two-year pilot that made every route free",
      claimant: null,
      pattern: "unattributed",
    },
    {
      key: "the standard fare will be $1.50",
      claimant: null,
      pattern: "unattributed",
    },
    {
      key: "Seniors, students and riders with disabilities will pay 75 cents",
      claimant: null,
      pattern: "unattributed",
    },
    {
      key: "could no longer cover its roughly $4.1 million annual cost once federal pandemic relief money ran out in June",
      claimant: "Patricia Oyelaran-Hughes",
      pattern: "said-that",
    },
    {
      key: "Ridership went up 31%",
      claimant: "Patricia Oyelaran-Hughes",
      pattern: "quote-said-x",
    },
    {
      // Statement of intent, not a checkable fact.
      key: "I am not going to cut snowplow crews or library hours to keep it going",
      claimant: "Patricia Oyelaran-Hughes",
      pattern: "continuation",
      optional: true,
    },
    {
      // Documents as an unnamed source: noun phrase as written.
      key: "The pilot cost about $8.3 million over two years, most of it covered by American Rescue Plan Act funds",
      claimant: "city budget documents",
      pattern: "according-to",
    },
    {
      key: "fares would bring in far less than the administration projected",
      claimant: "Raymond Dumont",
      pattern: "said-that",
    },
    {
      key: "a transit department estimate put the cost of collecting fares",
      claimant: "Raymond Dumont",
      pattern: "said-that",
    },
    {
      // Speaker in the middle of a one-sentence quote.
      key: "Half of the new riders we gained live in households without a car",
      claimant: "Raymond Dumont",
      pattern: "quote-said-x",
    },
    {
      key: "the transit fund would run a $3.2 million deficit in 2026",
      claimant: "Alan Whitcomb",
      pattern: "told",
    },
    {
      key: "There is no version of this where the fund stays solvent past next fall without a change",
      claimant: "Alan Whitcomb",
      pattern: "colon-quote",
    },
    {
      key: "transfers between county and city buses had risen 12% since the pilot began",
      claimant: "Lorraine Baptiste",
      pattern: "said-that",
    },
    {
      key: "More than 60 people signed up to speak Tuesday, most of them against the ordinance",
      claimant: null,
      pattern: "unattributed",
    },
    {
      key: "the new fares would cost her about $70 a month",
      claimant: "Denise Carver",
      pattern: "said-that",
    },
    {
      key: "he would introduce a measure next month to keep the three routes serving Elm County Hospital free",
      claimant: "Raymond Dumont",
      pattern: "said-that",
    },
    {
      // Stated openness; the checkable part is the second conjunct.
      key: 'the administration was "open to a conversation" about route-specific exemptions',
      claimant: "Tom Reilly",
      pattern: "said-that",
      optional: true,
    },
    {
      key: "had not seen a cost estimate",
      claimant: "Tom Reilly",
      pattern: "said-that",
    },
    {
      // "about a dozen" is vague background.
      key: "Elmwood was one of about a dozen U.S. cities to experiment with fare-free buses after the pandemic",
      claimant: null,
      pattern: "unattributed",
      optional: true,
    },
  ],
  nonClaims: [
    "By Dana Whitfield | The Elmwood Ledger",
    "Nov. 19, 2025 Updated 9:14 a.m.",
    "Council member Raymond Dumont speaks during Tuesday's meeting at City Hall. (Jenna Morales / The Elmwood Ledger)",
    "SIGN UP: Get The Ledger's Morning Brief in your inbox every weekday.",
    "Staff writer Luis Ortega contributed to this report.",
  ],
};
