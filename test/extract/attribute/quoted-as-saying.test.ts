import { describe } from "vitest";
import { table } from "./cases";

describe("said-that: 'quoted X as saying C'", () => {
  table([
    [
      "State media quoted Deputy Minister Li Wei as saying that the talks had failed.",
      {
        np: "Deputy Minister Li Wei",
        verb: "quoted as saying",
        pattern: "said-that",
        contents: [["the talks had failed.", "said-that", "quoted as saying"]],
      },
    ],
    [
      "The ministry quoted the ambassador as saying the border would stay closed.",
      {
        np: "the ambassador",
        verb: "quoted as saying",
        pattern: "said-that",
        contents: [["the border would stay closed.", "said-that", "quoted as saying"]],
      },
    ],
  ]);
});
