import type { Fixture } from "../fixtures/types";

export const fixture: Fixture = {
  id: "blind4-court-food-bank-fraud",
  split: "blind",
  genre: "court",
  body: `Jury convicts former food bank director of stealing $2.4 million

Correction appended

By Martin Okoye
Staff Writer

EASTFIELD — A Brannock County jury on Thursday convicted the former executive director of the Tri-County Food Bank of theft and money laundering, finding that she had diverted more than $2.4 million in donations over five years.

Linda Carrow, 58, was found guilty on 14 of the 16 counts she faced after about nine hours of deliberation over two days. She faces up to 20 years in prison on the most serious count. Sentencing was set for Aug. 22.

Prosecutors said Carrow wrote 212 checks to herself from the food bank's operating account between 2018 and 2023 and disguised them as payments to a produce supplier that did not exist. The money paid for a lake house, two vehicles and her son's college tuition, they said.

"She wasn't feeding families. She was feeding a lifestyle," Assistant District Attorney Gloria Baptiste told jurors in her closing argument Wednesday. "Every one of those checks has her signature on it, and every one was made out to a company whose only address was a rented mailbox."

Carrow's attorney, Neil Fairbanks, argued that the food bank's board had approved many of the payments as deferred compensation and that his client was being blamed for the charity's sloppy bookkeeping.

Carrow testified in her own defense for nearly four hours Tuesday. She insisted that two former board chairmen had verbally approved a salary supplement in 2017, and she denied setting up the supplier account. "I never hid anything from anybody," she told the jury.

One of those men, retired pharmacist Walter Greene, testified that no such arrangement was ever discussed. "If it had been, it would be in the minutes," Greene said. "It isn't."

The case began in March 2023 when the food bank's bank flagged a $38,000 check as suspicious, according to sheriff's Detective Sgt. Amy Lindqvist, who led the investigation.

RELATED: Tri-County Food Bank board members resign after audit (May 2023)

District Attorney Paul Strand said in a statement that the verdict "sends a message that stealing from a charity is stealing from hungry families." The district attorney's office said the food bank had recovered about $310,000 through an insurance claim.

Outside the courthouse, Fairbanks said Carrow would appeal. He said the jury had not been allowed to hear evidence about the board's own spending, which he called "the other half of this story."

The food bank, which serves about 31,000 people a month in four counties, said in a statement that it had hired an outside auditor and that all checks over $5,000 now require two signatures.

Correction: An earlier version of this article misstated the number of counts on which Carrow was convicted. She was convicted on 14 counts, not 15.`,
  claims: [
    {
      key: "Jury convicts former food bank director of stealing $2.4 million",
      claimant: null,
      pattern: "headline",
      optional: true,
    },
    {
      key: "convicted the former executive director of the Tri-County Food Bank of theft and money laundering",
      claimant: null,
      pattern: "unattributed",
    },
    {
      // "finding that ...": the verdict's content, stated in the reporter's voice; whether it is
      // the jury's claim or the reporter's is debatable.
      key: "she had diverted more than $2.4 million in donations over five years",
      claimant: null,
      pattern: "unattributed",
      optional: true,
    },
    {
      key: "was found guilty on 14 of the 16 counts she faced after about nine hours of deliberation",
      claimant: null,
      pattern: "unattributed",
    },
    {
      key: "She faces up to 20 years in prison on the most serious count",
      claimant: null,
      pattern: "unattributed",
    },
    {
      key: "Sentencing was set for Aug. 22",
      claimant: null,
      pattern: "unattributed",
    },
    {
      key: "Carrow wrote 212 checks to herself from the food bank's operating account between 2018 and 2023",
      claimant: "prosecutors",
      pattern: "said-that",
    },
    {
      // Coordinated predicate under the same "said" (no repeated "that"): splitting optional.
      key: "disguised them as payments to a produce supplier that did not exist",
      claimant: "prosecutors",
      pattern: "said-that",
      optional: true,
    },
    {
      // Pronoun reference ("they said") to the prosecutors.
      key: "The money paid for a lake house, two vehicles and her son's college tuition",
      claimant: "prosecutors",
      pattern: "content-said-x",
    },
    {
      // Closing-argument rhetoric.
      key: "She wasn't feeding families",
      claimant: "Gloria Baptiste",
      pattern: "quote-said-x",
      optional: true,
    },
    {
      key: "She was feeding a lifestyle",
      claimant: "Gloria Baptiste",
      pattern: "quote-said-x",
      optional: true,
    },
    {
      key: "Every one of those checks has her signature on it",
      claimant: "Gloria Baptiste",
      pattern: "continuation",
    },
    {
      key: "the food bank's board had approved many of the payments as deferred compensation",
      claimant: "Neil Fairbanks",
      pattern: "said-that",
    },
    {
      key: "his client was being blamed for the charity's sloppy bookkeeping",
      claimant: "Neil Fairbanks",
      pattern: "said-that",
    },
    {
      key: "Carrow testified in her own defense for nearly four hours Tuesday",
      claimant: null,
      pattern: "unattributed",
      optional: true,
    },
    {
      key: "two former board chairmen had verbally approved a salary supplement in 2017",
      claimant: "Linda Carrow",
      pattern: "said-that",
    },
    {
      // Denial coordinated with the insistence in the same sentence: a separate claim.
      key: "setting up the supplier account",
      claimant: "Linda Carrow",
      pattern: "said-that",
    },
    {
      key: "I never hid anything from anybody",
      claimant: "Linda Carrow",
      pattern: "quote-said-x",
    },
    {
      // Counter-claim from the other party to the alleged agreement.
      key: "no such arrangement was ever discussed",
      claimant: "Walter Greene",
      pattern: "said-that",
    },
    {
      key: "If it had been, it would be in the minutes",
      claimant: "Walter Greene",
      pattern: "quote-said-x",
    },
    {
      key: "It isn't.",
      claimant: "Walter Greene",
      pattern: "continuation",
      optional: true,
    },
    {
      key: "The case began in March 2023 when the food bank's bank flagged a $38,000 check as suspicious",
      claimant: "Amy Lindqvist",
      pattern: "according-to",
    },
    {
      // Rhetorical statement on the verdict.
      key: "sends a message that stealing from a charity is stealing from hungry families",
      claimant: "Paul Strand",
      pattern: "said-that",
      optional: true,
    },
    {
      key: "the food bank had recovered about $310,000 through an insurance claim",
      claimant: "district attorney's office",
      pattern: "said-that",
    },
    {
      key: "Carrow would appeal",
      claimant: "Neil Fairbanks",
      pattern: "said-that",
    },
    {
      key: "the jury had not been allowed to hear evidence about the board's own spending",
      claimant: "Neil Fairbanks",
      pattern: "said-that",
    },
    {
      // Reporter's descriptive relative clause inside an attributed sentence.
      key: "which serves about 31,000 people a month in four counties",
      claimant: null,
      pattern: "unattributed",
      optional: true,
    },
    {
      key: "it had hired an outside auditor",
      claimant: "Tri-County Food Bank",
      pattern: "said-that",
    },
    {
      key: "all checks over $5,000 now require two signatures",
      claimant: "Tri-County Food Bank",
      pattern: "said-that",
    },
  ],
  nonClaims: [
    "Correction appended",
    "By Martin Okoye",
    "Staff Writer",
    "RELATED: Tri-County Food Bank board members resign after audit (May 2023)",
    "Correction: An earlier version of this article misstated the number of counts on which Carrow was convicted. She was convicted on 14 counts, not 15.",
  ],
};
