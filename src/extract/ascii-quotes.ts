/**
 * ASCII quote pairs as some wires and archives write them: ''…'' (the New York Times archive),
 * ``…'' (TeX, Penn Treebank). The rules read typographic marks, so the text is read through a
 * copy of the same length where each pair becomes one mark and a space (offsets stay valid):
 * an opening `` or '' becomes " “", a closing '' becomes "” ".
 */

/** Does a double-apostrophe at `i` open a quote? After a space or bracket, before a word. */
function opens(text: string, i: number): boolean {
  const before = i === 0 ? 32 : text.charCodeAt(i - 1);
  const after = text.charCodeAt(i + 2);
  const spaceBefore =
    before === 32 ||
    before === 10 ||
    before === 9 ||
    before === 0xa0 ||
    before === 40 ||
    before === 0x2014;
  return spaceBefore && !Number.isNaN(after) && after !== 32 && after !== 10;
}

/** The same text with ASCII quote pairs as typographic marks, or `text` itself when it has none. */
export function typographicQuotes(text: string): string {
  if (!text.includes("''") && !text.includes("``")) return text;
  let out = "";
  let from = 0;
  for (let i = 0; i < text.length - 1; i++) {
    const c = text.charCodeAt(i);
    if ((c !== 39 && c !== 96) || text.charCodeAt(i + 1) !== c) continue;
    const open = c === 96 || opens(text, i);
    out += text.slice(from, i) + (open ? " “" : "” ");
    from = i + 2;
    i++;
  }
  return out + text.slice(from);
}
