import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../src/extract/index";

/** Paragraphs written for these tests, after a headline that names no one. */
function article(...paragraphs: string[]): string {
  return ["Test headline without attribution", ...paragraphs].join("\n\n");
}

describe("documents as sources", () => {
  // [paragraphs, words of the claim, its claimant]
  const cases: Array<[string[], string, string]> = [
    // A document that names its maker is a source of its own, not the group quoted before it.
    [
      [
        "Another 12 percent said they would back neither plan.",
        "The Harbour/Lind poll showed Ruiz ahead in the suburbs.",
      ],
      "Ruiz ahead",
      "Harbour/Lind poll",
    ],
    // Two named polls are two sources, though both are polls.
    [
      [
        "The Harbour/Lind poll released Friday shows that Ruiz leads by 4 points.",
        "The Daybreak tracking poll showed that Ruiz trails by 2 points.",
      ],
      "Ruiz trails",
      "Daybreak tracking poll",
    ],
    // An unnamed document is the recent publisher's: an organisation, not a group of voters.
    [
      [
        "The Ledger Institute said 40 percent of voters back the tram.",
        "Some 12 percent said they had no view.",
        "The survey found that support had doubled since 2020.",
      ],
      "support had doubled",
      "Ledger Institute",
    ],
    // A month or weekday before the document dates it; it names no maker.
    [
      ["The April survey found the mayor leading her rival by seven points."],
      "the mayor leading",
      "April survey",
    ],
    [["The Tuesday report said that the driver was speeding."], "the driver was", "Tuesday report"],
    // So does a weekday's possessive: "Tuesday’s results" are results, no one named Tuesday.
    [
      ["Tuesday’s results show the county may be out of reach."],
      "the county may be",
      "Tuesday’s results",
    ],
    // A weekday between the document and its maker: the maker is the source.
    [
      [
        "The bridge will open in May, according to a report Tuesday from Harbour Radio, the city station.",
      ],
      "The bridge will open",
      "Harbour Radio",
    ],
    // "on Wednesday, the ferry company said": a date is no company's name; "the company" is the
    // ferry company.
    [
      [
        "Days before it reports earnings on Wednesday, the ferry company said it had cut 40 routes.",
        "The company said it had also sold two ships.",
      ],
      "sold two ships",
      "ferry company",
    ],
  ];
  it.each(cases)("%j", (paragraphs, needle, claimant) => {
    const claim = extractClaims(article(...paragraphs)).find((c) => c.text.includes(needle));
    expect(claim?.claimant?.name).toBe(claimant);
  });
});
