import { describe } from "vitest";
import { table } from "./cases";

describe("said-that: '…, in what X said was C'", () => {
  table([
    [
      "The council closed the pool, in what the mayor said was an emergency measure.",
      {
        np: "the mayor",
        verb: "said",
        pattern: "said-that",
        contents: [["an emergency measure.", "said-that", "said"]],
        main: "The council closed the pool",
      },
    ],
    [
      "Prices rose 4%, in what analysts called a worrying sign.",
      {
        np: "analysts",
        verb: "called",
        pattern: "said-that",
        contents: [["a worrying sign.", "said-that", "called"]],
        main: "Prices rose 4%",
      },
    ],
  ]);
});
