import type { Fixture } from "../fixtures/types";

export const fixture: Fixture = {
  id: "blind5-investigation-tablet-contract",
  split: "blind",
  genre: "investigation",
  body: `Province paid ₱312 million for school tablets to firm linked to governor's nephew, records show

By Carmela Aquino
Investigations Desk | Aug. 18, 2025

The provincial government of Isla Verde paid ₱312 million for 41,000 tablets for public school students last year to a company registered less than four months before it won the contract, according to procurement records reviewed by the Ledger.

The company, Brightpath Learning Solutions Inc., was registered with the Securities and Exchange Commission on Nov. 29, 2023. Its president, Marco Javier Dela Rosa, is the son of Governor Eduardo Javier's younger sister.

The province paid ₱7,610 per device. In a national tender the same year, the Department of Education bought tablets with the same processor, screen size and memory for ₱4,950 each, according to the department's published bid results.

Three members of the province's Bids and Awards Committee, who spoke on condition of anonymity because they feared losing their jobs, said they had been told by the governor's chief of staff to "fast-track" the contract.

One of them said the committee received only two bids, and that the second bidder withdrew a day before the deadline.

A memo dated March 4, 2024, signed by the chief of staff, Rodel Panganiban, and seen by the Ledger, instructs the committee to complete the process "within 15 working days in view of the opening of classes." Panganiban did not respond to repeated requests for comment.

The Commission on Audit flagged the purchase in its 2024 annual audit report on the province, noting that 6,800 of the tablets had not been distributed to schools as of Dec. 31 and were stored in a provincial warehouse in San Isidro.

Boxes of tablets at a provincial warehouse in San Isidro, in a photo taken in July by a provincial employee.

The governor's spokesperson, Atty. Ramon Villareal, said Javier had "no role whatsoever" in the procurement.

"The governor has never discussed this contract with his nephew. The bidding followed every step required by law," Villareal said in a phone interview.

He accused the Ledger of doing the work of the governor's political rivals ahead of next year's elections, and claimed that the newspaper's publisher, Victor Sy, is a cousin of Vice Governor Lorna Sy-Bautista, who has said she will run for governor.

The Ledger's editor-in-chief, Teresita Gonzaga, said the publisher had no involvement in the reporting or editing of this story. She added that the Ledger had sent detailed questions to the governor's office on Aug. 2 and received no reply until last week.

In a letter to the Ledger, Brightpath's lawyer, Atty. Joan Mercado, wrote that the company "won the contract fairly" and that its price included a three-year warranty, insurance and a learning-management software licence.

The Department of Education's bid documents show its tablets also came with a three-year warranty.

Speaking to reporters in the provincial capital on Monday, Javier said he welcomed "any investigation by any agency." Asked whether his nephew's company should have been allowed to bid, he said: "The law does not prohibit relatives from doing business with the government. If someone broke the rules, let the Ombudsman decide."

Marco Javier Dela Rosa did not respond to calls and messages sent to Brightpath's office.

Have a tip? Email the Ledger's investigations desk at tips@islaverdeledger.ph`,
  claims: [
    {
      key: "Province paid ₱312 million for school tablets to firm linked to governor's nephew",
      claimant: null,
      pattern: "headline",
      optional: true,
    },
    {
      // Documents as source: the noun phrase as written (like unnamed sources).
      key: "paid ₱312 million for 41,000 tablets for public school students last year to a company registered less than four months before it won the contract",
      claimant: "procurement records reviewed by the Ledger",
      pattern: "according-to",
    },
    {
      key: "was registered with the Securities and Exchange Commission on Nov. 29, 2023",
      claimant: null,
      pattern: "unattributed",
    },
    {
      key: "is the son of Governor Eduardo Javier's younger sister",
      claimant: null,
      pattern: "unattributed",
    },
    {
      key: "The province paid ₱7,610 per device",
      claimant: null,
      pattern: "unattributed",
    },
    {
      key: "bought tablets with the same processor, screen size and memory for ₱4,950 each",
      claimant: "Department of Education",
      pattern: "according-to",
    },
    {
      key: 'they had been told by the governor\'s chief of staff to "fast-track" the contract',
      claimant: "Three members of the province's Bids and Awards Committee",
      pattern: "said-that",
    },
    {
      // "One of them" = one of the committee members: same unnamed group.
      key: "the committee received only two bids",
      claimant: "Three members of the province's Bids and Awards Committee",
      pattern: "said-that",
    },
    {
      key: "the second bidder withdrew a day before the deadline",
      claimant: "Three members of the province's Bids and Awards Committee",
      pattern: "said-that",
    },
    {
      // The reporter's own description of a document seen by the paper.
      key: "instructs the committee to complete the process",
      claimant: null,
      pattern: "unattributed",
    },
    {
      // The main clause (the flagging itself) is the reporter's fact; the "noting that" part
      // below is the attributed claim.
      key: "flagged the purchase in its 2024 annual audit report on the province",
      claimant: null,
      pattern: "unattributed",
      optional: true,
    },
    {
      key: "6,800 of the tablets had not been distributed to schools as of Dec. 31",
      claimant: "Commission on Audit",
      pattern: "said-that",
    },
    {
      // Second conjunct under the same "noting that": splitting it off is acceptable.
      key: "were stored in a provincial warehouse in San Isidro",
      claimant: "Commission on Audit",
      pattern: "said-that",
      optional: true,
    },
    {
      // "Atty." honorific dropped; later "Javier" = Eduardo Javier.
      key: 'Javier had "no role whatsoever" in the procurement',
      claimant: "Ramon Villareal",
      pattern: "said-that",
    },
    {
      key: "The governor has never discussed this contract with his nephew",
      claimant: "Ramon Villareal",
      pattern: "quote-said-x",
    },
    {
      key: "The bidding followed every step required by law",
      claimant: "Ramon Villareal",
      pattern: "quote-said-x",
    },
    {
      // Counter-accusation after the denial.
      key: "doing the work of the governor's political rivals ahead of next year's elections",
      claimant: "Ramon Villareal",
      pattern: "said-that",
    },
    {
      key: "the newspaper's publisher, Victor Sy, is a cousin of Vice Governor Lorna Sy-Bautista",
      claimant: "Ramon Villareal",
      pattern: "said-that",
    },
    {
      key: "the publisher had no involvement in the reporting or editing of this story",
      claimant: "Teresita Gonzaga",
      pattern: "said-that",
    },
    {
      key: "the Ledger had sent detailed questions to the governor's office on Aug. 2",
      claimant: "Teresita Gonzaga",
      pattern: "said-that",
    },
    {
      // Second conjunct of the same report.
      key: "received no reply until last week",
      claimant: "Teresita Gonzaga",
      pattern: "said-that",
      optional: true,
    },
    {
      key: "won the contract fairly",
      claimant: "Joan Mercado",
      pattern: "said-that",
    },
    {
      key: "its price included a three-year warranty, insurance and a learning-management software licence",
      claimant: "Joan Mercado",
      pattern: "said-that",
    },
    {
      // The department's documents: claimant is the department (as with its bid results).
      key: "its tablets also came with a three-year warranty",
      claimant: "Department of Education",
      pattern: "said-that",
    },
    {
      // Stated attitude, not checkable.
      key: "any investigation by any agency",
      claimant: "Eduardo Javier",
      pattern: "said-that",
      optional: true,
    },
    {
      key: "The law does not prohibit relatives from doing business with the government",
      claimant: "Eduardo Javier",
      pattern: "colon-quote",
    },
  ],
  nonClaims: [
    "By Carmela Aquino",
    "Investigations Desk | Aug. 18, 2025",
    "Panganiban did not respond to repeated requests for comment.",
    "Boxes of tablets at a provincial warehouse in San Isidro, in a photo taken in July by a provincial employee.",
    "Marco Javier Dela Rosa did not respond to calls and messages sent to Brightpath's office.",
    "Have a tip? Email the Ledger's investigations desk at tips@islaverdeledger.ph",
  ],
};
