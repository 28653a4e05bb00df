import { describe } from "vitest";
import { table } from "./cases";

describe("according-to", () => {
  table([
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
