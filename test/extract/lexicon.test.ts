import { describe, expect, it } from "vitest";
import { inflect, NAME_PARTICLES, type VerbForm, words } from "../../src/extract/lexicon";
import * as names from "../../src/extract/lexicon/names";

describe("inflect", () => {
  const cases: Array<[string, VerbForm, string]> = [
    ["say", "base", "say"],
    ["say", "s", "says"],
    ["say", "ed", "said"],
    ["say", "ing", "saying"],
    ["deny", "s", "denies"],
    ["deny", "ed", "denied"],
    ["deny", "ing", "denying"],
    ["stress", "s", "stresses"],
    ["dismiss", "s", "dismisses"],
    ["argue", "ed", "argued"],
    ["argue", "ing", "arguing"],
    ["agree", "ing", "agreeing"],
    ["vow", "ed", "vowed"],
    ["admit", "ed", "admitted"],
    ["refer", "ing", "referring"],
    ["forecast", "ed", "forecast"],
    ["tell", "ed", "told"],
    ["write", "ing", "writing"],
    ["see", "pp", "seen"],
    ["review", "pp", "reviewed"],
    ["call for", "ed", "called for"],
    ["describe as", "ed", "described as"],
  ];
  it.each(cases)("%s (%s) -> %s", (lemma, form, expected) => {
    expect(inflect(lemma, form)).toBe(expected);
  });
});

describe("name particles", () => {
  // Every rule's particles are name particles (the rules differ in which ones they accept).
  const lists = Object.entries(names).filter(([k]) => k.endsWith("_PARTICLES"));
  it.each(lists)("%s are NAME_PARTICLES", (_name, list) => {
    for (const w of words(list)) expect(NAME_PARTICLES.has(w)).toBe(true);
  });
});
