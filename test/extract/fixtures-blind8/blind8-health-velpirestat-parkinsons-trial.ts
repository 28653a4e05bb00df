import type { Fixture } from "../fixtures/types";

export const fixture: Fixture = {
  id: "blind8-health-velpirestat-parkinsons-trial",
  split: "blind",
  genre: "health",
  body: `Parkinson’s drug slows decline by a quarter in trial, but experts question size of benefit

Experimental pill from UK biotech Aldermoor Therapeutics could go to regulators next year

Nadia Rahman Health correspondent

Wed 14 May 2025 23.30 BST
Last modified on Thu 15 May 2025 09.12 BST

An experimental pill slowed the progression of early Parkinson’s disease by 27% over 18 months in a large trial, its developer has said, raising hopes of the first treatment that changes the course of the condition rather than only easing symptoms.

The phase 3 trial, which enrolled 1,142 patients at 96 hospitals in 11 countries, compared the drug, velpirestat, with a placebo. The results were published on Wednesday in the Lancet Neurology.

Patients taking velpirestat saw their scores on a standard movement and daily-living scale worsen by 4.8 points on average, compared with 6.6 points for those on placebo, according to the paper.

A patient at a Parkinson’s clinic in Birmingham. Photograph: Jeff Moore/PA

In an interview with the Guardian, Aldermoor’s chief medical officer, Dr Richard Ellison, said the drug was well tolerated, with 6% of patients on velpirestat stopping treatment because of side-effects compared with 4% on placebo.

“This is the first time a Parkinson’s drug has shown this kind of effect in a phase 3 study. We think it changes the trajectory of the disease,” he said. The company plans to apply for approval in the UK, US and EU in the first half of 2026, he added.

The trial’s lead investigator, Prof Helen Marchbank of the University of Edinburgh, stressed that the drug did not reverse symptoms. “What we saw is a slowing, not an improvement. Nobody who is already struggling to walk should expect to walk better,” she said.

Aldermoor funded the trial, and Marchbank has received consulting fees from the company.

Sign up to Morning Dose, our free weekly health newsletter

Independent experts were more cautious.

Prof Tomasz Wierzbicki, a neurologist at University College London who was not involved in the study, said: “The difference between the groups is 1.8 points on a scale that runs to more than 200. Most patients would not notice a change that small over 18 months.”

“The result is statistically robust,” said Dr Farida Osei, a clinical epidemiologist at the University of Bristol, “but the confidence interval is wide, and its lower end is close to no effect at all.”

The Medicines and Healthcare products Regulatory Agency confirmed that it had held pre-submission meetings with Aldermoor. Any application would be assessed under its fast-track innovation pathway, the regulator said.

The charity Parkinson’s Together said in a statement that the results were “a genuine reason for hope”. Its chief executive, Kwame Asante-Boateng, said about 166,000 people in the UK were living with Parkinson’s, a number expected to rise by a fifth by 2040.

Aldermoor’s shares rose 38% on London’s Aim market on Thursday morning.

This article was amended on 15 May 2025. An earlier version said the trial was run in 12 countries rather than 11.

Explore more on these topics
Parkinson’s disease
Medical research
Health
news`,
  claims: [
    {
      key: "Parkinson’s drug slows decline by a quarter in trial, but experts question size of benefit",
      claimant: null,
      pattern: "headline",
      optional: true,
    },
    {
      key: "Experimental pill from UK biotech Aldermoor Therapeutics could go to regulators next year",
      claimant: null,
      pattern: "headline",
      optional: true,
    },
    {
      // "its developer" = Aldermoor Therapeutics (named in the deck); attribution after the content.
      key: "slowed the progression of early Parkinson’s disease by 27% over 18 months in a large trial",
      claimant: "Aldermoor Therapeutics",
      pattern: "content-said-x",
    },
    {
      key: "which enrolled 1,142 patients at 96 hospitals in 11 countries",
      claimant: null,
      pattern: "unattributed",
    },
    {
      key: "The results were published on Wednesday in the Lancet Neurology",
      claimant: null,
      pattern: "unattributed",
    },
    {
      key: "worsen by 4.8 points on average, compared with 6.6 points for those on placebo",
      claimant: "paper",
      pattern: "according-to",
    },
    {
      // "Dr" is a title.
      key: "6% of patients on velpirestat stopping treatment because of side-effects compared with 4% on placebo",
      claimant: "Richard Ellison",
      pattern: "said-that",
    },
    {
      key: "This is the first time a Parkinson’s drug has shown this kind of effect in a phase 3 study",
      claimant: "Richard Ellison",
      pattern: "quote-said-x",
    },
    {
      // Company's interpretation.
      key: "We think it changes the trajectory of the disease",
      claimant: "Richard Ellison",
      pattern: "quote-said-x",
      optional: true,
    },
    {
      // Stated plan.
      key: "The company plans to apply for approval in the UK, US and EU in the first half of 2026",
      claimant: "Richard Ellison",
      pattern: "content-said-x",
      optional: true,
    },
    {
      key: "the drug did not reverse symptoms",
      claimant: "Helen Marchbank",
      pattern: "said-that",
    },
    {
      // "she" = Marchbank, right after a male speaker.
      key: "What we saw is a slowing, not an improvement",
      claimant: "Helen Marchbank",
      pattern: "quote-said-x",
    },
    {
      // Advice.
      key: "Nobody who is already struggling to walk should expect to walk better",
      claimant: "Helen Marchbank",
      pattern: "quote-said-x",
      optional: true,
    },
    {
      key: "Aldermoor funded the trial, and Marchbank has received consulting fees from the company",
      claimant: null,
      pattern: "unattributed",
    },
    {
      key: "The difference between the groups is 1.8 points on a scale that runs to more than 200",
      claimant: "Tomasz Wierzbicki",
      pattern: "colon-quote",
    },
    {
      // Second sentence of the same colon-introduced quote.
      key: "Most patients would not notice a change that small over 18 months",
      claimant: "Tomasz Wierzbicki",
      pattern: "colon-quote",
    },
    {
      // First half of a quote split by the attribution; an assessment.
      key: "The result is statistically robust",
      claimant: "Farida Osei",
      pattern: "quote-said-x",
      optional: true,
    },
    {
      // Second half of the split quote (same sentence as the attribution).
      key: "the confidence interval is wide, and its lower end is close to no effect at all",
      claimant: "Farida Osei",
      pattern: "quote-said-x",
    },
    {
      key: "it had held pre-submission meetings with Aldermoor",
      claimant: "Medicines and Healthcare products Regulatory Agency",
      pattern: "said-that",
    },
    {
      // Role-only attribution after the content ("the regulator said").
      key: "Any application would be assessed under its fast-track innovation pathway",
      claimant: "Medicines and Healthcare products Regulatory Agency",
      pattern: "content-said-x",
    },
    {
      // Evaluation, not a checkable fact.
      key: "the results were “a genuine reason for hope”",
      claimant: "Parkinson’s Together",
      pattern: "said-that",
      optional: true,
    },
    {
      key: "about 166,000 people in the UK were living with Parkinson’s",
      claimant: "Kwame Asante-Boateng",
      pattern: "said-that",
    },
    {
      key: "Aldermoor’s shares rose 38% on London’s Aim market on Thursday morning",
      claimant: null,
      pattern: "unattributed",
    },
  ],
  nonClaims: [
    "Nadia Rahman Health correspondent\n\nWed 14 May 2025 23.30 BST\nLast modified on Thu 15 May 2025 09.12 BST",
    "A patient at a Parkinson’s clinic in Birmingham. Photograph: Jeff Moore/PA",
    "Sign up to Morning Dose, our free weekly health newsletter",
    "This article was amended on 15 May 2025. An earlier version said the trial was run in 12 countries rather than 11.",
    "Explore more on these topics\nParkinson’s disease\nMedical research\nHealth\nnews",
  ],
};
