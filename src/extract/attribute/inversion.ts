/**
 * quote-said-x / content-said-x, inverted: "“C,” said X", "C, said X, adding that D". The verb
 * comes first, its subject after it.
 */
import { cleanNp, isApposition, isNounPhrase, isSourceNoun } from "../claimants";
import { ADDED_REPORT_ALT, INVERSION_ASIDE_ALT, NP_LINK_WORDS, RECIPIENT_VERBS } from "../lexicon";
import { wordCount } from "../text";
import { type Chunk, chunksOf, hasVerbLike, quoteCovers, trimRange } from "./helpers";
import type { ContentSpan, SentenceAttribution } from "./types";

const INVERSION_ASIDE_RE = new RegExp(
  `^(?:${INVERSION_ASIDE_ALT}|in|at|on|during|outside|after|before|when|while)\\b`,
  "u",
);

/** The quote resumes after the speaker: ', “…' (the description before it, if any, is skipped). */
const QUOTE_RESUMES_RE = /^[^“”"]*?,\s*[“"]/u;
const ADDED_AFTER_RE = new RegExp(`,\\s+(${ADDED_REPORT_ALT})\\s+(?!to\\s)(?:that\\s+)?`, "u");
const CLAUSE_AFTER_RE = /^(?:but|and|while|although|though|yet)\s/u;

const SOURCE_DETERMINERS = new Set(
  "a an the one two three four five several some other another".split(" "),
);

/** "a spokeswoman for the council", "a person familiar with the plan": a source described. */
function describedSource(np: string): boolean {
  const ws = np.trim().toLowerCase().split(/\s+/u);
  if (!SOURCE_DETERMINERS.has(ws[0] ?? "")) return false;
  for (let k = 1; k < Math.min(ws.length - 1, 4); k++)
    if (isSourceNoun(ws[k] ?? "") && NP_LINK_WORDS.has(ws[k + 1] ?? "")) return true;
  return false;
}

export function inversion(
  m: string,
  preT: string,
  vs: number,
  ve: number,
  verb: string,
): SentenceAttribution | null {
  const post = m.slice(ve).replace(/[\s.!?”"’»]+$/u, "");
  if (!/^\s+\S/u.test(post)) return null;
  const { chunks } = chunksOf(post, ve);
  const first = chunks[0];
  if (!first) return null;
  let npText = m.slice(first.s, first.e);
  // "said X in a statement": cut a trailing modifier off the name.
  const mod =
    /\s+(?:in|at|on|during|outside|via)\s+(?:a|an|the|its|his|her)\s.*$|\s+on\s+\p{Lu}\p{Ll}+day$/u.exec(
      npText,
    );
  if (mod) npText = npText.slice(0, mod.index);
  // "X, a spokesman, wrote on X: “C”", "X, who …, said of Y: “C”" are no inversions: a
  // preposition opens no speaker.
  if (/^\s*(?:on|in|at|via|to|from|during|with|for|by|after|before|through|of)\s/u.test(npText))
    return null;
  if (
    !isNounPhrase(npText) ||
    /^\s*(?:that|the\s+\p{Ll}+\s+(?:was|were|is|are|had|has))\b/u.test(npText)
  )
    return null;
  const npWords = wordCount(npText);
  if (
    npWords > 8 ||
    (npWords > 4 && !/\s\p{Lu}|^\s*\p{Lu}/u.test(npText) && !describedSource(npText))
  )
    return null;
  // "…, said Trump campaign strategists plan to secure …": an infinitive is no speaker's name.
  // ("a person close to the mayor": "to" before a determiner opens no infinitive.)
  if (/\sto\s+(?!(?:the|a|an|his|her|its|their)\s)\p{Ll}/u.test(npText)) return null;
  if (/^\s*(?:he|she|they|it|we)\b/iu.test(npText) && npText.trim().split(/\s+/).length > 1)
    return null;
  const [cs, ce] = trimRange(m, 0, preT.length);
  if (ce - cs < 2) return null;
  const quoted = quoteCovers(m, cs, ce);
  let npEnd = first.s + npText.length;
  for (let k = 1; k < chunks.length; k++) {
    const c = chunks[k] as Chunk;
    const t = m.slice(c.s, c.e);
    if (INVERSION_ASIDE_RE.test(t) || /^\s*[“"]/u.test(t)) break;
    // "“C,” said Mr. Varga, but the council has since …": a clause of its own after the speaker.
    if (CLAUSE_AFTER_RE.test(t)) break;
    // "“C,” said Mo Elleithee, a campaign aide during her 2008 run and now …": after a quote,
    // the words after the speaker describe them however long they run.
    // So does a last description that opens like one ("C, said Jo Park, a senior official
    // with the board that oversees them").
    if (!isApposition(t)) {
      if (quoted || (k === chunks.length - 1 && /^(?:a|an|the)\s/u.test(t))) break;
      return null;
    }
    if (!/^(?:who|which)\b/u.test(t)) npEnd = c.e;
  }
  const [clean, off] = cleanNp(m.slice(first.s, npEnd));
  // "Congressman Chris Collins, a Trump supporter, said …": a name and its apposition, no verb,
  // are the subject of "said", not its content.
  if (!quoted && !hasVerbLike(m.slice(cs, ce))) return null;
  const pattern = quoted ? "quote-said-x" : "content-said-x";
  let cue = verb;
  if (RECIPIENT_VERBS.has(verb)) return null;
  void vs;
  const contents: ContentSpan[] = [{ start: cs, end: ce, verb: cue, pattern }];
  // "“The danger,” said Tomas Brandt, a planner …, “is that …”": the quote goes on after the
  // speaker and their description.
  const resumed = quoted ? QUOTE_RESUMES_RE.exec(m.slice(npEnd)) : null;
  if (resumed) {
    const [a, b] = trimRange(m, npEnd + resumed.index + resumed[0].length - 1, m.length);
    if (b - a > 2) contents.push({ start: a, end: b, verb: cue, pattern });
  }
  // "…, said X, a planner, adding (noting, arguing) that D": a second report of the speaker's.
  const add = ADDED_AFTER_RE.exec(post);
  if (add) {
    const s2 = ve + add.index + add[0].length;
    const [a, b] = trimRange(m, s2, m.length);
    if (wordCount(m.slice(a, b)) >= 3)
      contents.push({ start: a, end: b, verb: add[1] ?? "adding", pattern: "said-that" });
  }
  cue = verb;
  return {
    np: { start: first.s + off, end: first.s + off + clean.length },
    verb: cue,
    pattern,
    contents,
  };
}
