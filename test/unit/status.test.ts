import { describe, expect, it } from "vitest";
import { isCountryCode, statusLabel } from "../../src/claims/status";

describe("statusLabel", () => {
  it("names the reviewing country by its adjective", () => {
    expect(statusLabel("under_review", { name: "Turkish authorities", country: "TR" })).toBe(
      "Under Turkish review",
    );
    expect(statusLabel("under_review", { name: "Home Office", country: "GB" })).toBe(
      "Under British review",
    );
    expect(statusLabel("under_review", { name: "Ministry of Defence", country: "IQ" })).toBe(
      "Under Iraqi review",
    );
  });

  it("falls back to the reviewer's name without a known adjective", () => {
    expect(statusLabel("under_review", { name: "AFP Fact Check", country: null })).toBe(
      "Under review by AFP Fact Check",
    );
    expect(statusLabel("under_review", { name: "Tuvalu Police", country: "TV" })).toBe(
      "Under review by Tuvalu Police",
    );
  });

  it("reads the rated statuses plainly", () => {
    expect(statusLabel("unverified", null)).toBe("Unverified");
    expect(statusLabel("confirmed", null)).toBe("Confirmed");
    expect(statusLabel("disputed", null)).toBe("Disputed");
    expect(statusLabel("refuted", { name: "X", country: "TR" })).toBe("Refuted");
  });
});

describe("isCountryCode", () => {
  it("accepts assigned ISO 3166-1 alpha-2 codes only", () => {
    expect(isCountryCode("TR")).toBe(true);
    expect(isCountryCode("US")).toBe(true);
    expect(isCountryCode("XX")).toBe(false);
    expect(isCountryCode("UK")).toBe(false);
    expect(isCountryCode("tr")).toBe(false);
  });
});
