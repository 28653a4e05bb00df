import type { Fixture } from "../fixtures/types";

export const fixture: Fixture = {
  id: "blind7-elections-callowen-by-election",
  split: "blind",
  genre: "elections",
  body: `Independent Jacqui Bramwell on track to win Callowen by-election, ending 29 years of Liberal control

By political reporter Tom Hadley

Posted Sat 18 Nov 2023 at 11:48pm, updated Sun 19 Nov 2023 at 1:15am

Loading...

Independent candidate Jacqui Bramwell is on track to win the Melbourne seat of Callowen, ending 29 years of Liberal control.

With 71 per cent of the vote counted, Ms Bramwell led Liberal candidate Stavros Kallis 53.4 per cent to 46.6 per cent after preferences, according to the Australian Electoral Commission.

Mr Kallis topped the primary vote on 38.2 per cent, ahead of Ms Bramwell on 29.5 per cent, Labor's Megan Tully on 16.1 per cent and the Greens' Priya Desai-Holt on 11.9 per cent.

The by-election was triggered by the resignation in September of Liberal MP Graham Ashcroft, who held the seat by 6.3 per cent at the 2022 election.

Speaking to supporters at a bowls club in the electorate's south, Ms Bramwell stopped short of claiming victory.

"We're not counting our chickens yet, but the numbers are looking very good," she said. "We doorknocked more than 40,000 homes in this campaign, and people told us again and again that they were sick of being taken for granted."

Mr Kallis told the ABC he had not conceded. He argued that more than 20,000 postal votes, which have traditionally favoured the Liberals, were yet to be counted.

"It's going to be close, and I expect that gap to narrow significantly over the coming days," he said.

Photo: Stavros Kallis with supporters at the Liberal Party function in Callowen on Saturday night. (ABC News: Sam Ferris)

Labor's Ms Tully conceded that her party's primary vote had fallen by almost 10 points, a drop she said was driven by anger over the closure of the local Medicare office in 2021.

Labor won 25.8 per cent of the primary vote in Callowen at the 2022 election.

Ms Desai-Holt said the Greens had recorded their highest primary vote in the seat's history.

Two senior Liberal sources, speaking on condition of anonymity, said the party's internal polling had shown Mr Kallis trailing after preferences for the past fortnight. The ABC has not been able to independently verify the polling.

An AEC spokesperson said turnout stood at 84.1 per cent, the lowest at a Victorian federal by-election since 2018. Counting of postal and pre-poll votes will resume on Sunday morning, the spokesperson said, and the commission expects to be in a position to declare the result by Thursday.

In an interview with ABC News Channel, Monash University political scientist Ruth Okonjo said independents had now won four of the last six federal by-elections held in capital cities.

"The major parties keep telling themselves this is a protest vote that will wash out," Dr Okonjo said. "It isn't washing out."

She predicted the Liberals would struggle to win the seat back at the next federal election unless they preselected a candidate from the local area.

Key moments from election night

Get our afternoon newsletter for a wrap of the day's top news, delivered to your inbox.

Posted 18 Nov 2023, updated 19 Nov 2023`,
  claims: [
    {
      key: "Independent Jacqui Bramwell on track to win Callowen by-election, ending 29 years of Liberal control",
      claimant: null,
      pattern: "headline",
      optional: true,
    },
    {
      key: "Independent candidate Jacqui Bramwell is on track to win the Melbourne seat of Callowen",
      claimant: null,
      pattern: "unattributed",
    },
    {
      // "AEC" later = Australian Electoral Commission.
      key: "Ms Bramwell led Liberal candidate Stavros Kallis 53.4 per cent to 46.6 per cent after preferences",
      claimant: "Australian Electoral Commission",
      pattern: "according-to",
    },
    {
      key: "Mr Kallis topped the primary vote on 38.2 per cent",
      claimant: null,
      pattern: "unattributed",
    },
    {
      key: "The by-election was triggered by the resignation in September of Liberal MP Graham Ashcroft",
      claimant: null,
      pattern: "unattributed",
    },
    {
      // Description of her speech, no checkable content.
      key: "Ms Bramwell stopped short of claiming victory",
      claimant: null,
      pattern: "unattributed",
      optional: true,
    },
    {
      // Assessment of the count.
      key: "We're not counting our chickens yet, but the numbers are looking very good",
      claimant: "Jacqui Bramwell",
      pattern: "quote-said-x",
      optional: true,
    },
    {
      key: "We doorknocked more than 40,000 homes in this campaign",
      claimant: "Jacqui Bramwell",
      pattern: "continuation",
    },
    {
      key: "he had not conceded",
      claimant: "Stavros Kallis",
      pattern: "told",
    },
    {
      // "He argued" = Kallis.
      key: "more than 20,000 postal votes, which have traditionally favoured the Liberals, were yet to be counted",
      claimant: "Stavros Kallis",
      pattern: "said-that",
    },
    {
      // Prediction.
      key: "I expect that gap to narrow significantly over the coming days",
      claimant: "Stavros Kallis",
      pattern: "quote-said-x",
      optional: true,
    },
    {
      key: "her party's primary vote had fallen by almost 10 points",
      claimant: "Megan Tully",
      pattern: "said-that",
    },
    {
      // Reported speech in a reduced relative clause ("a drop she said was driven by ...").
      key: "was driven by anger over the closure of the local Medicare office in 2021",
      claimant: "Megan Tully",
      pattern: "said-that",
    },
    {
      key: "Labor won 25.8 per cent of the primary vote in Callowen at the 2022 election",
      claimant: null,
      pattern: "unattributed",
    },
    {
      key: "the Greens had recorded their highest primary vote in the seat's history",
      claimant: "Priya Desai-Holt",
      pattern: "said-that",
    },
    {
      // Unnamed sources: noun phrase without the quantifier.
      key: "the party's internal polling had shown Mr Kallis trailing after preferences for the past fortnight",
      claimant: "Two senior Liberal sources",
      pattern: "said-that",
    },
    {
      key: "turnout stood at 84.1 per cent, the lowest at a Victorian federal by-election since 2018",
      claimant: "Australian Electoral Commission",
      pattern: "said-that",
    },
    {
      // Counting schedule (process information).
      key: "Counting of postal and pre-poll votes will resume on Sunday morning",
      claimant: "Australian Electoral Commission",
      pattern: "content-said-x",
      optional: true,
    },
    {
      // Expected timing, reported after the attribution.
      key: "the commission expects to be in a position to declare the result by Thursday",
      claimant: "Australian Electoral Commission",
      pattern: "content-said-x",
      optional: true,
    },
    {
      key: "independents had now won four of the last six federal by-elections held in capital cities",
      claimant: "Ruth Okonjo",
      pattern: "said-that",
    },
    {
      // Analysis/opinion.
      key: "The major parties keep telling themselves this is a protest vote that will wash out",
      claimant: "Ruth Okonjo",
      pattern: "quote-said-x",
      optional: true,
    },
    {
      key: "It isn't washing out",
      claimant: "Ruth Okonjo",
      pattern: "continuation",
      optional: true,
    },
    {
      // Speculative prediction by an analyst.
      key: "the Liberals would struggle to win the seat back at the next federal election",
      claimant: "Ruth Okonjo",
      pattern: "said-that",
      optional: true,
    },
  ],
  nonClaims: [
    "By political reporter Tom Hadley",
    "Posted Sat 18 Nov 2023 at 11:48pm, updated Sun 19 Nov 2023 at 1:15am",
    "Loading...",
    "Photo: Stavros Kallis with supporters at the Liberal Party function in Callowen on Saturday night. (ABC News: Sam Ferris)",
    "The ABC has not been able to independently verify the polling.",
    "Key moments from election night",
    "Get our afternoon newsletter for a wrap of the day's top news, delivered to your inbox.",
    "Posted 18 Nov 2023, updated 19 Nov 2023",
  ],
};
