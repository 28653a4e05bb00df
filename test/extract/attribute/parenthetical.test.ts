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
      // An unquoted content of fewer than five words before the cue is an aside.
      "Sales fell, the company said, compared with a year earlier.",
      {
        np: "the company",
        verb: "said",
        pattern: "parenthetical",
        contents: [["compared with a year earlier.", "parenthetical", "said"]],
      },
    ],
  ]);
});
