import { describe } from "vitest";
import { table } from "./cases";

describe("quote-said-x and content-said-x: the content before its cue", () => {
  table([
    // A semicolon ends the report; what follows is the reporter's clause.
    [
      "The tram needs 2,000 riders a day to break even, engineers say; in 2019, it carried 900.",
      {
        np: "engineers",
        verb: "say",
        pattern: "content-said-x",
        contents: [["The tram needs 2,000 riders a day to break even", "content-said-x", "say"]],
        main: "in 2019, it carried 900.",
      },
    ],
    [
      "The clinic had run out of insulin twice in June, her spokesman said.",
      {
        np: "her spokesman",
        verb: "said",
        pattern: "content-said-x",
        contents: [["The clinic had run out of insulin twice in June", "content-said-x", "said"]],
      },
    ],
    [
      "“We will rebuild every school,” Governor Luis Ortega said.",
      {
        np: "Governor Luis Ortega",
        verb: "said",
        pattern: "quote-said-x",
        contents: [["“We will rebuild every school,”", "quote-said-x", "said"]],
      },
    ],
    [
      "Prices will keep rising until the autumn, the economist said.",
      {
        np: "the economist",
        verb: "said",
        pattern: "content-said-x",
        contents: [["Prices will keep rising until the autumn", "content-said-x", "said"]],
      },
    ],
    // "Nothing …" opens no participial phrase, and names no one: the content is before the cue.
    [
      "Nothing the mayor said “will calm the tenants,” the councillor said.",
      {
        np: "the councillor",
        verb: "said",
        pattern: "content-said-x",
        contents: [["Nothing the mayor said “will calm the tenants,”", "content-said-x", "said"]],
      },
    ],
    // A leading conjunction ties the sentence to the one before: the content starts after it.
    [
      "But California has seen a surge of new voters, Romero said.",
      {
        np: "Romero",
        verb: "said",
        pattern: "content-said-x",
        contents: [["California has seen a surge of new voters", "content-said-x", "said"]],
      },
    ],
    // A reason or a contrast after an interposed cue goes on with the content.
    [
      "The costs are hard to judge, several analysts say, because no town has tried it.",
      {
        np: "several analysts",
        verb: "say",
        pattern: "parenthetical",
        contents: [
          [
            "The costs are hard to judge, several analysts say, because no town has tried it.",
            "parenthetical",
            "say",
          ],
        ],
      },
    ],
    // Court papers are documents: "the lawsuit says", "the petition argues".
    [
      "The county closed half its polling places in 2016, the lawsuit says.",
      {
        np: "the lawsuit",
        verb: "says",
        pattern: "content-said-x",
        contents: [["The county closed half its polling places in 2016", "content-said-x", "says"]],
      },
    ],
    // Documents need no determiner: "records show", "fundraising documents show", "data indicate".
    [
      "The mayor lent her campaign 300 dollars in May, fundraising documents show.",
      {
        np: "fundraising documents",
        verb: "show",
        pattern: "content-said-x",
        contents: [["The mayor lent her campaign 300 dollars in May", "content-said-x", "show"]],
      },
    ],
    [
      "Turnout fell by a third in the northern districts, data indicate.",
      {
        np: "data",
        verb: "indicate",
        pattern: "content-said-x",
        contents: [
          ["Turnout fell by a third in the northern districts", "content-said-x", "indicate"],
        ],
      },
    ],
    // After a whole quote, the cue's circumstance is no content ("… in an interview aired …").
    [
      "“Will it hold?” the mayor told a local radio station in an interview aired on Monday when asked about the dam.",
      {
        np: "the mayor",
        verb: "told a local radio station",
        pattern: "quote-said-x",
        contents: [["“Will it hold?”", "quote-said-x", "told a local radio station"]],
      },
    ],
    // A relative clause after the cue ("a film that showed …") and a title in quotes (“Face the
    // Nation”) are the circumstance too; "by telephone" is a means, not a passive's agent.
    [
      "“It is like a new plane,” the senator said in a film that showed off the new cabin.",
      {
        np: "the senator",
        verb: "said",
        pattern: "quote-said-x",
        contents: [["“It is like a new plane,”", "quote-said-x", "said"]],
      },
    ],
    [
      "“It is nonsense,” Ms. Varga said by telephone on CBS’s “Face the Nation.”",
      {
        np: "Ms. Varga",
        verb: "said",
        pattern: "quote-said-x",
        contents: [["“It is nonsense,”", "quote-said-x", "said"]],
      },
    ],
    [
      "“We were not consulted,” she said, “and we will appeal.”",
      {
        np: "she",
        verb: "said",
        pattern: "quote-said-x",
        contents: [
          ["“We were not consulted,”", "quote-said-x", "said"],
          ["“and we will appeal.”", "quote-said-x", "said"],
        ],
      },
    ],
    [
      "The plan is dead, he said, adding that talks would resume in May.",
      {
        np: "he",
        verb: "said",
        pattern: "content-said-x",
        contents: [
          ["The plan is dead", "content-said-x", "said"],
          ["talks would resume in May.", "said-that", "adding"],
        ],
      },
    ],
    [
      "“Why did you leave?” she asked.",
      {
        np: "she",
        verb: "asked",
        pattern: "quote-said-x",
        contents: [["“Why did you leave?”", "quote-said-x", "asked"]],
      },
    ],
    // "continued" after a quote reports it, as "said" does; "continued to" before one does not.
    [
      "“The tunnel will open in May,” the mayor continued.",
      {
        np: "the mayor",
        verb: "continued",
        pattern: "quote-said-x",
        contents: [["“The tunnel will open in May,”", "quote-said-x", "continued"]],
      },
    ],
    ["The mayor continued to defend the tunnel budget on Tuesday.", null],
    // An opening phrase with a clause after it is content: only a prefix of opening phrases alone
    // ("On Tuesday, in Ohio,") is not.
    [
      "Since the vote, inspectors will audit the ballots, officials said.",
      {
        np: "officials",
        verb: "said",
        pattern: "content-said-x",
        contents: [["Since the vote, inspectors will audit the ballots", "content-said-x", "said"]],
      },
    ],
    // "This" opens a time phrase only with a time after it ("This week, …").
    [
      "This has been a concern for the council all year, Mayor Liis Kask said.",
      {
        np: "Mayor Liis Kask",
        verb: "said",
        pattern: "content-said-x",
        contents: [["This has been a concern for the council all year", "content-said-x", "said"]],
      },
    ],
  ]);
});
