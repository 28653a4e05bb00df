import type { Fixture } from "../fixtures/types";

export const fixture: Fixture = {
  id: "blind3-tech-layoffs",
  split: "blind",
  genre: "business",
  body: `Streamline to cut 1,800 jobs as software maker bets on AI agents

SAN FRANCISCO, Feb 6 — Streamline Software will cut about 1,800 jobs, or 11% of its workforce, as it shifts spending towards artificial intelligence products, the company said on Thursday.

The cuts will fall mainly on sales and customer support teams in the United States and Ireland, and affected employees will receive at least 16 weeks of severance pay, the company said in a filing with the Securities and Exchange Commission. Streamline expects to record restructuring charges of $140 million to $165 million, most of them in the first quarter.

In a memo to staff, chief executive Priya Venkataraman said the decision was "the hardest I have made" but that the company had "hired for a world that no longer exists". She said Streamline would keep hiring engineers for its AI agent platform, which it launched in September.

The company's Dublin office, which employs about 1,400 people, will lose roughly 300 roles, according to people familiar with the matter. One of the people said a second round of cuts was being discussed for later in the year, though no decision had been made. A Streamline spokesperson declined to comment on the figures for individual offices.

Streamline shares rose 4.2% in after-hours trading following the announcement. The stock had fallen 31% over the past 12 months as growth in subscription revenue slowed to 9% in the most recent quarter, from 24% two years earlier.

"Investors have been waiting for management to admit that the old sales machine is too expensive," said Daniel Brandt, an analyst at Bernstein who rates the stock "market perform". "The question is whether AI revenue shows up quickly enough to replace what they're cutting."

Brandt estimated the cuts would save about $290 million a year, lifting operating margins by around three percentage points.

The layoffs are the latest in a wave across the software industry. More than 95,000 technology workers have lost their jobs since January, according to Layoffs.fyi, a website that tracks job cuts.

(Reporting by Megan Ruiz in San Francisco; Editing by Chris Olsen)`,
  claims: [
    {
      key: "Streamline to cut 1,800 jobs as software maker bets on AI agents",
      claimant: null,
      pattern: "headline",
      optional: true,
    },
    {
      key: "Streamline Software will cut about 1,800 jobs, or 11% of its workforce",
      claimant: "Streamline Software",
      pattern: "content-said-x",
    },
    {
      key: "The cuts will fall mainly on sales and customer support teams in the United States and Ireland",
      claimant: "Streamline Software",
      pattern: "content-said-x",
    },
    {
      key: "affected employees will receive at least 16 weeks of severance pay",
      claimant: "Streamline Software",
      pattern: "content-said-x",
      optional: true,
    },
    {
      // "Streamline expects ...": the company's own forecast, but written as the reporter's
      // sentence with no speech verb; unattributed or company-attributed are both defensible.
      key: "restructuring charges of $140 million to $165 million",
      claimant: "Streamline Software",
      pattern: "said-that",
      optional: true,
    },
    {
      key: "the hardest I have made",
      claimant: "Priya Venkataraman",
      pattern: "said-that",
      optional: true,
    },
    {
      key: "hired for a world that no longer exists",
      claimant: "Priya Venkataraman",
      pattern: "said-that",
      optional: true,
    },
    {
      key: "Streamline would keep hiring engineers for its AI agent platform",
      claimant: "Priya Venkataraman",
      pattern: "said-that",
    },
    {
      key: "The company's Dublin office, which employs about 1,400 people, will lose roughly 300 roles",
      claimant: "people familiar with the matter",
      pattern: "according-to",
    },
    {
      // "One of the people": canonical name of the unnamed source group of this article.
      key: "a second round of cuts was being discussed for later in the year",
      claimant: "people familiar with the matter",
      pattern: "said-that",
    },
    {
      key: "Streamline shares rose 4.2% in after-hours trading",
      claimant: null,
      pattern: "unattributed",
    },
    {
      key: "The stock had fallen 31% over the past 12 months",
      claimant: null,
      pattern: "unattributed",
    },
    {
      key: "Investors have been waiting for management to admit that the old sales machine is too expensive",
      claimant: "Daniel Brandt",
      pattern: "quote-said-x",
    },
    {
      key: "The question is whether AI revenue shows up quickly enough",
      claimant: "Daniel Brandt",
      pattern: "continuation",
      optional: true,
    },
    {
      key: "the cuts would save about $290 million a year",
      claimant: "Daniel Brandt",
      pattern: "said-that",
    },
    {
      key: "The layoffs are the latest in a wave across the software industry",
      claimant: null,
      pattern: "unattributed",
      optional: true,
    },
    {
      key: "More than 95,000 technology workers have lost their jobs since January",
      claimant: "Layoffs.fyi",
      pattern: "according-to",
    },
  ],
  nonClaims: [
    "A Streamline spokesperson declined to comment on the figures for individual offices.",
    "(Reporting by Megan Ruiz in San Francisco; Editing by Chris Olsen)",
  ],
};
