import { describe } from "vitest";
import { table } from "./cases";

describe("said-that: the subject first, then the content", () => {
  table([
    // A date opens a time phrase before the subject, however long ("Wednesday on …").
    [
      "Thursday on Radio Tallinn's morning show, Mayor Liis Kask said the tram line would open in May.",
      {
        np: "Mayor Liis Kask",
        verb: "said",
        pattern: "said-that",
        contents: [["the tram line would open in May.", "said-that", "said"]],
      },
    ],
    // So does a programme's title after its outlet ("on Radio Tallinn's “Morning Call,”").
    [
      "Thursday on Radio Tallinn’s “Morning Call,” Mayor Liis Kask said the tram line would open in May.",
      {
        np: "Mayor Liis Kask",
        verb: "said",
        pattern: "said-that",
        contents: [["the tram line would open in May.", "said-that", "said"]],
      },
    ],
    [
      "On the Baltic network’s “Evening News,” Mayor Liis Kask said the tram line would open in May.",
      {
        np: "Mayor Liis Kask",
        verb: "said",
        pattern: "said-that",
        contents: [["the tram line would open in May.", "said-that", "said"]],
      },
    ],
    // Without an outlet, a quote after "on" is no programme: "a question on the “…”" is content.
    ["To a question on the “cost of the tram,” Liis Kask said the line would open in May.", null],
    // A weekday after the subject dates the report; it is not part of the name.
    [
      "Mayor Liis Kask earlier Thursday said the tram line would open in May.",
      {
        np: "Mayor Liis Kask",
        verb: "said",
        pattern: "said-that",
        contents: [["the tram line would open in May.", "said-that", "said"]],
      },
    ],
    // "pointed out that": the particle stands between the verb and its "that".
    [
      "The port authority has pointed out that the cranes are 40 years old.",
      {
        np: "The port authority",
        verb: "pointed",
        pattern: "said-that",
        contents: [["the cranes are 40 years old.", "said-that", "pointed"]],
      },
    ],
    // A participial opening may hold a quote.
    [
      "Bemoaning the “phony system,” Ruiz accused Lind of lying about the budget.",
      {
        np: "Ruiz",
        verb: "accused",
        pattern: "said-that",
        contents: [["Lind of lying about the budget.", "said-that", "accused"]],
      },
    ],
    // Prepositions open too ("Beyond that,", "Among Democrats,").
    [
      "Beyond that, his advisers say the budget cannot pass.",
      {
        np: "his advisers",
        verb: "say",
        pattern: "said-that",
        contents: [["the budget cannot pass.", "said-that", "say"]],
      },
    ],
    // A conjunction before an opening phrase leaves it an opening.
    [
      "But on Tuesday, the minister said the bill would pass.",
      {
        np: "the minister",
        verb: "said",
        pattern: "said-that",
        contents: [["the bill would pass.", "said-that", "said"]],
      },
    ],
    // Role nouns of the lexicon make the subject: attendees, a retired neurosurgeon, others.
    [
      "The rally was half empty, even though a number of attendees said they had queued for hours.",
      {
        np: "a number of attendees",
        verb: "said",
        pattern: "said-that",
        contents: [["they had queued for hours.", "said-that", "said"]],
        main: "The rally was half empty",
      },
    ],
    [
      "Others said the plan would fail.",
      {
        np: "Others",
        verb: "said",
        pattern: "said-that",
        contents: [["the plan would fail.", "said-that", "said"]],
      },
    ],
    [
      "The retired neurosurgeon said the bill was a disaster.",
      {
        np: "The retired neurosurgeon",
        verb: "said",
        pattern: "said-that",
        contents: [["the bill was a disaster.", "said-that", "said"]],
      },
    ],
    // Documents in the plural show without "that" as in the singular ("polls show", "studies found").
    [
      "Recent polls show the mayor with a double-digit lead.",
      {
        np: "Recent polls",
        verb: "show",
        pattern: "said-that",
        contents: [["the mayor with a double-digit lead.", "said-that", "show"]],
      },
    ],
    [
      "Two studies found turnout fell by a third in the north.",
      {
        np: "Two studies",
        verb: "found",
        pattern: "said-that",
        contents: [["turnout fell by a third in the north.", "said-that", "found"]],
      },
    ],
    // "Her" opening a longer subject is a possessive, as "his" is.
    [
      "Her lawyer said the contract had been signed in March.",
      {
        np: "Her lawyer",
        verb: "said",
        pattern: "said-that",
        contents: [["the contract had been signed in March.", "said-that", "said"]],
      },
    ],
    [
      "Finance Minister Aiko Tanaka said that inflation would fall to 3% by June.",
      {
        np: "Finance Minister Aiko Tanaka",
        verb: "said",
        pattern: "said-that",
        contents: [["inflation would fall to 3% by June.", "said-that", "said"]],
      },
    ],
    [
      "Colonel Marek Novak claimed in an interview with Radio Prague that 40 drones had crossed the border.",
      {
        np: "Colonel Marek Novak",
        verb: "claimed",
        pattern: "said-that",
        contents: [["40 drones had crossed the border.", "said-that", "claimed"]],
      },
    ],
    [
      "The agency said in a statement on Tuesday that 40 people had died.",
      {
        np: "The agency",
        verb: "said",
        pattern: "said-that",
        contents: [["40 people had died.", "said-that", "said"]],
      },
    ],
    [
      "Police said on Thursday evening that two men had been arrested.",
      {
        np: "Police",
        verb: "said",
        pattern: "said-that",
        contents: [["two men had been arrested.", "said-that", "said"]],
      },
    ],
    [
      "Donald J. Trump, the Republican candidate, has said there should be a ban on all visas.",
      {
        np: "Donald J. Trump, the Republican candidate",
        verb: "said",
        pattern: "said-that",
        contents: [["there should be a ban on all visas.", "said-that", "said"]],
      },
    ],
    [
      "Ana Ruiz, the mayor, has long denied that the pool was over budget.",
      {
        np: "Ana Ruiz, the mayor",
        verb: "denied",
        pattern: "said-that",
        contents: [["the pool was over budget.", "said-that", "denied"]],
      },
    ],
    [
      "Unions called for a general strike on Friday.",
      {
        np: "Unions",
        verb: "called for",
        pattern: "said-that",
        contents: [["a general strike on Friday.", "said-that", "called for"]],
      },
    ],
    [
      "She described the plan as “reckless and unfunded”.",
      {
        np: "She",
        verb: "described",
        pattern: "said-that",
        contents: [["the plan as “reckless and unfunded”.", "said-that", "described"]],
      },
    ],
    [
      // A document shows its content without "that".
      "Figures released by the statistics office showed unemployment rising to 4.7%.",
      {
        np: "Figures released by the statistics office",
        verb: "showed",
        pattern: "said-that",
        contents: [["unemployment rising to 4.7%.", "said-that", "showed"]],
      },
    ],
    [
      // An act verb reports when its object is a report.
      "The club rejected claims that the striker had been sold.",
      {
        np: "The club",
        verb: "rejected",
        pattern: "said-that",
        contents: [["claims that the striker had been sold.", "said-that", "rejected"]],
      },
    ],
    // A participial phrase before the subject is none of it.
    [
      "Faced with a shrinking budget, several city councillors said the library would close.",
      {
        np: "several city councillors",
        verb: "said",
        pattern: "said-that",
        contents: [["the library would close.", "said-that", "said"]],
      },
    ],
    [
      "Looking back at the season, the coach argued that injuries had cost them the title.",
      {
        np: "the coach",
        verb: "argued",
        pattern: "said-that",
        contents: [["injuries had cost them the title.", "said-that", "argued"]],
      },
    ],
    [
      "On Jan. 5, 2016, in Ohio, Mayor Liis Kask said the tram line would open in May.",
      {
        np: "Mayor Liis Kask",
        verb: "said",
        pattern: "said-that",
        contents: [["the tram line would open in May.", "said-that", "said"]],
      },
    ],
    // "X took to Twitter to say C": the subject before the verb phrase that leads to the report.
    [
      "Mayor Liis Kask took to Twitter on Sunday to say the tram line would open in May.",
      {
        np: "Mayor Liis Kask",
        verb: "say",
        pattern: "said-that",
        contents: [["the tram line would open in May.", "said-that", "say"]],
      },
    ],
    // A report not made is none: "declined to say", "is expected to announce".
    // A hedge before "to" still reports: the subject is before it.
    [
      "The leaked memos seem to show that the minister knew of the leak in March.",
      {
        np: "The leaked memos",
        verb: "show",
        pattern: "said-that",
        contents: [["the minister knew of the leak in March.", "said-that", "show"]],
      },
    ],
    // A verb form right before another reporting verb is a noun, the subject's head.
    [
      "The police report said that the driver was speeding.",
      {
        np: "The police report",
        verb: "said",
        pattern: "said-that",
        contents: [["the driver was speeding.", "said-that", "said"]],
      },
    ],
    // "has since": an adverb between the auxiliary and the verb, not a subordinator.
    [
      "The minister has since stressed that she sent no classified files.",
      {
        np: "The minister",
        verb: "stressed",
        pattern: "said-that",
        contents: [["she sent no classified files.", "said-that", "stressed"]],
      },
    ],
    // "her" after a preposition is a possessive inside the subject.
    [
      "Aides close to her campaign said the deal was close.",
      {
        np: "Aides close to her campaign",
        verb: "said",
        pattern: "said-that",
        contents: [["the deal was close.", "said-that", "said"]],
      },
    ],
    // "said little about …" reports nothing; "said little had changed" reports.
    ["The mayor said little about the bridge.", null],
    ["The mayor said nothing.", null],
    [
      "The mayor said little had changed since May.",
      {
        np: "The mayor",
        verb: "said",
        pattern: "said-that",
        contents: [["little had changed since May.", "said-that", "said"]],
      },
    ],
    ["The minister declined to say whether the plant would close.", null],
    ["The club is expected to announce that the coach will leave.", null],
    // An aside between the subject and the verb, however long.
    [
      "One former employee, speaking on condition of anonymity because of a confidentiality agreement, said the charity was a front.",
      {
        np: "One former employee, speaking on condition of anonymity because of a confidentiality agreement",
        verb: "said",
        pattern: "said-that",
        contents: [["the charity was a front.", "said-that", "said"]],
      },
    ],
    // Nor is a sentence adverb; a lone unnamed "source" is a subject.
    [
      "However, one source said the deal had been signed in March.",
      {
        np: "one source",
        verb: "said",
        pattern: "said-that",
        contents: [["the deal had been signed in March.", "said-that", "said"]],
      },
    ],
    // No report: an act, a ruling narrated as a fact, "described how", a passive, a noun.
    ["The club rejected a €50m bid for the striker.", null],
    ["The court ruled that the contract was void.", null],
    ["She described how the fire spread through the building.", null],
    ["The report was said to be incomplete.", null],
    ["Asked about reports that he would resign, the minister laughed.", null],
  ]);
});

