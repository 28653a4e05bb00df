/**
 * The learned attribution layer: text -> TaggedAttribution[] (content, cue, source character
 * ranges). The weights are decoded once per isolate, on first use.
 */
import { type TagDoc, tagDoc } from "./doc";
import { decodeModel, type TaggerModel, tag } from "./model";
import { attributionsOf, type TaggedAttribution } from "./spans";
import { WEIGHTS } from "./weights";

export { SHAPE_CAP, type TagDoc } from "./doc";
export type { TaggedAttribution } from "./spans";

let model: TaggerModel | null = null;

/** The attributions the tagger finds in `text`, in text order, with the tokens it read. */
export function taggedAttributions(text: string): { doc: TagDoc; found: TaggedAttribution[] } {
  model ??= decodeModel(WEIGHTS);
  const doc = tagDoc(text);
  const margins = new Float32Array(doc.n);
  const labels = tag(doc, model, margins);
  return { doc, found: attributionsOf(doc, labels, margins) };
}
