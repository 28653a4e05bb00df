import { describe, expect, it } from "vitest";
import { ArticleNames } from "../../../src/extract/claimants/article";

/**
 * ArticleNames memoises what it reads of the article per word (full names, company mentions);
 * text added later must be read too, exactly as an ArticleNames built with all of it would.
 */
describe("ArticleNames lookups after more text is added", () => {
  const cases: Array<[string, string[], string, string | null, string | null]> = [
    // [first text, later texts, word, full name before, full name after]
    [
      "Officials met on Monday.",
      ["Later, Mary Ann Roe said the plan works."],
      "Roe",
      null,
      "Mary Ann Roe",
    ],
    [
      "Jane Roe spoke first.",
      ["Jane Maria Roe then spoke again."],
      "Roe",
      "Jane Roe",
      "Jane Maria Roe",
    ],
    ["Jane Roe spoke first.", ["Nobody else spoke."], "Roe", "Jane Roe", "Jane Roe"],
  ];
  it.each(cases)("%s + %j: %s", (first, later, word, before, after) => {
    const names = new ArticleNames();
    names.add(first, 0);
    const toks = [word.toLowerCase()];
    expect(names.knownFullName(word, toks, 1e9)?.text ?? null).toBe(before);
    let offset = first.length + 1;
    for (const t of later) {
      names.add(t, offset);
      offset += t.length + 1;
    }
    expect(names.knownFullName(word, toks, 1e9)?.text ?? null).toBe(after);
    // The same as reading all of it at once.
    const fresh = new ArticleNames();
    fresh.add(first, 0);
    offset = first.length + 1;
    for (const t of later) {
      fresh.add(t, offset);
      offset += t.length + 1;
    }
    expect(fresh.knownFullName(word, toks, 1e9)?.text ?? null).toBe(after);
  });

  it("the company an article is about, once more text names one", () => {
    const names = new ArticleNames();
    names.add("The market fell on Monday.", 0);
    expect(names.namedCompany(100)).toBeNull();
    names.add("Shares of Norvane Systems fell 4%.", 30);
    expect(names.namedCompany(100)).toBe("Norvane Systems");
  });
});

describe("full names an article writes", () => {
  // [text, word, full name]: a weekday beside a name is no part of it.
  const cases: Array<[string, string, string | null]> = [
    ["Jane Roe spoke. Roe Thursday said the plan works.", "Roe", "Jane Roe"],
    ["Roe Thursday said the plan works.", "Roe", null],
    ["On Friday Mary Ann Roe spoke.", "Roe", "Mary Ann Roe"],
  ];
  it.each(cases)("%s: %s", (text, word, expected) => {
    const names = new ArticleNames();
    names.add(text, 0);
    expect(names.knownFullName(word, [word.toLowerCase()], 1e9)?.text ?? null).toBe(expected);
  });
});
