import { describe } from "vitest";
import { table } from "./cases";

describe("asides around a report that are none of its content", () => {
  table([
    // "without evidence" between the verb and "that" qualifies the report.
    [
      "Tomas Brandt claimed without evidence that the harbour vote had been rigged.",
      {
        np: "Tomas Brandt",
        verb: "claimed",
        pattern: "said-that",
        contents: [["the harbour vote had been rigged.", "said-that", "claimed"]],
      },
    ],
    // An aside that answers the report ("a charge he denied") ends it.
    [
      "Ana Ruiz accused the operator of hiding the inspection reports, a charge it denied.",
      {
        np: "Ana Ruiz",
        verb: "accused",
        pattern: "said-that",
        contents: [["the operator of hiding the inspection reports", "said-that", "accused"]],
      },
    ],
    [
      "Ana Ruiz said the ferry had failed two inspections, a claim the operator has disputed.",
      {
        np: "Ana Ruiz",
        verb: "said",
        pattern: "said-that",
        contents: [["the ferry had failed two inspections", "said-that", "said"]],
      },
    ],
    // An aside that answers nothing stays in the content.
    [
      "Ana Ruiz said the ferry, a vessel built in 1988, had failed two inspections.",
      {
        np: "Ana Ruiz",
        verb: "said",
        pattern: "said-that",
        contents: [
          ["the ferry, a vessel built in 1988, had failed two inspections.", "said-that", "said"],
        ],
      },
    ],
  ]);
});

describe("'warned of': what was warned of is the content", () => {
  table([
    [
      "Ana Ruiz warned of “serious consequences” if the depot was sold.",
      {
        np: "Ana Ruiz",
        verb: "warned",
        pattern: "said-that",
        contents: [["“serious consequences” if the depot was sold.", "said-that", "warned"]],
      },
    ],
    [
      "The operator warns of delays on the ferry crossing.",
      {
        np: "The operator",
        verb: "warns",
        pattern: "said-that",
        contents: [["delays on the ferry crossing.", "said-that", "warns"]],
      },
    ],
  ]);
});

describe("', but' and a past verb of the speaker's: the report ends before it", () => {
  table([
    [
      "Ana Ruiz said she had not read the audit, but called it a useful start.",
      {
        np: "Ana Ruiz",
        verb: "said",
        pattern: "said-that",
        contents: [["she had not read the audit", "said-that", "said"]],
      },
    ],
    [
      "Tomas Brandt said the depot was safe, but later agreed to a second inspection.",
      {
        np: "Tomas Brandt",
        verb: "said",
        pattern: "said-that",
        contents: [["the depot was safe", "said-that", "said"]],
      },
    ],
    // A second report after "but" is a content of its own (splitCoordinated).
    [
      "Ana Ruiz said the ferry was late, but insisted that it was safe.",
      {
        np: "Ana Ruiz",
        verb: "said",
        pattern: "said-that",
        contents: [
          ["the ferry was late", "said-that", "said"],
          ["it was safe.", "said-that", "insisted"],
        ],
      },
    ],
    // "but" with a subject of its own, or a verb that is no past form, stays in the content.
    [
      "Ana Ruiz said the ferry was late, but the crew was not to blame.",
      {
        np: "Ana Ruiz",
        verb: "said",
        pattern: "said-that",
        contents: [["the ferry was late, but the crew was not to blame.", "said-that", "said"]],
      },
    ],
  ]);
});
