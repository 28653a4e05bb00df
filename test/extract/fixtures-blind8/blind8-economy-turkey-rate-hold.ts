import type { Fixture } from "../fixtures/types";

export const fixture: Fixture = {
  id: "blind8-economy-turkey-rate-hold",
  split: "blind",
  genre: "economy",
  body: `Turkish central bank holds rates in surprise move, flags sticky food prices

By Elif Kaya and Burak Demirtaş

January 22, 2026 3:47 PM GMT+3 Updated 2 hours ago

A man walks past a currency exchange office in Istanbul, Turkey, January 15, 2026. REUTERS/Umut Sezer

ANKARA, Jan 22 (Reuters) - Turkey's central bank kept its benchmark one-week repo rate unchanged at 38.5% on Thursday, pausing an easing cycle after two consecutive cuts and surprising most economists.

In a Reuters poll, 14 of 19 economists had forecast a cut of 150 basis points.

In its decision statement, the bank's Monetary Policy Committee said leading indicators pointed to "a stalling of disinflation in food and services" and that the tight policy stance would be maintained "until price stability is achieved".

Annual consumer inflation stood at 33.2% in December, according to the Turkish Statistical Institute, with food prices up 4.1% on the month.

Central bank Governor Hakan Özbilgin told a news conference in Ankara that the bank now expects year-end inflation of 21%, up from its previous forecast of 18%.

"We will not declare victory early," Özbilgin said. "The decision was unanimous. Nobody at this bank takes instructions from anyone."

Two sources familiar with the committee's deliberations told Reuters that one member had argued for a cut of 100 basis points before the vote.

Özbilgin conceded that January's 27% minimum wage increase had added to services inflation, but he said its effect would fade by the second quarter.

Finance Minister Ayşe Nur Karataş wrote on X that the decision was "fully consistent" with the government's medium-term programme. She said the budget deficit had narrowed to 3.1% of gross domestic product in 2025, from 4.9% a year earlier.

The Morning Bid EM newsletter brings you the day's key emerging market stories. Sign up here.

The lira was little changed at 43.12 per dollar after the decision. It has weakened about 19% against the dollar over the past 12 months, less than the gap between Turkish and U.S. inflation, London-based Greyfriars Economics said in a note.

"This is a hawkish hold. The bank is more worried about its credibility than about growth," said Deniz Ertuğrul, chief economist at Istanbul-based Boğaziçi Capital. Ertuğrul predicted the bank would resume cutting in March, by 100 basis points.

Levent Aksoy, a deputy chair of the main opposition Republican People's Party (CHP), claimed that real wages of minimum-wage earners had fallen 12% since January 2025, and argued the bank's policy was "punishing workers for the government's spending".

The central bank's next rate-setting meeting is on March 12.

Reporting by Elif Kaya in Ankara and Burak Demirtaş in Istanbul; Writing by Daniel Hart; Editing by Sarah Molloy

Our Standards: The Thomson Reuters Trust Principles.`,
  claims: [
    {
      key: "Turkish central bank holds rates in surprise move, flags sticky food prices",
      claimant: null,
      pattern: "headline",
      optional: true,
    },
    {
      key: "kept its benchmark one-week repo rate unchanged at 38.5% on Thursday",
      claimant: null,
      pattern: "unattributed",
    },
    {
      // The news agency's own poll result, reported by the reporter.
      key: "14 of 19 economists had forecast a cut of 150 basis points",
      claimant: null,
      pattern: "unattributed",
    },
    {
      key: 'leading indicators pointed to "a stalling of disinflation in food and services"',
      claimant: "Monetary Policy Committee",
      pattern: "said-that",
    },
    {
      // Policy guidance (a stated intention).
      key: "the tight policy stance would be maintained",
      claimant: "Monetary Policy Committee",
      pattern: "said-that",
      optional: true,
    },
    {
      key: "Annual consumer inflation stood at 33.2% in December",
      claimant: "Turkish Statistical Institute",
      pattern: "according-to",
    },
    {
      key: "the bank now expects year-end inflation of 21%, up from its previous forecast of 18%",
      claimant: "Hakan Özbilgin",
      pattern: "told",
    },
    {
      // Intention.
      key: "We will not declare victory early",
      claimant: "Hakan Özbilgin",
      pattern: "quote-said-x",
      optional: true,
    },
    {
      key: "The decision was unanimous",
      claimant: "Hakan Özbilgin",
      pattern: "continuation",
    },
    {
      // Sweeping assurance.
      key: "Nobody at this bank takes instructions from anyone",
      claimant: "Hakan Özbilgin",
      pattern: "continuation",
      optional: true,
    },
    {
      key: "one member had argued for a cut of 100 basis points before the vote",
      claimant: "Two sources familiar with the committee's deliberations",
      pattern: "told",
    },
    {
      key: "January's 27% minimum wage increase had added to services inflation",
      claimant: "Hakan Özbilgin",
      pattern: "said-that",
    },
    {
      // "he" = the governor.
      key: "its effect would fade by the second quarter",
      claimant: "Hakan Özbilgin",
      pattern: "said-that",
    },
    {
      key: 'the decision was "fully consistent" with the government\'s medium-term programme',
      claimant: "Ayşe Nur Karataş",
      pattern: "said-that",
    },
    {
      // "She" = the finance minister.
      key: "the budget deficit had narrowed to 3.1% of gross domestic product in 2025, from 4.9% a year earlier",
      claimant: "Ayşe Nur Karataş",
      pattern: "said-that",
    },
    {
      key: "The lira was little changed at 43.12 per dollar after the decision",
      claimant: null,
      pattern: "unattributed",
    },
    {
      key: "It has weakened about 19% against the dollar over the past 12 months",
      claimant: "Greyfriars Economics",
      pattern: "content-said-x",
    },
    {
      // Analyst's characterisation.
      key: "This is a hawkish hold",
      claimant: "Deniz Ertuğrul",
      pattern: "quote-said-x",
      optional: true,
    },
    {
      key: "The bank is more worried about its credibility than about growth",
      claimant: "Deniz Ertuğrul",
      pattern: "quote-said-x",
      optional: true,
    },
    {
      key: "the bank would resume cutting in March, by 100 basis points",
      claimant: "Deniz Ertuğrul",
      pattern: "said-that",
    },
    {
      key: "real wages of minimum-wage earners had fallen 12% since January 2025",
      claimant: "Levent Aksoy",
      pattern: "said-that",
    },
    {
      // Political characterisation, coordinated with the previous report.
      key: "punishing workers for the government's spending",
      claimant: "Levent Aksoy",
      pattern: "said-that",
      optional: true,
    },
    {
      key: "The central bank's next rate-setting meeting is on March 12",
      claimant: null,
      pattern: "unattributed",
    },
  ],
  nonClaims: [
    "By Elif Kaya and Burak Demirtaş\n\nJanuary 22, 2026 3:47 PM GMT+3 Updated 2 hours ago",
    "A man walks past a currency exchange office in Istanbul, Turkey, January 15, 2026. REUTERS/Umut Sezer",
    "The Morning Bid EM newsletter brings you the day's key emerging market stories. Sign up here.",
    "Reporting by Elif Kaya in Ankara and Burak Demirtaş in Istanbul; Writing by Daniel Hart; Editing by Sarah Molloy",
    "Our Standards: The Thomson Reuters Trust Principles.",
  ],
};
