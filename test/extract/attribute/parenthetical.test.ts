import { describe } from "vitest";
import { table } from "./cases";

describe("parenthetical", () => {
  table([
    // A condition before the cue is part of the claim: the whole sentence.
    [
      "If the fund runs dry, Ruiz said, the clinics will close by June.",
      {
        np: "Ruiz",
        verb: "said",
        pattern: "parenthetical",
        contents: [
          [
            "If the fund runs dry, Ruiz said, the clinics will close by June.",
            "parenthetical",
            "said",
          ],
        ],
      },
    ],
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
      // A condition is claimed with its consequence: without it, "its plants would lose
      // markets abroad" says more than Mr. Finlayson did.
      "If the province acts alone, Mr. Finlayson argued, its plants would lose markets abroad.",
      {
        np: "Mr. Finlayson",
        verb: "argued",
        pattern: "parenthetical",
        contents: [
          [
            "If the province acts alone, Mr. Finlayson argued, its plants would lose markets abroad.",
            "parenthetical",
            "argued",
          ],
        ],
      },
    ],
    [
      // A short subject before the cue and its verb after it: the claim is the whole sentence.
      "The new depot, the council said, opened in May.",
      {
        np: "the council",
        verb: "said",
        pattern: "parenthetical",
        contents: [["The new depot, the council said, opened in May.", "parenthetical", "said"]],
      },
    ],
    [
      "The plan, Ana Ruiz said, would cost $2 billion.",
      {
        np: "Ana Ruiz",
        verb: "said",
        pattern: "parenthetical",
        contents: [["The plan, Ana Ruiz said, would cost $2 billion.", "parenthetical", "said"]],
      },
    ],
    [
      // An opening is no subject: the content starts after the cue.
      "From there, he said, the trams would run every ten minutes.",
      {
        np: "he",
        verb: "said",
        pattern: "parenthetical",
        contents: [["the trams would run every ten minutes.", "parenthetical", "said"]],
      },
    ],
  ]);
});
