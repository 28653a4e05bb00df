import type { Fixture } from "../fixtures/types";

export const fixture: Fixture = {
  id: "blind8-education-brennerton-school-closures",
  split: "blind",
  genre: "education",
  body: `Brennerton school board votes 5-2 to close Lincoln, Garfield elementary schools

Parents packed Monday's meeting, many urging the board to wait a year

By Kelsey Amundsen | kamundsen@brennertonledger.com | The Brennerton Ledger
PUBLISHED: February 11, 2025 at 10:14 p.m. | UPDATED: February 12, 2025 at 9:02 a.m.

Parents and students hold signs opposing school closures before the Brennerton Area School Board meeting on Monday, Feb. 10, 2025. (Kelsey Amundsen / The Brennerton Ledger)

BRENNERTON — After nearly four hours of public comment, the Brennerton Area School Board voted 5-2 Monday night to close Lincoln and Garfield elementary schools at the end of the school year, a move district officials say will save about $2.3 million a year.

Superintendent Dr. Angela Ruiz-Whitaker told the board the district faces a $4.7 million deficit in 2025-26 as federal pandemic relief money runs out. Enrollment has fallen from 6,120 students in 2015 to 4,870 this year, she said.

"I did not take this job to close schools," Ruiz-Whitaker said. "But Lincoln is running at 54% of capacity, and Garfield needs a $6 million roof and HVAC replacement that we simply cannot afford."

More than 40 people spoke during public comment, most of them against the closures.

Tamika Brooks, whose two children attend Lincoln, told the board that the plan would put more than 300 additional students on buses and that some kindergartners would face 50-minute rides. "You are balancing this budget on the backs of the families who can least afford it," she said.

Get local news delivered to your inbox! Sign up for The Ledger's free Morning Briefing newsletter.

Another parent, Greg Halvorsen, accused the district of sitting on the Garfield roof estimate until after November's levy vote. The levy failed by 212 votes. He said district staff had the engineering report in hand by August.

The superintendent denied that the district had withheld the report, saying it was finalized Dec. 3 and posted on the district website the same week.

Board President Mark Delahunt, who voted for the closures, said the board had studied consolidation since 2022, adding that six community forums were held last fall.

Board members Rosa Treviño and Phil Anand cast the two no votes. Treviño argued that the savings estimate did not account for 11 new bus routes. She estimated their cost at $640,000 a year.

The cost of the new routes is already included in the $2.3 million figure, the board president said in an email Tuesday.

Lincoln Elementary opened in 1957 and Garfield in 1962. The board is scheduled to adopt a final 2025-26 budget on June 9.

This story has been updated to include comment from Board President Mark Delahunt.

Related Articles
Brennerton levy fails by narrow margin
Brennerton district weighs four-day week, school closures to close $4.7M gap`,
  claims: [
    {
      key: "Brennerton school board votes 5-2 to close Lincoln, Garfield elementary schools",
      claimant: null,
      pattern: "headline",
      optional: true,
    },
    {
      key: "Parents packed Monday's meeting, many urging the board to wait a year",
      claimant: null,
      pattern: "headline",
      optional: true,
    },
    {
      key: "voted 5-2 Monday night to close Lincoln and Garfield elementary schools at the end of the school year",
      claimant: null,
      pattern: "unattributed",
    },
    {
      // Reported speech inside a reduced relative clause ("a move district officials say ...").
      key: "will save about $2.3 million a year",
      claimant: "district officials",
      pattern: "said-that",
    },
    {
      // Title "Dr." is not part of the canonical name.
      key: "the district faces a $4.7 million deficit in 2025-26",
      claimant: "Angela Ruiz-Whitaker",
      pattern: "told",
    },
    {
      key: "Enrollment has fallen from 6,120 students in 2015 to 4,870 this year",
      claimant: "Angela Ruiz-Whitaker",
      pattern: "content-said-x",
    },
    {
      // Personal stance.
      key: "I did not take this job to close schools",
      claimant: "Angela Ruiz-Whitaker",
      pattern: "quote-said-x",
      optional: true,
    },
    {
      key: "Lincoln is running at 54% of capacity, and Garfield needs a $6 million roof and HVAC replacement",
      claimant: "Angela Ruiz-Whitaker",
      pattern: "continuation",
    },
    {
      key: "More than 40 people spoke during public comment",
      claimant: null,
      pattern: "unattributed",
    },
    {
      key: "the plan would put more than 300 additional students on buses",
      claimant: "Tamika Brooks",
      pattern: "told",
    },
    {
      key: "some kindergartners would face 50-minute rides",
      claimant: "Tamika Brooks",
      pattern: "told",
    },
    {
      // Rhetorical accusation.
      key: "You are balancing this budget on the backs of the families who can least afford it",
      claimant: "Tamika Brooks",
      pattern: "quote-said-x",
      optional: true,
    },
    {
      key: "sitting on the Garfield roof estimate until after November's levy vote",
      claimant: "Greg Halvorsen",
      pattern: "said-that",
    },
    {
      key: "The levy failed by 212 votes",
      claimant: null,
      pattern: "unattributed",
    },
    {
      // "He" = Halvorsen, across an intervening unattributed sentence.
      key: "district staff had the engineering report in hand by August",
      claimant: "Greg Halvorsen",
      pattern: "said-that",
    },
    {
      // Role-only mention; denial: key is the denied content.
      key: "the district had withheld the report",
      claimant: "Angela Ruiz-Whitaker",
      pattern: "said-that",
    },
    {
      key: "it was finalized Dec. 3 and posted on the district website the same week",
      claimant: "Angela Ruiz-Whitaker",
      pattern: "said-that",
    },
    {
      key: "the board had studied consolidation since 2022",
      claimant: "Mark Delahunt",
      pattern: "said-that",
    },
    {
      key: "six community forums were held last fall",
      claimant: "Mark Delahunt",
      pattern: "said-that",
    },
    {
      key: "Board members Rosa Treviño and Phil Anand cast the two no votes",
      claimant: null,
      pattern: "unattributed",
    },
    {
      key: "the savings estimate did not account for 11 new bus routes",
      claimant: "Rosa Treviño",
      pattern: "said-that",
    },
    {
      // "She" = Treviño, not Anand.
      key: "their cost at $640,000 a year",
      claimant: "Rosa Treviño",
      pattern: "said-that",
    },
    {
      // Role-only attribution after the content.
      key: "The cost of the new routes is already included in the $2.3 million figure",
      claimant: "Mark Delahunt",
      pattern: "content-said-x",
    },
    {
      key: "Lincoln Elementary opened in 1957 and Garfield in 1962",
      claimant: null,
      pattern: "unattributed",
    },
    {
      key: "The board is scheduled to adopt a final 2025-26 budget on June 9",
      claimant: null,
      pattern: "unattributed",
    },
  ],
  nonClaims: [
    "By Kelsey Amundsen | kamundsen@brennertonledger.com | The Brennerton Ledger\nPUBLISHED: February 11, 2025 at 10:14 p.m. | UPDATED: February 12, 2025 at 9:02 a.m.",
    "Parents and students hold signs opposing school closures before the Brennerton Area School Board meeting on Monday, Feb. 10, 2025. (Kelsey Amundsen / The Brennerton Ledger)",
    "Get local news delivered to your inbox! Sign up for The Ledger's free Morning Briefing newsletter.",
    "This story has been updated to include comment from Board President Mark Delahunt.",
    "Related Articles\nBrennerton levy fails by narrow margin\nBrennerton district weighs four-day week, school closures to close $4.7M gap",
  ],
};
