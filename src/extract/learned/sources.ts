/**
 * Sources as the tagger reads them: relative pronouns and the noun phrase they stand for, the
 * end of a relative clause, and the name a source shows when the registry names it otherwise.
 */
import { analyseCue, TRAILERS_ONLY_RE } from "../attribute/cue";
import { type Entity, isNounPhrase, newEntity } from "../claimants";
import {
  DETERMINERS,
  INTRO_WORDS,
  PERSON_PRONOUNS,
  PLURAL_PRONOUNS,
  POSSESSIVES,
  THING_PRONOUNS,
  TITLE_ABBREVIATIONS,
} from "../lexicon";

/** A content inside ", who …," ends at the comma that closes the clause (before its verb). */
export function clauseEnd(body: string, content: [number, number]): [number, number] {
  const text = body.slice(content[0], content[1]);
  const m = /,\s+\p{Ll}/u.exec(text);
  if (!m || /[”"»]/u.test(text.slice(m.index))) return content;
  return [content[0], content[0] + m.index];
}

/**
 * The noun phrase a relative pronoun stands for: "Democratic voters who say" -> "Democratic
 * voters", "Jane Roe, a retired teacher who said" -> "Jane Roe, a retired teacher" (the name the
 * apposition describes). Up to six words back, stopping at punctuation.
 */
export function antecedent(body: string, at: number): [number, number] | null {
  let e = at;
  while (e > 0 && /[\s,]/u.test(body[e - 1] ?? "")) e--;
  let s = e;
  let words = 0;
  while (s > 0 && words < 6) {
    let w = s;
    while (w > 0 && /[\p{L}\p{M}\p{N}'’.&-]/u.test(body[w - 1] ?? "")) w--;
    if (w === s) break;
    words++;
    s = w;
    if (s === 0 || body[s - 1] !== " ") break;
    const prev = body[s - 2] ?? "";
    if (!/[\p{L}\p{N}]/u.test(prev)) break;
    s--;
  }
  while (s < e && body[s] === " ") s++;
  if (e <= s) return null;
  // "Jane Roe, a retired teacher, who said": the apposition describes the name before it.
  if (/^\p{Ll}/u.test(body.slice(s, e)) && body.slice(s - 2, s) === ", ") {
    const named = NAME_AT_END_RE.exec(body.slice(Math.max(0, s - 82), s - 2));
    // A full name (two capitalised words at least, an opener like "In" not counted): "In
    // Ohio, a retired teacher who said" is a place phrase, not an apposition.
    let name = named?.[1] ?? "";
    for (let w = /^\S+/u.exec(name)?.[0] ?? ""; w; w = /^\S+/u.exec(name)?.[0] ?? "") {
      if (!INTRO_WORDS.has(fold(w)) && !isFunctionWord(fold(w))) break;
      name = name.slice(w.length).trimStart();
    }
    if (/\s/u.test(name)) return [s - 2 - name.length, e];
  }
  return [s, e];
}

/** Up to five capitalised words ending a text (spaces after them allowed): a name before what follows. */
const NAME_AT_END_RE =
  /(?:^|[^\p{L}\p{M}\p{N}'’.-])((?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){0,4}\p{Lu}[\p{L}\p{M}'’.-]*)\s*$/u;

/** "Rep. Jane Roe (D-N.Y.)" for the ")" that closes it, or null when no name stands before. */
export function nameBeforeParenthesis(
  body: string,
  source: [number, number],
): [number, number] | null {
  const open = body.lastIndexOf("(", source[0]);
  if (open < 0 || source[0] - open > 20) return null;
  const run = NAME_AT_END_RE.exec(body.slice(Math.max(0, open - 80), open));
  return run?.[1] ? [open - run[0].length + run[0].indexOf(run[1]), source[1]] : null;
}

/** Capitalised words right after a text: the rest of a name ("Donald J." + " Trump"). */
const NAME_AT_START_RE = /^(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,4}/u;

/**
 * The name around a source of no letters: the "." of "Donald J. Trump" when the tagger reads
 * only the initial's stop, or null when no name is there.
 */
export function nameAround(body: string, source: [number, number]): [number, number] | null {
  const [s, e] = source;
  const from = Math.max(0, s - 80);
  const left = NAME_AT_END_RE.exec(body.slice(from, e));
  if (!left?.[1]) return null;
  const start = from + left.index + left[0].indexOf(left[1]);
  const end = e + (NAME_AT_START_RE.exec(body.slice(e))?.[0].length ?? 0);
  return /\p{L}/u.test(body.slice(start, end)) ? [start, end] : null;
}

/** Words a name is compared by: folded, edge punctuation and possessive 's dropped. */
function fold(w: string): string {
  return w
    .toLowerCase()
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "")
    .replace(/['’]s$/u, "");
}

function isFunctionWord(w: string): boolean {
  return (
    DETERMINERS.has(w) ||
    PERSON_PRONOUNS.has(w) ||
    PLURAL_PRONOUNS.has(w) ||
    THING_PRONOUNS.has(w) ||
    POSSESSIVES.has(w)
  );
}

/**
 * A source the tagger read that names someone: its capitalised words and a name to show
 * (leading determiners and a trailing apposition dropped: "The latest Reuters/Ipsos poll" ->
 * "Reuters/Ipsos poll", "Huma Abedin, vice chairwoman …" -> "Huma Abedin").
 */
export function namedSource(source: string): { name: string; words: string[] } | null {
  const head = (source.split(/,\s/u)[0] ?? source).replace(/\s+(?:who|which|that)\b.*$/su, "");
  const toks = head.split(/\s+/u).filter(Boolean);
  let i = 0;
  while (
    i < toks.length - 1 &&
    (isFunctionWord(fold(toks[i] ?? "")) || fold(toks[i] ?? "") === "latest")
  )
    i++;
  const kept = toks.slice(i);
  const words: string[] = [];
  for (const t of kept) {
    const f = fold(t);
    if (f && /^[^\p{L}]*\p{Lu}/u.test(t) && !isFunctionWord(f) && !TITLE_ABBREVIATIONS.has(f))
      words.push(f);
  }
  if (words.length === 0) return null;
  const name = kept.join(" ").replace(/[\s,;:.]+$/u, "");
  return { name, words };
}

export function namesAny(e: Entity, words: string[]): boolean {
  let r = e;
  while (r.mergedInto) r = r.mergedInto;
  const have = new Set<string>();
  for (const n of [...r.names, r.label ?? ""]) for (const w of n.split(/\s+/u)) have.add(fold(w));
  return words.some((w) => have.has(w));
}

/** An entity named exactly as the source reads, for sources the registry did not name. */
export function sourceEntity(name: string, pos: number): Entity {
  const e = newEntity(-1, "unknown", pos);
  e.names.push(name);
  e.foldedNames.push(name.toLowerCase());
  e.label = name;
  return e;
}

/**
 * A source as the tagger read it, tidied: a title that lost its name gets it back ("Ms." ->
 * "Ms. Brainard"), and an opening preposition is dropped ("During Mr. Trump's" -> "Mr. Trump's").
 */
const ARTICLE_RE = /^(?:the|a|an)$/iu;

export function tidySource(
  body: string,
  source: [number, number],
  cue: [number, number] | null = null,
): [number, number] {
  let [s, e] = source;
  const text = body.slice(s, e);
  // A bare article ("The campaign's statement then declares"): the noun phrase runs to the cue.
  if (cue && cue[0] > e && cue[0] - s < 80 && ARTICLE_RE.test(text)) {
    const upto = body.slice(s, cue[0]).replace(/[\s,]+$/u, "");
    if (!/[.;:!?“”"]/u.test(upto)) return tidySource(body, [s, s + upto.length]);
  }
  const last = /([\p{L}]+)\.?$/u.exec(text)?.[1]?.toLowerCase() ?? "";
  if (TITLE_ABBREVIATIONS.has(last)) {
    const m = /^\.?(?:\s+\p{Lu}[\p{L}\p{M}'’-]*)+/u.exec(body.slice(e, e + 60));
    if (m) e += m[0].length;
  }
  const first = /^(\p{Lu}\p{Ll}+)\s+(?=\S)/u.exec(body.slice(s, e));
  if (first && INTRO_WORDS.has((first[1] ?? "").toLowerCase())) s += first[0].length;
  return [s, e];
}

/** Where the sentence holding `at` starts (not before `floor`): after . ! ? and a space, or a line break. */
function sentenceStart(body: string, at: number, floor: number): number {
  for (let i = at - 1; i > floor; i--) {
    const c = body[i - 1] ?? "";
    if (c === "\n") return i;
    if (!/\s/u.test(body[i] ?? "") || !/[.!?”"]/u.test(c)) continue;
    // "Donald J. Trump", "Mr. Trump": an initial or a title ends no sentence.
    const word = /([\p{L}]+)\.$/u.exec(body.slice(Math.max(floor, i - 8), i))?.[1] ?? "";
    if (c === "." && (word.length === 1 || TITLE_ABBREVIATIONS.has(word.toLowerCase()))) continue;
    return i + 1;
  }
  return floor;
}

/**
 * The subject of a cue the tagger read without a source, as the rules read subjects, with its
 * appositions ("Donald J. Trump, the candidate, has said C" -> "Donald J. Trump, the
 * candidate", which the registry resolves to the name); null when the words
 * before the cue are no subject. `floor`: nothing before it (the previous attribution) is read.
 */
export function subjectBeforeCue(
  body: string,
  cue: [number, number],
  floor: number,
): [number, number] | null {
  const cueText = body.slice(cue[0], cue[1]);
  const verbAt = cueText.search(/\S+$/u);
  if (verbAt < 0) return null;
  const from = sentenceStart(body, cue[0], floor);
  const m = body.slice(from, cue[1]);
  const vs = cue[0] + verbAt - from;
  const preT = m.slice(0, vs).trimEnd();
  if (preT.length === 0 || preT.length > 200) return null;
  const c = analyseCue(m, preT, m.length, m.slice(vs).toLowerCase());
  if (c && c.np.end > c.np.start) return [from + c.np.start, from + c.np.end];
  // "The Obama administration, in a far-reaching effort that …, has said C": a named subject,
  // an aside of any length, and the verb's auxiliaries.
  const first = /^([^,;:“”"]{2,60}),\s.*,\s+((?:\p{Ll}+\s+)*)$/su.exec(`${preT} `);
  if (!first || !/\p{Lu}/u.test(first[1] ?? "") || !isNounPhrase(first[1] ?? "")) return null;
  if (first[2] && !TRAILERS_ONLY_RE.test(first[2].trim())) return null;
  return [from, from + (first[1] ?? "").length];
}
