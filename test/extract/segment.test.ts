import { describe, expect, it } from "vitest";
import { layout } from "../../src/extract/segment";

function sentences(body: string): string[] {
  return layout(body).sentences.map((s) => body.slice(s.start, s.end));
}

const lede = "Headline for the test\n\n";

describe("sentence segmentation", () => {
  it("does not split after titles, initials and dotted abbreviations", () => {
    const body = `${lede}Lt. Gen. Karim Haddad met Dr. Ruth Ellis and Patrick J. Moore in the U.S. capital on Monday. Mr. Moore left at 3 p.m. for the airport.`;
    expect(sentences(body)).toEqual([
      "Lt. Gen. Karim Haddad met Dr. Ruth Ellis and Patrick J. Moore in the U.S. capital on Monday.",
      "Mr. Moore left at 3 p.m. for the airport.",
    ]);
  });

  it("splits after an abbreviation when a typical sentence opener or a quote follows", () => {
    const body = `${lede}The deal was signed by Orion Inc. The shares rose 4% after 9 a.m. "It is a good day," the chairman said.`;
    expect(sentences(body)).toEqual([
      "The deal was signed by Orion Inc.",
      "The shares rose 4% after 9 a.m.",
      '"It is a good day," the chairman said.',
    ]);
  });

  it("keeps a question or exclamation inside a quote with its attribution", () => {
    const body = `${lede}“Where did the money go?” the judge asked. “Nobody knows!” Ms. Varga replied.`;
    expect(sentences(body)).toEqual([
      "“Where did the money go?” the judge asked.",
      "“Nobody knows!” Ms. Varga replied.",
    ]);
  });

  it.each([
    [
      "“Why cut the tax now?” Senator Ruth Ellis asked about the plan to close the budget gap by June. It passed.",
      [
        "“Why cut the tax now?” Senator Ruth Ellis asked about the plan to close the budget gap by June.",
        "It passed.",
      ],
    ],
    [
      "“Can you hear me?” Varga, a retired nurse from the valley, said softly into the phone. She hung up.",
      [
        "“Can you hear me?” Varga, a retired nurse from the valley, said softly into the phone.",
        "She hung up.",
      ],
    ],
    // However long it runs after "?": past 12 words and with no stop in 90 characters.
    [
      "“Who knows?” Ruiz told the Baltic state broadcaster in a broadcast on Monday night when asked how ties with Riga would fare if she won the election in May. It aired twice.",
      [
        "“Who knows?” Ruiz told the Baltic state broadcaster in a broadcast on Monday night when asked how ties with Riga would fare if she won the election in May.",
        "It aired twice.",
      ],
    ],
    // After a full stop inside the quote, a long run after the verb is a sentence of its own.
    [
      "“It is over.” Ellis said the plan had failed and that she would resign.",
      ["“It is over.”", "Ellis said the plan had failed and that she would resign."],
    ],
  ])("keeps a longer attribution after a question with its quote: %s", (text, expected) => {
    expect(sentences(`${lede}${text}`)).toEqual(expected);
  });

  it("splits sentences inside a quote that spans several sentences", () => {
    const body = `${lede}“The river rose overnight. It reached the bridge by dawn,” the mayor said.`;
    expect(sentences(body)).toEqual([
      "“The river rose overnight.",
      "It reached the bridge by dawn,” the mayor said.",
    ]);
  });

  it("skips a dateline and keeps dashes inside sentences", () => {
    const body = `${lede}NAIROBI, May 4 (Reuters) — Kenya's inflation rose to 7.1% in April — the highest in a year — the statistics office said.`;
    expect(sentences(body)).toEqual([
      "Kenya's inflation rose to 7.1% in April — the highest in a year — the statistics office said.",
    ]);
  });

  it("pairs curly and straight quotes and carries an open quote into the next paragraph", () => {
    const body = `${lede}She said: “The first part is true.\n\n“The second part is also true.”\n\nHe said "no" twice.`;
    const { quotes } = layout(body);
    expect(quotes.map((q) => body.slice(q.contentStart, q.contentEnd))).toEqual([
      "The first part is true.",
      "The second part is also true.",
      "no",
    ]);
    expect(quotes[0]?.close).toBe(-1);
  });

  it.each([
    // The next paragraph closes the quote without opening it again: a continued quote.
    [
      `She said: “The first part is true.\n\nThe second part is true too,” she added.`,
      ["The first part is true.", "The second part is true too,"],
    ],
    // No quote mark at all in the next paragraph: the first quote was left unclosed, and the
    // writer speaks again (the nurse is 5'11" tall: an inch mark that opened nothing).
    [
      `The nurse is 5'11" tall, the chart says.\n\nThe ward reopened on Monday with new staff.`,
      [` tall, the chart says.`],
    ],
  ])("a paragraph continues an open quote only when it closes it: %s", (text, expected) => {
    const body = `${lede}${text}`;
    const { quotes } = layout(body);
    expect(quotes.map((q) => body.slice(q.contentStart, q.contentEnd))).toEqual(expected);
  });
});

