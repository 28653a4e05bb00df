import type { Fixture } from "../fixtures/types";

export const fixture: Fixture = {
  id: "blind4-conflict-market-strike",
  split: "blind",
  genre: "conflict",
  body: `Drone strike on border market kills at least 19, testing fragile truce

By Samir Halloran and Elena Vukovic

DARAN, Varkesh — A drone strike on a crowded market in the Varkeshi border town of Yelmaz killed at least 19 people on Saturday, including four children, and wounded more than 60, the provincial governor said, in the deadliest attack since a ceasefire with neighbouring Sulmaria took effect in November.

Relatives wait outside the main hospital in Yelmaz on Saturday. (Rasim Tekin for The Courier)

The governor, Aydin Kerem, told reporters outside the town's main hospital that the drone had come from the direction of the border, about 12 kilometres to the east, and hit the market shortly after 10 a.m. "There were no soldiers in that market. There were women buying bread," he said.

The Varkeshi Defence Ministry said in a statement that the aircraft was a Sulmarian-made Kestrel-3 and accused Sulmaria of "deliberately targeting civilians to wreck the truce."

Sulmaria denied carrying out the strike. Tomas Rell, a spokesman for the Sulmarian Foreign Ministry, wrote on X: "Our forces did not conduct any operation in the Yelmaz area on Saturday. We call on the Joint Monitoring Commission to investigate." He claimed, without providing evidence, that the blast had been caused by an ammunition store that Varkeshi troops kept beneath the market.

Several pro-Sulmarian accounts on X and Telegram shared a video they said showed a second, larger explosion minutes after the first. The Courier could not independently verify the footage.

A senior Varkeshi security official, who spoke on condition of anonymity because he was not authorised to brief the media, said military radar had tracked the drone from a launch site near the Sulmarian village of Brezno. The official said the radar data had been handed to the Joint Monitoring Commission, which was set up under the ceasefire.

Varkesh's president, Leyla Domani, said in a video posted on her Telegram channel that she had ordered troops along the border to "full combat readiness." "Whoever did this will answer for it," she said.

Two Western diplomats briefed on the ceasefire talks said Sulmaria's president had told mediators last week that he could not control every armed unit near the border. One of the diplomats said the admission had alarmed negotiators, who fear a return to full-scale fighting.

The Joint Monitoring Commission said on Saturday evening that its team would visit Yelmaz "as soon as security guarantees are received from both sides."

The International Committee of the Red Cross said it had delivered surgical supplies to Yelmaz hospital, which it said was treating 48 of the wounded.

The ceasefire ended 14 months of fighting over the disputed Ardan valley in which more than 6,000 people were killed. More than 140,000 people remain displaced on both sides of the border, according to the United Nations refugee agency.

Halloran reported from Daran and Vukovic from Petrosk. Dmitri Orlov contributed reporting from Geneva.

Read more:
Inside the Ardan valley, a truce that few expect to last`,
  claims: [
    {
      key: "Drone strike on border market kills at least 19, testing fragile truce",
      claimant: null,
      pattern: "headline",
      optional: true,
    },
    {
      // Role-only first mention ("the provincial governor"), named in the next paragraph.
      key: "killed at least 19 people on Saturday, including four children, and wounded more than 60",
      claimant: "Aydin Kerem",
      pattern: "content-said-x",
    },
    {
      // Reporter's own characterisation appended to the attributed sentence.
      key: "the deadliest attack since a ceasefire with neighbouring Sulmaria took effect in November",
      claimant: null,
      pattern: "unattributed",
      optional: true,
    },
    {
      key: "the drone had come from the direction of the border, about 12 kilometres to the east",
      claimant: "Aydin Kerem",
      pattern: "told",
    },
    {
      // Coordinated predicate under the same verb; splitting optional.
      key: "hit the market shortly after 10 a.m.",
      claimant: "Aydin Kerem",
      pattern: "told",
      optional: true,
    },
    {
      key: "There were no soldiers in that market",
      claimant: "Aydin Kerem",
      pattern: "quote-said-x",
    },
    {
      key: "There were women buying bread",
      claimant: "Aydin Kerem",
      pattern: "quote-said-x",
      optional: true,
    },
    {
      key: "the aircraft was a Sulmarian-made Kestrel-3",
      claimant: "Varkeshi Defence Ministry",
      pattern: "said-that",
    },
    {
      key: "deliberately targeting civilians to wreck the truce",
      claimant: "Varkeshi Defence Ministry",
      pattern: "said-that",
    },
    {
      // Denial by a state; the country is the claimant as written.
      key: "carrying out the strike",
      claimant: "Sulmaria",
      pattern: "said-that",
    },
    {
      key: "Our forces did not conduct any operation in the Yelmaz area on Saturday",
      claimant: "Tomas Rell",
      pattern: "colon-quote",
    },
    {
      // "claimed, without providing evidence": still his claim.
      key: "the blast had been caused by an ammunition store that Varkeshi troops kept beneath the market",
      claimant: "Tomas Rell",
      pattern: "said-that",
    },
    {
      key: "showed a second, larger explosion minutes after the first",
      claimant: "pro-Sulmarian accounts on X and Telegram",
      pattern: "said-that",
    },
    {
      // Non-restrictive relative clause after the comma is not part of the source's name.
      key: "military radar had tracked the drone from a launch site near the Sulmarian village of Brezno",
      claimant: "senior Varkeshi security official",
      pattern: "said-that",
    },
    {
      key: "the radar data had been handed to the Joint Monitoring Commission",
      claimant: "senior Varkeshi security official",
      pattern: "said-that",
    },
    {
      key: 'she had ordered troops along the border to "full combat readiness."',
      claimant: "Leyla Domani",
      pattern: "said-that",
    },
    {
      // Nested report (diplomats say the president told mediators ...): the diplomats are the
      // on-record source.
      key: "he could not control every armed unit near the border",
      claimant: "Two Western diplomats briefed on the ceasefire talks",
      pattern: "said-that",
    },
    {
      key: "the admission had alarmed negotiators",
      claimant: "Two Western diplomats briefed on the ceasefire talks",
      pattern: "said-that",
    },
    {
      key: 'its team would visit Yelmaz "as soon as security guarantees are received from both sides."',
      claimant: "Joint Monitoring Commission",
      pattern: "said-that",
    },
    {
      key: "it had delivered surgical supplies to Yelmaz hospital",
      claimant: "International Committee of the Red Cross",
      pattern: "said-that",
    },
    {
      // Reported speech inside a relative clause ("which it said was treating ...").
      key: "was treating 48 of the wounded",
      claimant: "International Committee of the Red Cross",
      pattern: "said-that",
    },
    {
      key: "The ceasefire ended 14 months of fighting over the disputed Ardan valley in which more than 6,000 people were killed",
      claimant: null,
      pattern: "unattributed",
    },
    {
      key: "More than 140,000 people remain displaced on both sides of the border",
      claimant: "United Nations refugee agency",
      pattern: "according-to",
    },
  ],
  nonClaims: [
    "By Samir Halloran and Elena Vukovic",
    "Relatives wait outside the main hospital in Yelmaz on Saturday. (Rasim Tekin for The Courier)",
    "The Courier could not independently verify the footage.",
    "Halloran reported from Daran and Vukovic from Petrosk. Dmitri Orlov contributed reporting from Geneva.",
    "Read more:",
    "Inside the Ardan valley, a truce that few expect to last",
  ],
};
