/**
 * The naive baseline printed beside the extractor: every sentence with a reporting word is a
 * claim (the whole sentence), credited to the capitalised run nearest that word.
 */
import type { Prediction } from "./score";
import { SPEECH_CUES } from "./score";

const SENTENCE_RE = /[^.!?\n]+(?:[.!?]+["”’]?|$)/gu;
const WORD_RE = /[\p{L}’']+/gu;
const CAP_RUN_RE = /\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)*/gu;

export function baseline(text: string): Prediction[] {
  const out: Prediction[] = [];
  for (const m of text.matchAll(SENTENCE_RE)) {
    const s = m.index ?? 0;
    const sentence = m[0];
    let verbAt = -1;
    for (const w of sentence.matchAll(WORD_RE)) {
      if (SPEECH_CUES.has(w[0].toLowerCase())) {
        verbAt = w.index ?? 0;
        break;
      }
    }
    if (verbAt < 0) continue;
    let claimant = "";
    let dist = Number.POSITIVE_INFINITY;
    for (const r of sentence.matchAll(CAP_RUN_RE)) {
      const d = Math.abs((r.index ?? 0) - verbAt);
      if (d < dist) {
        dist = d;
        claimant = r[0];
      }
    }
    if (!claimant) continue;
    const lead = sentence.length - sentence.trimStart().length;
    out.push({ start: s + lead, end: s + sentence.trimEnd().length, claimant });
  }
  return out;
}
