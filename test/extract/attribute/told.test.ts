import { describe } from "vitest";
import { table } from "./cases";

describe("told: a recipient between the verb and the content", () => {
  table([
    [
      "The minister told reporters on Tuesday that the budget would be cut by 5%.",
      {
        np: "The minister",
        verb: "told reporters",
        pattern: "told",
        contents: [["the budget would be cut by 5%.", "told", "told reporters"]],
      },
    ],
    [
      "Dr Amy Ross told the BBC the vaccine was safe.",
      {
        np: "Dr Amy Ross",
        verb: "told the BBC",
        pattern: "told",
        contents: [["the vaccine was safe.", "told", "told the BBC"]],
      },
    ],
    [
      "He told the court he had never met the defendant.",
      {
        np: "He",
        verb: "told the court",
        pattern: "told",
        contents: [["he had never met the defendant.", "told", "told the court"]],
      },
    ],
    [
      "The governor assured residents that the water was safe.",
      {
        np: "The governor",
        verb: "assured residents",
        pattern: "told",
        contents: [["the water was safe.", "told", "assured residents"]],
      },
    ],
  ]);
});
