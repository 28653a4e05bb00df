import { describe } from "vitest";
import { table } from "./cases";

describe("according-to", () => {
  table([
    // An opening alone before a mid-sentence cue: the content is the whole clause.
    [
      "In the coming decade, according to the harbour board, dredging costs will double.",
      {
        np: "the harbour board",
        verb: "according to",
        pattern: "according-to",
        contents: [
          [
            "In the coming decade, according to the harbour board, dredging costs will double.",
            "according-to",
            "according to",
          ],
        ],
      },
    ],
    // A subordinate clause before the cue, the main clause after it: the whole sentence.
    [
      "While most of the files were minor, according to an official, two were top secret.",
      {
        np: "an official",
        verb: "according to",
        pattern: "according-to",
        contents: [
          [
            "While most of the files were minor, according to an official, two were top secret.",
            "according-to",
            "according to",
          ],
        ],
      },
    ],
    // The words before end in a link word: the content is what follows the source.
    [
      "The price rose sharply because, according to the union, the mine had flooded in May.",
      {
        np: "the union",
        verb: "according to",
        pattern: "according-to",
        contents: [["the mine had flooded in May.", "according-to", "according to"]],
      },
    ],
    // "X said that, according to Y, C" is X's report, read at its verb.
    [
      "The party leader said on Tuesday that, according to its own count, the party had won.",
      {
        np: "The party leader",
        verb: "said",
        pattern: "said-that",
        contents: [["the party had won.", "said-that", "said"]],
      },
    ],
    // The cue inside the clause: the content is the whole sentence, unless what follows the
    // source is its apposition alone.
    [
      "At the root of the dispute, according to Ana Ruiz, a former envoy, was a decision to cut aid.",
      {
        np: "Ana Ruiz",
        verb: "according to",
        pattern: "according-to",
        contents: [
          [
            "At the root of the dispute, according to Ana Ruiz, a former envoy, was a decision to cut aid.",
            "according-to",
            "according to",
          ],
        ],
      },
    ],
    [
      "Sales rose 9 percent in May, according to Kantar, a research firm that tracks shoppers.",
      {
        np: "Kantar",
        verb: "according to",
        pattern: "according-to",
        contents: [["Sales rose 9 percent in May", "according-to", "according to"]],
      },
    ],
    [
      "According to the Central Bank of Kenya, reserves fell by $400 million in May.",
      {
        np: "the Central Bank of Kenya",
        verb: "according to",
        pattern: "according-to",
        contents: [["reserves fell by $400 million in May.", "according-to", "according to"]],
      },
    ],
    [
      "Exports of tea rose 12% last year, according to the Kenya Tea Board.",
      {
        np: "the Kenya Tea Board",
        verb: "according to",
        pattern: "according-to",
        contents: [["Exports of tea rose 12% last year", "according-to", "according to"]],
      },
    ],
    [
      "The ship was seized on Tuesday, according to its owner, Acme Shipping.",
      {
        np: "its owner, Acme Shipping",
        verb: "according to",
        pattern: "according-to",
        contents: [["The ship was seized on Tuesday", "according-to", "according to"]],
      },
    ],
    [
      "According to EuroCommerce, which represents 5 million shops, prices rose 3%.",
      {
        np: "EuroCommerce",
        verb: "according to",
        pattern: "according-to",
        contents: [["prices rose 3%.", "according-to", "according to"]],
      },
    ],
  ]);
});
