import type { Fixture } from "../fixtures/types";

export const fixture: Fixture = {
  id: "blind5-politics-eu-card-fees",
  split: "blind",
  genre: "politics",
  body: `EU lawmakers vote to cap card 'scheme fees' for small shops, setting up clash with capitals

By Katrin Vollmer, Brussels correspondent
Published 12 March 2025, 14:02 CET

STRASBOURG — The European Parliament on Wednesday voted to cap the fees that card networks charge small retailers, backing a proposal that would limit so-called scheme fees to 0.1% of each transaction for businesses with an annual turnover below €2 million.

The text passed by 402 votes to 187, with 41 abstentions. It now goes to negotiations with the 27 member states, several of which have signalled they will resist a fixed price.

The rapporteur, Dutch liberal MEP Dr. Femke Janssen-Okafor, said small shops had been paying "the price of a market with two players and no competition" for more than a decade.

"Scheme fees have more than doubled since 2018, while interchange fees were capped," Janssen-Okafor told reporters after the vote. "The networks simply moved the money from one pocket to the other.

"A baker in Utrecht or a bookshop in Porto now pays a higher percentage on every coffee and every paperback than a supermarket chain does. That is not a market. That is a tax."

Interchange fees, which are paid to the bank that issues a card, have been capped at 0.2% of the transaction value for debit cards and 0.3% for credit cards across the EU since 2015. Scheme fees, which go to the networks themselves, were left out of that law.

Related coverage
Digital euro: what the ECB's fee limits mean for shops
Retailers in five countries sue card networks over 'hidden' charges

The European People's Party, the largest group in the chamber, voted largely against. Its shadow rapporteur, Polish MEP Tomasz Wróbel, warned that banks and networks would recover the lost income by raising account fees or cutting cashback and reward schemes.

He noted that a 2023 Commission study had estimated that only about 30% of any cut in merchant fees reaches consumers through lower prices.

"We all want to help the corner shop," Wróbel said. "But you do not help the corner shop by writing prices into law, and the people who will pay are ordinary cardholders."

Janssen-Okafor acknowledged that the estimate came from the Commission's own study, but said it relied on data from 2019, before contactless payments became the norm in most of the bloc. She argued that shops in competitive sectors such as food retail had passed on previous fee cuts "almost one for one".

Speaking in the chamber before the vote, the EU's financial services commissioner, Henrik Aaltonen, said the Commission "shares the objective" of lowering costs for small businesses but had doubts about fixing a price in legislation.

The Commission would publish its own review of scheme fees before the end of the year, the commissioner said, and would "not hesitate" to propose rules if the market failed to correct itself.

The European Card Payment Association, which represents the networks, said in a statement that scheme fees funded fraud-prevention systems and that the vote "ignores the cost of keeping payments safe".

According to Retail Europe Alliance, a trade body, the average small retailer in the EU paid €3,200 in card fees in 2024, up from €1,900 in 2019.

Diplomats from at least four member states, including Germany and France, told this newspaper that their governments preferred a transparency requirement to a hard cap.

This article was updated on 12 March to include comment from the European Card Payment Association.`,
  claims: [
    {
      key: "EU lawmakers vote to cap card 'scheme fees' for small shops",
      claimant: null,
      pattern: "headline",
      optional: true,
    },
    {
      key: "voted to cap the fees that card networks charge small retailers",
      claimant: null,
      pattern: "unattributed",
    },
    {
      key: "The text passed by 402 votes to 187, with 41 abstentions",
      claimant: null,
      pattern: "unattributed",
    },
    {
      // Procedural next step; "several of which have signalled" is vague.
      key: "It now goes to negotiations with the 27 member states",
      claimant: null,
      pattern: "unattributed",
      optional: true,
    },
    {
      // Title "Dr." and role dropped from the canonical name.
      key: "the price of a market with two players and no competition",
      claimant: "Femke Janssen-Okafor",
      pattern: "said-that",
    },
    {
      key: "Scheme fees have more than doubled since 2018, while interchange fees were capped",
      claimant: "Femke Janssen-Okafor",
      pattern: "quote-said-x",
    },
    {
      // Characterisation rather than a checkable fact.
      key: "The networks simply moved the money from one pocket to the other",
      claimant: "Femke Janssen-Okafor",
      pattern: "continuation",
      optional: true,
    },
    {
      // Quote continues into a second paragraph (no closing mark at the end of the first).
      key: "A baker in Utrecht or a bookshop in Porto now pays a higher percentage on every coffee and every paperback than a supermarket chain does",
      claimant: "Femke Janssen-Okafor",
      pattern: "continuation",
    },
    {
      key: "have been capped at 0.2% of the transaction value for debit cards and 0.3% for credit cards across the EU since 2015",
      claimant: null,
      pattern: "unattributed",
    },
    {
      key: "Scheme fees, which go to the networks themselves, were left out of that law",
      claimant: null,
      pattern: "unattributed",
    },
    {
      // A recorded vote: checkable, but "largely" is vague.
      key: "the largest group in the chamber, voted largely against",
      claimant: null,
      pattern: "unattributed",
      optional: true,
    },
    {
      key: "banks and networks would recover the lost income by raising account fees or cutting cashback and reward schemes",
      claimant: "Tomasz Wróbel",
      pattern: "said-that",
    },
    {
      // "He" = Wróbel (the other speaker, Janssen-Okafor, is a woman).
      key: "only about 30% of any cut in merchant fees reaches consumers through lower prices",
      claimant: "Tomasz Wróbel",
      pattern: "said-that",
    },
    {
      // Prediction/opinion inside a rhetorical quote.
      key: "the people who will pay are ordinary cardholders",
      claimant: "Tomasz Wróbel",
      pattern: "continuation",
      optional: true,
    },
    {
      key: "the estimate came from the Commission's own study",
      claimant: "Femke Janssen-Okafor",
      pattern: "said-that",
    },
    {
      key: "it relied on data from 2019, before contactless payments became the norm in most of the bloc",
      claimant: "Femke Janssen-Okafor",
      pattern: "said-that",
    },
    {
      // "She" across a paragraph boundary after a male speaker.
      key: "shops in competitive sectors such as food retail had passed on previous fee cuts",
      claimant: "Femke Janssen-Okafor",
      pattern: "said-that",
    },
    {
      // Stated position of the Commission; hardly checkable.
      key: "shares the objective",
      claimant: "Henrik Aaltonen",
      pattern: "said-that",
      optional: true,
    },
    {
      key: "had doubts about fixing a price in legislation",
      claimant: "Henrik Aaltonen",
      pattern: "said-that",
      optional: true,
    },
    {
      // Role-only mention ("the commissioner") in the middle of the reported content.
      key: "The Commission would publish its own review of scheme fees before the end of the year",
      claimant: "Henrik Aaltonen",
      pattern: "parenthetical",
    },
    {
      // Second conjunct of the same sentence; a conditional intention.
      key: "to propose rules if the market failed to correct itself",
      claimant: "Henrik Aaltonen",
      pattern: "parenthetical",
      optional: true,
    },
    {
      key: "scheme fees funded fraud-prevention systems",
      claimant: "European Card Payment Association",
      pattern: "said-that",
    },
    {
      key: "ignores the cost of keeping payments safe",
      claimant: "European Card Payment Association",
      pattern: "said-that",
    },
    {
      key: "the average small retailer in the EU paid €3,200 in card fees in 2024",
      claimant: "Retail Europe Alliance",
      pattern: "according-to",
    },
    {
      // Unnamed sources: noun phrase without the article.
      key: "their governments preferred a transparency requirement to a hard cap",
      claimant: "Diplomats from at least four member states",
      pattern: "told",
    },
  ],
  nonClaims: [
    "By Katrin Vollmer, Brussels correspondent",
    "Published 12 March 2025, 14:02 CET",
    "Related coverage",
    "Digital euro: what the ECB's fee limits mean for shops",
    "Retailers in five countries sue card networks over 'hidden' charges",
    "This article was updated on 12 March to include comment from the European Card Payment Association.",
  ],
};
