import type { Fixture } from "../fixtures/types";

export const fixture: Fixture = {
  id: "blind6-tech-cyclo-privacy-fine",
  split: "blind",
  genre: "tech",
  body: `Dutch watchdog fines period-tracking app Cyclo €14.2m for sharing health data with advertisers

Company says it will appeal and insists no "identifiable health data" was ever sold

Elena Marchetti
Tue 4 Mar 2025 // 14:07 UTC

The Netherlands' data protection authority has fined Cyclo, the Amsterdam-based maker of one of Europe's most popular period-tracking apps, €14.2 million for sending users' health information to advertising companies without valid consent.

In a decision published on Tuesday, the Autoriteit Persoonsgegevens (AP) said that between May 2021 and February 2023 the app shared data including cycle dates, pregnancy status and in-app symptom searches with at least six third-party analytics and advertising firms.

The regulator found that the consent screen shown to new users was "designed to be clicked through" and did not meet the requirements of the GDPR. About 2.3 million users in the EU were affected, around 410,000 of them in the Netherlands, the watchdog said.

"Information about your menstrual cycle or a possible pregnancy is among the most sensitive data there is," AP board member Karin Dekkers-Vos said in a statement. "This company shared it with advertisers for almost two years without properly asking."

Cyclo has also been ordered to make sure its partners delete the shared data within three months.

In a blog post, Cyclo chief executive Jonas Brandt wrote that the company "fundamentally disagree[s]" with the decision and that it would challenge the fine in court.

"We have never sold identifiable health data, and we never will," Brandt wrote. "The data the AP refers to was pseudonymised and used to measure whether our ads worked — the same tools used by almost every app in the world."

He added that Cyclo had rebuilt its consent flow in March 2023, "long before" the investigation concluded, and accused the regulator of taking "almost four years" to reach a decision, during which, he wrote, the company had cooperated "fully and transparently".

Related stories
Fitness apps under scrutiny as EU regulators compare notes
EU lawmakers back tougher rules on health apps

Not all users were persuaded. "Used this app since 2019. Just found out they were sending my pregnancy test results to ad companies. Deleted," Sanne Bakker, a teacher from Utrecht, posted on X on Tuesday. Her post had been shared more than 9,000 times by the evening.

Ruben Hoekstra of the Datavrij Foundation, a digital rights group, said the fine was "a fraction" of what Cyclo had earned from advertising during the period. Cyclo reported revenue of €61 million in 2023.

Under the GDPR, regulators can impose fines of up to €20 million or 4 per cent of a company's global annual turnover, whichever is higher. The AP fined Uber €290 million in August 2024 over transfers of European drivers' data to the United States.

Updated at 16:40 UTC to add comment from the Datavrij Foundation.

Got a tip? Contact us securely on Signal.`,
  claims: [
    {
      key: "Dutch watchdog fines period-tracking app Cyclo €14.2m for sharing health data with advertisers",
      claimant: null,
      pattern: "headline",
      optional: true,
    },
    {
      // Standfirst; treated like a headline.
      key: 'no "identifiable health data" was ever sold',
      claimant: null,
      pattern: "headline",
      optional: true,
    },
    {
      key: "fined Cyclo, the Amsterdam-based maker of one of Europe's most popular period-tracking apps, €14.2 million",
      claimant: null,
      pattern: "unattributed",
    },
    {
      // Canonical regulator name: "Autoriteit Persoonsgegevens" (later "the regulator", "the watchdog", "the AP").
      key: "between May 2021 and February 2023 the app shared data including cycle dates, pregnancy status and in-app symptom searches with at least six third-party analytics and advertising firms",
      claimant: "Autoriteit Persoonsgegevens",
      pattern: "said-that",
    },
    {
      key: 'the consent screen shown to new users was "designed to be clicked through"',
      claimant: "Autoriteit Persoonsgegevens",
      pattern: "said-that",
    },
    {
      // Bare second conjunct under the same "found that".
      key: "did not meet the requirements of the GDPR",
      claimant: "Autoriteit Persoonsgegevens",
      pattern: "said-that",
      optional: true,
    },
    {
      key: "About 2.3 million users in the EU were affected, around 410,000 of them in the Netherlands",
      claimant: "Autoriteit Persoonsgegevens",
      pattern: "content-said-x",
    },
    {
      // General statement about data sensitivity.
      key: "Information about your menstrual cycle or a possible pregnancy is among the most sensitive data there is",
      claimant: "Karin Dekkers-Vos",
      pattern: "quote-said-x",
      optional: true,
    },
    {
      key: "This company shared it with advertisers for almost two years without properly asking",
      claimant: "Karin Dekkers-Vos",
      pattern: "continuation",
    },
    {
      key: "Cyclo has also been ordered to make sure its partners delete the shared data within three months",
      claimant: null,
      pattern: "unattributed",
    },
    {
      // Position statement.
      key: 'the company "fundamentally disagree[s]" with the decision',
      claimant: "Jonas Brandt",
      pattern: "said-that",
      optional: true,
    },
    {
      key: "it would challenge the fine in court",
      claimant: "Jonas Brandt",
      pattern: "said-that",
    },
    {
      key: "We have never sold identifiable health data",
      claimant: "Jonas Brandt",
      pattern: "quote-said-x",
    },
    {
      key: "The data the AP refers to was pseudonymised and used to measure whether our ads worked",
      claimant: "Jonas Brandt",
      pattern: "continuation",
    },
    {
      key: "Cyclo had rebuilt its consent flow in March 2023",
      claimant: "Jonas Brandt",
      pattern: "said-that",
    },
    {
      // Accusation against the regulator, coordinated in the same sentence.
      key: 'taking "almost four years" to reach a decision',
      claimant: "Jonas Brandt",
      pattern: "said-that",
    },
    {
      // "he wrote" inserted mid-clause.
      key: 'the company had cooperated "fully and transparently"',
      claimant: "Jonas Brandt",
      pattern: "parenthetical",
    },
    {
      key: "Used this app since 2019",
      claimant: "Sanne Bakker",
      pattern: "quote-said-x",
      optional: true,
    },
    {
      // Social-media post; overstates the regulator's finding ("pregnancy status").
      key: "Just found out they were sending my pregnancy test results to ad companies",
      claimant: "Sanne Bakker",
      pattern: "quote-said-x",
    },
    {
      key: "Her post had been shared more than 9,000 times by the evening",
      claimant: null,
      pattern: "unattributed",
    },
    {
      key: 'the fine was "a fraction" of what Cyclo had earned from advertising during the period',
      claimant: "Ruben Hoekstra",
      pattern: "said-that",
    },
    {
      key: "Cyclo reported revenue of €61 million in 2023",
      claimant: null,
      pattern: "unattributed",
    },
    {
      key: "regulators can impose fines of up to €20 million or 4 per cent of a company's global annual turnover",
      claimant: null,
      pattern: "unattributed",
    },
    {
      key: "The AP fined Uber €290 million in August 2024",
      claimant: null,
      pattern: "unattributed",
    },
  ],
  nonClaims: [
    "Elena Marchetti",
    "Tue 4 Mar 2025 // 14:07 UTC",
    "Related stories",
    "Fitness apps under scrutiny as EU regulators compare notes",
    "EU lawmakers back tougher rules on health apps",
    "Updated at 16:40 UTC to add comment from the Datavrij Foundation.",
    "Got a tip? Contact us securely on Signal.",
  ],
};
