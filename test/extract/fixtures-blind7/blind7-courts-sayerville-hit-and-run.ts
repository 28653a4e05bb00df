import type { Fixture } from "../fixtures/types";

export const fixture: Fixture = {
  id: "blind7-courts-sayerville-hit-and-run",
  split: "blind",
  genre: "courts",
  body: `Man charged in hit-and-run death of Sayerville teen cyclist denied bond

by Dana Whitfield, WKTV 7 News
Tue, October 14th 2025, 6:05 PM CDT

Dustin Wayne Pruitt, 34, appears in Breckett County General Sessions Court on Tuesday. (WKTV)

SAYERVILLE, Tenn. (WKTV) — A judge on Tuesday denied bond for a 34-year-old man accused of striking and killing a teenage cyclist on a rural highway and driving away.

Dustin Wayne Pruitt, of Sayerville, is charged with vehicular homicide, leaving the scene of a fatal crash and tampering with evidence in the Sept. 27 death of Caleb Moreno, 16, a junior at Breckett County High School.

Caleb was found in a ditch off Highway 412 by a passing driver shortly before 10:45 p.m. and was pronounced dead at the scene, according to the Tennessee Highway Patrol.

According to an arrest affidavit, investigators matched paint fragments found at the scene to a gray pickup truck registered to Pruitt's girlfriend. The truck was found two days later at a body shop in neighboring Lawson County with a new windshield and front grille, the affidavit states.

Pruitt had a prior DUI conviction in 2019, and his driver's license was suspended at the time of the crash, according to court records.

Sheriff Curtis Raines told a news conference Monday that detectives had interviewed more than 60 people and reviewed footage from 14 home security cameras along the highway.

"Somebody knew something, and in the end somebody did the right thing and picked up the phone," Raines said.

The sheriff added that a tip to the department's anonymous line led investigators to the body shop. He said the shop's owner was cooperating and was not expected to face charges.

In court Tuesday, Pruitt's attorney, Lisa Marchetti, said her client was not driving the truck that night. She said he had lent it to a co-worker several days earlier, and she accused the sheriff's office of "rushing to put a face on a tragedy."

"My client has not run from anything. He turned himself in," Marchetti said outside the courthouse.

Assistant District Attorney Renée Coleman argued that Pruitt was a flight risk, noting that he drove to Kentucky the day after the crash and did not return for four days.

In a phone interview with WKTV on Tuesday evening, Raines denied that his office had rushed the investigation and said the co-worker named by the defense had "an alibi we have confirmed."

"He was riding home from his shift at the grocery store. He had his lights on, he had his helmet on," Caleb's mother, Yesenia Moreno, told reporters after the hearing. "Whoever was driving that truck left my baby in a ditch and went home."

Pruitt's next court date is set for Nov. 18.

WKTV's Marcus Bell contributed to this report.

Download the WKTV 7 News app for breaking news alerts.

Copyright 2025 WKTV. All rights reserved.`,
  claims: [
    {
      key: "Man charged in hit-and-run death of Sayerville teen cyclist denied bond",
      claimant: null,
      pattern: "headline",
      optional: true,
    },
    {
      // A ruling reported by the reporter as an event.
      key: "A judge on Tuesday denied bond for a 34-year-old man accused of striking and killing a teenage cyclist",
      claimant: null,
      pattern: "unattributed",
    },
    {
      key: "is charged with vehicular homicide, leaving the scene of a fatal crash and tampering with evidence",
      claimant: null,
      pattern: "unattributed",
    },
    {
      key: "Caleb was found in a ditch off Highway 412 by a passing driver shortly before 10:45 p.m.",
      claimant: "Tennessee Highway Patrol",
      pattern: "according-to",
    },
    {
      key: "investigators matched paint fragments found at the scene to a gray pickup truck registered to Pruitt's girlfriend",
      claimant: "arrest affidavit",
      pattern: "according-to",
    },
    {
      // "the affidavit states" = the arrest affidavit.
      key: "The truck was found two days later at a body shop in neighboring Lawson County",
      claimant: "arrest affidavit",
      pattern: "content-said-x",
    },
    {
      key: "Pruitt had a prior DUI conviction in 2019",
      claimant: "court records",
      pattern: "according-to",
    },
    {
      key: "detectives had interviewed more than 60 people and reviewed footage from 14 home security cameras",
      claimant: "Curtis Raines",
      pattern: "told",
    },
    {
      key: "Somebody knew something, and in the end somebody did the right thing and picked up the phone",
      claimant: "Curtis Raines",
      pattern: "quote-said-x",
    },
    {
      // Role-only mention ("The sheriff added").
      key: "a tip to the department's anonymous line led investigators to the body shop",
      claimant: "Curtis Raines",
      pattern: "said-that",
    },
    {
      key: "the shop's owner was cooperating and was not expected to face charges",
      claimant: "Curtis Raines",
      pattern: "said-that",
    },
    {
      key: "her client was not driving the truck that night",
      claimant: "Lisa Marchetti",
      pattern: "said-that",
    },
    {
      // "She" = the attorney, "he" = the defendant.
      key: "he had lent it to a co-worker several days earlier",
      claimant: "Lisa Marchetti",
      pattern: "said-that",
    },
    {
      // Accusation coordinated with the previous report.
      key: "rushing to put a face on a tragedy",
      claimant: "Lisa Marchetti",
      pattern: "said-that",
    },
    {
      // Rhetorical.
      key: "My client has not run from anything",
      claimant: "Lisa Marchetti",
      pattern: "quote-said-x",
      optional: true,
    },
    {
      key: "He turned himself in",
      claimant: "Lisa Marchetti",
      pattern: "quote-said-x",
    },
    {
      // Legal argument.
      key: "Pruitt was a flight risk",
      claimant: "Renée Coleman",
      pattern: "said-that",
      optional: true,
    },
    {
      // Coordinated ", noting that ..." is a separate claim.
      key: "he drove to Kentucky the day after the crash and did not return for four days",
      claimant: "Renée Coleman",
      pattern: "said-that",
    },
    {
      // Denial: key is the denied content.
      key: "his office had rushed the investigation",
      claimant: "Curtis Raines",
      pattern: "said-that",
    },
    {
      key: 'the co-worker named by the defense had "an alibi we have confirmed',
      claimant: "Curtis Raines",
      pattern: "said-that",
    },
    {
      // Speaker after the first two quoted sentences.
      key: "He was riding home from his shift at the grocery store",
      claimant: "Yesenia Moreno",
      pattern: "quote-said-x",
    },
    {
      key: "He had his lights on, he had his helmet on",
      claimant: "Yesenia Moreno",
      pattern: "quote-said-x",
    },
    {
      key: "Whoever was driving that truck left my baby in a ditch and went home",
      claimant: "Yesenia Moreno",
      pattern: "continuation",
    },
    {
      key: "Pruitt's next court date is set for Nov. 18",
      claimant: null,
      pattern: "unattributed",
    },
  ],
  nonClaims: [
    "by Dana Whitfield, WKTV 7 News\nTue, October 14th 2025, 6:05 PM CDT",
    "Dustin Wayne Pruitt, 34, appears in Breckett County General Sessions Court on Tuesday. (WKTV)",
    "WKTV's Marcus Bell contributed to this report.",
    "Download the WKTV 7 News app for breaking news alerts.",
    "Copyright 2025 WKTV. All rights reserved.",
  ],
};
