import { describe } from "vitest";
import { table } from "./cases";

describe("said-that by a participle: ', saying C', ', with X warning that C'", () => {
  table([
    [
      "Ireland’s Data Protection Commission fined ChatLoop €310m, saying the app had shared user data without consent.",
      {
        np: "Ireland’s Data Protection Commission",
        verb: "saying",
        pattern: "said-that",
        contents: [["the app had shared user data without consent.", "said-that", "saying"]],
        main: "Ireland’s Data Protection Commission fined ChatLoop €310m",
      },
    ],
    [
      "The coach went further on Tuesday, writing that the referee had been biased.",
      {
        np: "The coach",
        verb: "writing",
        pattern: "said-that",
        contents: [["the referee had been biased.", "said-that", "writing"]],
        main: "The coach went further on Tuesday",
      },
    ],
    [
      "Rates were held at 5%, with Governor Andrew Bailey warning that inflation remained too high.",
      {
        np: "Governor Andrew Bailey",
        verb: "warning",
        pattern: "said-that",
        contents: [["inflation remained too high.", "said-that", "warning"]],
        main: "Rates were held at 5%",
      },
    ],
  ]);
});
