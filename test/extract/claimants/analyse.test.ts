/** Table-driven tests of claimant phrase analysis (src/extract/claimants/analyse.ts). */
import { describe, expect, it } from "vitest";
import { analyzeNp, isNounPhrase, type NpAnalysis } from "../../../src/extract/claimants";

/** The fields of an analysis a reader checks, empty ones left out. */
function summary(a: NpAnalysis): Record<string, string | boolean> {
  const out: Record<string, string | boolean> = { type: a.type, kind: a.kind };
  for (const k of ["name", "titles", "label", "head", "pronoun", "redirect", "acronym"] as const) {
    const v = a[k];
    if (v) out[k] = v;
  }
  if (a.description) out.description = a.description;
  if (a.speaksFor) out.speaksFor = a.speaksFor.name ?? a.speaksFor.label ?? "";
  return out;
}

describe("analyzeNp: names, titles stripped", () => {
  const cases: Array<[string, Record<string, string | boolean>]> = [
    [
      "Lieutenant General Saad al-Allaq",
      {
        type: "name",
        kind: "person",
        name: "Saad al-Allaq",
        titles: "Lieutenant General",
        description: "Lieutenant General",
      },
    ],
    [
      "Deputy Health Minister Nguyen Thi Lan",
      {
        type: "name",
        kind: "person",
        name: "Nguyen Thi Lan",
        titles: "Deputy Health Minister",
        description: "Deputy Health Minister",
      },
    ],
    ["Helen Okafor KC", { type: "name", kind: "person", name: "Helen Okafor" }],
    // "Neither", "Rival", a headline's "Does" before a name are no part of it; "Will" is a name.
    ["Neither Lena Ortiz", { type: "name", kind: "person", name: "Lena Ortiz" }],
    ["Rival Tomas Brandt", { type: "name", kind: "person", name: "Tomas Brandt" }],
    ["Does Brandt", { type: "name", kind: "unknown", name: "Brandt" }],
    ["Will Parker", { type: "name", kind: "person", name: "Will Parker" }],
    // A leader or whip of a chamber is titled like a speaker.
    [
      "Senate Majority Leader Tomas Lind",
      {
        type: "name",
        kind: "person",
        name: "Tomas Lind",
        titles: "Senate Majority Leader",
        description: "Senate Majority Leader",
      },
    ],
    [
      "Assembly Minority Whip Lena Ortiz",
      {
        type: "name",
        kind: "person",
        name: "Lena Ortiz",
        titles: "Assembly Minority Whip",
        description: "Assembly Minority Whip",
      },
    ],
    // A party label after a committee: the words up to it are the title.
    [
      "House Intelligence Republican Jo Parker",
      {
        type: "name",
        kind: "person",
        name: "Jo Parker",
        titles: "House Intelligence Republican",
        description: "House Intelligence Republican",
      },
    ],
    // An adverb after the name ("Ortiz gingerly said") is no part of it.
    ["Lena Ortiz gingerly", { type: "name", kind: "person", name: "Lena Ortiz" }],
    [
      "Mr. Ortiz also pointedly",
      { type: "name", kind: "person", name: "Ortiz", titles: "Mr.", description: "Mr." },
    ],
    // A noun ending in "-ly" stays, also before an adverb: "the Ortiz family quickly said" is
    // the family, not Ortiz.
    [
      "the Ortiz family quickly",
      { type: "common", kind: "group", label: "Ortiz family quickly", head: "family" },
    ],
    // A noun ending in "-ly" stays: "the Harbour weekly" is a paper.
    [
      "the Harbour weekly",
      { type: "common", kind: "unknown", label: "Harbour weekly", head: "weekly" },
    ],
    [
      "His lawyer, Rui Carvalho",
      { type: "name", kind: "person", name: "Rui Carvalho", description: "His lawyer" },
    ],
    [
      "Analyst Park Yu-ak of Kiwoom Securities",
      {
        type: "name",
        kind: "person",
        name: "Park Yu-ak",
        titles: "Analyst",
        description: "Analyst of Kiwoom Securities",
      },
    ],
    [
      "the Alpine Glacier Monitoring Network (AGMN)",
      { type: "name", kind: "org", name: "Alpine Glacier Monitoring Network", acronym: "AGMN" },
    ],
    [
      "Denmark's National Audit Office",
      { type: "name", kind: "org", name: "National Audit Office" },
    ],
    [
      "Labour's Jo Reed",
      {
        type: "name",
        kind: "person",
        name: "Jo Reed",
        titles: "Labour's",
        description: "Labour's",
      },
    ],
    // A party's label describes a person; it is part of an organisation's name.
    [
      "Democrat Alice Brennan",
      {
        type: "name",
        kind: "person",
        name: "Alice Brennan",
        titles: "Democrat",
        description: "Democrat",
      },
    ],
    [
      "Republican National Committee",
      { type: "name", kind: "org", name: "Republican National Committee" },
    ],
    [
      "Acme, the Oslo-listed maker of snacks",
      { type: "name", kind: "org", name: "Acme", description: "the Oslo-listed maker of snacks" },
    ],
  ];
  it.each(cases)("%s", (phrase, expected) => {
    expect(summary(analyzeNp(phrase))).toEqual(expected);
  });
});

