import type { Child } from "hono/jsx";

interface Span {
  start: number;
  end: number;
}

interface Marked extends Span {
  own: boolean;
}

/** `span` minus every interval in `taken` (sorted, non-overlapping): the parts still free. */
function subtract(span: Span, taken: Span[]): Span[] {
  const parts: Span[] = [];
  let start = span.start;
  for (const t of taken) {
    if (t.end <= start || t.start >= span.end) continue;
    if (t.start > start) parts.push({ start, end: t.start });
    start = Math.max(start, t.end);
  }
  if (start < span.end) parts.push({ start, end: span.end });
  return parts;
}

/**
 * The intervals to mark in a text of `length`: this claim's span whole, the others' where
 * they do not overlap it or each other (an earlier-starting claim keeps the overlap).
 */
export function markIntervals(length: number, own: Span | null, others: Span[]): Marked[] {
  const valid = (s: Span) => s.start >= 0 && s.end <= length && s.start < s.end;
  const placed: Marked[] = own && valid(own) ? [{ ...own, own: true }] : [];
  for (const span of [...others].filter(valid).sort((a, b) => a.start - b.start)) {
    const taken = [...placed].sort((a, b) => a.start - b.start);
    for (const part of subtract(span, taken)) placed.push({ ...part, own: false });
  }
  return placed.sort((a, b) => a.start - b.start);
}

/**
 * An article's text with this claim's span in `<mark class="this">` and the article's
 * other claims marked lightly. Text is rendered as text: JSX escapes every piece.
 */
export function MarkedText(props: { text: string; own: Span | null; others: Span[] }) {
  const pieces: Child[] = [];
  let at = 0;
  for (const mark of markIntervals(props.text.length, props.own, props.others)) {
    if (mark.start > at) pieces.push(props.text.slice(at, mark.start));
    const words = props.text.slice(mark.start, mark.end);
    pieces.push(
      mark.own ? (
        <mark class="this" id="this-claim">
          {words}
        </mark>
      ) : (
        <mark class="other">{words}</mark>
      ),
    );
    at = mark.end;
  }
  if (at < props.text.length) pieces.push(props.text.slice(at));
  return <>{pieces}</>;
}
