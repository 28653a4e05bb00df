import type { Fixture } from "../fixtures/types";

export const fixture: Fixture = {
  id: "blind4-local-pool-closure",
  split: "blind",
  genre: "local",
  body: `Millbrook council votes 5-2 to close Riverside Pool after 61 summers

By Tasha Greenwood
Published: Jun. 3, 2025 at 6:12 PM EDT | Updated: 10 hours ago

MILLBROOK, Ohio (WKVN) - Riverside Pool will not open this summer, and it may never open again.

Millbrook City Council voted 5-2 Monday night to permanently close the pool on Water Street, which Mayor Denise Albright said had cost the city more than $410,000 in repairs over the past five years.

Riverside Pool sits empty Tuesday morning. The city says it will be filled in by fall. (WKVN)

Albright told WKVN after the meeting that the pool's main drain line collapsed last September and that a consultant had put the cost of replacing it, along with the 1964 filtration system, at $2.3 million.

"Nobody up here wanted to do this. I learned to swim in that pool," Albright said. "But we are not going to put $2.3 million into a pool that about 90 people use on a hot day."

Councilmember Ray Okafor, one of the two no votes, says that attendance figure is wrong. Okafor said city records show the pool averaged 240 swimmers a day last July.

In a post on Facebook after the vote, Okafor wrote that the nearest other public pool is 11 miles away in Fairview and that no bus route serves it. "We just told every kid on the north side who can't afford a membership somewhere that they're on their own this summer," he wrote.

[WATCH: Parents pack council chambers ahead of Riverside Pool vote]

According to a staff report prepared for Monday's meeting, the pool lost an average of $68,000 a year between 2019 and 2024, not counting repairs.

Kendra Wills, who has brought her three children to Riverside every summer since 2017, started an online petition to keep the pool open. It had more than 1,900 signatures by Tuesday afternoon.

"They keep saying it's about money, but they found $1.2 million for pickleball courts last year," Wills said.

A spokesperson for the City of Millbrook said the pickleball courts at Hartley Park were paid for with a state grant that could not have been used for the pool.

The council also approved $85,000 for a splash pad at Riverside Park, which the mayor said could be open by Labor Day.

Have a news tip? Email newsdesk@wkvn.com or call 937-555-0142.

Copyright 2025 WKVN. All rights reserved.`,
  claims: [
    {
      key: "Millbrook council votes 5-2 to close Riverside Pool after 61 summers",
      claimant: null,
      pattern: "headline",
      optional: true,
    },
    {
      key: "Riverside Pool will not open this summer",
      claimant: null,
      pattern: "unattributed",
    },
    {
      key: "Millbrook City Council voted 5-2 Monday night to permanently close the pool on Water Street",
      claimant: null,
      pattern: "unattributed",
    },
    {
      // Reported speech in a relative clause ("which Mayor Denise Albright said had cost ...").
      key: "had cost the city more than $410,000 in repairs over the past five years",
      claimant: "Denise Albright",
      pattern: "said-that",
    },
    {
      key: "the pool's main drain line collapsed last September",
      claimant: "Denise Albright",
      pattern: "told",
    },
    {
      // "... and that ...": a second reported clause under the same verb, so a separate claim.
      key: "a consultant had put the cost of replacing it, along with the 1964 filtration system, at $2.3 million",
      claimant: "Denise Albright",
      pattern: "told",
    },
    {
      key: "Nobody up here wanted to do this",
      claimant: "Denise Albright",
      pattern: "quote-said-x",
      optional: true,
    },
    {
      // Personal anecdote; checkable in principle but not check-worthy.
      key: "I learned to swim in that pool",
      claimant: "Denise Albright",
      pattern: "quote-said-x",
      optional: true,
    },
    {
      key: "a pool that about 90 people use on a hot day",
      claimant: "Denise Albright",
      pattern: "continuation",
    },
    {
      // Present-tense "says"; the counter-claim to the mayor's figure.
      key: "that attendance figure is wrong",
      claimant: "Ray Okafor",
      pattern: "said-that",
    },
    {
      key: "city records show the pool averaged 240 swimmers a day last July",
      claimant: "Ray Okafor",
      pattern: "said-that",
    },
    {
      key: "the nearest other public pool is 11 miles away in Fairview",
      claimant: "Ray Okafor",
      pattern: "said-that",
    },
    {
      key: "no bus route serves it",
      claimant: "Ray Okafor",
      pattern: "said-that",
    },
    {
      // Facebook post quoted with "he wrote"; rhetorical.
      key: "We just told every kid on the north side who can't afford a membership somewhere that they're on their own this summer",
      claimant: "Ray Okafor",
      pattern: "quote-said-x",
      optional: true,
    },
    {
      key: "the pool lost an average of $68,000 a year between 2019 and 2024",
      claimant: "staff report prepared for Monday's meeting",
      pattern: "according-to",
    },
    {
      key: "started an online petition to keep the pool open",
      claimant: null,
      pattern: "unattributed",
    },
    {
      key: "It had more than 1,900 signatures by Tuesday afternoon",
      claimant: null,
      pattern: "unattributed",
    },
    {
      key: "they found $1.2 million for pickleball courts last year",
      claimant: "Kendra Wills",
      pattern: "quote-said-x",
    },
    {
      // Unnamed spokesperson of a named organisation: the organisation.
      key: "the pickleball courts at Hartley Park were paid for with a state grant that could not have been used for the pool",
      claimant: "City of Millbrook",
      pattern: "said-that",
    },
    {
      key: "The council also approved $85,000 for a splash pad at Riverside Park",
      claimant: null,
      pattern: "unattributed",
    },
    {
      // Relative clause, role-only mention ("the mayor") of Denise Albright.
      key: "could be open by Labor Day",
      claimant: "Denise Albright",
      pattern: "said-that",
    },
  ],
  nonClaims: [
    "By Tasha Greenwood",
    "Published: Jun. 3, 2025 at 6:12 PM EDT | Updated: 10 hours ago",
    "Riverside Pool sits empty Tuesday morning. The city says it will be filled in by fall. (WKVN)",
    "[WATCH: Parents pack council chambers ahead of Riverside Pool vote]",
    "Have a news tip? Email newsdesk@wkvn.com or call 937-555-0142.",
    "Copyright 2025 WKVN. All rights reserved.",
  ],
};
