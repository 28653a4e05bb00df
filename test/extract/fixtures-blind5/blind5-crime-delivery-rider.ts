import type { Fixture } from "../fixtures/types";

export const fixture: Fixture = {
  id: "blind5-crime-delivery-rider",
  split: "blind",
  genre: "crime",
  body: `Teenagers arrested after delivery rider stabbed to death in Leicester

Published 4 May

Image source, Family handout
Image caption, Kamal Haidari, pictured in 2023

Two teenagers have been arrested on suspicion of murder after a food delivery rider was stabbed to death in Leicester, police have said.

Kamal Haidari, 19, was found with stab wounds on Narborough Road at about 23:40 BST on Friday and died at the scene.

Leicestershire Police said two boys, aged 16 and 17, were arrested at an address in the Braunstone area on Saturday afternoon and remain in custody.

Det Ch Insp Sarah Whitlock, who is leading the investigation, said officers believed the attack was "targeted" and that Mr Haidari had been approached by a group of three or four people shortly after he finished a delivery.

"We are still working to establish a motive, and I would urge anyone who was on Narborough Road on Friday night, or who has dashcam footage, to get in touch," she said.

She added that a third person, a 20-year-old man, had been questioned and released under investigation.

A force spokesperson said extra patrols would be in the area over the bank holiday weekend and that a cordon at the scene was expected to be lifted on Sunday.

In a statement released through police, the Haidari family said Kamal had come to the UK from Afghanistan in 2021 and was saving to study engineering at university.

The statement continued: "Kamal was the kindest, gentlest person. He worked seven days a week and sent money home to our mother in Herat every month. We cannot understand why anyone would do this to him."

His sister, Mariam Haidari, posted on Facebook that her brother had called her less than an hour before the attack to say he was nearly finished for the night.

Councillor Priya Mistry MBE, who represents the Westcotes ward, said residents had been reporting groups of youths gathering near the junction "for months".

Dashly, the delivery app he worked for, said it was "devastated" and was co-operating fully with the investigation.

According to the Riders' Rights Network, a campaign group, at least 14 delivery riders have been assaulted while working in Leicester since January.

The group's organiser, Gary Pennock, said riders on late shifts were "sitting ducks" and that most assaults were never reported because riders feared losing access to the app.

It is the third fatal stabbing in Leicester this year.

Anyone with information is asked to call 101, quoting incident 1023 of 2 May, or contact Crimestoppers anonymously.

This story has been updated to include a statement from the Haidari family.

Related topics
Leicester
Knife crime`,
  claims: [
    {
      key: "Teenagers arrested after delivery rider stabbed to death in Leicester",
      claimant: null,
      pattern: "headline",
      optional: true,
    },
    {
      // "police" = Leicestershire Police, named in the next-but-one paragraph.
      key: "Two teenagers have been arrested on suspicion of murder after a food delivery rider was stabbed to death in Leicester",
      claimant: "Leicestershire Police",
      pattern: "content-said-x",
    },
    {
      key: "was found with stab wounds on Narborough Road at about 23:40 BST on Friday and died at the scene",
      claimant: null,
      pattern: "unattributed",
    },
    {
      key: "two boys, aged 16 and 17, were arrested at an address in the Braunstone area",
      claimant: "Leicestershire Police",
      pattern: "said-that",
    },
    {
      // Rank abbreviation "Det Ch Insp" dropped from the canonical name.
      key: 'the attack was "targeted"',
      claimant: "Sarah Whitlock",
      pattern: "said-that",
    },
    {
      key: "Mr Haidari had been approached by a group of three or four people shortly after he finished a delivery",
      claimant: "Sarah Whitlock",
      pattern: "said-that",
    },
    {
      // Process statement plus an appeal; not a checkable claim.
      key: "We are still working to establish a motive",
      claimant: "Sarah Whitlock",
      pattern: "quote-said-x",
      optional: true,
    },
    {
      key: "a third person, a 20-year-old man, had been questioned and released under investigation",
      claimant: "Sarah Whitlock",
      pattern: "said-that",
    },
    {
      // Unnamed spokesperson of a named organisation counts as the organisation.
      key: "extra patrols would be in the area over the bank holiday weekend",
      claimant: "Leicestershire Police",
      pattern: "said-that",
    },
    {
      key: "a cordon at the scene was expected to be lifted on Sunday",
      claimant: "Leicestershire Police",
      pattern: "said-that",
    },
    {
      // Group speaker: noun phrase without the article.
      key: "Kamal had come to the UK from Afghanistan in 2021",
      claimant: "Haidari family",
      pattern: "said-that",
    },
    {
      // Second conjunct under the same "said": splitting it off is acceptable.
      key: "was saving to study engineering at university",
      claimant: "Haidari family",
      pattern: "said-that",
      optional: true,
    },
    {
      key: "Kamal was the kindest, gentlest person",
      claimant: "Haidari family",
      pattern: "colon-quote",
      optional: true,
    },
    {
      key: "He worked seven days a week and sent money home to our mother in Herat every month",
      claimant: "Haidari family",
      pattern: "continuation",
    },
    {
      key: "her brother had called her less than an hour before the attack",
      claimant: "Mariam Haidari",
      pattern: "said-that",
    },
    {
      // Post-nominal "MBE" and "Councillor" dropped.
      key: "residents had been reporting groups of youths gathering near the junction",
      claimant: "Priya Mistry",
      pattern: "said-that",
    },
    {
      key: 'it was "devastated"',
      claimant: "Dashly",
      pattern: "said-that",
      optional: true,
    },
    {
      key: "was co-operating fully with the investigation",
      claimant: "Dashly",
      pattern: "said-that",
    },
    {
      key: "at least 14 delivery riders have been assaulted while working in Leicester since January",
      claimant: "Riders' Rights Network",
      pattern: "according-to",
    },
    {
      // Characterisation.
      key: 'riders on late shifts were "sitting ducks"',
      claimant: "Gary Pennock",
      pattern: "said-that",
      optional: true,
    },
    {
      key: "most assaults were never reported because riders feared losing access to the app",
      claimant: "Gary Pennock",
      pattern: "said-that",
    },
    {
      key: "It is the third fatal stabbing in Leicester this year",
      claimant: null,
      pattern: "unattributed",
    },
  ],
  nonClaims: [
    "Published 4 May",
    "Image source, Family handout",
    "Image caption, Kamal Haidari, pictured in 2023",
    "Anyone with information is asked to call 101, quoting incident 1023 of 2 May, or contact Crimestoppers anonymously.",
    "This story has been updated to include a statement from the Haidari family.",
    "Related topics",
  ],
};
