import { describe } from "vitest";
import { table } from "./cases";

describe("reports with a plural subject, and a recipient before 'that'", () => {
  table([
    // The base form after a plural subject: "Emails reveal", "Studies find", "Records disclose".
    [
      "Emails reveal that the harbour master knew about the leak.",
      {
        np: "Emails",
        verb: "reveal",
        pattern: "said-that",
        contents: [["the harbour master knew about the leak.", "said-that", "reveal"]],
      },
    ],
    [
      "Studies find that tram lines cut traffic in city centres.",
      {
        np: "Studies",
        verb: "find",
        pattern: "said-that",
        contents: [["tram lines cut traffic in city centres.", "said-that", "find"]],
      },
    ],
    [
      "Ferry logs disclose that two crossings were cancelled.",
      {
        np: "Ferry logs",
        verb: "disclose",
        pattern: "said-that",
        contents: [["two crossings were cancelled.", "said-that", "disclose"]],
      },
    ],
    // A plural after "to" is who was told, no infinitive: the content starts after "that".
    [
      "Tomas Brandt admitted to investigators that the depot had been sold.",
      {
        np: "Tomas Brandt",
        verb: "admitted",
        pattern: "said-that",
        contents: [["the depot had been sold.", "said-that", "admitted"]],
      },
    ],
    [
      "The emails revealed to regulators that the ferry had failed two inspections.",
      {
        np: "The emails",
        verb: "revealed",
        pattern: "said-that",
        contents: [["the ferry had failed two inspections.", "said-that", "revealed"]],
      },
    ],
    // An infinitive before "that" still is one: the "that" is not the verb's.
    ["Ana Ruiz agreed on Tuesday to cap the fees that ferry operators charge.", null],
  ]);
});
