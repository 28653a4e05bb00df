/**
 * The finishing filters (src/extract/finish/) and claimant resolution across sentences, end to
 * end through extractClaims. Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/extract";
import { isNoStatement, opensClauseRest } from "../../src/extract/finish";

const attributed = (text: string) =>
  extractClaims(text)
    .filter((c) => c.claimant)
    .map((c) => [c.claimant?.name, c.text]);

describe("a cue that was a noun or took the subject itself gives no claim", () => {
  it.each([
    [
      "Rates may rise. The October report exceeded economists' expectations, with 271,000 new jobs.",
    ],
    [
      "Turnout matters. Most Southern states that will hold contests in March have large minorities.",
    ],
    ["Debt grew. The Government Development Bank has found itself at the center of the crisis."],
    ["He ran. Cruz describes himself as a consistent conservative on every issue that matters."],
  ])("%s", (text) => {
    expect(attributed(text)).toEqual([]);
  });

  it.each([
    // A statement after the cue, a copula before "that": kept.
    [
      "Trade is hard. The report states that the tariffs will cost every household 900 dollars.",
      true,
    ],
    ["He was fired. His claim is that the committee is a partisan witch hunt against him.", true],
  ])("%s keeps a claim: %s", (text, kept) => {
    expect(attributed(text).length > 0).toBe(kept);
  });

  it.each([
    ["The October report exceeded expectations", "exceeded expectations", true],
    ["Southern states that will hold contests", "will hold contests", true],
    ["The bank has found itself at the center", "itself at the center", true],
    ["which he claims was rushed", "was rushed", false],
    ["The report states that the tariffs will cost", "the tariffs will cost", false],
    ["The claim is that the committee lied", "is that the committee lied", false],
    ["A report published Wednesday said the minister lied", "published Wednesday said", false],
    ["The report said “were never there,” he added", "were never there", false],
  ])("%s: %s opens the rest of a clause: %s", (body, content, expected) => {
    const s = body.indexOf(content);
    expect(opensClauseRest(body, s, s + content.length)).toBe(expected);
  });
});

describe("a group named with its own modifiers is not an earlier bare group", () => {
  it.each([
    [
      "The talks stalled on Monday, officials said. American officials insist that they give no support to the rebels.",
      ["officials", "American officials"],
    ],
    [
      "Rates rose. Analysts said rates would rise soon enough. GOP analysts say the Fed will raise rates again in March.",
      ["Analysts", "GOP analysts"],
    ],
    [
      "Rates rose. Analysts said rates would rise soon enough. Analysts say the Fed will raise rates again in March.",
      ["Analysts", "Analysts"],
    ],
    // A count of its own is a group of its own; "other" says it is not the one before.
    [
      "A poll was taken. Twenty-four percent said it made no difference to them. Sixty-six percent said it mattered a great deal.",
      ["Twenty-four percent", "Sixty-six percent"],
    ],
    [
      "A poll was taken. 24 percent said it made no difference. The 24 percent said it mattered little.",
      ["24 percent", "24 percent"],
    ],
    [
      "A poll was taken. Half of Vermont Democrats said they want change. About half of GOP primary voters said they were angry.",
      ["Half of Vermont Democrats", "About half of GOP primary voters"],
    ],
    [
      "Cruz returned. Senators said he had not spoken to them in months. Other senators said they had no dealings with him.",
      ["Senators", "Other senators"],
    ],
    // A quantifier stays with its group; an indefinite description is a new source unless its
    // words all fit an earlier one ("a Dutch official" is not the "official" before).
    [
      "An official said the border would reopen. Later, a Dutch official said the talks had stalled.",
      ["official", "Dutch official"],
    ],
    [
      "Some economists said rates would rise. Two analysts at Norbank said growth would slow.",
      ["Some economists", "Two analysts at Norbank"],
    ],
    // An aside between subject and verb is no part of the name.
    [
      "One former employee, speaking on condition of anonymity because of a confidentiality agreement, said the charity was a front.",
      ["One former employee"],
    ],
    // A pronoun with its verb contracted on is the pronoun.
    ["Jane Hale lost the vote. She’s argued that the count was wrong.", ["Jane Hale"]],
    // A plural role is many people: not the one the article names next.
    [
      "Some party strategists said none of the attacks will work. “It is a parlor game,” said Charlie Black, a veteran strategist.",
      ["Some party strategists", "Charlie Black"],
    ],
    [
      "Abortion rights advocates said the ruling makes the fight more urgent. “We will take this state by state,” said Cecile Richards, president of Planned Parenthood.",
      ["Abortion rights advocates", "Cecile Richards"],
    ],
    // A campaign speaks as an organisation: "C, his campaign said".
    [
      "Mira Holt toured the state. The rally drew 4,000 people, her campaign said.",
      ["her campaign"],
    ],
  ])("%s", (text, claimants) => {
    expect(attributed(text).map(([name]) => name)).toEqual(claimants);
  });
});

describe("a continued quote that is a heading or a name line is no claim", () => {
  it.each([
    ["EVENTUALLY VOTERS MAKE GOOD DECISIONS", true],
    ["Josh Bivens, Economic Policy Institute", true],
    ["Related", true],
    ["Not a serious candidate", false],
    ["We will win", false],
    ["NATO is stronger than ever", false],
    // A list of names, however long, is none either; a long sentence in title case is one.
    [
      "Tim Albers, Rosa Brandt, Ed Carr Jr., Jane Doe, Omar Eid, Lena Ford, Al Gray, Ivy Hunt",
      true,
    ],
    ["The Mayor Said The Harbour Tunnel Will Open In May Next Year", false],
  ])("%s: %s", (text, expected) => {
    expect(isNoStatement(text, 0, text.length)).toBe(expected);
  });

  it("drops a capitals heading after a speaker's quote", () => {
    const text =
      "“Voters are smart,” Obama said. “They always get there.”\n\n“EVENTUALLY VOTERS MAKE GOOD DECISIONS”\n\nThe rally ended.";
    const claims = extractClaims(text).map((c) => c.text);
    expect(claims.some((t) => t.startsWith("Voters are smart"))).toBe(true);
    expect(claims.some((t) => t.includes("EVENTUALLY"))).toBe(false);
  });

  it("gives no claim for a list of names after a colon", () => {
    const text =
      "The panel voted on the plan.\n\nThe harbour board said: “Tim Albers, Rosa Brandt, Ed Carr Jr., Jane Doe, Omar Eid, Lena Ford, Al Gray.”\n\nThe harbour board said: “The tunnel will open in May.”";
    const claims = extractClaims(text).map((c) => c.text);
    expect(claims.some((t) => t.includes("tunnel will open"))).toBe(true);
    expect(claims.some((t) => t.includes("Rosa Brandt"))).toBe(false);
  });
});

describe("a question is a claim only when somebody asked or said it", () => {
  it.each([
    // Asked or said: reported speech, with the asker as claimant and a low check-worthiness.
    [
      "“Can we carry the county?” Ms. Dana Varga asked. The polls closed.",
      [["Dana Varga", "Can we carry the county?"]],
    ],
    [
      'Ms. Kim faced the jury. "You would say anything to stay out of prison, wouldn\'t you?" Kim asked.',
      [["Kim", "You would say anything to stay out of prison, wouldn't you?"]],
    ],
    [
      "“Who gave them the right?” Mayor Ana Ruiz said. The crowd cheered.",
      [["Ana Ruiz", "Who gave them the right?"]],
    ],
    // Nobody's: the writer's own question is no claim.
    ["Will the dam hold? Engineers are not sure yet.", []],
  ])("%s", (text, expected) => {
    const claims = extractClaims(text);
    const questions = claims.filter((c) => c.text.endsWith("?"));
    expect(questions.map((c) => [c.claimant?.name ?? null, c.text])).toEqual(expected);
    for (const q of questions) expect(q.checkworthiness).toBeLessThan(0.5);
  });
});

describe("a quote its attribution interrupts is one claim (finish/split-quotes.ts)", () => {
  const said = (text: string) =>
    extractClaims(text)
      .filter((c) => c.claimant)
      .map((c) => [c.claimant?.name, c.text, c.span ? text.slice(c.span.start, c.span.end) : null]);
  it.each([
    [
      "Mayor Ana Ruiz spoke. “If we lose Ohio,” she said, “we lose the election.”",
      [
        [
          "Ana Ruiz",
          "If we lose Ohio, we lose the election",
          "If we lose Ohio,” she said, “we lose the election",
        ],
      ],
    ],
    [
      "“The danger,” said Tomas Brandt, a planner at the county office, “is that the new homes will stand empty for years.”",
      [
        [
          "Tomas Brandt",
          "The danger is that the new homes will stand empty for years",
          "The danger,” said Tomas Brandt, a planner at the county office, “is that the new homes will stand empty for years",
        ],
      ],
    ],
    [
      "Mr. Tom Blake spoke. ''The problem,'' he said, ''is the money we never had.''",
      [
        [
          "Tom Blake",
          "The problem is the money we never had",
          "The problem,'' he said, ''is the money we never had",
        ],
      ],
    ],
  ])("%s", (text, expected) => {
    expect(said(text)).toEqual(expected);
  });

  it.each([
    // A second report after the first: two statements.
    "Lena Ortiz spoke for the union. “We are not part of the strike,” she said, adding, “The members will decide for themselves.”",
    // The quote resumes in the next sentence.
    "“We will not cut the school budget,” Mr. Tom Reyes said. But he added, “We cannot promise new buses this year.”",
    // An attribution longer than what it interrupts: one span would be mostly not the claim.
    "“Yes,” said Marta Kowalska, director of regional planning at the Lower Silesia Development Agency in Wroclaw, “it will.”",
  ])("keeps two claims: %s", (text) => {
    expect(said(text)).toHaveLength(2);
  });
});

describe("a closing mark typed the wrong way round is no part of the claim", () => {
  it("reads 'Please read the report again' from '… Please read the report again.“'", () => {
    const text =
      "Nadia Osei answered.\n\n“Your figures are wrong,” Osei wrote. “Please read the report again.“\n\nThe minister did not reply.";
    expect(attributed(text)).toEqual([
      ["Nadia Osei", "Your figures are wrong"],
      ["Nadia Osei", "Please read the report again"],
    ]);
  });
});

describe("a party's label is no part of the claimant's name", () => {
  it.each([
    [
      "Republican Marco Delgado rallied in Ohio. “We will fix the roads,” he said.",
      [["Marco Delgado", "We will fix the roads"]],
    ],
    [
      "Democrat Alice Brennan spoke in Dayton. Brennan says the city must cap rents next year.",
      [["Alice Brennan", "the city must cap rents next year"]],
    ],
    [
      "The Republican National Committee said the debate was rigged against its nominee.",
      [["Republican National Committee", "the debate was rigged against its nominee"]],
    ],
  ])("%s", (text, expected) => {
    expect(attributed(text)).toEqual(expected);
  });
});

describe("a report too short for a claim still names who speaks next", () => {
  it.each([
    [
      "“We will fix the roads,” Mayor Tom Hale said on Monday.\n\nNot so fast, said budget analyst Rita Vance.\n\n“The city has no money left for roads this year.”",
      [
        ["Tom Hale", "We will fix the roads"],
        ["Rita Vance", "The city has no money left for roads this year"],
      ],
    ],
    [
      "“We will fix the roads,” Mayor Tom Hale said on Monday.\n\nNo way, Rita Vance said.\n\n“The city has no money left for roads this year.”",
      [
        ["Tom Hale", "We will fix the roads"],
        ["Rita Vance", "The city has no money left for roads this year"],
      ],
    ],
  ])("%s", (text, expected) => {
    expect(attributed(text)).toEqual(expected);
  });
});

describe("a report that ends its paragraph in a colon introduces the quote below", () => {
  it.each([
    // The speaker it names says the quote.
    [
      "The nurse disputes the claim.\n\nOkafor reports:\n\n“The first time the nurse saw the ward, in June, she was still new to the city and its hospitals.”",
      [
        ["nurse", "the claim"],
        [
          "Okafor",
          "The first time the nurse saw the ward, in June, she was still new to the city and its hospitals",
        ],
      ],
    ],
    // What the report is about is no claim; the quote is.
    [
      "In a statement, the Harbour District planning committee said about the new draft of its housing plan:\n\n“The plan goes further than any plan before it on homes people can afford.”",
      [
        [
          "Harbour District planning committee",
          "The plan goes further than any plan before it on homes people can afford",
        ],
      ],
    ],
  ])("%s", (text, expected) => {
    expect(attributed(text)).toEqual(expected);
  });
});

describe("a cue set off by commas inside its content is left out of the text (finish/inner-cue.ts)", () => {
  it.each([
    [
      "Building the new line, the mayor said, will cost far more than the council was told.",
      "mayor",
      "Building the new line will cost far more than the council was told",
    ],
    [
      "In the coming decade, according to the harbour board, the cost of dredging the channel will double.",
      "harbour board",
      "In the coming decade, the cost of dredging the channel will double",
    ],
    [
      "The plan, which costs $40m, the mayor said, will be dropped before the vote.",
      "mayor",
      "The plan, which costs $40m, will be dropped before the vote",
    ],
    // A verb after the cue goes on with the subject before it, with no comma between.
    [
      "The new tram depot, the council said, opened in May after two years of delays.",
      "council",
      "The new tram depot opened in May after two years of delays",
    ],
  ])("%s", (sentence, claimant, text) => {
    const body = `Harbour news\n\n${sentence}`;
    const c = extractClaims(body).find((x) => x.claimant?.name === claimant);
    expect(c?.text).toBe(text);
    // The span still covers the whole content, cue included.
    expect(c?.span && body.slice(c.span.start, c.span.end)).toContain(c?.text.slice(-20));
    expect(c?.span && body.slice(c.span.start, c.span.end).startsWith(text.slice(0, 12))).toBe(
      true,
    );
  });
});

describe("a content's own trailing attribution is no part of it (finish/trailing-cue.ts)", () => {
  it.each([
    // [sentence, claim text, claimant]
    [
      "Ana Ruiz said the depot had failed, “and we will not wait for the audit,” she said.",
      "the depot had failed, “and we will not wait for the audit,”",
      "Ana Ruiz",
    ],
    [
      "The audit office said the depot had failed two inspections in May, the report said.",
      "the depot had failed two inspections in May",
      "audit office",
    ],
    // What a document, a poll or a court says, after its content.
    [
      "The mayor said the depot had missed every safety deadline since 2019, a city audit report found.",
      "the depot had missed every safety deadline since 2019",
      "mayor",
    ],
    [
      "Officials said the ferry service will stay in public hands, a county judge ruled Monday.",
      "the ferry service will stay in public hands",
      "Officials",
    ],
    [
      "Lena Ortiz said most riders want later trains, a new Harbour Transit/Civic Pulse survey shows.",
      "most riders want later trains",
      "Lena Ortiz",
    ],
    // After "according to", the trailing speaker is whose claim it is; the outlet reported it.
    [
      "According to the Harbour Gazette, “We will not sell the depot,” Mayor Ana Ruiz told reporters.",
      "We will not sell the depot",
      "Ana Ruiz",
    ],
    // A quote's own words that end like a cue stay: "it says indict" is no attribution.
    [
      "“If you read the first half of the report, it says indict,” Tomas Brandt said.",
      "If you read the first half of the report, it says indict",
      "Tomas Brandt",
    ],
  ])("%s", (text, claim, claimant) => {
    const c = extractClaims(text).find((x) => x.claimant !== null);
    expect(c?.text).toBe(claim);
    expect(c?.claimant?.name).toContain(claimant);
  });
});

describe("a sentence adverb before a source is no part of its name", () => {
  it.each([
    [
      "Christoph Meyer spoke in Zurich. Interestingly Meyer said the party must be careful.",
      "Christoph Meyer",
    ],
    ["Even Republicans said the party may have to change course.", "Republicans"],
    ["Notably Tomas Brandt said the depot would close in May.", "Tomas Brandt"],
  ])("%s", (text, claimant) => {
    const names = extractClaims(text)
      .filter((c) => c.claimant)
      .map((c) => c.claimant?.name);
    expect(names).toEqual([claimant]);
  });
});
