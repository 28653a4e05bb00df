import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/extract/index";
import { fixtures } from "./fixtures/index";
import { evaluate } from "./score";

/**
 * Regression floors: the same metrics as `npm run eval`, held just below what the extractor
 * reaches today (a regression fails; raise the floors when the extractor improves).
 * Per-pattern floors leave room for about one error in the small buckets.
 */
const OVERALL = {
  claims: { precision: 0.965, recall: 0.95, f1: 0.96 },
  // The learned layer adds attributions read the way PolNeAR's annotators mark them; a few are
  // credited to a source these fixtures do not label (rules alone: 0.931).
  attribution: { precision: 0.915, recall: 0.925, f1: 0.925 },
};
/** Rules only (engine "rules"): the floors the rule engine held before the learned layer. */
const RULES_OVERALL = {
  claims: { precision: 0.97, recall: 0.95, f1: 0.96 },
  attribution: { precision: 0.925, recall: 0.93, f1: 0.93 },
};
const SPLITS: Record<string, { claims: number; attribution: number }> = {
  dev: { claims: 0.98, attribution: 0.98 },
  heldout: { claims: 0.97, attribution: 0.97 },
  // The blind split mixes articles written without looking at the extractor, each batch scored
  // once before being used to fix general rules (so none is blind any more): blind2-*;
  // fixtures-blind3/* (claims F1 0.945, claimant F1 0.720 when first scored); fixtures-blind4/*
  // (0.933 and 0.793 at commit 13df4a8); fixtures-blind5/* (0.898 and 0.688 at commit 49789e1,
  // after the blind4 fixes); fixtures-blind6/* (0.940 and 0.664 at commit 23d4741, after the
  // blind5 fixes); fixtures-blind7/* (0.967 and 0.790 at commit df14eac, after the blind6
  // fixes); fixtures-blind8/* (0.948 and 0.784 at commit 312dd25, after the blind7 fixes).
  // Those first scores are the honest figures for news the extractor has not seen: claimant
  // attribution on unseen news is the weak spot.
  blind: { claims: 0.95, attribution: 0.905 },
};
const PATTERN_F1: Record<string, { claims: number; attribution: number }> = {
  "according-to": { claims: 0.95, attribution: 0.88 },
  "colon-quote": { claims: 0.85, attribution: 0.85 },
  "content-said-x": { claims: 0.95, attribution: 0.83 },
  continuation: { claims: 0.93, attribution: 0.92 },
  headline: { claims: 0.95, attribution: 0.93 },
  parenthetical: { claims: 0.94, attribution: 0.89 },
  "quote-said-x": { claims: 0.93, attribution: 0.92 },
  "said-that": { claims: 0.975, attribution: 0.935 },
  told: { claims: 0.95, attribution: 0.95 },
  unattributed: { claims: 0.89, attribution: 1 },
};

describe("extraction eval (same figures as npm run eval)", () => {
  const report = evaluate(fixtures, (f) =>
    extractClaims(f.body, f.title ? { title: f.title } : undefined),
  );
  const rules = evaluate(fixtures, (f) =>
    extractClaims(f.body, { ...(f.title ? { title: f.title } : {}), engine: "rules" }),
  );

  it("rules only: overall floors, and no labelled non-claim", () => {
    for (const k of ["precision", "recall", "f1"] as const) {
      expect(rules.claims[k], `claims ${k}`).toBeGreaterThanOrEqual(RULES_OVERALL.claims[k]);
      expect(rules.attribution[k], `attribution ${k}`).toBeGreaterThanOrEqual(
        RULES_OVERALL.attribution[k],
      );
    }
    expect(rules.violations).toBe(0);
  });

  it("the learned layer costs the fixtures at most 0.01 F1 against rules only", () => {
    expect(report.claims.f1).toBeGreaterThanOrEqual(rules.claims.f1 - 0.01);
    expect(report.attribution.f1).toBeGreaterThanOrEqual(rules.attribution.f1 - 0.01);
  });

  it("overall precision / recall / F1 for claims and claimant attribution", () => {
    for (const k of ["precision", "recall", "f1"] as const) {
      expect(report.claims[k], `claims ${k}`).toBeGreaterThanOrEqual(OVERALL.claims[k]);
      expect(report.attribution[k], `attribution ${k}`).toBeGreaterThanOrEqual(
        OVERALL.attribution[k],
      );
    }
  });

  it("per split", () => {
    for (const [split, floor] of Object.entries(SPLITS)) {
      const r = report.bySplit.get(split);
      expect(r, split).toBeDefined();
      expect(r?.claims.f1, `${split} claims F1`).toBeGreaterThanOrEqual(floor.claims);
      expect(r?.attribution.f1, `${split} attribution F1`).toBeGreaterThanOrEqual(
        floor.attribution,
      );
    }
  });

  it("per attribution pattern", () => {
    for (const [pattern, floor] of Object.entries(PATTERN_F1)) {
      const r = report.byPattern.get(pattern);
      expect(r, pattern).toBeDefined();
      expect(r?.claims.f1, `${pattern} claims F1`).toBeGreaterThanOrEqual(floor.claims);
      expect(r?.attribution.f1, `${pattern} attribution F1`).toBeGreaterThanOrEqual(
        floor.attribution,
      );
    }
  });

  it("never extracts the labelled non-claims", () => {
    expect(report.violations).toBe(0);
  });
});
