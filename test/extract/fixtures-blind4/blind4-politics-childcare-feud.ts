import type { Fixture } from "../fixtures/types";

export const fixture: Fixture = {
  id: "blind4-politics-childcare-feud",
  split: "blind",
  genre: "politics",
  body: `Child care funding fight turns personal as lawmakers trade accusations online

By Rebecca Thornquist
Capitol Bureau

MADISON — A stalled plan to spend $340 million on child care subsidies erupted this week into a public feud, with a Republican senator accusing the governor's office of hiding the program's true cost and Democrats saying he was making numbers up.

Sen. Brett Halvorson, R-Oshkosh, who co-chairs the Legislature's budget committee, wrote on X on Monday that the administration had "buried" a fiscal estimate showing the program would cost $610 million over four years. He did not post the estimate. His office did not respond to requests for a copy.

The governor's office called the claim "flatly false." In a statement, spokeswoman Alicia Brandt said the only estimate for the program, prepared by the nonpartisan Legislative Fiscal Bureau in March, put its cost at $338 million over two years.

"Senator Halvorson knows exactly what the fiscal bureau said, because his own committee asked for the estimate," Brandt said. "Making up a number on social media doesn't change it."

Halvorson also claimed without evidence that the administration had pressured bureau staff to revise the estimate downward. A bureau spokesperson said no one outside the agency had asked staff to change it.

RELATED: What the child care subsidy lapse means for Wisconsin families

Rep. Dana Kowalczyk, D-Green Bay, went further in a Facebook post Tuesday, writing that Halvorson "has voted against every child care dollar since 2019." Legislative records show he voted for a $40 million child care grant program in 2021.

In a phone interview Wednesday, Halvorson stood by his post but acknowledged that the $610 million figure came from "a draft that was shared with me" rather than a final estimate. He said a state employee had told him the draft was withdrawn after the governor's office saw it.

Not every Republican welcomed the fight. Rep. Tom Vieth, R-Wausau, said Assembly Republicans were still negotiating with the administration and expected a vote before the end of the month.

"There's a deal to be had here," Vieth said, "but it isn't going to be had on X."

Sen. Maya Ortiz, D-Milwaukee, argued that as many as 1,200 child care centers statewide could cut staff or close without the subsidies. She said her office had heard from 85 providers in Milwaukee County alone since July 1.

The subsidies, first paid for with federal pandemic relief money in 2021, expired June 30. About 5,000 licensed providers received monthly payments under the program, according to the Wisconsin Department of Children and Families.

The budget committee is scheduled to meet Thursday.

This story has been updated to include comment from Sen. Halvorson.`,
  claims: [
    {
      key: "Child care funding fight turns personal as lawmakers trade accusations online",
      claimant: null,
      pattern: "headline",
      optional: true,
    },
    {
      // Lede summaries of accusations detailed further down; the senator is named in the
      // next paragraph.
      key: "hiding the program's true cost",
      claimant: "Brett Halvorson",
      pattern: "said-that",
      optional: true,
    },
    {
      key: "he was making numbers up",
      claimant: "Democrats",
      pattern: "said-that",
      optional: true,
    },
    {
      key: 'the administration had "buried" a fiscal estimate showing the program would cost $610 million over four years',
      claimant: "Brett Halvorson",
      pattern: "said-that",
    },
    {
      // "called the claim 'flatly false'": a denial by the organisation.
      key: "flatly false",
      claimant: "governor's office",
      pattern: "said-that",
    },
    {
      // Named spokeswoman: the person is the claimant.
      key: "the only estimate for the program, prepared by the nonpartisan Legislative Fiscal Bureau in March, put its cost at $338 million over two years",
      claimant: "Alicia Brandt",
      pattern: "said-that",
    },
    {
      key: "Senator Halvorson knows exactly what the fiscal bureau said, because his own committee asked for the estimate",
      claimant: "Alicia Brandt",
      pattern: "quote-said-x",
    },
    {
      key: "Making up a number on social media doesn't change it",
      claimant: "Alicia Brandt",
      pattern: "continuation",
      optional: true,
    },
    {
      key: "the administration had pressured bureau staff to revise the estimate downward",
      claimant: "Brett Halvorson",
      pattern: "said-that",
    },
    {
      // Unnamed spokesperson of the Legislative Fiscal Bureau: the organisation.
      key: "no one outside the agency had asked staff to change it",
      claimant: "Legislative Fiscal Bureau",
      pattern: "said-that",
    },
    {
      key: "has voted against every child care dollar since 2019",
      claimant: "Dana Kowalczyk",
      pattern: "said-that",
    },
    {
      // The reporter's check of the claim, sourced to records (like "court documents").
      key: "he voted for a $40 million child care grant program in 2021",
      claimant: "legislative records",
      pattern: "said-that",
    },
    {
      key: 'the $610 million figure came from "a draft that was shared with me"',
      claimant: "Brett Halvorson",
      pattern: "said-that",
    },
    {
      // Nested report: attributed to the on-record speaker, Halvorson.
      key: "the draft was withdrawn after the governor's office saw it",
      claimant: "Brett Halvorson",
      pattern: "said-that",
    },
    {
      key: "Assembly Republicans were still negotiating with the administration",
      claimant: "Tom Vieth",
      pattern: "said-that",
    },
    {
      // Coordinated predicate under the same "said"; splitting optional.
      key: "expected a vote before the end of the month",
      claimant: "Tom Vieth",
      pattern: "said-that",
      optional: true,
    },
    {
      // Quote split by the attribution; opinion.
      key: "There's a deal to be had here",
      claimant: "Tom Vieth",
      pattern: "quote-said-x",
      optional: true,
    },
    {
      key: "as many as 1,200 child care centers statewide could cut staff or close without the subsidies",
      claimant: "Maya Ortiz",
      pattern: "said-that",
    },
    {
      key: "her office had heard from 85 providers in Milwaukee County alone since July 1",
      claimant: "Maya Ortiz",
      pattern: "said-that",
    },
    {
      key: "The subsidies, first paid for with federal pandemic relief money in 2021, expired June 30",
      claimant: null,
      pattern: "unattributed",
    },
    {
      key: "About 5,000 licensed providers received monthly payments under the program",
      claimant: "Wisconsin Department of Children and Families",
      pattern: "according-to",
    },
    {
      key: "The budget committee is scheduled to meet Thursday",
      claimant: null,
      pattern: "unattributed",
      optional: true,
    },
  ],
  nonClaims: [
    "By Rebecca Thornquist",
    "Capitol Bureau",
    "He did not post the estimate.",
    "His office did not respond to requests for a copy.",
    "RELATED: What the child care subsidy lapse means for Wisconsin families",
    "This story has been updated to include comment from Sen. Halvorson.",
  ],
};
