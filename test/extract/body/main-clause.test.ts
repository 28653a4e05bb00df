import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../src/extract/index";

/** [sentence, [claim text, claimant] of each attributed claim] — written for these tests. */
const CASES: Array<[string, Array<[string, string]>]> = [
  // The report opens the sentence; the main clause reports too, with its own subject.
  [
    "While the mayor said that the bridge was safe for heavy trucks, the city engineer argued that it needed new cables before winter.",
    [
      ["the bridge was safe for heavy trucks", "mayor"],
      ["it needed new cables before winter", "city engineer"],
    ],
  ],
  // A main clause that reports nothing is the reporter's, never the speaker's.
  [
    "Although Rita Vance has insisted that the port is profitable, its shares fell by a third on Monday.",
    [["the port is profitable", "Rita Vance"]],
  ],
  // A coordinated act before the report stays the reporter's.
  [
    "Gov. Ana Ruiz declared an emergency and said the river would crest on Friday.",
    [["the river would crest on Friday", "Ana Ruiz"]],
  ],
];

describe("a sentence's main clause beside a report", () => {
  for (const engine of ["learned", "rules"] as const) {
    it.each(CASES)(`${engine}: %s`, (sentence, expected) => {
      const body = `Harbour news\n\n${sentence}`;
      const got = extractClaims(body, { engine })
        .filter((c) => c.claimant)
        .map((c) => [c.text, c.claimant?.name]);
      expect(got).toEqual(expected);
    });
  }
});