describe("analyzeNp: unnamed sources, documents, pronouns", () => {
  const cases: Array<[string, Record<string, string | boolean>]> = [
    // A share of a group is no name, capitalised or not.
    [
      "Half of Vermont Democrats",
      { type: "common", kind: "unknown", label: "Half of Vermont Democrats", head: "half" },
    ],
    [
      "Two-thirds of Democrats",
      { type: "common", kind: "unknown", label: "Two-thirds of Democrats", head: "two-thirds" },
    ],
    ["Hale of Vermont", { type: "name", kind: "unknown", name: "Hale", description: "of Vermont" }],
    [
      "a Nordair spokeswoman",
      {
        type: "common",
        kind: "person",
        label: "Nordair spokeswoman",
        head: "spokeswoman",
        speaksFor: "Nordair",
      },
    ],
    [
      "a spokesman for the ministry",
      {
        type: "common",
        kind: "person",
        label: "spokesman for the ministry",
        head: "spokesman",
        speaksFor: "ministry",
      },
    ],
    [
      "Iraq's spy chief",
      { type: "common", kind: "person", label: "Iraq's spy chief", head: "chief" },
    ],
    ["officials", { type: "common", kind: "group", label: "officials", head: "officials" }],
    [
      "people familiar with the matter",
      { type: "common", kind: "group", label: "people familiar with the matter", head: "people" },
    ],
    ["the company", { type: "common", kind: "org", label: "company", head: "company" }],
    ["one of the people", { type: "common", kind: "group", redirect: "the people" }],
    [
      "a report published on Tuesday by the Alpine Glacier Network",
      { type: "common", kind: "unknown", redirect: "the Alpine Glacier Network" },
    ],
    ["FactStream data", { type: "common", kind: "unknown", redirect: "FactStream" }],
    [
      "procurement records reviewed by the Ledger",
      { type: "common", kind: "unknown", label: "procurement records" },
    ],
    ["he", { type: "pronoun", kind: "unknown", pronoun: "he" }],
    ["One of them", { type: "pronoun", kind: "unknown", pronoun: "they" }],
  ];
  it.each(cases)("%s", (phrase, expected) => {
    expect(summary(analyzeNp(phrase))).toEqual(expected);
  });
});

describe("analyzeNp: introductory words and phrases that name no one", () => {
  const cases: Array<[string, Record<string, string | boolean>]> = [
    ["On Sunday", { type: "none", kind: "unknown" }],
    ["Wednesday", { type: "none", kind: "unknown" }],
    ["Later", { type: "none", kind: "unknown" }],
    ["The", { type: "none", kind: "unknown" }],
    ["week", { type: "none", kind: "unknown" }],
    ["If Obama", { type: "name", kind: "unknown", name: "Obama" }],
    ["To Sharp", { type: "name", kind: "unknown", name: "Sharp" }],
    ["In Sanders", { type: "name", kind: "unknown", name: "Sanders" }],
    // An article before a name is not an introductory word.
    [
      "The Association of Fishmeal Producers of Senegal",
      { type: "name", kind: "org", name: "Association of Fishmeal Producers of Senegal" },
    ],
    // A document's release day is no part of its name.
    [
      "A Monmouth poll out Monday",
      { type: "common", kind: "unknown", label: "Monmouth poll", head: "poll" },
    ],
    [
      "A campaign TV ad released Thursday",
      { type: "common", kind: "unknown", label: "campaign TV ad", head: "ad" },
    ],
    // A part that names no one is left out.
    [
      "On Tuesday, the minister",
      { type: "common", kind: "person", label: "minister", head: "minister" },
    ],
  ];
  it.each(cases)("%s", (phrase, expected) => {
    expect(summary(analyzeNp(phrase))).toEqual(expected);
  });
});

describe("isNounPhrase: a possible subject of a reporting verb", () => {
  const cases: Array<[string, boolean]> = [
    ["the Central Bank of Kenya", true],
    ["fire officials", true],
    ["people close to the talks", true],
    ["In Kayar", false],
    ["the maker cut its forecast", false],
    ["it was", false],
    // A comparative quantity: "than" opens no clause here.
    ["More than half of the voters in the county survey", true],
    ["Fewer than 40 percent of voters", true],
    ["taller than the mayor", false],
  ];
  it.each(cases)("%s -> %s", (phrase, expected) => {
    expect(isNounPhrase(phrase)).toBe(expected);
  });
});
