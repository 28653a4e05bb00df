import { describe } from "vitest";
import { table } from "./cases";

describe("parenthetical", () => {
  table([
    [
      "From there, he said, the convoy drove north for six hours.",
      {
        np: "he",
        verb: "said",
        pattern: "parenthetical",
        contents: [["the convoy drove north for six hours.", "parenthetical", "said"]],
      },
    ],
    [
      "In Kayar, she said, the catch has halved since 2015.",
      {
        np: "she",
        verb: "said",
        pattern: "parenthetical",
        contents: [["the catch has halved since 2015.", "parenthetical", "said"]],
      },
    ],
    [
      // Words after the cue that open an aside ("compared with …") are no part of the content.
      "Sales fell, the company said, compared with a year earlier.",
      {
        np: "the company",
        verb: "said",
        pattern: "parenthetical",
        contents: [["Sales fell", "parenthetical", "said"]],
      },
    ],
    [
      // Words after the cue that go on with the sentence: the content is all of it.
      "The problem with the new law, she said, is that it leaves the shadow banks alone.",
      {
        np: "she",
        verb: "said",
        pattern: "parenthetical",
        contents: [
          [
            "The problem with the new law, she said, is that it leaves the shadow banks alone.",
            "parenthetical",
            "said",
          ],
        ],
      },
    ],
    [
      // After an introduction the content is what follows the cue (not the introduction).
      "If the province acts alone, Mr. Finlayson argued, its plants would lose markets abroad.",
      {
        np: "Mr. Finlayson",
        verb: "argued",
        pattern: "parenthetical",
        contents: [["its plants would lose markets abroad.", "parenthetical", "argued"]],
      },
    ],
  ]);
});
