/**
 * Table-driven tests of the attribution rules (src/extract/attribute/): a sentence in, the
 * attribution read from it out. Sentences are written for these tests.
 */
import { expect, it } from "vitest";
import { analyzeSentence } from "../../../src/extract/attribute";

/** What a test expects: the claimant phrase, the cue, the pattern and each content. */
export interface Expected {
  np: string | null;
  verb: string;
  pattern: string;
  /** [text, pattern, verb] of each content. */
  contents: Array<[string, string, string | null]>;
  /** The reporter's own clause beside the report, when there is one. */
  main?: string;
}

/** The inside of each “…” quote replaced by x, as the extractor masks it before the rules. */
export function mask(sentence: string): string {
  return sentence.replace(/“([^”]*)”/gu, (_m, inner: string) => `“${"x".repeat(inner.length)}”`);
}

/** The attribution of one sentence, in the terms of Expected (null: none). */
export function attribution(sentence: string): Expected | null {
  const a = analyzeSentence(mask(sentence));
  if (!a) return null;
  const out: Expected = {
    np: a.np ? sentence.slice(a.np.start, a.np.end) : null,
    verb: a.verb,
    pattern: a.pattern,
    contents: a.contents.map((c) => [sentence.slice(c.start, c.end), c.pattern, c.verb]),
  };
  if (a.mainClause) out.main = sentence.slice(a.mainClause.start, a.mainClause.end);
  return out;
}

/** One test per [sentence, expected] case. */
export function table(cases: Array<[string, Expected | null]>): void {
  it.each(cases)("%s", (sentence, expected) => {
    expect(attribution(sentence)).toEqual(expected);
  });
}
