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
    [
      "The minister said the talks had failed, but insists that a deal is still possible.",
      {
        np: "The minister",
        verb: "said",
        pattern: "said-that",
        contents: [
          ["the talks had failed", "said-that", "said"],
          ["a deal is still possible.", "said-that", "insists"],
        ],
      },
    ],
    [
      "The governor denied the report, telling local radio that no funds were missing.",
      {
        np: "The governor",
        verb: "denied",
        pattern: "said-that",
        contents: [["no funds were missing.", "said-that", "telling"]],
      },
    ],
    [
      "The senator said the vote was rigged — asserting that thousands of ballots were fake.",
      {
        np: "The senator",
        verb: "said",
        pattern: "said-that",
        contents: [
          ["the vote was rigged", "said-that", "said"],
          ["thousands of ballots were fake.", "said-that", "asserting"],
        ],
      },
    ],
    [
      "The coach said the team had played well before claiming that the referee cost them the game.",
      {
        np: "The coach",
        verb: "said",
        pattern: "said-that",
        contents: [
          ["the team had played well", "said-that", "said"],
          ["the referee cost them the game.", "said-that", "claiming"],
        ],
      },
    ],
    [
      // What was argued for is not a statement; what was told is.
      "Her lawyer argued unsuccessfully for bail, telling the court that her client had no record.",
      {
        np: "Her lawyer",
        verb: "argued",
        pattern: "said-that",
        contents: [["her client had no record.", "said-that", "telling"]],
      },
    ],
  ]);
});
