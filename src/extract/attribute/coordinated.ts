/**
 * Coordinated reports in one content: "denied A and accused B of C", "said A, adding that B",
 * "A, though he noted that B", "A, which it said B", "A, telling CNN that B", "A — asserting
 * that B", "A before claiming that B": each report is a content of its own.
 */
import {
  ADDED_REPORT_ALT,
  ADVOCACY_PREPOSITION_ALT,
  CONCESSIVE_REPORT_ALT,
  COORDINATED_REPORT_ALT,
  POINTER_OBJECT_ALT,
  RELATIVE_REPORT_ALT,
  SAYING_TO_REPORT_ALT,
} from "../lexicon";
import type { Pattern } from "../patterns";
import { skipModifiers } from "./helpers";
import type { ContentSpan } from "./types";

const COORD_RE = new RegExp(
  `,?\\s+(?:and|but)\\s+(?:(?:he|she|they|it|we)\\s+)?(?:also\\s+)?(?:(?:has|have|had)\\s+)?(?:also\\s+)?(${COORDINATED_REPORT_ALT})\\b\\s*(?:that\\s+)?|,\\s+(${ADDED_REPORT_ALT})\\b(?!\\s+to\\s)\\s*(?:that\\s+)?|,?\\s+(?:and|but)\\s+(?:also\\s+)?(that)\\s+|,\\s+(?:though|although|but)\\s+(?:he|she|they|it|we)\\s+(?:also\\s+)?(${CONCESSIVE_REPORT_ALT})\\s+(?:that\\s+)?|[”"»]\\s+(${ADDED_REPORT_ALT})\\b\\s*(?:that\\s+)?|,?\\s+and\\s+(?:also\\s+)?(told)\\s+[^,;:“”"«»]{1,60}?\\s+that\\s+|,\\s+which\\s+(?:it|he|she|they)\\s+(${RELATIVE_REPORT_ALT})\\s+|,\\s+(${SAYING_TO_REPORT_ALT})\\s+[^,;:“”"«»]{1,60}?\\s+that\\s+|\\s+(?:[—–]|before)\\s+(${ADDED_REPORT_ALT})\\b\\s*(?:that\\s+)?`,
  "gu",
);
/** An object that only points back ("disputed that, saying C"): C is the claim. */
const BARE_OBJECT_RE = new RegExp(
  `^\\s*(?:that|this|it|them|those|these|${POINTER_OBJECT_ALT})(?:\\s+(?:on|in|at|during|again)\\b[^,;]*)?\\s*[,.;:]?\\s*$`,
  "iu",
);
/** "argued (unsuccessfully) for bail": what was argued for, not a statement; the next report is. */
const ADVOCACY_OBJECT_RE = new RegExp(
  `^\\s*(?:\\p{L}+ly\\s+)?(?:${ADVOCACY_PREPOSITION_ALT})\\s+(?:\\S+\\s+){0,3}\\S+\\s*$`,
  "iu",
);

/** Split "A and accused B of C" / "A, saying B" into separate contents. */
export function splitCoordinated(
  m: string,
  s: number,
  e: number,
  verb: string | null,
  pattern: Pattern,
): ContentSpan[] {
  const out: ContentSpan[] = [];
  const text = m.slice(s, e);
  COORD_RE.lastIndex = 0;
  let cur = s;
  let curVerb = verb;
  for (let r = COORD_RE.exec(text); r; r = COORD_RE.exec(text)) {
    // ”, adding that …: the closing quote mark stays with the first content.
    const at = s + r.index + (r[5] !== undefined ? 1 : 0);
    if (at - cur < 3) continue;
    out.push({ start: cur, end: at, verb: curVerb, pattern });
    cur = s + r.index + r[0].length;
    // ", and that B" keeps the verb; the others name their own.
    curVerb =
      r[3] !== undefined
        ? curVerb
        : (r[1] ?? r[2] ?? r[4] ?? r[5] ?? r[6] ?? r[7] ?? r[8] ?? r[9] ?? null);
    if (curVerb === "warned" && /^of\s/u.test(m.slice(cur))) cur += 3;
    // "and said Tuesday that C": the time phrase and "that" belong to the attribution.
    const mod = skipModifiers(m, cur);
    const that = /^\s+that\s+/u.exec(m.slice(mod));
    if (that && mod > cur) cur = mod + that[0].length;
  }
  out.push({
    start: cur,
    end: e,
    verb: curVerb,
    pattern: out.length > 0 && pattern === "content-said-x" ? "said-that" : pattern,
  });
  // "disputed that, saying C": the object is only a pointer back; C is the claim.
  return out.filter(
    (c) =>
      c.end - c.start > 1 &&
      (out.length === 1 ||
        !(
          BARE_OBJECT_RE.test(m.slice(c.start, c.end)) ||
          ADVOCACY_OBJECT_RE.test(m.slice(c.start, c.end))
        )),
  );
}
