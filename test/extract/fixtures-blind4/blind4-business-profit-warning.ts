import type { Fixture } from "../fixtures/types";

export const fixture: Fixture = {
  id: "blind4-business-profit-warning",
  split: "blind",
  genre: "business",
  body: `Brightwater shares sink 17% after second profit warning in four months

By Nils Eriksen and Clara Obi

LONDON, March 18 — Shares in Brightwater Beverages fell 17% on Tuesday, their steepest one-day drop since 2008, after the British soft-drinks maker cut its full-year profit forecast for the second time in four months.

Brightwater now expects adjusted operating profit of £210 million to £225 million for the year to June, down from a previous forecast of about £260 million, the company said in a trading update. Analysts had on average expected £251 million, according to a company-compiled consensus.

Sales volumes fell 6.4% in the 20 weeks to March 8, Brightwater said, as shoppers switched to supermarket own-label drinks and a wet January hit demand for its Fizzpop and Crown Tonic brands. The interim dividend, the company said, will be held at 9.2 pence a share.

Chief executive Graham Liddell acknowledged on a call with analysts that the company had been "too slow" to respond to own-label competition. "We held on to price when we should have held on to volume. That's on me," he said.

Liddell said Brightwater would cut the price of its 2-litre bottles by about 8% from April. He said the company would also close its bottling plant in Wakefield, northern England, affecting about 230 jobs.

Finance director Ruth Okonjo told analysts the price cuts would reduce gross margin by about 150 basis points in the second half. The plant closure would save £14 million a year from 2026, the finance chief added, though it would bring one-off costs of about £30 million.

The company also warned that a planned extension of the soft drinks levy to milk-based drinks, due in 2028, would cost it about £8 million a year. A Treasury spokesperson said the levy had removed thousands of tonnes of sugar from drinks since its introduction and that there were no plans to change the timetable.

Read more: Supermarket own-label drinks sales hit record as shoppers trade down

"Own-label now has a third of the UK fizzy drinks market, up from a fifth five years ago, and Brightwater is trying to buy that volume back with price," said Sophie Tran, an analyst at Lindqvist & Co. "It will probably work, but it is going to be expensive."

Tran estimated that the price cuts alone would reduce Brightwater's revenue by about £40 million this financial year. She rates the stock "hold".

The shares closed at 388 pence, valuing the company at about £1.9 billion, and have lost almost half their value over the past 12 months. The FTSE 250 index, of which Brightwater is a member, ended 0.3% lower.

— With assistance from Priya Lal`,
  claims: [
    {
      key: "Brightwater shares sink 17% after second profit warning in four months",
      claimant: null,
      pattern: "headline",
      optional: true,
    },
    {
      key: "Shares in Brightwater Beverages fell 17% on Tuesday, their steepest one-day drop since 2008",
      claimant: null,
      pattern: "unattributed",
    },
    {
      key: "Brightwater now expects adjusted operating profit of £210 million to £225 million for the year to June",
      claimant: "Brightwater Beverages",
      pattern: "content-said-x",
    },
    {
      key: "Analysts had on average expected £251 million",
      claimant: "company-compiled consensus",
      pattern: "according-to",
    },
    {
      key: "Sales volumes fell 6.4% in the 20 weeks to March 8",
      claimant: "Brightwater Beverages",
      pattern: "content-said-x",
    },
    {
      // Attribution inserted mid-sentence ("The interim dividend, the company said, will be ...").
      key: "will be held at 9.2 pence a share",
      claimant: "Brightwater Beverages",
      pattern: "parenthetical",
    },
    {
      key: 'the company had been "too slow" to respond to own-label competition',
      claimant: "Graham Liddell",
      pattern: "said-that",
    },
    {
      key: "We held on to price when we should have held on to volume",
      claimant: "Graham Liddell",
      pattern: "quote-said-x",
    },
    {
      key: "Brightwater would cut the price of its 2-litre bottles by about 8% from April",
      claimant: "Graham Liddell",
      pattern: "said-that",
    },
    {
      // Pronoun reference ("He said") to Graham Liddell.
      key: "the company would also close its bottling plant in Wakefield, northern England, affecting about 230 jobs",
      claimant: "Graham Liddell",
      pattern: "said-that",
    },
    {
      key: "the price cuts would reduce gross margin by about 150 basis points in the second half",
      claimant: "Ruth Okonjo",
      pattern: "told",
    },
    {
      // Role-only second mention ("the finance chief") of Ruth Okonjo.
      key: "The plant closure would save £14 million a year from 2026",
      claimant: "Ruth Okonjo",
      pattern: "content-said-x",
    },
    {
      // Clause after the attribution, same speaker; splitting it off or not are both fine.
      key: "it would bring one-off costs of about £30 million",
      claimant: "Ruth Okonjo",
      pattern: "content-said-x",
      optional: true,
    },
    {
      key: "a planned extension of the soft drinks levy to milk-based drinks, due in 2028, would cost it about £8 million a year",
      claimant: "Brightwater Beverages",
      pattern: "said-that",
    },
    {
      // Unnamed spokesperson of a named organisation: the organisation.
      key: "the levy had removed thousands of tonnes of sugar from drinks since its introduction",
      claimant: "Treasury",
      pattern: "said-that",
    },
    {
      key: "there were no plans to change the timetable",
      claimant: "Treasury",
      pattern: "said-that",
    },
    {
      key: "Own-label now has a third of the UK fizzy drinks market, up from a fifth five years ago",
      claimant: "Sophie Tran",
      pattern: "quote-said-x",
    },
    {
      key: "It will probably work, but it is going to be expensive",
      claimant: "Sophie Tran",
      pattern: "continuation",
      optional: true,
    },
    {
      key: "the price cuts alone would reduce Brightwater's revenue by about £40 million this financial year",
      claimant: "Sophie Tran",
      pattern: "said-that",
    },
    {
      // Reporter's fact about the analyst's rating.
      key: 'She rates the stock "hold"',
      claimant: null,
      pattern: "unattributed",
      optional: true,
    },
    {
      key: "The shares closed at 388 pence, valuing the company at about £1.9 billion",
      claimant: null,
      pattern: "unattributed",
    },
    {
      key: "have lost almost half their value over the past 12 months",
      claimant: null,
      pattern: "unattributed",
      optional: true,
    },
    {
      key: "The FTSE 250 index, of which Brightwater is a member, ended 0.3% lower",
      claimant: null,
      pattern: "unattributed",
    },
  ],
  nonClaims: [
    "By Nils Eriksen and Clara Obi",
    "Read more: Supermarket own-label drinks sales hit record as shoppers trade down",
    "— With assistance from Priya Lal",
  ],
};
