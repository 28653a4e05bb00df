/**
 * Every match of a global regex of the shape `(?:Word\s+){1,k}Tail…` in a text, as
 * `re.exec` in a loop finds them, without running the regex from every position of the text:
 * a match ends with an occurrence of the literal `last` (the tail's last word), and starts at
 * most `runs` runs of name characters and spaces before it, so only those few positions before
 * each occurrence are tried, with a sticky copy of the regex. (Run from every position, the
 * regex cost most of ArticleNames.namedOrgsEndingWith on articles with no such name.)
 */
import { isRegexSpace } from "../text";

/**
 * Characters a name word of the regex may hold ([\p{L}\p{M}'’&.-]), read generously: every
 * character outside ASCII that is no space counts (a wider window only tries more positions).
 */
function isNameChar(c: number): boolean {
  if (c >= 97 && c <= 122) return true;
  if (c >= 65 && c <= 90) return true;
  if (c === 39 || c === 38 || c === 46 || c === 45) return true;
  return c >= 128 && !isRegexSpace(c);
}

/** Where `runs` runs of name characters, each after spaces, end before `at` at the earliest. */
function windowStart(text: string, at: number, runs: number): number {
  let p = at;
  for (let k = 0; ; k++) {
    while (p > 0 && isNameChar(text.charCodeAt(p - 1))) p--;
    if (k === runs || p === 0 || !isRegexSpace(text.charCodeAt(p - 1))) return p;
    while (p > 0 && isRegexSpace(text.charCodeAt(p - 1))) p--;
  }
}

/**
 * The matches `global` (flags "gu") finds in `text`, in order; `sticky` is the same pattern
 * with flags "uy". `runs` bounds the words and spaces before `last` in a match.
 */
export function tailMatches(
  text: string,
  global: RegExp,
  sticky: RegExp,
  last: string,
  runs: number,
): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = 0; // where the search goes on (the previous match's end)
  let tried = -1; // every start before this one was tried, or lies in no window
  let floor = 0; // where the previous window began (from the search's restart)
  for (let t = text.indexOf(last, from); t !== -1; ) {
    let b = Math.max(from, windowStart(text, t, runs));
    if (b < floor) {
      // A window before the previous one (not expected): the plain search from here is exact.
      global.lastIndex = from;
      for (let r = global.exec(text); r; r = global.exec(text)) out.push(r);
      return out;
    }
    floor = b;
    if (b <= tried) b = tried + 1;
    let found: RegExpExecArray | null = null;
    for (let p = b; p < t; p++) {
      sticky.lastIndex = p;
      found = sticky.exec(text);
      if (found) break;
      tried = p;
    }
    if (found) {
      out.push(found);
      from = found.index + found[0].length;
      tried = from - 1;
      floor = from;
      t = text.indexOf(last, from);
    } else t = text.indexOf(last, t + 1);
  }
  return out;
}
