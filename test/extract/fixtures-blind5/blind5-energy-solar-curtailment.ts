import type { Fixture } from "../fixtures/types";

export const fixture: Fixture = {
  id: "blind5-energy-solar-curtailment",
  split: "blind",
  genre: "energy",
  body: `Solar power wasted as grid bottlenecks bite, thinktank says

Liam Corcoran, Energy reporter
Thu 14 Aug 2025 05.00 AEST

Australia’s electricity grid threw away 18% of the power that large solar farms could have generated last year, up from 6% in 2020, according to a report published on Thursday by the Clean Grid Institute, a Melbourne-based thinktank.

The report found the losses were heaviest in north-west Victoria and south-west New South Wales, where transmission lines built decades ago for a handful of coal-fired power stations cannot carry the midday output of dozens of new solar and wind farms.

It estimated the lost output at 7.4 terawatt-hours, roughly enough to supply 1.1m homes for a year.

Panels at a solar farm near Mildura in north-west Victoria, one of the areas worst affected. Photograph: Sam Tarrant/Clean Grid Institute

The institute’s head of research and the report’s lead author, Dr Helen Ashdown, said the figures showed the bottleneck was now the network, not a lack of generation.

“Every year we delay new transmission, we throw away more clean power and burn more gas to fill the gap,” Ashdown said. “Two of the biggest lines the market operator says we need are already running three to four years behind schedule.”

She stressed that curtailment had risen even though rooftop solar, which is rarely switched off, was excluded from the figures.

The Australian Energy Market Operator said about half of last year’s curtailment was “economic”, meaning solar farms chose to cut output when wholesale prices fell below zero rather than being ordered to by the operator.

Wholesale prices in the national electricity market were negative in 23% of five-minute trading intervals in 2024.

Sign up to Climate Weekly, our free newsletter on the energy transition

The Australian Gas Producers Forum seized on the findings. Its chief executive, Grant Holloway, maintained that gas-fired plants had supplied more than 80% of the backup power needed on winter evenings last year, when solar output falls to zero.

“This report proves what we have been saying for years: you can build all the panels you like, but you need gas when the sun goes down,” Holloway said in an interview with the Energy Desk podcast.

The Solar Industry Association of Australia disputed that reading. Curtailment was partly a commercial choice by generators, the association said, and was “a sign the market is working” in hours when there was more power than demand.

The association’s policy director, Nkechi Obi, noted that 14 large batteries with a combined capacity of 3.2 gigawatts were under construction and would soak up much of the midday surplus by 2027.

Speaking to reporters in Sydney, the New South Wales energy minister, Daniel Kovac, said the state had approved two new transmission projects this year and was “not going to apologise” for the speed of its renewable rollout. He acknowledged that one of them, a 500-kilovolt line to the Riverina, would not be finished before 2029.

Renewables supplied about 40% of the electricity in the national market last year. The federal government has set a target of 82% by 2030.

This article was amended on 14 August 2025. An earlier version gave an incorrect job title for Dr Helen Ashdown.`,
  claims: [
    {
      key: "Solar power wasted as grid bottlenecks bite",
      claimant: "Clean Grid Institute",
      pattern: "headline",
      optional: true,
    },
    {
      key: "electricity grid threw away 18% of the power that large solar farms could have generated last year",
      claimant: "Clean Grid Institute",
      pattern: "according-to",
    },
    {
      // "The report" is the institute's report.
      key: "the losses were heaviest in north-west Victoria and south-west New South Wales",
      claimant: "Clean Grid Institute",
      pattern: "said-that",
    },
    {
      // "It" = the report.
      key: "the lost output at 7.4 terawatt-hours",
      claimant: "Clean Grid Institute",
      pattern: "said-that",
    },
    {
      key: "the bottleneck was now the network, not a lack of generation",
      claimant: "Helen Ashdown",
      pattern: "said-that",
    },
    {
      key: "we throw away more clean power and burn more gas to fill the gap",
      claimant: "Helen Ashdown",
      pattern: "quote-said-x",
    },
    {
      key: "Two of the biggest lines the market operator says we need are already running three to four years behind schedule",
      claimant: "Helen Ashdown",
      pattern: "continuation",
    },
    {
      key: "curtailment had risen even though rooftop solar, which is rarely switched off, was excluded from the figures",
      claimant: "Helen Ashdown",
      pattern: "said-that",
    },
    {
      key: "curtailment was “economic”, meaning solar farms chose to cut output when wholesale prices fell below zero",
      claimant: "Australian Energy Market Operator",
      pattern: "said-that",
    },
    {
      key: "Wholesale prices in the national electricity market were negative in 23% of five-minute trading intervals in 2024",
      claimant: null,
      pattern: "unattributed",
    },
    {
      key: "gas-fired plants had supplied more than 80% of the backup power needed on winter evenings last year",
      claimant: "Grant Holloway",
      pattern: "said-that",
    },
    {
      // Opinion wrapped in a claim about the report.
      key: "you can build all the panels you like, but you need gas when the sun goes down",
      claimant: "Grant Holloway",
      pattern: "quote-said-x",
      optional: true,
    },
    {
      // Organisation as speaker, attribution in the middle of the sentence.
      key: "Curtailment was partly a commercial choice by generators",
      claimant: "Solar Industry Association of Australia",
      pattern: "parenthetical",
    },
    {
      // Evaluative second conjunct of the same sentence.
      key: "a sign the market is working",
      claimant: "Solar Industry Association of Australia",
      pattern: "parenthetical",
      optional: true,
    },
    {
      key: "14 large batteries with a combined capacity of 3.2 gigawatts were under construction",
      claimant: "Nkechi Obi",
      pattern: "said-that",
    },
    {
      // Second conjunct (a forecast) under the same "noted that".
      key: "would soak up much of the midday surplus by 2027",
      claimant: "Nkechi Obi",
      pattern: "said-that",
      optional: true,
    },
    {
      key: "the state had approved two new transmission projects this year",
      claimant: "Daniel Kovac",
      pattern: "said-that",
    },
    {
      key: "for the speed of its renewable rollout",
      claimant: "Daniel Kovac",
      pattern: "said-that",
      optional: true,
    },
    {
      key: "a 500-kilovolt line to the Riverina, would not be finished before 2029",
      claimant: "Daniel Kovac",
      pattern: "said-that",
    },
    {
      key: "Renewables supplied about 40% of the electricity in the national market last year",
      claimant: null,
      pattern: "unattributed",
    },
    {
      key: "The federal government has set a target of 82% by 2030",
      claimant: null,
      pattern: "unattributed",
    },
  ],
  nonClaims: [
    "Liam Corcoran, Energy reporter",
    "Thu 14 Aug 2025 05.00 AEST",
    "Panels at a solar farm near Mildura in north-west Victoria, one of the areas worst affected. Photograph: Sam Tarrant/Clean Grid Institute",
    "Sign up to Climate Weekly, our free newsletter on the energy transition",
    "This article was amended on 14 August 2025. An earlier version gave an incorrect job title for Dr Helen Ashdown.",
  ],
};
