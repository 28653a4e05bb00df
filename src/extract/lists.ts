/**
 * Lists of claims after a colon: "The audit found three failings: trains ran late on 40% of
 * days, fares rose 12% and two stations failed safety checks." Each item is a claim of its
 * own, credited like the whole; the lead-in ("three failings") is not. Pure, on offsets.
 */

/** Items need this many words each; a list of short noun phrases stays one claim. */
const MIN_ITEM_WORDS = 3;

function wordsIn(text: string, s: number, e: number): number {
  let n = 0;
  let inWord = false;
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 0xa0;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

function inQuote(text: string, s: number, at: number): boolean {
  let open = false;
  for (let i = s; i < at; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201c || c === 0xab) open = true;
    else if (c === 0x201d || c === 0xbb) open = false;
    else if (c === 0x22) open = !open;
  }
  return open;
}

/**
 * The items of a list after a colon in text[start, end), as [start, end) ranges, or null when
 * the content is not such a list: two or more items of three words or more, separated by
 * semicolons, or by commas with "and"/"or" before the last.
 */
export function listItems(
  text: string,
  start: number,
  end: number,
): Array<[number, number]> | null {
  const colon = text.indexOf(": ", start);
  if (colon < 0 || colon >= end || inQuote(text, start, colon)) return null;
  const from = colon + 2;
  const rest = text.slice(from, end);
  const bySemicolon = rest.includes("; ");
  const parts: Array<[number, number]> = [];
  let at = 0;
  const sep = bySemicolon ? /;\s+(?:and\s+|or\s+)?/gu : /,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+/gu;
  for (const m of rest.matchAll(sep)) {
    const i = m.index ?? 0;
    if (inQuote(rest, 0, i)) continue;
    parts.push([from + at, from + i]);
    at = i + m[0].length;
  }
  parts.push([from + at, end]);
  if (parts.length < 2) return null;
  if (!bySemicolon && !/(?:,\s+|\s+)(?:and|or)\s+[^,]*$/u.test(rest)) return null;
  for (const [s, e] of parts) if (wordsIn(text, s, e) < MIN_ITEM_WORDS) return null;
  return parts;
}

/** Drafts whose content is a list after a colon become one draft per item (in place). */
export function splitLists<D extends { start: number; end: number; entity: unknown }>(
  body: string,
  drafts: D[],
): void {
  const n = drafts.length;
  for (let i = 0; i < n; i++) {
    const d = drafts[i];
    if (!d?.entity) continue;
    const items = listItems(body, d.start, d.end);
    if (!items) continue;
    const [first, ...more] = items;
    if (!first) continue;
    for (const [s, e] of more) drafts.push({ ...d, start: s, end: e });
    d.start = first[0];
    d.end = first[1];
  }
}
