import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../src/extract/index";
import {
  antecedent,
  clauseEnd,
  ENGINES,
  engineNamed,
  nameAround,
  namedSource,
  subjectBeforeCue,
  tidySource,
  whyNot,
  withoutThat,
} from "../../../src/extract/learned";
import type { TaggedAttribution } from "../../../src/extract/tagger";
import { claimsForArticle } from "../../../src/routes/articles/articles.claims";

/** A tagged attribution over the first occurrences of content, cue and source in `text`. */
function reading(text: string, content: string, cue: string | null, source: string | null) {
  const at = (s: string): [number, number] => [text.indexOf(s), text.indexOf(s) + s.length];
  const t: TaggedAttribution = {
    content: at(content),
    cue: cue ? at(cue) : null,
    source: source ? at(source) : null,
    continued: false,
    margin: 100,
  };
  return t;
}

describe("which readings of the tagger are claims (whyNot)", () => {
  const cases: Array<[string, string, string | null, string | null, string | null]> = [
    // text, content, cue, source, reason it is left out (null: kept)
    // "said of" names what the report is about, not what it says.
    [
      "“How do we win?” Jo Park said of the talk he had last week with the mayor at the rally.",
      "the talk he had last week with the mayor at the rally",
      "said",
      "Jo Park",
      "topic",
    ],
    // "adding to" adds; it reports nothing.
    [
      "Ruiz won the runoff on Tuesday, adding to her comfortable lead in the council over Lind.",
      "comfortable lead in the council over Lind",
      "adding",
      "Ruiz",
      "adds-to",
    ],
    [
      "Smith said the plan will cost $2 billion.",
      "the plan will cost $2 billion",
      "said",
      "Smith",
      null,
    ],
    [
      "Smith declined to discuss the plan in detail.",
      "the plan in detail",
      "declined to discuss",
      "Smith",
      "cue",
    ],
    ["Smith said yes to it.", "yes to it", "said", "Smith", "short"],
    // A promise made is a claim to track ("vowed to", "pledged to", "claim to").
    [
      "Smith vowed to cut taxes for every family.",
      "to cut taxes for every family",
      "vowed",
      "Smith",
      null,
    ],
    [
      "Four senators claim to object to the new rules.",
      "to object to the new rules",
      "claim",
      "Four senators",
      null,
    ],
    [
      "Smith argued for cutting taxes on every family.",
      "for cutting taxes on every family",
      "argued",
      "Smith",
      "not-a-statement",
    ],
    [
      "Smith said to ask the clerk about every family.",
      "to ask the clerk about every family",
      "said",
      "Smith",
      "not-a-statement",
    ],
    [
      "Smith announced a new plan for rural hospitals.",
      "a new plan for rural hospitals",
      "announced",
      "Smith",
      "no-verb",
    ],
    [
      "Smith said “a new plan for rural hospitals” was ready.",
      "“a new plan for rural hospitals”",
      "said",
      "Smith",
      null,
    ],
    [
      "Smith, which said the plan has worked well, left.",
      "the plan has worked well",
      "said",
      "which",
      "not-a-source",
    ],
    // A question asked, reported: what Smith asked (a quoted question is a claim too).
    [
      "Smith asked whether the plan works at all.",
      "whether the plan works at all",
      "asked",
      "Smith",
      null,
    ],
    // "whether …" after a cue that asks nothing is no statement.
    [
      "Smith said whether the plan works would be decided in May.",
      "whether the plan works would be decided in May",
      "said",
      "Smith",
      "not-a-statement",
    ],
    // A relative clause or a comparison's tail read as the content is a fragment, no statement.
    [
      "The bomber, Smith said, who walked in from the square, had been to Syria.",
      "who walked in from the square",
      "said",
      "Smith",
      "not-a-statement",
    ],
    [
      "Smith, whose county voted twice, said so at the fair.",
      "whose county voted twice",
      "said",
      "Smith",
      "not-a-statement",
    ],
    [
      "Easier said than done in a county this size.",
      "than done in a county this size",
      "said",
      "Easier",
      "not-a-statement",
    ],
    // "asked who …" reports a question all the same.
    [
      "Smith asked who would pay for the new county roads.",
      "who would pay for the new county roads",
      "asked",
      "Smith",
      null,
    ],
    [
      "Polls show voters prefer the plan by far.",
      "voters prefer the plan by far",
      "show",
      "Polls",
      null,
    ],
    [
      "Roe was found hiding near the old border post.",
      "hiding near the old border post",
      "found",
      "Roe",
      "participle",
    ],
    // The time and place of the report, not a statement; with a verb it is one.
    [
      "Smith said Saturday night at the county fair in Ames.",
      "Saturday night at the county fair in Ames",
      "said",
      "Smith",
      "circumstance",
    ],
    [
      "Smith said Tuesday the county fair had been cancelled.",
      "Tuesday the county fair had been cancelled",
      "said",
      "Smith",
      null,
    ],
    [
      "CNN was shown the warrants for the nine men.",
      "the warrants for the nine men",
      "was shown",
      "CNN",
      "passive",
    ],
  ];
  it.each(cases)("%s", (text, content, cue, source, reason) => {
    const t = reading(text, content, cue, source);
    expect(whyNot(text, t)).toBe(reason);
  });

  it("content far after its cue needs a surer reading", () => {
    const text =
      "Smith said the governor had resigned on Monday and the mayor had left the capital.";
    const t = reading(text, "the mayor had left the capital", "said", "Smith");
    expect(whyNot(text, { ...t, margin: 149 })).toBe("far");
    expect(whyNot(text, { ...t, margin: 150 })).toBeNull();
    // Right after the cue, the usual bar.
    const near = reading(text, "the governor had resigned on Monday", "said", "Smith");
    expect(whyNot(text, { ...near, margin: 100 })).toBeNull();
  });

  it("a reading with no cue is kept only as a continued quote", () => {
    const text = "“We will finish the bridge by June,”";
    const t = reading(text, "“We will finish the bridge by June,”", null, null);
    expect(whyNot(text, t)).toBe("no-cue");
    expect(whyNot(text, { ...t, continued: true })).toBeNull();
  });
});

