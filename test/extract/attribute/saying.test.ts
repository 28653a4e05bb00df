import { describe } from "vitest";
import { table } from "./cases";

describe("said-that by a participle: ', saying C', ', with X warning that C'", () => {
  table([
    // Time, place and platform after the participle are no content.
    [
      "The mayor tried to calm the row, writing on Facebook that the true cause was the weather.",
      {
        np: "The mayor",
        verb: "writing",
        pattern: "said-that",
        contents: [["the true cause was the weather.", "said-that", "writing"]],
        main: "The mayor tried to calm the row",
      },
    ],
    [
      "The mayor tried to calm the row, saying on Monday the budget was balanced.",
      {
        np: "The mayor",
        verb: "saying",
        pattern: "said-that",
        contents: [["the budget was balanced.", "said-that", "saying"]],
        main: "The mayor tried to calm the row",
      },
    ],
    // "by saying": the means of a response is a report.
    [
      "The mayor responded to the council by saying the tram had cost too much.",
      {
        np: "The mayor",
        verb: "saying",
        pattern: "said-that",
        contents: [["the tram had cost too much.", "said-that", "saying"]],
        main: "The mayor responded to the council",
      },
    ],
    // The subject after the sentence's opening, with a determiner of any kind.
    [
      "In a widely read column, two Democratic aides implored her to drop the plan, arguing that it had cost votes.",
      {
        np: "two Democratic aides",
        verb: "arguing",
        pattern: "said-that",
        contents: [["it had cost votes.", "said-that", "arguing"]],
        main: "In a widely read column, two Democratic aides implored her to drop the plan",
      },
    ],
    // A document "saying" C; the subject after an amount of time or an adverb that opens.
    [
      "Minutes after the vote, the Harbour Board issued a statement saying that its cranes would be replaced.",
      {
        np: "the Harbour Board",
        verb: "saying",
        pattern: "said-that",
        contents: [["its cranes would be replaced.", "said-that", "saying"]],
        main: "Minutes after the vote, the Harbour Board issued a statement",
      },
    ],
    [
      "Shortly after the call ended, Ruiz’s campaign put out a press release saying Lind owed voters an apology.",
      {
        np: "Ruiz’s campaign",
        verb: "saying",
        pattern: "said-that",
        contents: [["Lind owed voters an apology.", "said-that", "saying"]],
        main: "Shortly after the call ended, Ruiz’s campaign put out a press release",
      },
    ],
    // A pronoun subject after the opening.
    [
      "Meanwhile, it attacked the mayor, saying she had misled voters.",
      {
        np: "it",
        verb: "saying",
        pattern: "said-that",
        contents: [["she had misled voters.", "said-that", "saying"]],
        main: "Meanwhile, it attacked the mayor",
      },
    ],
    // "adding to" adds; it reports nothing.
    ["Ruiz won the runoff on Tuesday, adding to her lead in the council over Lind.", null],
    // A participle with its listener: ", telling reporters that C", ", telling Radio Nord, “C”".
    [
      "The union did not want to discuss the offer, telling Radio Nord that the strike would go on.",
      {
        np: "The union",
        verb: "telling Radio Nord",
        pattern: "said-that",
        contents: [["the strike would go on.", "said-that", "telling Radio Nord"]],
        main: "The union did not want to discuss the offer",
      },
    ],
    [
      "Mayor Liis Kask seemed unmoved on Tuesday, telling reporters, “The tram will run in May.”",
      {
        np: "Mayor Liis Kask",
        verb: "telling reporters",
        pattern: "said-that",
        contents: [["“The tram will run in May.”", "said-that", "telling reporters"]],
        main: "Mayor Liis Kask seemed unmoved on Tuesday",
      },
    ],
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
