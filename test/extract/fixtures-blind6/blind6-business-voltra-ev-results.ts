import type { Fixture } from "../fixtures/types";

export const fixture: Fixture = {
  id: "blind6-business-voltra-ev-results",
  split: "blind",
  genre: "business",
  body: `Voltra Motors Q2 loss widens to Rs 312 crore; board clears Rs 2,400-crore battery plant in Hosur

Last Updated: November 08, 2024, 18:21 IST
Business Desk

Shares of Voltra Motors fell over 6 per cent on Friday after the Bengaluru-based electric two-wheeler maker reported a wider net loss for the September quarter.

The company posted a consolidated net loss of Rs 312 crore in the July-September quarter, against a loss of Rs 248 crore in the year-ago period, it said in a regulatory filing. Revenue from operations rose 18 per cent to Rs 1,146 crore.

Voltra sold 1.21 lakh scooters during the quarter, up from 97,400 units a year earlier, the company said.

The board also approved an investment of Rs 2,400 crore in a lithium-ion cell plant at Hosur in Tamil Nadu, which the company expects to begin production by March 2027.

Speaking on a call with analysts, managing director and CEO Rohan Deshpande said the losses were largely the result of "front-loaded" spending on the new plant and on discounts during the festive season.

"We took a conscious call to protect market share during Navratri and Diwali. That has cost us on the margin, we are not hiding it," Deshpande said. "But the unit economics on the new platform are already positive at the gross level. We expect EBITDA breakeven by the fourth quarter of next fiscal."

Also Read | EV sales cross 1 crore mark in India; two-wheelers lead the charge

Chief financial officer Ananya Krishnamurthy told PTI the company had cash and equivalents of about Rs 1,900 crore and did not need to raise fresh equity for the plant. She said around 60 per cent of the Hosur investment would be funded through debt, and conceded that interest costs would rise "meaningfully" over the next two years.

The results come weeks after the Centre reduced per-vehicle subsidies for electric two-wheelers. According to Vahan data, Voltra's market share in electric two-wheelers slipped to 11.8 per cent in October from 14.2 per cent in June.

Not everyone is convinced by the turnaround story. Meenal Agarwal, an analyst at Arclight Securities, wrote in a note to clients that the breakeven target "looks ambitious" and that service complaints had "visibly dented" the brand in smaller cities. The brokerage cut its target price on the stock to Rs 390 from Rs 465.

A senior official at a dealers' body, who did not wish to be named, claimed that some Voltra dealers in Uttar Pradesh and Bihar were sitting on up to 90 days of inventory. Deshpande denied this on the call, insisting that channel inventory was "under 30 days across the network".

Shares of Voltra Motors closed 6.4 per cent lower at Rs 412.35 apiece on the BSE, while the benchmark Sensex ended 0.7 per cent down.

(With inputs from PTI)

Catch all the Business News, Market News and Latest Updates on NewsDaily. Download the NewsDaily app to get Daily Market Updates.`,
  claims: [
    {
      key: "Voltra Motors Q2 loss widens to Rs 312 crore",
      claimant: null,
      pattern: "headline",
      optional: true,
    },
    {
      key: "Shares of Voltra Motors fell over 6 per cent on Friday",
      claimant: null,
      pattern: "unattributed",
    },
    {
      // "it said in a regulatory filing" after the content.
      key: "posted a consolidated net loss of Rs 312 crore in the July-September quarter, against a loss of Rs 248 crore in the year-ago period",
      claimant: "Voltra Motors",
      pattern: "content-said-x",
    },
    {
      // No attribution in the sentence itself.
      key: "Revenue from operations rose 18 per cent to Rs 1,146 crore",
      claimant: null,
      pattern: "unattributed",
    },
    {
      key: "Voltra sold 1.21 lakh scooters during the quarter, up from 97,400 units a year earlier",
      claimant: "Voltra Motors",
      pattern: "content-said-x",
    },
    {
      key: "The board also approved an investment of Rs 2,400 crore in a lithium-ion cell plant at Hosur",
      claimant: null,
      pattern: "unattributed",
    },
    {
      // Expectation reported in a relative clause; borderline.
      key: "begin production by March 2027",
      claimant: "Voltra Motors",
      pattern: "said-that",
      optional: true,
    },
    {
      key: 'the losses were largely the result of "front-loaded" spending on the new plant and on discounts during the festive season',
      claimant: "Rohan Deshpande",
      pattern: "said-that",
    },
    {
      key: "We took a conscious call to protect market share during Navratri and Diwali",
      claimant: "Rohan Deshpande",
      pattern: "quote-said-x",
    },
    {
      // Vague admission.
      key: "That has cost us on the margin, we are not hiding it",
      claimant: "Rohan Deshpande",
      pattern: "quote-said-x",
      optional: true,
    },
    {
      key: "the unit economics on the new platform are already positive at the gross level",
      claimant: "Rohan Deshpande",
      pattern: "continuation",
    },
    {
      key: "We expect EBITDA breakeven by the fourth quarter of next fiscal",
      claimant: "Rohan Deshpande",
      pattern: "continuation",
    },
    {
      key: "the company had cash and equivalents of about Rs 1,900 crore",
      claimant: "Ananya Krishnamurthy",
      pattern: "told",
    },
    {
      // Bare second conjunct under the same "told": splitting it off is acceptable.
      key: "did not need to raise fresh equity for the plant",
      claimant: "Ananya Krishnamurthy",
      pattern: "told",
      optional: true,
    },
    {
      key: "around 60 per cent of the Hosur investment would be funded through debt",
      claimant: "Ananya Krishnamurthy",
      pattern: "said-that",
    },
    {
      key: 'interest costs would rise "meaningfully" over the next two years',
      claimant: "Ananya Krishnamurthy",
      pattern: "said-that",
    },
    {
      key: "The results come weeks after the Centre reduced per-vehicle subsidies for electric two-wheelers",
      claimant: null,
      pattern: "unattributed",
    },
    {
      key: "Voltra's market share in electric two-wheelers slipped to 11.8 per cent in October from 14.2 per cent in June",
      claimant: "Vahan data",
      pattern: "according-to",
    },
    {
      // Analyst opinion.
      key: 'the breakeven target "looks ambitious"',
      claimant: "Meenal Agarwal",
      pattern: "said-that",
      optional: true,
    },
    {
      key: 'service complaints had "visibly dented" the brand in smaller cities',
      claimant: "Meenal Agarwal",
      pattern: "said-that",
    },
    {
      key: "The brokerage cut its target price on the stock to Rs 390 from Rs 465",
      claimant: null,
      pattern: "unattributed",
    },
    {
      key: "some Voltra dealers in Uttar Pradesh and Bihar were sitting on up to 90 days of inventory",
      claimant: "senior official at a dealers' body",
      pattern: "said-that",
    },
    {
      // "denied this" has no content of its own; the insisting clause carries the claim.
      key: 'channel inventory was "under 30 days across the network"',
      claimant: "Rohan Deshpande",
      pattern: "said-that",
    },
    {
      key: "Shares of Voltra Motors closed 6.4 per cent lower at Rs 412.35 apiece on the BSE",
      claimant: null,
      pattern: "unattributed",
    },
  ],
  nonClaims: [
    "Last Updated: November 08, 2024, 18:21 IST",
    "Also Read | EV sales cross 1 crore mark in India; two-wheelers lead the charge",
    "(With inputs from PTI)",
    "Catch all the Business News, Market News and Latest Updates on NewsDaily.",
    "Download the NewsDaily app to get Daily Market Updates.",
  ],
};
