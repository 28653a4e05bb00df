import type { Fixture } from "../fixtures/types";

export const fixture: Fixture = {
  id: "blind6-diplomacy-khor-abdullah-talks",
  split: "blind",
  genre: "diplomacy",
  body: `UAE hosts Iraq-Kuwait talks on disputed waterway as Baghdad denies deal report

Abu Dhabi / Baghdad
Published: 03 Feb 2025, 21:10 GST | Updated: 04 Feb 2025, 08:55 GST

Iraqi and Kuwaiti delegations met in Abu Dhabi on Monday for a second round of UAE-hosted talks on navigation in the Khor Abdullah waterway, state news agency WAM reported, as the Iraqi government denied that it had agreed to hand control of a key shipping channel to Kuwait.

WAM said the talks were chaired by the UAE's Minister of State for International Cooperation, Khalifa Saeed al-Mazrouei, and "took place in a positive and constructive atmosphere". It gave no details of what had been discussed.

Two officials familiar with the talks told The Gulf Ledger that the sides had agreed in principle to set up a joint technical committee to manage pilotage and dredging in the channel, which leads to Iraq's Grand Faw port and Kuwait's Mubarak al-Kabeer port. One of the officials said a draft text could be ready "within weeks", but cautioned that it would need the approval of Iraq's parliament.

A container ship approaches Umm Qasr port in southern Iraq. (File photo)

A Gulf diplomat briefed on the meeting said the Emirati side had proposed that the committee be based in Abu Dhabi for an initial period of two years.

Iraqi government spokesman Hussein al-Khafaji later denied that any agreement had been reached.

"There is no deal, no signature and no concession of Iraqi sovereignty, not one metre," al-Khafaji said in a televised statement. "What happened in Abu Dhabi was a technical discussion, nothing more."

He accused "certain media platforms" of publishing "fabricated leaks" to inflame public opinion ahead of budget negotiations in parliament. The spokesman added that Iraq's delegation had been led by a deputy transport minister rather than a foreign ministry official, which he said showed "the technical nature of the meeting".

The Gulf Ledger could not independently verify the officials' account.

Kuwait's state news agency KUNA quoted Deputy Foreign Minister Abdulaziz al-Rashidi as saying that Kuwait remained committed to the 2012 agreement regulating navigation in the waterway, which he described as "binding under international law".

The agreement was ratified by both countries in 2013, but Iraq's Federal Supreme Court ruled in September 2023 that the Iraqi law ratifying it was unconstitutional.

Nadia al-Jubouri, a member of the Iraqi parliament's foreign relations committee, told reporters in Baghdad she had not been briefed on the talks and that any deal "will be dead on arrival" in parliament. Her committee colleague Ahmed Karim al-Saadi disagreed: he said he expected the government to present a text to lawmakers before the end of March, and that she was "speaking for herself".

Additional reporting by Omar Haddad in Baghdad

Read more:
Iraq's Grand Faw port: what is at stake for Basra
Kuwait summons Iraqi envoy over border remarks

Sign up for The Gulf Ledger's Morning Brief, delivered to your inbox every weekday.`,
  claims: [
    {
      key: "UAE hosts Iraq-Kuwait talks on disputed waterway as Baghdad denies deal report",
      claimant: null,
      pattern: "headline",
      optional: true,
    },
    {
      // State media as speaker, attribution after the content.
      key: "Iraqi and Kuwaiti delegations met in Abu Dhabi on Monday for a second round of UAE-hosted talks on navigation in the Khor Abdullah waterway",
      claimant: "WAM",
      pattern: "content-said-x",
    },
    {
      // Denial in a coordinated "as" clause: key is the denied content.
      key: "it had agreed to hand control of a key shipping channel to Kuwait",
      claimant: "Iraqi government",
      pattern: "said-that",
    },
    {
      key: "the talks were chaired by the UAE's Minister of State for International Cooperation, Khalifa Saeed al-Mazrouei",
      claimant: "WAM",
      pattern: "said-that",
    },
    {
      // Diplomatic boilerplate.
      key: "took place in a positive and constructive atmosphere",
      claimant: "WAM",
      pattern: "said-that",
      optional: true,
    },
    {
      // Unnamed sources: noun phrase without the quantifier "Two".
      key: "the sides had agreed in principle to set up a joint technical committee to manage pilotage and dredging in the channel",
      claimant: "Two officials familiar with the talks",
      pattern: "told",
    },
    {
      // "One of the officials" = one of the same unnamed group.
      key: 'a draft text could be ready "within weeks"',
      claimant: "Two officials familiar with the talks",
      pattern: "said-that",
    },
    {
      key: "it would need the approval of Iraq's parliament",
      claimant: "Two officials familiar with the talks",
      pattern: "said-that",
    },
    {
      key: "the Emirati side had proposed that the committee be based in Abu Dhabi for an initial period of two years",
      claimant: "Gulf diplomat briefed on the meeting",
      pattern: "said-that",
    },
    {
      key: "any agreement had been reached",
      claimant: "Hussein al-Khafaji",
      pattern: "said-that",
    },
    {
      key: "There is no deal, no signature and no concession of Iraqi sovereignty",
      claimant: "Hussein al-Khafaji",
      pattern: "quote-said-x",
    },
    {
      key: "What happened in Abu Dhabi was a technical discussion, nothing more",
      claimant: "Hussein al-Khafaji",
      pattern: "continuation",
    },
    {
      // Counter-accusation.
      key: 'publishing "fabricated leaks" to inflame public opinion ahead of budget negotiations in parliament',
      claimant: "Hussein al-Khafaji",
      pattern: "said-that",
    },
    {
      // Role-only mention ("The spokesman").
      key: "Iraq's delegation had been led by a deputy transport minister rather than a foreign ministry official",
      claimant: "Hussein al-Khafaji",
      pattern: "said-that",
    },
    {
      // Inference in a relative clause ("which he said showed ...").
      key: "the technical nature of the meeting",
      claimant: "Hussein al-Khafaji",
      pattern: "said-that",
      optional: true,
    },
    {
      // "KUNA quoted X as saying": the speaker is the claimant.
      key: "Kuwait remained committed to the 2012 agreement regulating navigation in the waterway",
      claimant: "Abdulaziz al-Rashidi",
      pattern: "said-that",
    },
    {
      // Legal characterisation in a relative clause.
      key: "binding under international law",
      claimant: "Abdulaziz al-Rashidi",
      pattern: "said-that",
      optional: true,
    },
    {
      key: "Iraq's Federal Supreme Court ruled in September 2023 that the Iraqi law ratifying it was unconstitutional",
      claimant: null,
      pattern: "unattributed",
    },
    {
      key: "she had not been briefed on the talks",
      claimant: "Nadia al-Jubouri",
      pattern: "told",
    },
    {
      key: 'any deal "will be dead on arrival" in parliament',
      claimant: "Nadia al-Jubouri",
      pattern: "told",
    },
    {
      // "he" = al-Saadi; the "she" inside his speech is al-Jubouri.
      key: "he expected the government to present a text to lawmakers before the end of March",
      claimant: "Ahmed Karim al-Saadi",
      pattern: "said-that",
    },
    {
      key: 'she was "speaking for herself"',
      claimant: "Ahmed Karim al-Saadi",
      pattern: "said-that",
      optional: true,
    },
  ],
  nonClaims: [
    "Published: 03 Feb 2025, 21:10 GST | Updated: 04 Feb 2025, 08:55 GST",
    "A container ship approaches Umm Qasr port in southern Iraq. (File photo)",
    "It gave no details of what had been discussed.",
    "The Gulf Ledger could not independently verify the officials' account.",
    "Additional reporting by Omar Haddad in Baghdad",
    "Iraq's Grand Faw port: what is at stake for Basra",
    "Kuwait summons Iraqi envoy over border remarks",
    "Sign up for The Gulf Ledger's Morning Brief, delivered to your inbox every weekday.",
  ],
};
