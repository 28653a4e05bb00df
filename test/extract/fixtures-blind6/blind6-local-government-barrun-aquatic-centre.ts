import type { Fixture } from "../fixtures/types";

export const fixture: Fixture = {
  id: "blind6-local-government-barrun-aquatic-centre",
  split: "blind",
  genre: "local-government",
  body: `Barrun Shire pushes ahead with $48m aquatic centre despite blowout

By Kate Lindqvist
Updated July 17 2024 - 3:15pm, first published 12:30pm

Barrun Shire councillors have voted to press ahead with a new $48 million aquatic centre in Corrowong, even though the project's estimated cost has risen by almost $14 million since it was approved two years ago.

The 6-3 vote at Tuesday night's council meeting came after a two-hour debate in front of a packed public gallery.

Mayor Cr Leanne Tobin said walking away now would mean forfeiting a $7.5 million state government grant and leaving the town without a pool for "at least another decade".

"The old pool was built in 1968. It has leaked for years, and last summer we had to close it for 41 days," Cr Tobin said. "If we stop now, we're not saving money, we're just wasting what we've already spent."

Advertisement

Cr Damien Reilly, who voted against the motion, said the council was "betting the farm" on a single project. He told the meeting the shire's borrowings would more than double to $31 million if the centre went ahead.

"I support a pool. I don't support a pool that ratepayers in Tallong and Wirra are going to be paying off until 2045," Cr Reilly said.

Cr Reilly and Cr Priya Nandakumar had both pushed for a cheaper, outdoor-only design. She argued the indoor hydrotherapy pool could be added in a later stage; he said the saving would be "close to $9 million".

The council's CEO, Mark Ferrante, said the cost increase was mainly due to construction inflation and extra ground works after soil testing found "unexpected" rock on the site. Mr Ferrante said the tender would be re-issued in September and that construction was expected to start in early 2025.

A Local Government Victoria spokesperson said the department was "aware of community concerns" but that decisions on capital works were a matter for council.

Jan Whitcombe, president of the Corrowong Ratepayers Association, said the group would ask the council to hold a community poll. "People aren't against a pool. They're against being told after the fact," she said.

Victorian councils' general rate rises are capped at 2.75 per cent for 2024-25 under the state's Fair Go Rates System.

The Corrowong pool drew about 38,000 visits in its last full season, according to council figures.

Do you have a story? Email news@barrunstar.com.au

Advertisement`,
  claims: [
    {
      key: "Barrun Shire pushes ahead with $48m aquatic centre despite blowout",
      claimant: null,
      pattern: "headline",
      optional: true,
    },
    {
      key: "Barrun Shire councillors have voted to press ahead with a new $48 million aquatic centre in Corrowong",
      claimant: null,
      pattern: "unattributed",
    },
    {
      key: "The 6-3 vote at Tuesday night's council meeting came after a two-hour debate",
      claimant: null,
      pattern: "unattributed",
    },
    {
      // "Mayor Cr" dropped.
      key: "walking away now would mean forfeiting a $7.5 million state government grant",
      claimant: "Leanne Tobin",
      pattern: "said-that",
    },
    {
      key: "The old pool was built in 1968",
      claimant: "Leanne Tobin",
      pattern: "quote-said-x",
    },
    {
      key: "It has leaked for years, and last summer we had to close it for 41 days",
      claimant: "Leanne Tobin",
      pattern: "quote-said-x",
    },
    {
      // Argument.
      key: "If we stop now, we're not saving money",
      claimant: "Leanne Tobin",
      pattern: "continuation",
      optional: true,
    },
    {
      // Characterisation.
      key: 'the council was "betting the farm" on a single project',
      claimant: "Damien Reilly",
      pattern: "said-that",
      optional: true,
    },
    {
      key: "the shire's borrowings would more than double to $31 million if the centre went ahead",
      claimant: "Damien Reilly",
      pattern: "told",
    },
    {
      key: "I support a pool.",
      claimant: "Damien Reilly",
      pattern: "quote-said-x",
      optional: true,
    },
    {
      key: "ratepayers in Tallong and Wirra are going to be paying off until 2045",
      claimant: "Damien Reilly",
      pattern: "quote-said-x",
    },
    {
      // Reporter's account of the two councillors' positions; borderline.
      key: "had both pushed for a cheaper, outdoor-only design",
      claimant: null,
      pattern: "unattributed",
      optional: true,
    },
    {
      // "She" = Nandakumar, "he" = Reilly.
      key: "the indoor hydrotherapy pool could be added in a later stage",
      claimant: "Priya Nandakumar",
      pattern: "said-that",
    },
    {
      key: 'the saving would be "close to $9 million"',
      claimant: "Damien Reilly",
      pattern: "said-that",
    },
    {
      key: "the cost increase was mainly due to construction inflation and extra ground works",
      claimant: "Mark Ferrante",
      pattern: "said-that",
    },
    {
      key: "the tender would be re-issued in September",
      claimant: "Mark Ferrante",
      pattern: "said-that",
    },
    {
      key: "construction was expected to start in early 2025",
      claimant: "Mark Ferrante",
      pattern: "said-that",
    },
    {
      // Unnamed spokesperson of a named organisation counts as the organisation.
      key: 'the department was "aware of community concerns"',
      claimant: "Local Government Victoria",
      pattern: "said-that",
      optional: true,
    },
    {
      key: "decisions on capital works were a matter for council",
      claimant: "Local Government Victoria",
      pattern: "said-that",
    },
    {
      key: "the group would ask the council to hold a community poll",
      claimant: "Jan Whitcombe",
      pattern: "said-that",
    },
    {
      key: "People aren't against a pool",
      claimant: "Jan Whitcombe",
      pattern: "quote-said-x",
      optional: true,
    },
    {
      key: "They're against being told after the fact",
      claimant: "Jan Whitcombe",
      pattern: "quote-said-x",
      optional: true,
    },
    {
      key: "Victorian councils' general rate rises are capped at 2.75 per cent for 2024-25",
      claimant: null,
      pattern: "unattributed",
    },
    {
      key: "The Corrowong pool drew about 38,000 visits in its last full season",
      claimant: "council figures",
      pattern: "according-to",
    },
  ],
  nonClaims: [
    "By Kate Lindqvist",
    "Updated July 17 2024 - 3:15pm, first published 12:30pm",
    "Advertisement",
    "Do you have a story? Email news@barrunstar.com.au",
  ],
};
