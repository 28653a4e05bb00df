import type { Fixture } from "../fixtures/types";

export const fixture: Fixture = {
  id: "blind7-health-northmoor-corridor-care",
  split: "blind",
  genre: "health",
  body: `Northmoor hospital apologises after patients wait up to 50 hours in corridors

Priya Raman
Health correspondent, BBC News
Published 14 February 2025

Image caption, Staff say trolleys now line the corridor outside Northmoor General's emergency department most nights

A hospital trust has apologised after patients waited up to 50 hours on trolleys in corridors at its main emergency department last month.

In January, 1,342 patients were treated in corridors or other "temporary escalation spaces" at Northmoor General Hospital, up from 410 a year earlier, according to trust data.

The longest recorded wait was 50 hours and 12 minutes, for a woman in her 80s who had been admitted with pneumonia.

In a statement, the chief executive of Northmoor and Trentside Hospitals NHS Trust, Dr Helen Acheson, said she was "deeply sorry" to every patient who had been cared for in a corridor.

"This is not the standard of care any of us came into the NHS to provide," she said. "We have opened 28 extra beds since December. On any given day, around 140 of our patients are medically fit to leave but are waiting for a care home place or a package of support at home."

She stressed that the trust had not had to declare a critical incident this winter.

The trust's medical director, Dr Anil Varma, acknowledged that corridor care carried "real clinical risk" but said no patient had come to serious harm as a result in January.

Gareth Pryce, a regional officer for the Royal College of Nursing (RCN), alleged that nurses were routinely being asked to look after up to 12 extra patients in corridors on top of their normal workload.

"We have members doing observations on a patient on a trolley next to the lifts, behind a curtain that doesn't close," he said. "This stopped being a winter problem a long time ago. It is all year round now."

Margaret Ellison, 84, from Trentside, spent 31 hours on a trolley in a corridor after a fall in January.

Speaking from her home, Mrs Ellison said: "I could hear everything - people being sick, a man shouting all night. Nobody should have to go through that at my age."

Her son, Paul Ellison, said she had been given her medication late twice. He said nurses had apologised to her "at least a dozen times".

"The staff were brilliant, they were just drowning," he said.

The trust expects pressure to ease from April, when a new 24-bed same-day emergency care unit is due to open, the chief executive added.

A Department of Health and Social Care spokesperson said: "Corridor care is unacceptable and we are determined to end it. We are investing an extra £26bn in the NHS and social care, and for the first time we will publish data on corridor care so patients can see what is happening in their area."

The hospital's urgent and emergency care service was rated "requires improvement" by the Care Quality Commission after an inspection in October.

Have you been affected by the issues raised in this story? Get in touch.

More on this story
Hospital corridor care 'now routine', nurses say
A&E waits: How does your hospital compare?

Related topics
NHS
Nottinghamshire`,
  claims: [
    {
      key: "Northmoor hospital apologises after patients wait up to 50 hours in corridors",
      claimant: null,
      pattern: "headline",
      optional: true,
    },
    {
      key: "A hospital trust has apologised after patients waited up to 50 hours on trolleys in corridors at its main emergency department last month",
      claimant: null,
      pattern: "unattributed",
    },
    {
      key: "1,342 patients were treated in corridors or other",
      claimant: "trust data",
      pattern: "according-to",
    },
    {
      key: "The longest recorded wait was 50 hours and 12 minutes, for a woman in her 80s",
      claimant: null,
      pattern: "unattributed",
    },
    {
      // An apology, not a factual assertion.
      key: 'she was "deeply sorry" to every patient who had been cared for in a corridor',
      claimant: "Helen Acheson",
      pattern: "said-that",
      optional: true,
    },
    {
      // Value statement.
      key: "This is not the standard of care any of us came into the NHS to provide",
      claimant: "Helen Acheson",
      pattern: "quote-said-x",
      optional: true,
    },
    {
      key: "We have opened 28 extra beds since December",
      claimant: "Helen Acheson",
      pattern: "continuation",
    },
    {
      key: "around 140 of our patients are medically fit to leave",
      claimant: "Helen Acheson",
      pattern: "continuation",
    },
    {
      // "She stressed" = Acheson.
      key: "the trust had not had to declare a critical incident this winter",
      claimant: "Helen Acheson",
      pattern: "said-that",
    },
    {
      key: 'corridor care carried "real clinical risk"',
      claimant: "Anil Varma",
      pattern: "said-that",
    },
    {
      // Coordinated "but said ..." is a separate claim.
      key: "no patient had come to serious harm as a result in January",
      claimant: "Anil Varma",
      pattern: "said-that",
    },
    {
      key: "nurses were routinely being asked to look after up to 12 extra patients in corridors",
      claimant: "Gareth Pryce",
      pattern: "said-that",
    },
    {
      key: "We have members doing observations on a patient on a trolley next to the lifts",
      claimant: "Gareth Pryce",
      pattern: "quote-said-x",
    },
    {
      key: "This stopped being a winter problem a long time ago",
      claimant: "Gareth Pryce",
      pattern: "continuation",
    },
    {
      // Restates the previous sentence.
      key: "It is all year round now",
      claimant: "Gareth Pryce",
      pattern: "continuation",
      optional: true,
    },
    {
      key: "Margaret Ellison, 84, from Trentside, spent 31 hours on a trolley in a corridor after a fall in January",
      claimant: null,
      pattern: "unattributed",
    },
    {
      // "Mrs Ellison" = Margaret Ellison (her son is also an Ellison).
      key: "I could hear everything - people being sick, a man shouting all night",
      claimant: "Margaret Ellison",
      pattern: "colon-quote",
    },
    {
      // Opinion.
      key: "Nobody should have to go through that at my age",
      claimant: "Margaret Ellison",
      pattern: "continuation",
      optional: true,
    },
    {
      // "she" in the content is the mother; the speaker is the son.
      key: "she had been given her medication late twice",
      claimant: "Paul Ellison",
      pattern: "said-that",
    },
    {
      key: 'nurses had apologised to her "at least a dozen times"',
      claimant: "Paul Ellison",
      pattern: "said-that",
    },
    {
      // Characterisation of staff.
      key: "The staff were brilliant, they were just drowning",
      claimant: "Paul Ellison",
      pattern: "quote-said-x",
      optional: true,
    },
    {
      // Role-only attribution after the content ("the chief executive added").
      key: "a new 24-bed same-day emergency care unit is due to open",
      claimant: "Helen Acheson",
      pattern: "content-said-x",
    },
    {
      // Unnamed spokesperson of a named department = the department. Position statement.
      key: "Corridor care is unacceptable and we are determined to end it",
      claimant: "Department of Health and Social Care",
      pattern: "colon-quote",
      optional: true,
    },
    {
      key: "We are investing an extra £26bn in the NHS and social care",
      claimant: "Department of Health and Social Care",
      pattern: "continuation",
    },
    {
      key: 'was rated "requires improvement" by the Care Quality Commission after an inspection in October',
      claimant: null,
      pattern: "unattributed",
    },
  ],
  nonClaims: [
    "Priya Raman\nHealth correspondent, BBC News\nPublished 14 February 2025",
    "Image caption, Staff say trolleys now line the corridor outside Northmoor General's emergency department most nights",
    "Have you been affected by the issues raised in this story? Get in touch.",
    "More on this story",
    "Hospital corridor care 'now routine', nurses say",
    "A&E waits: How does your hospital compare?",
    "Related topics\nNHS\nNottinghamshire",
  ],
};
