import { describe } from "vitest";
import { table } from "./cases";

describe("a report in a relative clause on the claimant is a content too", () => {
  table([
    // Inside the claimant phrase, before the main verb.
    [
      "Mr. Ortega, who said the audit was finished in May, said the accounts were in order.",
      {
        np: "Mr. Ortega, who said the audit was finished in May",
        verb: "said",
        pattern: "said-that",
        contents: [
          ["the audit was finished in May", "said-that", "said"],
          ["the accounts were in order.", "said-that", "said"],
        ],
      },
    ],
    // After an inverted cue, to the end of the sentence.
    [
      "“We had no choice,” said a former aide, who added that she left on good terms.",
      {
        np: "a former aide",
        verb: "said",
        pattern: "quote-said-x",
        contents: [
          ["“We had no choice,”", "quote-said-x", "said"],
          ["she left on good terms.", "said-that", "added"],
        ],
      },
    ],
    // Too short to be a claim, or not a report: nothing added.
    [
      "The mayor, who said little, confirmed the depot would close.",
      {
        np: "The mayor, who said little",
        verb: "confirmed",
        pattern: "said-that",
        contents: [["the depot would close.", "said-that", "confirmed"]],
      },
    ],
    [
      "Ms. Varga, who chairs the board, said the depot would close.",
      {
        np: "Ms. Varga, who chairs the board",
        verb: "said",
        pattern: "said-that",
        contents: [["the depot would close.", "said-that", "said"]],
      },
    ],
  ]);
});

describe("a report inside a relative clause set off by commas ends with the clause", () => {
  table([
    [
      "The fare changes, which officials said will start in May, will not apply to students.",
      {
        np: "officials",
        verb: "said",
        pattern: "said-that",
        contents: [["will start in May", "said-that", "said"]],
        main: "The fare changes",
      },
    ],
    // A comma inside the content, before no verb, does not close the clause.
    [
      "The plan, which the mayor said would cost $40m, including fees, was dropped.",
      {
        np: "the mayor",
        verb: "said",
        pattern: "said-that",
        contents: [["would cost $40m, including fees", "said-that", "said"]],
      },
    ],
  ]);
});
