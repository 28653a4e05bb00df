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
  ];
  it.each(cases)("%j", (paragraphs, needle, claimant) => {
    const claim = extractClaims(article(...paragraphs)).find((c) => c.text.includes(needle));
    expect(claim?.claimant?.name).toBe(claimant);
  });
});
