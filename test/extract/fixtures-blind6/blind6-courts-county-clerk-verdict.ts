import type { Fixture } from "../fixtures/types";

export const fixture: Fixture = {
  id: "blind6-courts-county-clerk-verdict",
  split: "blind",
  genre: "courts",
  body: `Jury convicts former Missouri county clerk of stealing $2.3 million meant for elections

By MARCUS WEBB
Gateway News Service
Updated 5:48 PM CDT, March 21, 2025

ST. LOUIS — A federal jury on Thursday convicted a former county clerk in rural Missouri of siphoning more than $2.3 million from election and payroll accounts over seven years, rejecting her claim that the money was moved by a rogue deputy.

Brenda Kay Hollister, 61, who served as Tolliver County clerk from 2011 until her resignation in 2023, was found guilty of 14 counts of wire fraud and three counts of money laundering after about six hours of deliberation. She faces up to 20 years in prison on each wire fraud count.

U.S. District Judge Raymond Aldana set sentencing for July 10 and allowed Hollister to remain free on bond, over the objection of prosecutors.

Hollister showed no visible reaction as the verdict was read. Several of her former employees, seated in the second row, embraced.

During closing arguments on Wednesday, Assistant U.S. Attorney Rachel Okafor told jurors that Hollister had written 212 checks to a shell company she controlled and hidden the payments in budget lines for voting machines and poll workers.

"This was not a mistake," Okafor said, "and it was not somebody else. It was the same signature, the same bank, the same pattern, month after month.

"She told the county commission there was no money for new voting equipment. There was money, and it was in her lake house."

Prosecutors alleged that Hollister used the money to buy a vacation property at Lake of the Ozarks and to pay off credit card debt.

Her attorney, Gregory Fanning, argued throughout the two-week trial that a former deputy clerk, Travis Dunlop, had access to the accounts and a motive to frame his boss. Dunlop, who testified under an immunity agreement, denied taking any money and said Hollister had ordered him to shred bank statements in 2022.

Fanning said after the verdict that his client was "devastated" and would appeal.

"We believe the jury was never allowed to hear the full story about Mr. Dunlop," he told reporters outside the courthouse. "The judge excluded evidence that went to the heart of our defense, and we will ask the 8th Circuit to look at that."

Aldana had ruled before trial that evidence of a 2019 bankruptcy filing by Dunlop was not relevant to the case. Before adjourning on Thursday, the judge said he had received a letter from the county commission asking that any restitution be paid to the county before other creditors.

The U.S. Attorney's Office for the Eastern District of Missouri said in a statement that the verdict showed "no public office is a hiding place."

Tolliver County, which has about 9,800 residents, cut its election budget by 30% in 2021, according to county records. The current clerk, Amanda Reyes, said the county had since recovered about $610,000 through an insurance claim.

One juror, who spoke on condition of anonymity because jurors had been asked not to discuss deliberations, said the bank records were "impossible to argue with."

Gateway News Service writer Lorena Vick in Jefferson City contributed to this report.`,
  claims: [
    {
      key: "Jury convicts former Missouri county clerk of stealing $2.3 million meant for elections",
      claimant: null,
      pattern: "headline",
      optional: true,
    },
    {
      key: "convicted a former county clerk in rural Missouri of siphoning more than $2.3 million from election and payroll accounts over seven years",
      claimant: null,
      pattern: "unattributed",
    },
    {
      // Reported claim inside a noun-complement clause ("her claim that ...").
      key: "the money was moved by a rogue deputy",
      claimant: "Brenda Kay Hollister",
      pattern: "said-that",
    },
    {
      key: "was found guilty of 14 counts of wire fraud and three counts of money laundering after about six hours of deliberation",
      claimant: null,
      pattern: "unattributed",
    },
    {
      key: "She faces up to 20 years in prison on each wire fraud count",
      claimant: null,
      pattern: "unattributed",
    },
    {
      key: "set sentencing for July 10 and allowed Hollister to remain free on bond",
      claimant: null,
      pattern: "unattributed",
    },
    {
      // Courtroom observation.
      key: "Hollister showed no visible reaction as the verdict was read",
      claimant: null,
      pattern: "unattributed",
      optional: true,
    },
    {
      key: "Hollister had written 212 checks to a shell company she controlled",
      claimant: "Rachel Okafor",
      pattern: "told",
    },
    {
      // Speaker in the middle of one quoted sentence.
      key: "This was not a mistake",
      claimant: "Rachel Okafor",
      pattern: "parenthetical",
    },
    {
      key: "It was the same signature, the same bank, the same pattern, month after month",
      claimant: "Rachel Okafor",
      pattern: "continuation",
    },
    {
      // Second paragraph of the same quote, no new attribution.
      key: "She told the county commission there was no money for new voting equipment",
      claimant: "Rachel Okafor",
      pattern: "continuation",
    },
    {
      // Rhetorical, but says where the money went.
      key: "There was money, and it was in her lake house",
      claimant: "Rachel Okafor",
      pattern: "continuation",
      optional: true,
    },
    {
      // "Prosecutors" (plural, unnamed) kept as written.
      key: "Hollister used the money to buy a vacation property at Lake of the Ozarks",
      claimant: "prosecutors",
      pattern: "said-that",
    },
    {
      key: "Travis Dunlop, had access to the accounts and a motive to frame his boss",
      claimant: "Gregory Fanning",
      pattern: "said-that",
    },
    {
      // Denial: key is the denied content.
      key: "taking any money",
      claimant: "Travis Dunlop",
      pattern: "said-that",
    },
    {
      key: "Hollister had ordered him to shred bank statements in 2022",
      claimant: "Travis Dunlop",
      pattern: "said-that",
    },
    {
      key: 'his client was "devastated" and would appeal',
      claimant: "Gregory Fanning",
      pattern: "said-that",
    },
    {
      // "he" = Fanning.
      key: "We believe the jury was never allowed to hear the full story about Mr. Dunlop",
      claimant: "Gregory Fanning",
      pattern: "quote-said-x",
    },
    {
      key: "The judge excluded evidence that went to the heart of our defense",
      claimant: "Gregory Fanning",
      pattern: "continuation",
    },
    {
      // A ruling reported by the reporter as an event, not a statement attributed to the judge.
      key: "Aldana had ruled before trial that evidence of a 2019 bankruptcy filing by Dunlop was not relevant",
      claimant: null,
      pattern: "unattributed",
    },
    {
      // Role-only mention ("the judge").
      key: "he had received a letter from the county commission asking that any restitution be paid to the county",
      claimant: "Raymond Aldana",
      pattern: "said-that",
    },
    {
      // Rhetoric.
      key: 'the verdict showed "no public office is a hiding place."',
      claimant: "U.S. Attorney's Office for the Eastern District of Missouri",
      pattern: "said-that",
      optional: true,
    },
    {
      key: "cut its election budget by 30% in 2021",
      claimant: "county records",
      pattern: "according-to",
    },
    {
      key: "the county had since recovered about $610,000 through an insurance claim",
      claimant: "Amanda Reyes",
      pattern: "said-that",
    },
    {
      // Opinion of an anonymous juror.
      key: 'the bank records were "impossible to argue with."',
      claimant: "juror",
      pattern: "said-that",
      optional: true,
    },
  ],
  nonClaims: [
    "By MARCUS WEBB",
    "Gateway News Service\nUpdated 5:48 PM CDT, March 21, 2025",
    "Gateway News Service writer Lorena Vick in Jefferson City contributed to this report.",
  ],
};
