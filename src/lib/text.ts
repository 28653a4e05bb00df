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
