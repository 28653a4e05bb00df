/** told: the recipient after "told", "assured", "informed" ("told reporters on Tuesday that C"). */
import { AUXILIARY_ALT, RECIPIENT_ENDER_ALT } from "../lexicon";
import { wordCount } from "../text";

const RECIPIENT_ENDER_RE = new RegExp(`^(?:${RECIPIENT_ENDER_ALT})$`, "u");
const AUXILIARY_RE = new RegExp(`^(?:${AUXILIARY_ALT})$`, "u");

/** Parse the recipient after "told": returns end offset of the recipient. */
export function recipientEnd(m: string, from: number): number {
  const thatGap = /^\s+([^,;:“”".]{1,90}?)\s+that\s/u.exec(m.slice(from));
  if (thatGap && wordCount(thatGap[1] ?? "") <= 10)
    return from + thatGap[0].length - "that ".length - 1;
  const re = /\s+([^\s,.;:!?]+)/gy;
  re.lastIndex = from;
  let end = from;
  let n = 0;
  for (let t = re.exec(m); t; t = re.exec(m)) {
    const w = t[1] ?? "";
    const lw = w.toLowerCase();
    const next = /^\s+([^\s,.;:!?]+)/u.exec(m.slice(re.lastIndex))?.[1]?.toLowerCase() ?? "";
    if (/^(?:he|she|they|it|we|i|there|this|these|that)$/u.test(lw)) break;
    if (n > 0 && RECIPIENT_ENDER_RE.test(lw)) break;
    if (n > 0 && AUXILIARY_RE.test(next)) break;
    if (/^\d/u.test(w) || w.includes("x".repeat(3))) break;
    end = re.lastIndex;
    n++;
    if (n >= 6) break;
  }
  return end;
}
