import type { Fixture } from "../fixtures/types";

export const fixture: Fixture = {
  id: "blind4-health-ultraprocessed-kidney",
  split: "blind",
  genre: "health",
  body: `Ultra-processed foods linked to faster kidney decline, study finds

By Imogen Hale, Health and Science Reporter
Published 11:02 a.m. ET

Adults who got more than a third of their daily calories from ultra-processed foods lost kidney function about 30% faster over a decade than those who ate the least of them, researchers reported Wednesday in the journal Renal Medicine Open.

A shopper looks at ready meals in a supermarket in Copenhagen. (Mads Kjaer for The Ledger)

The study followed 48,213 adults in Denmark and Sweden for a median of 10.4 years. Participants filled in detailed food questionnaires when they enrolled and gave blood samples every two years.

Among people in the highest intake group, 7.9% developed chronic kidney disease during the study, compared with 4.6% in the lowest group, according to Dr. Ingrid Solberg, a nephrologist at the Aarhus Institute for Kidney Research who led the work. The link held after the team adjusted for age, smoking, body weight, diabetes and income.

"We were surprised by how consistent it was," Solberg said. "It showed up in men and women, in Denmark and in Sweden, in people with and without diabetes."

Dr. Abena Owusu, an epidemiologist at the London School of Hygiene & Tropical Medicine who was not involved in the research, called the effect "not trivial."

"If you slow someone's kidney decline by 30% over 10 years, in some people that's the difference between never needing dialysis and needing it in their 70s," she said.

"But this is an observational study. People who eat a lot of ultra-processed food also tend to smoke more, exercise less and have lower incomes, and you can never fully adjust for all of that."

Prof. Daniel Reyes, a nutrition scientist at King's College London, warned that the food categories used in the study lumped together products as different as packaged wholemeal bread and fizzy drinks. He said the findings should not be read as evidence that every processed food harms the kidneys.

Sign up for Pulse, our free weekly health newsletter, delivered every Thursday.

Chronic kidney disease affects an estimated 850 million people worldwide, according to the International Society of Nephrology, and often causes no symptoms until its late stages.

Solberg spoke to The Ledger by video call from Aarhus. The exchange has been edited for length and clarity.

Why look at kidneys?

Solberg: The kidneys filter almost everything we absorb from food. Earlier studies had linked ultra-processed diets to heart disease and type 2 diabetes, but nobody had followed kidney function this closely for this long.

Should people cut these foods out altogether?

Solberg: No, and our data can't tell you that. What it suggests is that the people eating the most, around 40% of their calories or more, carry the highest risk. That is where I would start cutting back.

The study was funded by public research grants in Denmark and Sweden.`,
  claims: [
    {
      key: "Ultra-processed foods linked to faster kidney decline, study finds",
      claimant: null,
      pattern: "headline",
      optional: true,
    },
    {
      key: "lost kidney function about 30% faster over a decade than those who ate the least of them",
      claimant: "researchers",
      pattern: "content-said-x",
    },
    {
      key: "The study followed 48,213 adults in Denmark and Sweden for a median of 10.4 years",
      claimant: null,
      pattern: "unattributed",
    },
    {
      key: "Participants filled in detailed food questionnaires when they enrolled and gave blood samples every two years",
      claimant: null,
      pattern: "unattributed",
      optional: true,
    },
    {
      key: "7.9% developed chronic kidney disease during the study, compared with 4.6% in the lowest group",
      claimant: "Ingrid Solberg",
      pattern: "according-to",
    },
    {
      // Reporter's summary of the paper's adjustment, no attribution in the sentence.
      key: "The link held after the team adjusted for age, smoking, body weight, diabetes and income",
      claimant: null,
      pattern: "unattributed",
    },
    {
      key: "We were surprised by how consistent it was",
      claimant: "Ingrid Solberg",
      pattern: "quote-said-x",
      optional: true,
    },
    {
      key: "It showed up in men and women, in Denmark and in Sweden, in people with and without diabetes",
      claimant: "Ingrid Solberg",
      pattern: "continuation",
    },
    {
      // An evaluation, hardly checkable.
      key: "not trivial",
      claimant: "Abena Owusu",
      pattern: "said-that",
      optional: true,
    },
    {
      // Pronoun reference ("she said") to Abena Owusu.
      key: "in some people that's the difference between never needing dialysis and needing it in their 70s",
      claimant: "Abena Owusu",
      pattern: "quote-said-x",
    },
    {
      // Next paragraph continues the same speaker's quote with no new attribution.
      key: "But this is an observational study",
      claimant: "Abena Owusu",
      pattern: "continuation",
    },
    {
      key: "People who eat a lot of ultra-processed food also tend to smoke more, exercise less and have lower incomes",
      claimant: "Abena Owusu",
      pattern: "continuation",
    },
    {
      key: "the food categories used in the study lumped together products as different as packaged wholemeal bread and fizzy drinks",
      claimant: "Daniel Reyes",
      pattern: "said-that",
    },
    {
      // Advice rather than a factual assertion.
      key: "the findings should not be read as evidence that every processed food harms the kidneys",
      claimant: "Daniel Reyes",
      pattern: "said-that",
      optional: true,
    },
    {
      key: "Chronic kidney disease affects an estimated 850 million people worldwide",
      claimant: "International Society of Nephrology",
      pattern: "according-to",
    },
    {
      key: "often causes no symptoms until its late stages",
      claimant: "International Society of Nephrology",
      pattern: "according-to",
      optional: true,
    },
    {
      // Q&A transcript: the answer is introduced by a "Solberg:" speaker label.
      key: "The kidneys filter almost everything we absorb from food",
      claimant: "Ingrid Solberg",
      pattern: "colon-quote",
      optional: true,
    },
    {
      key: "Earlier studies had linked ultra-processed diets to heart disease and type 2 diabetes",
      claimant: "Ingrid Solberg",
      pattern: "continuation",
    },
    {
      key: "the people eating the most, around 40% of their calories or more, carry the highest risk",
      claimant: "Ingrid Solberg",
      pattern: "continuation",
    },
    {
      key: "The study was funded by public research grants in Denmark and Sweden",
      claimant: null,
      pattern: "unattributed",
      optional: true,
    },
  ],
  nonClaims: [
    "By Imogen Hale, Health and Science Reporter",
    "Published 11:02 a.m. ET",
    "A shopper looks at ready meals in a supermarket in Copenhagen. (Mads Kjaer for The Ledger)",
    "Sign up for Pulse, our free weekly health newsletter, delivered every Thursday.",
    "Solberg spoke to The Ledger by video call from Aarhus. The exchange has been edited for length and clarity.",
    "Why look at kidneys?",
    "Should people cut these foods out altogether?",
  ],
};