describe("said-that: a subject set off by dashes, a report that opens the sentence", () => {
  table([
    // An aside between dashes before the verb: the subject is before it.
    [
      "Harbour unions — and, above all, the dockers’ leader Rita Vance — insisted that any deal keep the night shift.",
      {
        np: "Harbour unions",
        verb: "insisted",
        pattern: "said-that",
        contents: [["any deal keep the night shift.", "said-that", "insisted"]],
      },
    ],
    [
      "The ferry operator -- never shy of a fight -- said that fares would rise in June.",
      {
        np: "The ferry operator",
        verb: "said",
        pattern: "said-that",
        contents: [["fares would rise in June.", "said-that", "said"]],
      },
    ],
    // The report opens the sentence: its content ends at the comma before the main clause.
    [
      "While the mayor said the bridge was safe, engineers closed it on Friday.",
      {
        np: "the mayor",
        verb: "said",
        pattern: "said-that",
        contents: [["the bridge was safe", "said-that", "said"]],
        main: "engineers closed it on Friday.",
      },
    ],
    [
      "Although Rita Vance has insisted that the port is profitable, its accounts show a loss.",
      {
        np: "Rita Vance",
        verb: "insisted",
        pattern: "said-that",
        contents: [["the port is profitable", "said-that", "insisted"]],
        main: "its accounts show a loss.",
      },
    ],
    // A comma inside a quote does not end it.
    [
      "When the mayor said “the bridge is safe, for now”, engineers laughed.",
      {
        np: "the mayor",
        verb: "said",
        pattern: "said-that",
        contents: [["“the bridge is safe, for now”", "said-that", "said"]],
        main: "engineers laughed.",
      },
    ],
  ]);
});
