import { describe } from "vitest";
import { table } from "./cases";

describe("as-reported: the source in a clause of manner", () => {
  table([
    [
      "As the Ledger revealed, the council agreed to sell the depot in May.",
      {
        np: "the Ledger",
        verb: "revealed",
        pattern: "as-reported",
        contents: [["the council agreed to sell the depot in May.", "as-reported", "revealed"]],
      },
    ],
    // Auxiliaries, adverbs and time after the verb belong to the clause.
    [
      "As the Herald first reported on Monday, the agency had cut the grant.",
      {
        np: "the Herald",
        verb: "reported",
        pattern: "as-reported",
        contents: [["the agency had cut the grant.", "as-reported", "reported"]],
      },
    ],
    [
      "The agency had cut the grant, as the Herald reported last week.",
      {
        np: "the Herald",
        verb: "reported",
        pattern: "as-reported",
        contents: [["The agency had cut the grant", "as-reported", "reported"]],
      },
    ],
    // A plural document takes the base form.
    [
      "Support for the tram has fallen since spring, as polls show.",
      {
        np: "polls",
        verb: "show",
        pattern: "as-reported",
        contents: [["Support for the tram has fallen since spring", "as-reported", "show"]],
      },
    ],
    // Inside the sentence, with the content going on after it: the whole sentence.
    [
      "The law, as the court noted, bars such contracts.",
      {
        np: "the court",
        verb: "noted",
        pattern: "as-reported",
        contents: [["The law, as the court noted, bars such contracts.", "as-reported", "noted"]],
      },
    ],
    // An opening or a "that" before the clause: the content is after it.
    [
      "And, as the Herald previously reported, Ruiz is the largest donor.",
      {
        np: "the Herald",
        verb: "reported",
        pattern: "as-reported",
        contents: [["Ruiz is the largest donor.", "as-reported", "reported"]],
      },
    ],
    [
      "As he pointed out, the deficit has doubled.",
      {
        np: "he",
        verb: "pointed",
        pattern: "as-reported",
        contents: [["the deficit has doubled.", "as-reported", "pointed"]],
      },
    ],
    // Not a report: an idiom, a clause of time.
    ["As they say, the devil is in the details.", null],
    ["As the mayor spoke, protesters gathered outside.", null],
  ]);
});
