import type { Fixture } from "../fixtures/types";

export const fixture: Fixture = {
  id: "blind5-business-norvane-earnings",
  split: "blind",
  genre: "business",
  body: `Norvane shares slide as big deals slip, company cuts forecast

By Priya Raman and Owen Castell

SAN FRANCISCO, Aug 26 (Marketline) - Shares of Norvane Systems fell 11% in extended trading on Tuesday after the cloud-security company reported slower-than-expected subscription growth and cut its full-year revenue forecast.

Revenue for the quarter ended July 31 rose 14% to $2.31 billion, the company said. Analysts had on average expected $2.34 billion, according to FactStream data.

Net income rose to $188 million, or 61 cents a share, from $142 million, or 47 cents, a year earlier.

On a call with analysts, Chief Executive Marisol Duarte-Fenn said large customers were taking longer to sign, with contracts above $1 million now routinely needing approval from chief financial officers "and sometimes the board."

"We did not lose these deals. They moved," Duarte-Fenn said. "Of the 40 largest deals we expected to close in the quarter, 31 closed, and most of the rest have already signed in August."

Chief Financial Officer Ben Osei told analysts the company now expects full-year revenue of $9.35 billion to $9.45 billion, down from its May forecast of $9.6 billion to $9.7 billion. He added that Norvane would slow hiring in the second half but had no plans for layoffs.

She said the company's AI threat-detection product, launched in March, had already signed 1,200 paying customers, ahead of internal targets.

"This is the second quarter in a row where the pipeline looked healthy in the spring and soft by the summer," said Rachel Imbert, an analyst at Hollis & Grange who rates the stock "hold."

Another analyst, Kenji Moriyama of Trident Securities, noted that Norvane's net revenue retention rate - a measure of how much more existing customers spend each year - fell to 112% from 118% a year earlier, the lowest since the company went public in 2019.

READ MORE: Cybersecurity stocks rally as breach disclosures pile up

Two people familiar with Norvane's sales operations said the company offered discounts of as much as 30% in the final two weeks of the quarter to close several large contracts.

A Norvane spokesperson said the company does not comment on individual customer agreements and that its discounting practices "have not changed materially."

Norvane's shares had risen 22% this year before the results, compared with a 9% gain for the Nasdaq Composite index.

(Reporting by Priya Raman in San Francisco and Owen Castell in New York; Editing by Martin Feld)`,
  claims: [
    {
      key: "Norvane shares slide as big deals slip, company cuts forecast",
      claimant: null,
      pattern: "headline",
      optional: true,
    },
    {
      key: "Shares of Norvane Systems fell 11% in extended trading on Tuesday",
      claimant: null,
      pattern: "unattributed",
    },
    {
      key: "Revenue for the quarter ended July 31 rose 14% to $2.31 billion",
      claimant: "Norvane Systems",
      pattern: "content-said-x",
    },
    {
      key: "Analysts had on average expected $2.34 billion",
      claimant: "FactStream",
      pattern: "according-to",
    },
    {
      key: "Net income rose to $188 million, or 61 cents a share, from $142 million",
      claimant: null,
      pattern: "unattributed",
    },
    {
      key: "large customers were taking longer to sign",
      claimant: "Marisol Duarte-Fenn",
      pattern: "said-that",
    },
    {
      key: "We did not lose these deals",
      claimant: "Marisol Duarte-Fenn",
      pattern: "quote-said-x",
    },
    {
      key: "They moved",
      claimant: "Marisol Duarte-Fenn",
      pattern: "quote-said-x",
      optional: true,
    },
    {
      key: "Of the 40 largest deals we expected to close in the quarter, 31 closed",
      claimant: "Marisol Duarte-Fenn",
      pattern: "continuation",
    },
    {
      // "told analysts" without "that".
      key: "now expects full-year revenue of $9.35 billion to $9.45 billion",
      claimant: "Ben Osei",
      pattern: "told",
    },
    {
      key: "Norvane would slow hiring in the second half",
      claimant: "Ben Osei",
      pattern: "said-that",
    },
    {
      // Second conjunct under the same "added that": splitting it off is acceptable.
      key: "had no plans for layoffs",
      claimant: "Ben Osei",
      pattern: "said-that",
      optional: true,
    },
    {
      // "She" skips the intervening male speaker (Osei) and refers back to the CEO.
      key: "had already signed 1,200 paying customers",
      claimant: "Marisol Duarte-Fenn",
      pattern: "said-that",
    },
    {
      key: "This is the second quarter in a row where the pipeline looked healthy in the spring and soft by the summer",
      claimant: "Rachel Imbert",
      pattern: "quote-said-x",
    },
    {
      key: "fell to 112% from 118% a year earlier, the lowest since the company went public in 2019",
      claimant: "Kenji Moriyama",
      pattern: "said-that",
    },
    {
      key: "the company offered discounts of as much as 30% in the final two weeks of the quarter",
      claimant: "Two people familiar with Norvane's sales operations",
      pattern: "said-that",
    },
    {
      // Unnamed spokesperson = the company. The "does not comment" part is not a claim.
      key: 'its discounting practices "have not changed materially',
      claimant: "Norvane Systems",
      pattern: "said-that",
    },
    {
      key: "Norvane's shares had risen 22% this year before the results",
      claimant: null,
      pattern: "unattributed",
    },
  ],
  nonClaims: [
    "By Priya Raman and Owen Castell",
    "READ MORE: Cybersecurity stocks rally as breach disclosures pile up",
    "(Reporting by Priya Raman in San Francisco and Owen Castell in New York; Editing by Martin Feld)",
  ],
};
