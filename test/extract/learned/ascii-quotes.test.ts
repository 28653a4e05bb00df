import { describe, expect, it } from "vitest";
import { typographicQuotes } from "../../../src/extract/ascii-quotes";
import { extractClaims } from "../../../src/extract/index";

describe("ASCII quote pairs read as typographic marks (same length, offsets kept)", () => {
  const cases: Array<[string, string]> = [
    ["''We will win,'' she said.", " “We will win,”  she said."],
    ["He said ``no'' twice.", "He said  “no”  twice."],
    ["It's the mayor's plan.", "It's the mayor's plan."],
    ["no quotes at all", "no quotes at all"],
  ];
  it.each(cases)("%s", (input, expected) => {
    const out = typographicQuotes(input);
    expect(out).toBe(expected);
    expect(out.length).toBe(input.length);
  });

  it("claims come back in the body's own words, spans exact, quote without marks", () => {
    const body =
      "Golf clubs struggle\n\n''Some courses are adapting, others are not,'' said Paula Reyes, a land-use lawyer in Tampa.";
    for (const engine of ["learned", "rules"] as const) {
      const claims = extractClaims(body, { engine });
      const c = claims.find((x) => x.text.includes("Some courses"));
      expect(c, engine).toBeDefined();
      expect(c?.claimant?.name).toBe("Paula Reyes");
      expect(c?.span && body.slice(c.span.start, c.span.end)).toBe(c?.text);
      expect(c?.quote).toBe("Some courses are adapting, others are not");
    }
  });
});
