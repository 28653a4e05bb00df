import type { Fixture } from "../fixtures/types";

export const fixture: Fixture = {
  id: "blind7-industry-kessler-job-cuts",
  split: "blind",
  genre: "industry",
  body: `German car parts maker Kessler to cut 2,400 jobs, close Zwickau plant

By Katrin Obermeier and Jan Vollrath

March 12, 20252:17 PM GMT+1Updated 4 hours ago

FRANKFURT, March 12 (Reuters) - German car parts maker Kessler Antriebstechnik will cut 2,400 jobs in Germany by the end of 2027 and close its transmission plant in Zwickau, the company said on Wednesday, blaming weak demand for combustion-engine components and high energy costs.

The Stuttgart-based group said the cuts would save around 310 million euros ($337 million) a year from 2028. Kessler employs about 19,000 people worldwide, 8,600 of them in Germany.

"We have waited two years for the market to turn, and it hasn't," Chief Executive Thomas Weigand told Reuters in an interview. "Our order book for electric drive units is growing, but it is not growing fast enough to fill the gap."

Weigand said the Zwickau plant, which makes six-speed gearboxes mainly for German carmakers, had been running at less than half its capacity since mid-2024. He did not rule out further cuts if U.S. tariffs on European cars were raised again.

The company's works council reacted angrily. Its chairwoman, Sabine Hoffmeister, said management had promised in 2023 that Zwickau would be converted to build housings for electric motors, and accused the board of "breaking its word to 1,100 families".

"They took 40 million euros in state subsidies for that conversion," she said. "Now they are shipping the machines to Hungary."

Kessler denied that any subsidies had been misused. A company spokesperson said Kessler had received 12.5 million euros, not 40 million, and that the money had funded a pilot line at its Chemnitz site, which will stay open.

IG Metall, Germany's largest industrial union, has called a warning strike at all eight of Kessler's German sites on Friday. Jörg Brenner, the union's district leader for Saxony, argued that the company was using the downturn as a pretext to move production to lower-cost countries, noting that Kessler paid shareholders a dividend of 1.10 euros per share for 2023.

The board had also explored selling the Zwickau site to a Chinese battery maker, but talks stalled in January over the buyer's refusal to guarantee jobs, according to a person with knowledge of the negotiations. Kessler declined to comment on the talks.

Saxony's economy minister, Claudia Reinholz, told reporters in Dresden that the state government had not been informed of the closure in advance. The subsidy agreement includes a clawback clause, the minister added, and the state would examine whether it applies.

Kessler shares closed 3.8% higher in Frankfurt, as investors welcomed the savings plan. The company reported a net loss of 186 million euros for 2024 last month, its first annual loss since 2009.

Germany's automotive suppliers have announced more than 50,000 job cuts since the start of 2024, according to the VDA, the country's auto industry association.

($1 = 0.9190 euros)

Reporting by Katrin Obermeier in Frankfurt and Jan Vollrath in Berlin; Editing by Rachel Hume

Our Standards: The Thomson Reuters Trust Principles., opens new tab`,
  claims: [
    {
      key: "German car parts maker Kessler to cut 2,400 jobs, close Zwickau plant",
      claimant: null,
      pattern: "headline",
      optional: true,
    },
    {
      key: "will cut 2,400 jobs in Germany by the end of 2027 and close its transmission plant in Zwickau",
      claimant: "Kessler Antriebstechnik",
      pattern: "content-said-x",
    },
    {
      // Coordinated ", blaming ..." gives a separate claim (the stated cause).
      key: "weak demand for combustion-engine components and high energy costs",
      claimant: "Kessler Antriebstechnik",
      pattern: "said-that",
    },
    {
      // "The Stuttgart-based group" = Kessler Antriebstechnik.
      key: "the cuts would save around 310 million euros",
      claimant: "Kessler Antriebstechnik",
      pattern: "said-that",
    },
    {
      key: "Kessler employs about 19,000 people worldwide, 8,600 of them in Germany",
      claimant: null,
      pattern: "unattributed",
    },
    {
      key: "We have waited two years for the market to turn, and it hasn't",
      claimant: "Thomas Weigand",
      pattern: "quote-said-x",
    },
    {
      key: "Our order book for electric drive units is growing, but it is not growing fast enough to fill the gap",
      claimant: "Thomas Weigand",
      pattern: "continuation",
    },
    {
      key: "had been running at less than half its capacity since mid-2024",
      claimant: "Thomas Weigand",
      pattern: "said-that",
    },
    {
      // "did not rule out" is a hedged position, not an assertion.
      key: "further cuts if U.S. tariffs on European cars were raised again",
      claimant: "Thomas Weigand",
      pattern: "said-that",
      optional: true,
    },
    {
      key: "management had promised in 2023 that Zwickau would be converted to build housings for electric motors",
      claimant: "Sabine Hoffmeister",
      pattern: "said-that",
    },
    {
      // Accusation coordinated with the previous report.
      key: "breaking its word to 1,100 families",
      claimant: "Sabine Hoffmeister",
      pattern: "said-that",
    },
    {
      // "she" = Hoffmeister (Weigand is the other nearby speaker).
      key: "They took 40 million euros in state subsidies for that conversion",
      claimant: "Sabine Hoffmeister",
      pattern: "quote-said-x",
    },
    {
      key: "Now they are shipping the machines to Hungary",
      claimant: "Sabine Hoffmeister",
      pattern: "continuation",
    },
    {
      // Denial by the organisation; key is the denied content.
      key: "any subsidies had been misused",
      claimant: "Kessler Antriebstechnik",
      pattern: "said-that",
    },
    {
      // Unnamed spokesperson of a named organisation = the organisation.
      key: "Kessler had received 12.5 million euros, not 40 million",
      claimant: "Kessler Antriebstechnik",
      pattern: "said-that",
    },
    {
      key: "the money had funded a pilot line at its Chemnitz site",
      claimant: "Kessler Antriebstechnik",
      pattern: "said-that",
    },
    {
      key: "has called a warning strike at all eight of Kessler's German sites on Friday",
      claimant: null,
      pattern: "unattributed",
    },
    {
      key: "the company was using the downturn as a pretext to move production to lower-cost countries",
      claimant: "Jörg Brenner",
      pattern: "said-that",
    },
    {
      // Coordinated ", noting that ..." is a separate claim.
      key: "Kessler paid shareholders a dividend of 1.10 euros per share for 2023",
      claimant: "Jörg Brenner",
      pattern: "said-that",
    },
    {
      key: "The board had also explored selling the Zwickau site to a Chinese battery maker",
      claimant: "person with knowledge of the negotiations",
      pattern: "according-to",
    },
    {
      key: "the state government had not been informed of the closure in advance",
      claimant: "Claudia Reinholz",
      pattern: "told",
    },
    {
      // Role-only attribution in the middle of the sentence ("the minister added").
      key: "The subsidy agreement includes a clawback clause",
      claimant: "Claudia Reinholz",
      pattern: "content-said-x",
    },
    {
      key: "Kessler shares closed 3.8% higher in Frankfurt",
      claimant: null,
      pattern: "unattributed",
    },
    {
      key: "The company reported a net loss of 186 million euros for 2024 last month, its first annual loss since 2009",
      claimant: null,
      pattern: "unattributed",
    },
    {
      key: "Germany's automotive suppliers have announced more than 50,000 job cuts since the start of 2024",
      claimant: "VDA",
      pattern: "according-to",
    },
  ],
  nonClaims: [
    "By Katrin Obermeier and Jan Vollrath",
    "March 12, 20252:17 PM GMT+1Updated 4 hours ago",
    "Kessler declined to comment on the talks.",
    "Reporting by Katrin Obermeier in Frankfurt and Jan Vollrath in Berlin; Editing by Rachel Hume",
    "Our Standards: The Thomson Reuters Trust Principles., opens new tab",
  ],
};
