/**
 * splitAtReports (src/extract/body/sentence.ts): a sentence holding a second report, after a
 * semicolon or a clause boundary, is analysed as two units. Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { splitAtReports } from "../../../src/extract/body/sentence";
import { layout } from "../../../src/extract/segment";

const lede = "Headline for the test\n\n";

/** The units of the body's one sentence: [text, second]. */
function units(sentence: string): Array<[string, boolean]> {
  const body = lede + sentence;
  const lay = layout(body);
  return splitAtReports(body, lay.sentences, lay.quotes).map((u) => [
    body.slice(u.start, u.end),
    u.second === true,
  ]);
}

describe("splitAtReports: a second report inside a sentence", () => {
  it.each<[string, Array<[string, boolean]>]>([
    [
      "Councillor Ruth Dane said the bridge could reopen in May; Councillor Hugo Marr said repairs would cost more.",
      [
        ["Councillor Ruth Dane said the bridge could reopen in May;", false],
        ["Councillor Hugo Marr said repairs would cost more.", true],
      ],
    ],
    [
      "The mayor said the plan would work, while her rival argued it would fail.",
      [
        ["The mayor said the plan would work", false],
        ["her rival argued it would fail.", true],
      ],
    ],
    [
      "Most voters said taxes were too high, and about 4 in 10 voters said schools were underfunded.",
      [
        ["Most voters said taxes were too high", false],
        ["about 4 in 10 voters said schools were underfunded.", true],
      ],
    ],
    [
      "Half the members backed the deal, compared with 30 percent who said it went too far.",
      [
        ["Half the members backed the deal", false],
        ["30 percent who said it went too far.", true],
      ],
    ],
    [
      "The mayor missed the vote on Sunday (her office later said that she has the flu).",
      [
        ["The mayor missed the vote on Sunday ", false],
        ["her office later said that she has the flu", true],
      ],
    ],
    [
      "The union said pay was too low, but the company has insisted the offer was fair.",
      [
        ["The union said pay was too low", false],
        ["the company has insisted the offer was fair.", true],
      ],
    ],
  ])("%s", (sentence, expected) => {
    expect(units(sentence)).toEqual(expected);
  });

  it.each([
    // No reporting verb after the boundary: one unit.
    "The mayor said the plan would work, while the council met in private.",
    // A relative word opens the clause: it belongs to the first report.
    "The mayor said the plan would work, and which officials said so is unclear.",
    // More than six words before the verb: not a second subject.
    "The mayor said the plan would work, and the members of the old harbour board of the city said so too.",
    // A closing parenthesis that reports nothing.
    "The mayor resigned on Monday (see the timeline below).",
    // A parenthesis mid-sentence stays in its sentence.
    "The mayor (her aides said she was tired) resigned on Monday.",
    // The boundary is inside a quote.
    "The mayor said “the plan would work, while others argued it would fail” on Monday.",
  ])("keeps one unit: %s", (sentence) => {
    expect(units(sentence)).toEqual([[sentence, false]]);
  });
});