describe("sources the tagger reads", () => {
  const antecedents: Array<[string, string, string | null]> = [
    ["Democratic voters who say", "who", "Democratic voters"],
    // An apposition describes the full name before it; a place phrase is no name.
    ["said Jane Roe, a retired teacher who said", "who", "Jane Roe, a retired teacher"],
    ["led by Alan Berg, a doctor from Leeds, who said", "who", "Alan Berg, a doctor from Leeds"],
    ["In Ohio, a retired teacher who said", "who", "a retired teacher"],
    ["the mayor, a former teacher who said", "who", "a former teacher"],
    ["The report, which found", "which", "The report"],
    ["who said", "who", null],
  ];
  it.each(antecedents)("antecedent of %s", (text, pronoun, expected) => {
    const r = antecedent(text, text.lastIndexOf(pronoun));
    expect(r && text.slice(...r)).toBe(expected);
  });

  const named: Array<[string, string | null]> = [
    ["The latest Reuters/Ipsos poll", "Reuters/Ipsos poll"],
    ["Huma Abedin, vice chairwoman of the campaign,", "Huma Abedin"],
    ["Many Democratic voters who", "Democratic voters"],
    ["he", null],
    ["the company", null],
  ];
  it.each(named)("the name a source shows: %s", (source, expected) => {
    expect(namedSource(source)?.name ?? null).toBe(expected);
  });

  // A source of no letters: the name around the stop of an initial; none where no name is.
  const around: Array<[string, string, string | null]> = [
    ["predictable - Mary K. Lowe has vowed", ".", "Mary K. Lowe"],
    ["the story John F. Kennedy told", ".", "John F. Kennedy"],
    ["Of those asked, 47% say", "%", null],
  ];
  it.each(around)("the name around a source of no letters in %s", (text, source, expected) => {
    const s = text.indexOf(source);
    const r = nameAround(text, [s, s + source.length]);
    expect(r && text.slice(...r)).toBe(expected);
  });

  const tidied: Array<[string, string, string]> = [
    ["During Mr. Trump's speech he said", "During Mr", "Mr. Trump's"],
    ["Ms. Brainard argued that", "Ms.", "Ms. Brainard"],
    ["The senator said", "The senator", "The senator"],
  ];
  it.each(tidied)("tidied source in %s", (text, source, expected) => {
    const s = text.indexOf(source);
    expect(text.slice(...tidySource(text, [s, s + source.length]))).toBe(expected);
  });

  // A source read as a bare article runs on to the cue.
  const toCue: Array<[string, string, string, string]> = [
    [
      "The campaign's statement then declares that",
      "The",
      "declares",
      "The campaign's statement then",
    ],
    ["But a preliminary field test indicated it", "a", "indicated", "a preliminary field test"],
    ["The senator said", "The senator", "said", "The senator"],
  ];
  it.each(toCue)("source in %s read as %s, cue %s", (text, source, cue, expected) => {
    const s = text.indexOf(source);
    const c = text.indexOf(cue);
    const got = tidySource(text, [s, s + source.length], [c, c + cue.length]);
    expect(text.slice(...got)).toBe(expected);
  });

  // [text, cue, expected subject (null: none)]; the tagger read the cue without its source.
  const subjects: Array<[string, string, string | null]> = [
    [
      "Lawmakers agreed. Donald J. Trump, the Republican candidate, has said there should be a ban.",
      "has said",
      "Donald J. Trump, the Republican candidate",
    ],
    [
      "The Obama administration, in a far-reaching effort that has ignited criticism from business groups, has said it would act.",
      "has said",
      "The Obama administration, in a far-reaching effort that has ignited criticism from business groups",
    ],
    [
      "Snyder, for his part, has denied that the show mattered.",
      "has denied",
      "Snyder, for his part",
    ],
    ["Mr. Ruiz said so. Ms. Lee has long argued that it would fail.", "has long argued", "Ms. Lee"],
    ["After the vote was counted and the hall emptied, has said it.", "has said", null],
  ];
  it.each(subjects)("the subject of a cue read alone: %s", (text, cue, expected) => {
    const c = text.indexOf(cue);
    const got = subjectBeforeCue(text, [c, c + cue.length], 0);
    expect(got ? text.slice(...got) : null).toBe(expected);
  });

  it("a question someone asked is their claim; an unattributed question is none", () => {
    const body =
      "The senator spoke at a rally in Ohio on Tuesday.\n\n“Who do they think they are?” Senator Jane Hale said of the board.\n\nWill the plant reopen next year?";
    const claims = extractClaims(body);
    expect(claims.map((c) => [c.text, c.claimant?.name ?? null])).toContainEqual([
      "Who do they think they are?",
      "Jane Hale",
    ]);
    expect(claims.some((c) => c.text.startsWith("Will the plant"))).toBe(false);
  });

  it.each([
    // The tagger reads the ")" closing the party and state as the source: the name before it.
    [
      "In a statement released Thursday, Rep. Jane Hale (D-N.Y.) reacted to the news, saying: “The ruling should stand.”",
      "Jane Hale",
    ],
    // A party and state in parentheses is no part of a name; an acronym there is its own.
    ["Senate leader Tom Reed (D-Nev.) told reporters that the plan would fail.", "Tom Reed"],
    ["Sen. Ana Ruiz (Tex.) said the plan would fail.", "Ana Ruiz"],
    // The tagger reads only the party and state as the source: the name before them.
    [
      "On Saturday at the state party convention Sen. Mara Quinn (D-MA) said the plan would fail.",
      "Mara Quinn",
    ],
    // The acronym the article defines goes with the full name.
    ["The Associated Press (AP) reported that the plan would fail.", "Associated Press (AP)"],
  ])("the claimant of %s", (body, name) => {
    expect(extractClaims(body).map((c) => c.claimant?.name)).toEqual([name]);
  });

  it("a content inside ', who …,' ends with the clause", () => {
    const body = "The governor, who has argued that the state cannot pay, vetoed the bill.";
    const s = body.indexOf("that");
    expect(body.slice(...clauseEnd(body, [s, body.length - 1]))).toBe("that the state cannot pay");
  });
});

