import { describe } from "vitest";
import { table } from "./cases";

describe("quote-said-x and content-said-x, inverted: the verb before its subject", () => {
  table([
    // A second report after the speaker and their description, with any added-report verb.
    [
      "“The ferry pays its way,” said Tomas Brandt, head of the port board, noting that fares cover the fuel bill.",
      {
        np: "Tomas Brandt, head of the port board",
        verb: "said",
        pattern: "quote-said-x",
        contents: [
          ["“The ferry pays its way,”", "quote-said-x", "said"],
          ["fares cover the fuel bill.", "said-that", "noting"],
        ],
      },
    ],
    // The quote resumes after the speaker and their description: both parts are content.
    [
      "“The risk,” said Jo Park, an economist who runs the forecast, “is that jobs will move.”",
      {
        np: "Jo Park, an economist who runs the forecast",
        verb: "said",
        pattern: "quote-said-x",
        contents: [
          ["“The risk,”", "quote-said-x", "said"],
          ["“is that jobs will move.”", "quote-said-x", "said"],
        ],
      },
    ],
    // A clause of its own after the speaker ends the inversion.
    [
      "The tram is “years late,” said Jo Park, but she has backed the plan since 2019.",
      {
        np: "Jo Park",
        verb: "said",
        pattern: "content-said-x",
        contents: [["The tram is “years late,”", "content-said-x", "said"]],
      },
    ],
    // A last description of the speaker may run on ("… that oversees them").
    [
      "Grants to the stations fell by half, said Jo Park, a senior official with the board that oversees them.",
      {
        np: "Jo Park",
        verb: "said",
        pattern: "content-said-x",
        contents: [["Grants to the stations fell by half", "content-said-x", "said"]],
      },
    ],
    // A name and its apposition before "said" are its subject, not an inverted content.
    [
      "Congressman Chris Collins, a Trump supporter, said campaign strategists plan to win in the first round.",
      {
        np: "Congressman Chris Collins, a Trump supporter",
        verb: "said",
        pattern: "said-that",
        contents: [["campaign strategists plan to win in the first round.", "said-that", "said"]],
      },
    ],
    [
      "Congressman Chris Collins, a Trump supporter, said Trump campaign strategists plan to win in the first round.",
      {
        np: "Congressman Chris Collins, a Trump supporter",
        verb: "said",
        pattern: "said-that",
        contents: [
          ["Trump campaign strategists plan to win in the first round.", "said-that", "said"],
        ],
      },
    ],
    // After a quote, a long description of the speaker is theirs, not a reason to give up.
    [
      "“Prices will keep rising,” said Ingrid Holm, an economist at Nordea during her first term and now head of research at the Bank of Oslo in Norway.",
      {
        np: "Ingrid Holm",
        verb: "said",
        pattern: "quote-said-x",
        contents: [["“Prices will keep rising,”", "quote-said-x", "said"]],
      },
    ],
    [
      "“Prices will keep rising until the autumn,” said Ingrid Holm, an economist at Nordea.",
      {
        np: "Ingrid Holm, an economist at Nordea",
        verb: "said",
        pattern: "quote-said-x",
        contents: [["“Prices will keep rising until the autumn,”", "quote-said-x", "said"]],
      },
    ],
    [
      "Turnout was the lowest since 1990, said the electoral commission.",
      {
        np: "the electoral commission",
        verb: "said",
        pattern: "content-said-x",
        contents: [["Turnout was the lowest since 1990", "content-said-x", "said"]],
      },
    ],
    [
      "“It is over,” says Jon Berg.",
      {
        np: "Jon Berg",
        verb: "says",
        pattern: "quote-said-x",
        contents: [["“It is over,”", "quote-said-x", "says"]],
      },
    ],
    [
      "“We are ready,” said the coach, adding that the squad was fit.",
      {
        np: "the coach",
        verb: "said",
        pattern: "quote-said-x",
        contents: [
          ["“We are ready,”", "quote-said-x", "said"],
          ["the squad was fit.", "said-that", "adding"],
        ],
      },
    ],
  ]);
});
