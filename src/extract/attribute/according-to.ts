/** according-to: "According to X, C" / "C, according to X". */
import { APPOSITION_PARTICLE_ALT } from "../lexicon";
import { wordCount } from "../text";
import { looseNp, trimRange } from "./helpers";
import type { SentenceAttribution } from "./types";

const ACC_START_RE =
  /^(?:(?:But|And|However|Meanwhile|Yet|Still)\s*,?\s+)?(?:according to|According to)\s+([^,;]{2,120}?),\s+(?=\S)/u;
// The source may hold full stops inside it ("Dr. Amy Ross", "U.S.", "Layoffs.fyi"); a full stop
// ends it only at the end of the sentence.
const ACC_MID_RE =
  /,?\s+according to\s+((?:[^,.;!?]|\.(?=[\p{L}\d]|\s+\p{Lu})){2,120}?)(?=\s*(?:,|[!?;]|\.[\s”"’»)]*$|$))/u;
const ACC_APPOS_RE = new RegExp(
  `^,\\s+(?:the\\s+)?\\p{Lu}[\\p{L}\\p{M}'’.&-]*(?:\\s+(?:\\p{Lu}[\\p{L}\\p{M}'’.&-]*|${APPOSITION_PARTICLE_ALT}|of|and|&))*(\\s*[.!?]?\\s*)$`,
  "u",
);

export function accordingTo(m: string): SentenceAttribution | null {
  if (!m.includes("ccording to")) return null;
  const a = ACC_START_RE.exec(m);
  if (a) {
    const npS = m.indexOf(a[1] ?? "", a.index);
    const npE = npS + (a[1] ?? "").length;
    if (looseNp(a[1] ?? "")) {
      // "According to EuroCommerce, which represents 5 million shops, C"
      const rel = /^(?:which|who)\b(?:[^,;]|,(?!\s))*,\s+/u.exec(m.slice(a.index + a[0].length));
      const [cs, ce] = trimRange(m, a.index + a[0].length + (rel?.[0].length ?? 0), m.length);
      if (ce > cs)
        return {
          np: { start: npS, end: npE },
          verb: "according to",
          pattern: "according-to",
          contents: [{ start: cs, end: ce, verb: "according to", pattern: "according-to" }],
        };
    }
  }
  const b = ACC_MID_RE.exec(m);
  if (b && b.index > 0) {
    const npS = b.index + b[0].length - (b[1] ?? "").length;
    let npE = b.index + b[0].length;
    // "according to its owner, Acme Shipping." / "according to data from the weather service,
    // the DWD.": a name in apposition closing the sentence belongs to the source.
    const appos = ACC_APPOS_RE.exec(m.slice(npE));
    if (appos) {
      npE += appos[0].length - (appos[1] ?? "").length;
      while (m.charCodeAt(npE - 1) === 46) npE--;
    }
    if (looseNp(b[1] ?? "")) {
      const [cs, ce] = trimRange(m, 0, b.index);
      if (wordCount(m.slice(cs, ce)) >= 3)
        return {
          np: { start: npS, end: npE },
          verb: "according to",
          pattern: "according-to",
          contents: [{ start: cs, end: ce, verb: "according to", pattern: "according-to" }],
        };
    }
  }
  return null;
}