describe("engines: learned (default) and rules only", () => {
  const body =
    "Budget veto\n\nThe governor, who has argued that the state cannot afford the program, vetoed the bill on Friday.";

  it("the learned layer finds a report inside a relative clause that the rules leave out", () => {
    const learned = extractClaims(body);
    const c = learned.find((x) => x.text.includes("cannot afford the program"));
    expect(c?.claimant?.name).toBe("governor");
    expect(c?.pattern).toBe("learned");
    expect(c?.text).not.toContain("vetoed");
    const rules = extractClaims(body, { engine: "rules" });
    expect(rules.some((x) => x.claimant && x.text.includes("cannot afford"))).toBe(false);
  });

  it("both engines keep the rules' own readings of a plain report", () => {
    const plain = "Jobs report\n\nThe minister said 40,000 jobs were created in March.";
    for (const engine of ENGINES.filter((e) => e !== "tagger")) {
      const c = extractClaims(plain, { engine }).find((x) => x.text.includes("40,000 jobs"));
      expect(c?.claimant?.name, engine).toBe("minister");
      expect(c?.text).toBe("40,000 jobs were created in March");
    }
  });

  it("article submission extracts with the engine the EXTRACT_ENGINE setting names", () => {
    const texts = (engine?: "rules" | "learned") =>
      claimsForArticle(body, [], true, "Budget veto", engine).map((c) => c.text);
    expect(texts().some((t) => t.includes("cannot afford the program"))).toBe(true);
    expect(texts("learned")).toEqual(texts());
    expect(texts("rules").some((t) => t.includes("cannot afford the program"))).toBe(false);
  });

  it("EXTRACT_ENGINE names an engine; anything else falls back to the default", () => {
    expect(engineNamed("rules")).toBe("rules");
    expect(engineNamed("learned")).toBe("learned");
    expect(engineNamed("bogus")).toBeUndefined();
    expect(engineNamed(undefined)).toBeUndefined();
  });
});

describe("a learned content starts after its “that”", () => {
  it.each([
    ["that the ferry runs at a loss", "the ferry runs at a loss"],
    ["that “the ferry will sail on time.”", "“the ferry will sail on time.”"],
    // "that" before a verb is the content's subject.
    ["that could close the depot by May", "that could close the depot by May"],
    ["that was the case all along", "that was the case all along"],
    ["the plan works", "the plan works"],
  ])("%s", (content, expected) => {
    const text = `Smith said ${content}`;
    const s = "Smith said ".length;
    expect(text.slice(withoutThat(text, s, text.length))).toBe(expected);
  });
});
