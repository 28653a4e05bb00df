/**
 * `text` if it has at most `max` characters, else its words up to `max` characters cut at a word
 * (mid-word only when the first half holds no space), trailing punctuation dropped, with an
 * ellipsis after them.
 */
export function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max + 1);
  const cut = head.lastIndexOf(" ");
  const kept = (cut > max / 2 ? head.slice(0, cut) : text.slice(0, max)).replace(
    /[\s,;:.—–-]+$/u,
    "",
  );
  return `${kept}…`;
}

/**
 * A claim's title where one is shown (a page, a feed entry, an oEmbed, a review): its status
 * label and its text, the text cut at a word past `max` characters ({@link cutAtWord}).
 *
 * @example claimTitle("Refuted", "The bridge cost 3 billion") // "Refuted: The bridge cost 3 billion"
 */
export function claimTitle(label: string, text: string, max: number): string {
  return `${label}: ${cutAtWord(text, max)}`;
}

/** An ISO timestamp as a reader sees it, to the minute: "2026-03-05 14:07 UTC". */
export const dateTime = (iso: string) => `${iso.replace("T", " ").slice(0, 16)} UTC`;
