import { describe } from "vitest";
import { table } from "./cases";

describe("coordinated reports: one content per report", () => {
  table([
    [
      "The senator said the bill was dead but cautioned that a new version could pass.",
      {
        np: "The senator",
        verb: "said",
        pattern: "said-that",
        contents: [
          ["the bill was dead", "said-that", "said"],
          ["a new version could pass.", "said-that", "cautioned"],
        ],
      },
    ],
    [
      "Officials said the bridge was safe and that it would reopen on Monday.",
      {
        np: "Officials",
        verb: "said",
        pattern: "said-that",
        contents: [
          ["the bridge was safe", "said-that", "said"],
          ["it would reopen on Monday.", "said-that", "said"],
        ],
      },
    ],
    [
      // "the allegations" only points back: the accusation is the claim.
      "The company denied the allegations and accused the union of spreading false figures.",
      {
        np: "The company",
        verb: "denied",
        pattern: "said-that",
        contents: [["the union of spreading false figures.", "said-that", "accused"]],
      },
    ],
    [
      "Sen. Tom Hale, a Republican, called the bill “a disaster” and said it would fail.",
      {
        np: "Sen. Tom Hale, a Republican",
        verb: "called",
        pattern: "said-that",
        contents: [
          ["the bill “a disaster”", "said-that", "called"],
          ["it would fail.", "said-that", "said"],
        ],
      },
    ],
    [
      "The firm posted a loss of $2m, though it noted that sales had risen.",
      {
        np: "it",
        verb: "noted",
        pattern: "said-that",
        contents: [["sales had risen.", "said-that", "noted"]],
        main: "The firm posted a loss of $2m",
      },
    ],
  ]);
});
