import { describe } from "vitest";
import { table } from "./cases";

describe("openings before the subject: a day, a place, a state after a town", () => {
  table([
    // A day and a place before the subject, with no comma.
    [
      "Saturday at the state convention Sen. Ana Ruiz said the party would unite.",
      {
        np: "Sen. Ana Ruiz",
        verb: "said",
        pattern: "said-that",
        contents: [["the party would unite.", "said-that", "said"]],
      },
    ],
    // A date opening a time phrase, and a state's postal code after a town, are no subject.
    [
      "Tuesday at a college in Millbrook, OH, after the primary, Gov. Ana Ruiz said the state was hers.",
      {
        np: "Gov. Ana Ruiz",
        verb: "said",
        pattern: "said-that",
        contents: [["the state was hers.", "said-that", "said"]],
      },
    ],
    [
      "At a rally in Dayton, OH, on Monday, Gov. Ana Ruiz said the state was hers.",
      {
        np: "Gov. Ana Ruiz",
        verb: "said",
        pattern: "said-that",
        contents: [["the state was hers.", "said-that", "said"]],
      },
    ],
    // A place opening before a participle's subject.
    [
      "Inside the hall, Ana Ruiz spoke for an hour, arguing that the party would unite.",
      {
        np: "Ana Ruiz",
        verb: "arguing",
        pattern: "said-that",
        contents: [["the party would unite.", "said-that", "arguing"]],
        main: "Inside the hall, Ana Ruiz spoke for an hour",
      },
    ],
  ]);
});

describe("a participle that opens the sentence reports for the main clause's subject", () => {
  table([
    [
      "Having announced that the bridge would close, Mayor Ana Ruiz cut the ribbon on the new road.",
      {
        np: "Mayor Ana Ruiz",
        verb: "announced",
        pattern: "said-that",
        contents: [["the bridge would close", "said-that", "announced"]],
        main: "Mayor Ana Ruiz cut the ribbon on the new road.",
      },
    ],
    [
      "Claiming that the bridge was unsafe, the mayor closed it to trucks.",
      {
        np: "the mayor",
        verb: "claiming",
        pattern: "said-that",
        contents: [["the bridge was unsafe", "said-that", "claiming"]],
        main: "the mayor closed it to trucks.",
      },
    ],
    // A participle that reports nothing opens the sentence as before.
    ["Having closed the bridge, the mayor left for Rome.", null],
  ]);
});
