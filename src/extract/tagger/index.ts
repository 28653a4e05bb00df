/**
 * The learned attribution layer: text -> TaggedAttribution[] (content, cue, source character
 * ranges). The weights are decoded once per isolate, at startup.
 */
import { hashFilter, lowerAt, mayHold, type TagDoc, tagDoc } from "./doc";
import { decodeModel, type TaggerModel, tag } from "./model";
import { attributionsOf, type TaggedAttribution } from "./spans";
import { WEIGHTS } from "./weights";

export { hashFilter, lowerAt, mayHold, SHAPE_CAP, type TagDoc } from "./doc";
export type { TaggedAttribution } from "./spans";

/** Decoded when the module loads (Worker startup), not in the first request. */
const model: TaggerModel = decodeModel(WEIGHTS);

/**
 * The attributions the tagger finds in `text`, in text order, with the tokens it read.
 * `read(start, end)` says whether a sentence (character range) is worth reading at all, and
 * with `cues` only sentences holding one of these words (or a quote) are read: a sentence left
 * out is not tagged (the costly part), so callers that already know a sentence save the time.
 * With `ranges`, only those stretches of text (paragraphs) are tokenised at all.
 */
export function taggedAttributions(
  text: string,
  read?: (start: number, end: number) => boolean,
  cues?: ReadonlySet<string>,
  ranges?: ReadonlyArray<readonly [number, number]>,
): { doc: TagDoc; found: TaggedAttribution[] } {
  const doc = tagDoc(text, ranges);
  let active: Uint8Array | undefined;
  if (read || cues) {
    const filter = cues ? hashFilter(cues) : null;
    active = new Uint8Array(doc.sentStart.length);
    for (let s = 0; s < active.length; s++) {
      const a = doc.sentStart[s] ?? 0;
      const b = doc.sentEnd[s] ?? a;
      if (b < a || (read && !read(doc.start[a] ?? 0, doc.end[b] ?? 0))) continue;
      let cued = !cues;
      for (let i = a; i <= b && !cued; i++)
        cued =
          doc.inQuote[i] === 1 ||
          (filter !== null &&
            mayHold(filter, doc.hash[i] ?? 0) &&
            cues?.has(lowerAt(doc, i)) === true);
      if (cued) active[s] = 1;
    }
  }
  const margins = new Float32Array(doc.n);
  const labels = tag(doc, model, margins, active);
  return { doc, found: attributionsOf(doc, labels, margins) };
}
