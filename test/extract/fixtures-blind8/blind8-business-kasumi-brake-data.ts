import type { Fixture } from "../fixtures/types";

export const fixture: Fixture = {
  id: "blind8-business-kasumi-brake-data",
  split: "blind",
  genre: "business",
  body: `Kasumi Motors president apologizes over falsified brake tests, rules out recall

Transport ministry to inspect automaker's Nagoya headquarters

By Haruka Ishida
Staff writer
Nov 20, 2025

Kasumi Motors President Tetsuya Onodera (center) and other executives bow at the start of a news conference in Tokyo on Thursday. | KYODO

The president of Kasumi Motors apologized Thursday for what the company called "systematic" falsification of brake performance data at two of its domestic plants, saying employees had altered test records for at least nine years.

"We betrayed the trust of our customers and of society. I apologize from the bottom of my heart," President Tetsuya Onodera told a news conference in Tokyo, bowing deeply alongside four other executives.

The automaker said the falsification affected about 41,000 vehicles built at its Kitakami and Susono plants between 2016 and October this year, including the Lyra compact and the Sorel minivan. Inspectors had entered stopping distances from earlier tests as new results when test equipment was unavailable, according to an internal report released the same day.

Onodera insisted the vehicles meet national safety standards and said the company has no plans for a recall.

"Our own retesting over the past three weeks found no vehicle that fails to meet the standard," he said. "Customers can continue to drive their cars with confidence."

The transport ministry said it will conduct an on-site inspection of the company's headquarters in Nagoya on Friday. Sources close to the investigation told Kyodo News the ministry had received a tip from a former employee in September.

Transport minister Keiko Nishimura, speaking to reporters after a Cabinet meeting, said it was the fourth certification scandal involving a Japanese automaker since 2022. She warned that the ministry could revoke type approvals for the affected models if its own tests find problems, and said Kasumi had reported the issue only after being contacted by the ministry.

Onodera acknowledged that senior management learned of the problem in August, but he denied that executives had ordered or known about the falsification before then. He said pressure to meet production targets had been "a background factor" and that testing staff at the two plants had been cut by a third since 2019.

Kasumi, Japan's sixth-largest automaker by domestic sales, sold about 610,000 vehicles in Japan in the fiscal year that ended in March. Its shares fell 7.8 percent on the Tokyo Stock Exchange on Thursday, their steepest one-day drop since 2020.

"The direct cost may be limited, but the damage to the brand in the domestic market will last," Daisuke Hoshino, an analyst at Sakuragi Securities, wrote in a note to clients. Hoshino estimated that lost sales could reach ¥15 billion ($97 million) this fiscal year.

The company said Onodera would return 50 percent of his monthly pay for three months.

This story has been updated to include the share price movement.

RELATED
Regulator tightens vehicle certification checks after string of scandals
Kasumi Motors to build EV battery plant in Miyagi

Sign up for our newsletters`,
  claims: [
    {
      key: "Kasumi Motors president apologizes over falsified brake tests, rules out recall",
      claimant: null,
      pattern: "headline",
      optional: true,
    },
    {
      key: "Transport ministry to inspect automaker's Nagoya headquarters",
      claimant: null,
      pattern: "headline",
      optional: true,
    },
    {
      // The apology is reported by the reporter as an event; the "saying" clause is Onodera's.
      key: "The president of Kasumi Motors apologized Thursday",
      claimant: null,
      pattern: "unattributed",
    },
    {
      key: "employees had altered test records for at least nine years",
      claimant: "Tetsuya Onodera",
      pattern: "said-that",
    },
    {
      // An admission phrased as contrition rather than a checkable fact.
      key: "We betrayed the trust of our customers and of society",
      claimant: "Tetsuya Onodera",
      pattern: "quote-said-x",
      optional: true,
    },
    {
      // The apology itself, not a factual assertion.
      key: "I apologize from the bottom of my heart",
      claimant: "Tetsuya Onodera",
      pattern: "quote-said-x",
      optional: true,
    },
    {
      // "The automaker said" = the company.
      key: "the falsification affected about 41,000 vehicles built at its Kitakami and Susono plants between 2016 and October this year",
      claimant: "Kasumi Motors",
      pattern: "said-that",
    },
    {
      key: "Inspectors had entered stopping distances from earlier tests as new results when test equipment was unavailable",
      claimant: "internal report",
      pattern: "according-to",
    },
    {
      key: "the vehicles meet national safety standards",
      claimant: "Tetsuya Onodera",
      pattern: "said-that",
    },
    {
      // Coordinated second report of the same sentence.
      key: "the company has no plans for a recall",
      claimant: "Tetsuya Onodera",
      pattern: "said-that",
    },
    {
      key: "Our own retesting over the past three weeks found no vehicle that fails to meet the standard",
      claimant: "Tetsuya Onodera",
      pattern: "quote-said-x",
    },
    {
      // Reassurance rather than a checkable fact.
      key: "Customers can continue to drive their cars with confidence",
      claimant: "Tetsuya Onodera",
      pattern: "continuation",
      optional: true,
    },
    {
      key: "it will conduct an on-site inspection of the company's headquarters in Nagoya on Friday",
      claimant: "transport ministry",
      pattern: "said-that",
    },
    {
      key: "the ministry had received a tip from a former employee in September",
      claimant: "sources close to the investigation",
      pattern: "told",
    },
    {
      key: "it was the fourth certification scandal involving a Japanese automaker since 2022",
      claimant: "Keiko Nishimura",
      pattern: "said-that",
    },
    {
      // "She" = the minister (the only woman named so far).
      key: "the ministry could revoke type approvals for the affected models if its own tests find problems",
      claimant: "Keiko Nishimura",
      pattern: "said-that",
    },
    {
      key: "Kasumi had reported the issue only after being contacted by the ministry",
      claimant: "Keiko Nishimura",
      pattern: "said-that",
    },
    {
      key: "senior management learned of the problem in August",
      claimant: "Tetsuya Onodera",
      pattern: "said-that",
    },
    {
      // Denial: key is the denied content.
      key: "executives had ordered or known about the falsification before then",
      claimant: "Tetsuya Onodera",
      pattern: "said-that",
    },
    {
      key: 'pressure to meet production targets had been "a background factor"',
      claimant: "Tetsuya Onodera",
      pattern: "said-that",
    },
    {
      // Second "that"-clause of the same report.
      key: "testing staff at the two plants had been cut by a third since 2019",
      claimant: "Tetsuya Onodera",
      pattern: "said-that",
    },
    {
      key: "sold about 610,000 vehicles in Japan in the fiscal year that ended in March",
      claimant: null,
      pattern: "unattributed",
    },
    {
      key: "Its shares fell 7.8 percent on the Tokyo Stock Exchange on Thursday",
      claimant: null,
      pattern: "unattributed",
    },
    {
      // Analyst's judgement; "wrote in a note" after the quote.
      key: "The direct cost may be limited, but the damage to the brand in the domestic market will last",
      claimant: "Daisuke Hoshino",
      pattern: "quote-said-x",
      optional: true,
    },
    {
      key: "lost sales could reach ¥15 billion ($97 million) this fiscal year",
      claimant: "Daisuke Hoshino",
      pattern: "said-that",
    },
    {
      key: "Onodera would return 50 percent of his monthly pay for three months",
      claimant: "Kasumi Motors",
      pattern: "said-that",
    },
  ],
  nonClaims: [
    "By Haruka Ishida\nStaff writer\nNov 20, 2025",
    "Kasumi Motors President Tetsuya Onodera (center) and other executives bow at the start of a news conference in Tokyo on Thursday. | KYODO",
    "This story has been updated to include the share price movement.",
    "RELATED",
    "Regulator tightens vehicle certification checks after string of scandals",
    "Kasumi Motors to build EV battery plant in Miyagi",
    "Sign up for our newsletters",
  ],
};
