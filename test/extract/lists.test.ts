import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/extract/index";
import { listItems } from "../../src/extract/lists";

describe("lists of claims after a colon", () => {
  const cases: Array<[string, string[] | null]> = [
    [
      "three failings: trains ran late on 40% of days, fares rose 12% and two stations failed checks",
      ["trains ran late on 40% of days", "fares rose 12%", "two stations failed checks"],
    ],
    [
      "two things: the plant will close in May; and 300 workers will lose their jobs",
      ["the plant will close in May", "300 workers will lose their jobs"],
    ],
    ["three problems: delays, fares and safety", null],
    ["the reason: the plant will close in May", null],
    ["the plant will close, and 300 workers will lose their jobs", null],
    ["his words: “we lost, and they won the whole thing”", null],
  ];
  it.each(cases)("%s", (text, expected) => {
    const items = listItems(text, 0, text.length);
    expect(items ? items.map(([s, e]) => text.slice(s, e)) : null).toEqual(expected);
  });
});

describe("a report of a list gives one claim per item, each credited", () => {
  const body =
    "Rail audit\n\nThe audit found three failings: trains ran late on 40% of days, fares rose 12% and two stations failed safety checks.";
  it.each(["learned", "rules"] as const)("engine %s", (engine) => {
    const claims = extractClaims(body, { engine }).filter((c) => c.claimant?.name === "audit");
    expect(claims.map((c) => c.text)).toEqual([
      "trains ran late on 40% of days",
      "fares rose 12%",
      "two stations failed safety checks",
    ]);
    for (const c of claims) expect(c.span && body.slice(c.span.start, c.span.end)).toBe(c.text);
  });
});

describe("a report that ends its paragraph with a colon, then a list of items", () => {
  const cases: Array<[string, string, Array<[string | null, string]>]> = [
    [
      "one item a paragraph, after 'The audit found:'",
      "Rail audit\n\nThe audit found:\n\n- Trains ran late on 40% of days.\n- Fares rose 12%.\n- Two stations failed safety checks.",
      [
        ["audit", "Trains ran late on 40% of days"],
        ["audit", "Fares rose 12%"],
        ["audit", "Two stations failed safety checks"],
      ],
    ],
    [
      "after a report whose content ends in the colon, numbered, two sentences in an item",
      "Ferry review\n\nAna Ruiz said the review had found two faults:\n\n1. The ferry was never inspected. Its logs were lost.\n2. Two crossings ran without a crew list.\n\nThe operator did not respond.",
      [
        ["Ana Ruiz", "the review had found two faults"],
        ["Ana Ruiz", "The ferry was never inspected"],
        ["Ana Ruiz", "Its logs were lost"],
        ["Ana Ruiz", "Two crossings ran without a crew list"],
      ],
    ],
    [
      "the list ends with the first paragraph that is no item",
      "Ferry review\n\nThe operator said:\n\n• The ferry is safe.\n\nCritics were not convinced.\n\n• Crossings were cancelled for weeks.",
      [["operator", "The ferry is safe"]],
    ],
  ];
  it.each(cases)("%s", (_name, body, expected) => {
    const claims = extractClaims(body)
      .filter((c) => c.claimant)
      .map((c) => [c.claimant?.name ?? null, c.text]);
    expect(claims).toEqual(expected);
    for (const c of extractClaims(body))
      if (c.pattern === "colon-quote")
        expect(c.span && body.slice(c.span.start, c.span.end)).toBe(c.text);
  });
});
