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
