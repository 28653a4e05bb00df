import type { Fixture } from "../fixtures/types";

export const fixture: Fixture = {
  id: "blind8-tech-norvale-antitrust",
  split: "blind",
  genre: "tech",
  body: `DOJ sues Norvale, alleging it used cloud discounts to force its AI assistant on businesses

The lawsuit, joined by 14 states, targets discounts tied to Norvale’s Lattice assistant.

by Jordan Pike
Sep 17, 2025, 11:52 AM EDT

Comments (212)

Illustration by Dana Ruiz / Getty Images

Update, September 17th, 3:40PM ET: This story has been updated with a post from Norvale’s chief executive.

The US Department of Justice sued Norvale Systems on Wednesday, alleging that the cloud giant illegally tied discounts on its cloud computing contracts to customers’ adoption of its Lattice AI assistant.

The complaint, filed in federal court in Washington, DC, and joined by 14 states, claims Norvale offered discounts of up to 35 percent on multiyear cloud commitments only to customers that made Lattice the default assistant for all of their employees.

“Norvale took a dominant position in one market and used it to buy its way into the next one,” Assistant Attorney General Rebecca Lindqvist, who heads the department’s Antitrust Division, said at a news conference. “That is exactly the playbook the Sherman Act was written to stop.”

Lindqvist told reporters that the department is seeking a court order that would bar the practice and require Norvale to offer the same cloud prices to customers who use rival assistants.

Norvale holds about 31 percent of the global cloud infrastructure market, according to research firm Cloudmetric. Its cloud unit reported $71 billion in revenue last year.

Related
Norvale’s Lattice assistant is coming to every office laptop your company owns

Norvale said it would fight the lawsuit “vigorously.” In a blog post published about an hour after the announcement, general counsel Thomas Achterberg wrote that customers “are free to use any AI assistant they choose, on our cloud or anyone else’s,” and that more than 60 percent of Lattice business customers also pay for a competing AI product.

“The government is attacking a discount. Discounts are how competition works,” Achterberg wrote. He argued that the lawsuit, if successful, “would force us to charge customers more.”

Norvale CEO Priya Raman wrote on X that the company would “keep building” and that Lattice had passed 90 million weekly users.

Halcyon AI, a San Francisco startup whose chief executive, Owen Mbeki, told a Senate subcommittee in March that Norvale’s discounts had cost his company three of its five largest enterprise deals, declined to comment on Wednesday.

Analysts said the case is unlikely to be resolved quickly. “This goes to trial in 2027 at the earliest, and the remedy fight will take longer than that,” said Gil Navarro, an analyst at Redstone Research. Navarro predicted that Norvale would try to settle by dropping the discount requirement rather than risk a ruling that it holds monopoly power.

Norvale’s shares fell 2.4 percent in afternoon trading on Wednesday.

The case is the fifth antitrust lawsuit the Justice Department has filed against a major technology company since 2020. In a separate case, Norvale won a ruling in April over its app marketplace rules, which the department has appealed.

Sign up for Gatekeeper, our weekly newsletter on tech policy.

Most Popular
The best noise-canceling earbuds you can buy right now`,
  claims: [
    {
      key: "DOJ sues Norvale, alleging it used cloud discounts to force its AI assistant on businesses",
      claimant: null,
      pattern: "headline",
      optional: true,
    },
    {
      key: "The lawsuit, joined by 14 states, targets discounts tied to Norvale’s Lattice assistant",
      claimant: null,
      pattern: "headline",
      optional: true,
    },
    {
      // The filing is the reporter's event; the "alleging" clause is the DOJ's.
      key: "The US Department of Justice sued Norvale Systems on Wednesday",
      claimant: null,
      pattern: "unattributed",
    },
    {
      key: "illegally tied discounts on its cloud computing contracts to customers’ adoption of its Lattice AI assistant",
      claimant: "US Department of Justice",
      pattern: "said-that",
    },
    {
      // A document as speaker ("The complaint ... claims").
      key: "Norvale offered discounts of up to 35 percent on multiyear cloud commitments",
      claimant: "complaint",
      pattern: "said-that",
    },
    {
      key: "Norvale took a dominant position in one market and used it to buy its way into the next one",
      claimant: "Rebecca Lindqvist",
      pattern: "quote-said-x",
    },
    {
      // Legal characterisation.
      key: "That is exactly the playbook the Sherman Act was written to stop",
      claimant: "Rebecca Lindqvist",
      pattern: "continuation",
      optional: true,
    },
    {
      key: "the department is seeking a court order that would bar the practice",
      claimant: "Rebecca Lindqvist",
      pattern: "told",
    },
    {
      key: "Norvale holds about 31 percent of the global cloud infrastructure market",
      claimant: "Cloudmetric",
      pattern: "according-to",
    },
    {
      key: "Its cloud unit reported $71 billion in revenue last year",
      claimant: null,
      pattern: "unattributed",
    },
    {
      // Stated intention.
      key: "it would fight the lawsuit",
      claimant: "Norvale Systems",
      pattern: "said-that",
      optional: true,
    },
    {
      key: "customers “are free to use any AI assistant they choose",
      claimant: "Thomas Achterberg",
      pattern: "said-that",
    },
    {
      // Second "that"-clause of the same report.
      key: "more than 60 percent of Lattice business customers also pay for a competing AI product",
      claimant: "Thomas Achterberg",
      pattern: "said-that",
    },
    {
      // Characterisation.
      key: "The government is attacking a discount",
      claimant: "Thomas Achterberg",
      pattern: "quote-said-x",
      optional: true,
    },
    {
      // General opinion.
      key: "Discounts are how competition works",
      claimant: "Thomas Achterberg",
      pattern: "quote-said-x",
      optional: true,
    },
    {
      key: "would force us to charge customers more",
      claimant: "Thomas Achterberg",
      pattern: "said-that",
    },
    {
      // Intention.
      key: "the company would “keep building”",
      claimant: "Priya Raman",
      pattern: "said-that",
      optional: true,
    },
    {
      key: "Lattice had passed 90 million weekly users",
      claimant: "Priya Raman",
      pattern: "said-that",
    },
    {
      // Reported speech inside a relative clause; "declined to comment" is not a claim.
      key: "Norvale’s discounts had cost his company three of its five largest enterprise deals",
      claimant: "Owen Mbeki",
      pattern: "told",
    },
    {
      key: "the case is unlikely to be resolved quickly",
      claimant: "analysts",
      pattern: "said-that",
    },
    {
      key: "This goes to trial in 2027 at the earliest",
      claimant: "Gil Navarro",
      pattern: "quote-said-x",
    },
    {
      key: "Norvale would try to settle by dropping the discount requirement",
      claimant: "Gil Navarro",
      pattern: "said-that",
    },
    {
      key: "Norvale’s shares fell 2.4 percent in afternoon trading on Wednesday",
      claimant: null,
      pattern: "unattributed",
    },
    {
      key: "The case is the fifth antitrust lawsuit the Justice Department has filed against a major technology company since 2020",
      claimant: null,
      pattern: "unattributed",
    },
    {
      key: "Norvale won a ruling in April over its app marketplace rules",
      claimant: null,
      pattern: "unattributed",
    },
  ],
  nonClaims: [
    "by Jordan Pike\nSep 17, 2025, 11:52 AM EDT",
    "Comments (212)",
    "Illustration by Dana Ruiz / Getty Images",
    "Update, September 17th, 3:40PM ET: This story has been updated with a post from Norvale’s chief executive.",
    "Related\nNorvale’s Lattice assistant is coming to every office laptop your company owns",
    "Sign up for Gatekeeper, our weekly newsletter on tech policy.",
    "Most Popular\nThe best noise-canceling earbuds you can buy right now",
  ],
};
