/** Gender of a person from titles and role words, or from a given name. */
import { FEMALE_GIVEN_NAMES, FEMALE_WORDS, MALE_GIVEN_NAMES, MALE_WORDS } from "../lexicon";
import { fold, tokens } from "../text";

/** Gender marked by titles or role words ("Mrs", "Councilwoman", "chairman"), else null. */
export function genderOf(text: string | null | undefined): "f" | "m" | null {
  if (!text) return null;
  let g: "f" | "m" | null = null;
  for (const t of tokens(text)) {
    const w = t.replace(/\./g, "");
    const f = FEMALE_WORDS.has(w);
    const m = MALE_WORDS.has(w);
    if (f && g === "m") return null;
    if (m && g === "f") return null;
    if (f) g = "f";
    else if (m) g = "m";
  }
  return g;
}

/** "Rachel Reeves" -> "f": a given name that is almost always a woman's or a man's. */
export function givenNameGender(name: string): "f" | "m" | null {
  const first = name.split(/\s+/);
  if (first.length < 2) return null;
  const given = fold(first[0] ?? "");
  if (FEMALE_GIVEN_NAMES.has(given)) return "f";
  if (MALE_GIVEN_NAMES.has(given)) return "m";
  return null;
}
