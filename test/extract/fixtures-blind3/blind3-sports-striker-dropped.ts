import type { Fixture } from "../fixtures/types";

export const fixture: Fixture = {
  id: "blind3-sports-striker-dropped",
  split: "blind",
  genre: "sports",
  body: `Hartwell boss Doyle: 'Nobody is bigger than the club' as Mensah is dropped

By Chris Pendle

Hartwell United manager Kevin Doyle said on Friday that striker Isaac Mensah had been left out of the squad for Saturday's League One game at Barnsley for disciplinary reasons, hours after the player said on social media that he had been "made a scapegoat".

Mensah, 26, the club's top scorer with 11 goals this season, missed a training session on Tuesday without explanation, Doyle told his pre-match press conference.

"Isaac didn't turn up on Tuesday and he didn't call anyone. That's not acceptable from a senior player," Doyle said. "I've spoken to him twice since.

"The door is not closed, but nobody is bigger than the club."

Asked whether Mensah had requested a transfer, Doyle said: "No, he hasn't. I've read what people are saying, but nothing has come across my desk."

The manager said the club had fined Mensah two weeks' wages, in line with the squad's code of conduct, which every player signs at the start of the season.

Doyle added that defender Tom Okoro would miss six weeks with a hamstring injury and that Hartwell were in talks to sign a free agent to cover at centre-back.

In a post on Instagram on Thursday night, Mensah wrote: "I was at the hospital with my son on Tuesday and I told the club that morning. I have given everything for this badge and I won't be made a scapegoat." The post had been liked more than 40,000 times by Friday afternoon.

A club spokesperson said Hartwell had "no record of any message" from Mensah on Tuesday but would "look into it carefully".

Hartwell are 14th in League One, nine points off the play-off places, having won two of their last 10 league games.

Mensah celebrates a goal against Wigan in October. Photo: PA

Read more: League One round-up: Barnsley stretch unbeaten run to eight`,
  claims: [
    {
      key: "Nobody is bigger than the club' as Mensah is dropped",
      claimant: "Kevin Doyle",
      pattern: "headline",
      optional: true,
    },
    {
      key: "striker Isaac Mensah had been left out of the squad for Saturday's League One game at Barnsley for disciplinary reasons",
      claimant: "Kevin Doyle",
      pattern: "said-that",
    },
    {
      // Nested report in a subordinate clause; "the player" is Isaac Mensah.
      key: 'he had been "made a scapegoat"',
      claimant: "Isaac Mensah",
      pattern: "said-that",
    },
    {
      key: "missed a training session on Tuesday without explanation",
      claimant: "Kevin Doyle",
      pattern: "content-said-x",
    },
    {
      key: "Isaac didn't turn up on Tuesday and he didn't call anyone",
      claimant: "Kevin Doyle",
      pattern: "quote-said-x",
    },
    {
      key: "That's not acceptable from a senior player",
      claimant: "Kevin Doyle",
      pattern: "quote-said-x",
      optional: true,
    },
    {
      key: "I've spoken to him twice since",
      claimant: "Kevin Doyle",
      pattern: "continuation",
    },
    {
      // The quote continues into a new paragraph (open quote, no closing mark before it).
      key: "The door is not closed, but nobody is bigger than the club",
      claimant: "Kevin Doyle",
      pattern: "continuation",
      optional: true,
    },
    {
      // Answer to a transfer question; meaningless without the question, so optional.
      key: "No, he hasn't",
      claimant: "Kevin Doyle",
      pattern: "colon-quote",
      optional: true,
    },
    {
      key: "I've read what people are saying, but nothing has come across my desk",
      claimant: "Kevin Doyle",
      pattern: "colon-quote",
    },
    {
      // "The manager" refers back to Kevin Doyle.
      key: "the club had fined Mensah two weeks' wages",
      claimant: "Kevin Doyle",
      pattern: "said-that",
    },
    {
      key: "defender Tom Okoro would miss six weeks with a hamstring injury",
      claimant: "Kevin Doyle",
      pattern: "said-that",
    },
    {
      key: "Hartwell were in talks to sign a free agent to cover at centre-back",
      claimant: "Kevin Doyle",
      pattern: "said-that",
    },
    {
      key: "I was at the hospital with my son on Tuesday and I told the club that morning",
      claimant: "Isaac Mensah",
      pattern: "colon-quote",
    },
    {
      key: "I have given everything for this badge and I won't be made a scapegoat",
      claimant: "Isaac Mensah",
      pattern: "colon-quote",
      optional: true,
    },
    {
      key: "The post had been liked more than 40,000 times by Friday afternoon",
      claimant: null,
      pattern: "unattributed",
    },
    {
      // Unnamed spokesperson of a named club: the club is the claimant.
      key: 'Hartwell had "no record of any message" from Mensah on Tuesday',
      claimant: "Hartwell United",
      pattern: "said-that",
    },
    {
      key: 'would "look into it carefully"',
      claimant: "Hartwell United",
      pattern: "said-that",
      optional: true,
    },
    {
      key: "Hartwell are 14th in League One, nine points off the play-off places",
      claimant: null,
      pattern: "unattributed",
    },
  ],
  nonClaims: [
    "By Chris Pendle",
    "Mensah celebrates a goal against Wigan in October.",
    "Photo: PA",
    "Read more: League One round-up: Barnsley stretch unbeaten run to eight",
  ],
};