describe("layout classification", () => {
  it.each([
    ["A boat on the Oder river on Sunday. REUTERS/Kacper Pempel", "boilerplate"],
    ["A boat on the Oder river on Sunday. REUTERS/Kacper Pempel/File Photo", "boilerplate"],
    // An agency's name inside a sentence (a poll's name) is no photo credit.
    [
      "Turnout was low. The latest Reuters/Ipsos poll showed the mayor leading with 31 percent of the vote.",
      "body",
    ],
  ])("reads an agency credit only where it closes a caption: %s", (text, kind) => {
    expect(layout(`${lede}${text}`).paragraphs.map((p) => p.kind)).toEqual(["headline", kind]);
  });

  it.each([
    // A sentence that ends in a colon introduces the quote or list below: body text.
    ["As one local reporter noted, the hall was barely a third full by the end:", "body"],
    ["Okafor reports:", "body"],
    // A heading may end in a colon too: a few words that report nothing.
    ["What we know so far:", "heading"],
  ])("a paragraph ending in a colon: %s", (text, kind) => {
    const body = `${lede}${text}\n\n“The stadium was half empty.”`;
    expect(layout(body).paragraphs.map((p) => p.kind)).toEqual(["headline", kind, "body"]);
  });

  it.each([
    // A closing mark typed the wrong way round after the stop still ends a sentence: the
    // paragraph is body text, not a heading, and the quote closes there.
    [
      "“Your figures are wrong,” Osei wrote. “Please read the report again.“",
      "body",
      ["Your figures are wrong,", "Please read the report again."],
    ],
    // A heading has no final stop.
    ["“Your figures are wrong“", "heading", []],
  ])("a misturned closing mark: %s", (text, kind, quotes) => {
    const body = `${lede}${text}\n\nThe end came quickly.`;
    const lay = layout(body);
    expect(lay.paragraphs.map((p) => p.kind)).toEqual(["headline", kind, "body"]);
    expect(lay.quotes.map((q) => body.slice(q.contentStart, q.contentEnd))).toEqual(quotes);
  });

  it("marks the headline, captions, bylines, credits and related blocks", () => {
    const body = [
      "Home | News | World",
      "Floods cut off mountain villages, officials say",
      "By Marta Kowalska, Reuters",
      "WARSAW (Reuters) — Floods cut off 14 villages in southern Poland on Sunday, officials said.",
      "Rescue boats on the Oder river. Photo: Reuters/Kacper Pempel",
      "Soldiers fill sandbags near Opole Credit: Polish Army",
      "Read more: Poland braces for more rain",
      "Check Also",
      "Central Europe floods: what we know so far",
      "Thousands have been evacuated across the region and more rain is expected …",
      "(Reporting by Marta Kowalska; Editing by Alex Richardson)",
      "© 2024 Reuters. All rights reserved.",
    ].join("\n\n");
    const kinds = layout(body).paragraphs.map((p) => p.kind);
    expect(kinds).toEqual([
      "boilerplate",
      "headline",
      "boilerplate",
      "body",
      "boilerplate",
      "boilerplate",
      "boilerplate",
      "boilerplate",
      "boilerplate",
      "boilerplate",
      "boilerplate",
      "boilerplate",
    ]);
  });
});
