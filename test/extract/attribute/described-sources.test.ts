import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../src/extract";
import { table } from "./cases";

describe("sources described by who they are close to, or speak for", () => {
  table([
    // An unnamed source after an inverted verb, with the words that place it.
    [
      "The tram depot will close in May, said a spokeswoman for the harbour board.",
      {
        np: "a spokeswoman for the harbour board",
        verb: "said",
        pattern: "content-said-x",
        contents: [["The tram depot will close in May", "content-said-x", "said"]],
      },
    ],
    [
      "“The ferry will be sold,” said a person familiar with the talks.",
      {
        np: "a person familiar with the talks",
        verb: "said",
        pattern: "quote-said-x",
        contents: [["“The ferry will be sold,”", "quote-said-x", "said"]],
      },
    ],
    // "to" before a determiner opens no infinitive: "close to the mayor" places the source.
    [
      "The tram depot will close in May, said a person close to the mayor.",
      {
        np: "a person close to the mayor",
        verb: "said",
        pattern: "content-said-x",
        contents: [["The tram depot will close in May", "content-said-x", "said"]],
      },
    ],
    // "her" after a preposition is its object, not the determiner of "said".
    [
      "Ana Ruiz will step down after the vote, a source close to her said.",
      {
        np: "a source close to her",
        verb: "said",
        pattern: "content-said-x",
        contents: [["Ana Ruiz will step down after the vote", "content-said-x", "said"]],
      },
    ],
    [
      "A source close to her said Ana Ruiz would step down after the vote.",
      {
        np: "A source close to her",
        verb: "said",
        pattern: "said-that",
        contents: [["Ana Ruiz would step down after the vote.", "said-that", "said"]],
      },
    ],
    // A long description without a source noun is still no speaker: "said the economy …".
    ["The ferry was late, said the economy would suffer in the long run.", null],
  ]);

  it("keeps a source close to someone unnamed, and goes on crediting it for the quote", () => {
    const text =
      "“The depot will close in May,” said a person close to the mayor. “Nobody has told the drivers yet.”";
    const claims = extractClaims(text).map((c) => [c.claimant?.name ?? null, c.text]);
    expect(claims).toEqual([
      ["person close to the mayor", "The depot will close in May"],
      ["person close to the mayor", "Nobody has told the drivers yet"],
    ]);
  });
});

describe("a present form after a possessive is a noun, not the verb", () => {
  table([
    [
      "The mayor’s claim that crime has doubled is false, the police chief said.",
      {
        np: "the police chief",
        verb: "said",
        pattern: "content-said-x",
        contents: [["The mayor’s claim that crime has doubled is false", "content-said-x", "said"]],
      },
    ],
    // A pronoun's "’s" is "has" or "is": "He’s said" is the verb.
    [
      "He’s said the tram would open on time.",
      {
        np: "He",
        verb: "said",
        pattern: "said-that",
        contents: [["the tram would open on time.", "said-that", "said"]],
      },
    ],
  ]);
});

describe("a source placed by a name is not that name", () => {
  it.each([
    ["a person close to Ana Ruiz", "person close to Ana Ruiz"],
    ["an aide to Ana Ruiz", "aide to Ana Ruiz"],
    ["two advisers to the mayor", "two advisers to the mayor"],
    // A spokesman speaks for the one named.
    ["a spokesman for Ana Ruiz", "Ana Ruiz"],
  ])("%s", (source, claimant) => {
    const body = `Depot news\n\nAna Ruiz visited the depot on Monday.\n\nThe depot will close in May, ${source} said.`;
    const c = extractClaims(body).find((x) => x.text === "The depot will close in May");
    expect(c?.claimant?.name).toBe(claimant);
  });
});
