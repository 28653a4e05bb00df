import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/extract/index";
import { fixtures } from "./fixtures/index";
import { checkFixture, scoreFixture } from "./score";

describe("fixture set", () => {
  it("has at least 25 labelled articles whose keys occur in their bodies", () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(25);
    expect(fixtures.flatMap(checkFixture)).toEqual([]);
  });

  for (const f of fixtures) {
    describe(f.id, () => {
      const claims = extractClaims(f.body);
      it("spans are exact UTF-16 offsets and text order holds", () => {
        let last = -1;
        for (const c of claims) {
          const span = c.span ?? { start: -1, end: -1 }; // no title given: every claim has a span
          const inBody = f.body.slice(span.start, span.end);
          if (inBody !== c.text) {
            // A quote its attribution interrupts, or a cue set off by commas inside the
            // content: the text is its parts, in the span's order, from the span's first word
            // to its last.
            expect(c.quote !== null || ["parenthetical", "according-to"].includes(c.pattern)).toBe(
              true,
            );
            expect(inBody.startsWith(c.text.slice(0, 8))).toBe(true);
            expect(inBody.endsWith(c.text.slice(-8))).toBe(true);
            let at = 0;
            for (const w of c.text.split(/[\s,]+/).filter(Boolean)) {
              at = inBody.indexOf(w, at);
              expect(at, w).toBeGreaterThanOrEqual(0);
            }
          }
          expect(span.start).toBeGreaterThanOrEqual(last);
          last = span.start;
          expect(c.checkworthiness).toBeGreaterThanOrEqual(0);
          expect(c.checkworthiness).toBeLessThanOrEqual(1);
          if (c.quote !== null) expect(c.text).toContain(c.quote);
        }
      });
      it("extracts no caption, byline or boilerplate", () => {
        expect(scoreFixture(f, claims).violations.map((v) => v.nonClaim)).toEqual([]);
      });
    });
  }
});
