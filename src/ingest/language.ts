import { detectAll } from "tinyld/light";

/** Enough text to tell a language by, and little enough to stay well inside the CPU budget. */
const SAMPLE_CHARS = 1000;
const MIN_LETTERS = 20;
/** tinyld's score of its best guess, below which the text is not told (a mix, or too little). */
const MIN_ACCURACY = 0.5;

/**
 * The ISO 639-1 code of the language `text` is written in (tinyld's light model:
 * the widely used languages), or null when it cannot be told: too short, a mix,
 * or a language the model does not know.
 *
 * @example detectLanguage("The ministry said 1,240 people were detained in raids.") // "en"
 */
export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, SAMPLE_CHARS);
  if ((sample.match(/\p{L}/gu)?.length ?? 0) < MIN_LETTERS) return null;
  const [best] = detectAll(sample);
  return best && best.accuracy >= MIN_ACCURACY && /^[a-z]{2,3}$/.test(best.lang) ? best.lang : null;
}
