import type { Fixture } from "../fixtures/types";

export const fixture: Fixture = {
  id: "blind4-politics-pennine-rail",
  split: "blind",
  genre: "politics",
  body: `Ministers accused of shelving £3.9bn Pennine rail upgrade

Rowan Ellis Political correspondent
Wed 12 Mar 2025 06.00 GMT

Ministers have been accused of quietly abandoning a promised £3.9bn upgrade of the Pennine Link rail line between Leeds and Manchester, after a leaked Treasury memo suggested its final phases would receive no new money before 2029.

The memo, dated 14 February and seen by the Chronicle, says the last two phases of the scheme are "unaffordable within the current spending envelope". It estimates that their cost has risen by £1.1bn since the project was approved in 2021.

A train passes through Marsden on the Pennine Link route. Photograph: Gary Lund/The Chronicle

The transport secretary, Helen Marsh, insisted the upgrade was "absolutely going ahead" and told BBC Radio 4's Today programme that the memo was "an early draft that ministers never saw".

"I'm not going to pretend every pound is in the bank today," Marsh said. "But we have spent £1.2bn on this line since the election, the electrification to Stalybridge will be finished next year, and nobody in this department has signed anything that stops the rest."

Asked whether the line would be finished by 2032, as promised in last year's budget, the minister said the timetable was "under review, as every major project is".

A Treasury source told the Chronicle the memo reflected "a live conversation, not a decision".

Related: Rail fares in England to rise by 4.6% from March

In a statement, the Department for Transport said it did not comment on leaked documents. It added that the Pennine Link remained "a top priority" and that more than 3,000 people were working on it.

Richard Coyle, the shadow transport secretary, said the memo showed the government had "broken its word to the north".

He said: "This is the third time in two years that people in Huddersfield and Dewsbury have been told the trains are coming. They were told it in the manifesto. They were told it in the budget.

"Now the Treasury is telling the transport department to put it in a drawer, and the secretary of state is pretending she never saw the memo."

The Liberal Democrats' transport spokesperson, Fiona Baird, claimed that dropping the final phases would cost the north of England up to 12,000 jobs by 2035, citing analysis commissioned by her party.

Pressure also came from Labour's own benches. Tom Ashworth, the Labour chair of the Commons transport committee, acknowledged that costs on the later phases had "run away", but argued that pausing design work now would add "years, not months" to the project. He said he had written to the chancellor asking for the memo to be published in full.

The Pennine Link upgrade was first announced in 2014 and its estimated cost has since risen from £1.6bn to £3.9bn. Passenger numbers on the route have recovered to 94% of pre-pandemic levels, according to the Office of Rail and Road.

Sign up to Westminster Briefing, our free politics newsletter, every weekday at 7am`,
  claims: [
    {
      key: "Ministers accused of shelving £3.9bn Pennine rail upgrade",
      claimant: null,
      pattern: "headline",
      optional: true,
    },
    {
      // Agentless passive "have been accused": the accusation is real but its source is not
      // named in the sentence; borderline.
      key: "quietly abandoning a promised £3.9bn upgrade of the Pennine Link rail line between Leeds and Manchester",
      claimant: null,
      pattern: "unattributed",
      optional: true,
    },
    {
      key: "its final phases would receive no new money before 2029",
      claimant: "leaked Treasury memo",
      pattern: "said-that",
    },
    {
      key: 'the last two phases of the scheme are "unaffordable within the current spending envelope"',
      claimant: "leaked Treasury memo",
      pattern: "said-that",
    },
    {
      // "It estimates" = the memo.
      key: "their cost has risen by £1.1bn since the project was approved in 2021",
      claimant: "leaked Treasury memo",
      pattern: "said-that",
    },
    {
      key: 'the upgrade was "absolutely going ahead"',
      claimant: "Helen Marsh",
      pattern: "said-that",
    },
    {
      // Coordinated report in the same sentence ("insisted ... and told ...").
      key: 'the memo was "an early draft that ministers never saw"',
      claimant: "Helen Marsh",
      pattern: "told",
    },
    {
      // An admission, but vague.
      key: "I'm not going to pretend every pound is in the bank today",
      claimant: "Helen Marsh",
      pattern: "quote-said-x",
      optional: true,
    },
    {
      key: "we have spent £1.2bn on this line since the election",
      claimant: "Helen Marsh",
      pattern: "continuation",
    },
    {
      // Role-only second mention ("the minister") of Helen Marsh.
      key: 'the timetable was "under review, as every major project is"',
      claimant: "Helen Marsh",
      pattern: "said-that",
    },
    {
      key: 'the memo reflected "a live conversation, not a decision"',
      claimant: "Treasury source",
      pattern: "told",
    },
    {
      key: 'the Pennine Link remained "a top priority"',
      claimant: "Department for Transport",
      pattern: "said-that",
      optional: true,
    },
    {
      key: "more than 3,000 people were working on it",
      claimant: "Department for Transport",
      pattern: "said-that",
    },
    {
      key: 'the government had "broken its word to the north"',
      claimant: "Richard Coyle",
      pattern: "said-that",
    },
    {
      key: "This is the third time in two years that people in Huddersfield and Dewsbury have been told the trains are coming",
      claimant: "Richard Coyle",
      pattern: "colon-quote",
    },
    {
      key: "They were told it in the manifesto",
      claimant: "Richard Coyle",
      pattern: "continuation",
      optional: true,
    },
    {
      key: "They were told it in the budget",
      claimant: "Richard Coyle",
      pattern: "continuation",
      optional: true,
    },
    {
      // Second paragraph of the same quote, no new attribution.
      key: "Now the Treasury is telling the transport department to put it in a drawer",
      claimant: "Richard Coyle",
      pattern: "continuation",
    },
    {
      key: "dropping the final phases would cost the north of England up to 12,000 jobs by 2035",
      claimant: "Fiona Baird",
      pattern: "said-that",
    },
    {
      key: 'costs on the later phases had "run away"',
      claimant: "Tom Ashworth",
      pattern: "said-that",
    },
    {
      key: 'pausing design work now would add "years, not months" to the project',
      claimant: "Tom Ashworth",
      pattern: "said-that",
    },
    {
      key: "he had written to the chancellor asking for the memo to be published in full",
      claimant: "Tom Ashworth",
      pattern: "said-that",
    },
    {
      key: "The Pennine Link upgrade was first announced in 2014 and its estimated cost has since risen from £1.6bn to £3.9bn",
      claimant: null,
      pattern: "unattributed",
    },
    {
      key: "Passenger numbers on the route have recovered to 94% of pre-pandemic levels",
      claimant: "Office of Rail and Road",
      pattern: "according-to",
    },
  ],
  nonClaims: [
    "Rowan Ellis Political correspondent",
    "Wed 12 Mar 2025 06.00 GMT",
    "A train passes through Marsden on the Pennine Link route. Photograph: Gary Lund/The Chronicle",
    "Related: Rail fares in England to rise by 4.6% from March",
    "said it did not comment on leaked documents",
    "Sign up to Westminster Briefing, our free politics newsletter, every weekday at 7am",
  ],
};
