/**
 * Verb forms from lemmas: the regular English rules, and IRREGULAR_VERBS (verbs.ts) where they
 * do not hold. A phrasal lemma inflects its first word ("call for" -> "called for").
 *   base  say      s  says      ed  said (simple past)
 *   pp    seen (past participle)            ing  saying
 */
import { IRREGULAR_VERBS, type VerbForm } from "./verbs";

export type { VerbForm };

const CONSONANT_Y = /[^aeiou]y$/u;

function regular(verb: string, form: VerbForm): string {
  switch (form) {
    case "base":
      return verb;
    case "s":
      if (CONSONANT_Y.test(verb)) return `${verb.slice(0, -1)}ies`;
      return /(?:s|sh|ch|x|z)$/u.test(verb) ? `${verb}es` : `${verb}s`;
    case "ed":
    case "pp":
      if (CONSONANT_Y.test(verb)) return `${verb.slice(0, -1)}ied`;
      return verb.endsWith("e") ? `${verb}d` : `${verb}ed`;
    case "ing":
      if (verb.endsWith("ie")) return `${verb.slice(0, -2)}ying`;
      return /[^eoy]e$/u.test(verb) ? `${verb.slice(0, -1)}ing` : `${verb}ing`;
  }
}

/** One form of a verb: inflect("say", "ed") === "said". */
export function inflect(lemma: string, form: VerbForm): string {
  const space = lemma.indexOf(" ");
  const verb = space === -1 ? lemma : lemma.slice(0, space);
  const rest = space === -1 ? "" : lemma.slice(space);
  const irregular = Object.hasOwn(IRREGULAR_VERBS, verb) ? IRREGULAR_VERBS[verb] : undefined;
  // A past participle is the simple past unless the table says otherwise ("saw", "seen").
  const word =
    irregular?.[form] ?? (form === "pp" ? irregular?.ed : undefined) ?? regular(verb, form);
  return word + rest;
}

/** Plural of a regular noun: "claim" -> "claims", "theory" -> "theories". */
export function pluralOf(noun: string): string {
  if (CONSONANT_Y.test(noun)) return `${noun.slice(0, -1)}ies`;
  return /(?:s|sh|ch|x|z)$/u.test(noun) ? `${noun}es` : `${noun}s`;
}
