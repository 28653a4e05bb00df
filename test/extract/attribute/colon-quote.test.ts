import { describe } from "vitest";
import { table } from "./cases";

describe("colon-quote", () => {
  table([
    // A participial opening before a name, going on in lower case, is no part of the subject.
    [
      "Watching Ruiz speak on Tuesday night about the budget, Park said: “I was struck by how calm she was.”",
      {
        np: "Park",
        verb: "said",
        pattern: "colon-quote",
        contents: [["“I was struck by how calm she was.”", "colon-quote", "said"]],
      },
    ],
    // Said to someone, and the reporter's words after the quote closes are none of it.
    [
      "Tim Lorne wrote to his 20,000 followers, “The count was fair,” and shared a link.",
      {
        np: "Tim Lorne",
        verb: "wrote",
        pattern: "colon-quote",
        contents: [["“The count was fair,”", "colon-quote", "wrote"]],
      },
    ],
    // The words that set the scene before "X said, “…”" are no content, however they open.
    [
      "Quite suddenly, after the two partners split, Crawford said, “The deal was never signed.”",
      {
        np: "Crawford",
        verb: "said",
        pattern: "colon-quote",
        contents: [["“The deal was never signed.”", "colon-quote", "said"]],
      },
    ],
    [
      "The mayor added: “The pool will reopen in June.”",
      {
        np: "The mayor",
        verb: "added",
        pattern: "colon-quote",
        contents: [["“The pool will reopen in June.”", "colon-quote", "added"]],
      },
    ],
    [
      "He wrote on X: “The vote was rigged.”",
      {
        np: "He",
        verb: "wrote",
        pattern: "colon-quote",
        contents: [["“The vote was rigged.”", "colon-quote", "wrote"]],
      },
    ],
    [
      "The minister said: “We will not resign.”",
      {
        np: "The minister",
        verb: "said",
        pattern: "colon-quote",
        contents: [["“We will not resign.”", "colon-quote", "said"]],
      },
    ],
    [
      "Jo Park, who ran the 2019 campaign, said of the mayor: “She cannot win the primary.”",
      {
        np: "Jo Park, who ran the 2019 campaign",
        verb: "said",
        pattern: "colon-quote",
        contents: [["“She cannot win the primary.”", "colon-quote", "said"]],
      },
    ],
    [
      "The mayor said of the plan, “It will cost far too much.”",
      {
        np: "The mayor",
        verb: "said",
        pattern: "colon-quote",
        contents: [["“It will cost far too much.”", "colon-quote", "said"]],
      },
    ],
  ]);
});
