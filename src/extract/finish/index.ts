/** Draft claims to claims: spans tidied, unattributed questions dropped, duplicates and overlaps resolved. */
import { checkworthiness } from "../checkworthiness";
import { quotedHeadline } from "../headline";
import type { ExtractedClaim } from "../index";
import {
  AUXILIARIES,
  CIRCUMSTANCE_OPENERS,
  CLAIM_CUE_FORMS,
  NAME_LINE_LINKS,
  NOT_CONTENT_OPENERS,
  NOUN_LIKE_CUE_FORMS,
  PAST_FORMS,
  QUESTION_CUE_FORMS,
  SUBJECT_PRONOUNS,
} from "../lexicon";
import { suggestStatuses } from "../review";
import type { QuoteSpan } from "../segment";
import { endsWithQuestion, firstWord, isQuoteCode, trimEndWhile, wordCountIn } from "../text";
import type { Article, Draft } from "../types";
import { isQuestionCloseMark, isQuoteOrSpace, tidy } from "./tidy";
import { sameWords, titleClaim } from "./title";

/** "asked", "asked reporters": the cue reports a question, whether or not it keeps its "?". */
function isQuestionCue(verb: string | null): boolean {
  return verb?.split(/\s+/u).some((w) => QUESTION_CUE_FORMS.has(w.toLowerCase())) === true;
}

/**
 * The article's claims in text order (the title's first), each scored and with the status the
 * article suggests for it. `titleDraft` (offsets into the title) is finished apart.
 */
export function finish(art: Article, drafts: Draft[], titleDraft: Draft | null): ExtractedClaim[] {
  const { body, lay, reg, title } = art;
  type BodyClaim = ExtractedClaim & { span: { start: number; end: number }; _id: number | null };
  const seen = new Set<string>();
  const finals: BodyClaim[] = [];
  const quotes = lay.quotes;
  const ordered = inTextOrder(quotes);
  drafts.sort(byStartThenEnd);
  for (const d of drafts) {
    if (d === titleDraft) continue;
    const [s, e] = tidy(body, d.start, d.end);
    if (e - s < 3) continue;
    // An unattributed question (also when closing quotes follow the question mark) is no claim;
    // one somebody asked or said ("“Can we carry the county?” Ms. Varga asked", "Who do they
    // think they are?" Trump said) is reported speech, as PolNeAR's annotators mark it, kept
    // with a low check-worthiness. On PolNeAR train, keeping asked questions found 17 more
    // attributions (8,344 -> 8,361 of 9,445) with no more wrong predictions.
    if (!d.entity) {
      const rawEnd = trimEndWhile(body, d.start, d.end, isQuoteOrSpace);
      if (
        endsWithQuestion(body, d.start, rawEnd, isQuestionCloseMark) ||
        endsWithQuestion(body, d.start, d.end, isQuestionCloseMark)
      )
        continue;
    }
    // "The committee said about its platform:" and the quote below: what the report is about.
    if (d.entity && introducesQuote(body, s, e)) continue;
    // "The October report exceeded …": the cue was a noun, the content the rest of its clause.
    if (d.entity && CUE_FIRST.has(d.pattern) && opensClauseRest(body, s, e)) continue;
    // A continued or colon-introduced quote that is only a name, a credit, a heading or a
    // list of names ("Amy Pope, deputy homeland security advisor", "Related") is no statement.
    if ((d.pattern === "continuation" || d.pattern === "colon-quote") && isNoStatement(body, s, e))
      continue;
    const key = `${s}:${e}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const text = body.slice(s, e);
    const quote =
      d.headline && quotedHeadline(body, s, e) ? text : quoteOf(body, s, e, quotes, ordered);
    const ent = d.entity ? reg.find(d.entity) : null;
    const claimant = ent ? reg.canonical(ent) : null;
    finals.push({
      text,
      span: { start: s, end: e },
      in: "body",
      quote,
      claimant: claimant?.name ? claimant : null,
      verb: d.verb,
      checkworthiness:
        d.cw ??
        checkworthiness({
          text,
          attributed: ent !== null,
          quote: quote !== null,
          question: isQuestionCue(d.verb),
        }),
      pattern: d.pattern,
      suggested_status: null,
      _id: ent ? ent.id : null,
    });
  }
  // Overlapping spans: keep the earlier, longer one.
  const kept: Array<ExtractedClaim & { _id: number | null }> = [];
  let prev: BodyClaim | undefined;
  for (const c of finals) {
    if (prev && c.span.start < prev.span.end) {
      if (
        c.span.end - c.span.start > prev.span.end - prev.span.start &&
        c.pattern !== "unattributed" &&
        prev.pattern === "unattributed"
      ) {
        kept[kept.length - 1] = c;
        prev = c;
      }
      continue;
    }
    kept.push(c);
    prev = c;
  }
  // The title's claim comes first, unless the body already makes it in the same words.
  const tc = titleDraft ? titleClaim(title, titleDraft, reg) : null;
  if (tc) {
    const words = sameWords(tc.text);
    const n = tc.text.length;
    const tail = tc.text.slice(-3).toLowerCase();
    // Only claims of about the same length and ending can have the same words (articles aside).
    const same = (c: ExtractedClaim) =>
      c.text.length > n - 12 &&
      c.text.length < n + 12 &&
      c.text.slice(-3).toLowerCase() === tail &&
      sameWords(c.text) === words;
    if (!kept.some(same)) kept.unshift(tc);
  }
  const sugg = suggestStatuses(
    kept.map((c) => ({
      text: c.text,
      span: c.span,
      verb: c.verb,
      claimant:
        c.claimant && c._id !== null
          ? { id: c._id, name: c.claimant.name, description: c.claimant.description }
          : null,
    })),
    { body, sentences: lay.sentences, title },
  );
  return kept.map((c, i) => {
    const { _id, ...claim } = c;
    void _id;
    claim.suggested_status = sugg[i] ?? null;
    return claim;
  });
}

/** Do the quotes follow each other in the text without overlapping (as layout makes them)? */
function inTextOrder(quotes: QuoteSpan[]): boolean {
  let end = Number.NEGATIVE_INFINITY;
  for (const q of quotes) {
    if (q.contentStart < end || q.contentEnd < q.contentStart) return false;
    end = q.contentEnd;
  }
  return true;
}

/**
 * The quoted words that make up most of body[s, e), tidied; null when it is no direct quote.
 * With `ordered` (see inTextOrder) only the quotes that can overlap body[s, e) are read.
 */
function quoteOf(
  body: string,
  s: number,
  e: number,
  quotes: QuoteSpan[],
  ordered: boolean,
): string | null {
  let best: [number, number] | null = null;
  let from = 0;
  if (ordered) {
    // The first quote ending after s.
    let hi = quotes.length;
    while (from < hi) {
      const mid = (from + hi) >>> 1;
      if ((quotes[mid] as QuoteSpan).contentEnd <= s) from = mid + 1;
      else hi = mid;
    }
  }
  for (let k = from; k < quotes.length; k++) {
    const q = quotes[k] as QuoteSpan;
    if (ordered && q.contentStart >= e) break;
    const a = Math.max(q.contentStart, s);
    const b = Math.min(q.contentEnd, e);
    if (b <= a) continue;
    if (!best || b - a > best[1] - best[0]) best = [a, b];
  }
  if (!best) return null;
  const [a, b] = tidy(body, best[0], best[1]);
  if (a >= b) return null;
  const total = wordCountIn(body, s, e);
  const fw = wordCountIn(body, a, b);
  if (fw < 3 && fw < total) return null;
  if (fw * 2 < total) return null;
  return body.slice(a, b);
}

const INTRO_COLON_RE = /^\s*:\s*(?:\n|$)/u;

/**
 * Is body[s, e) the circumstance of a report whose sentence ends its paragraph in a colon, the
 * quote it introduces below ("X reported after the FBI left the scene:", "He wrote about the
 * event on his blog:")?
 */
function introducesQuote(body: string, s: number, e: number): boolean {
  if (!INTRO_COLON_RE.test(body.slice(e, e + 4))) return false;
  const first = firstWord(body.slice(s, s + 20)).toLowerCase();
  return CIRCUMSTANCE_OPENERS.has(first);
}

/** Patterns whose content follows its cue ("X said C", "X told Y C"). */
const CUE_FIRST = new Set(["said-that", "told", "learned"]);

/**
 * Does body[s, e) open as the rest of a clause rather than a statement? "itself at the center
 * of" after "has found"; "exceeded economists' expectations" after "The October report" (a cue
 * that is as often a noun, not after a pronoun). A quote may open any way.
 */
export function opensClauseRest(body: string, s: number, e: number): boolean {
  if (isQuoteCode(body.charCodeAt(s)) || isQuoteCode(body.charCodeAt(s - 1))) return false;
  const w = firstWord(body.slice(s, Math.min(e, s + 40))).replace(/’/gu, "'");
  if (!w) return false;
  if (w !== w.toLowerCase()) return false;
  if (NOT_CONTENT_OPENERS.has(w)) return true;
  const verbLike =
    PAST_FORMS.has(w) ||
    (AUXILIARIES.has(w) && (!w.includes("'") || w.endsWith("n't"))) ||
    (w.length > 4 && w.endsWith("ed"));
  if (!verbLike) return false;
  // "A news report published Wednesday said C", "the claim is that C": the real cue follows.
  const next = body
    .slice(s, Math.min(e, s + 60))
    .toLowerCase()
    .split(/[^a-z']+/u)
    .slice(0, 5);
  if (next.some((x) => CLAIM_CUE_FORMS.has(x)) || next[1] === "that") return false;
  // The two words before the content, "that" skipped: "The October report", "states that".
  const before = body
    .slice(Math.max(0, s - 60), s)
    .toLowerCase()
    .split(/[^a-z']+/u)
    .filter((x) => x !== "");
  if (before.at(-1) === "that") before.pop();
  const cue = before.at(-1) ?? "";
  return NOUN_LIKE_CUE_FORMS.has(cue) && !SUBJECT_PRONOUNS.has(before.at(-2) ?? "");
}

/**
 * A heading in capitals ("EVENTUALLY VOTERS MAKE GOOD DECISIONS"), a name line with no word
 * in lower case but linking ones ("Josh Bivens, Economic Policy Institute", "Related"), or a
 * longer list of such names (three or more items of at most five words).
 */
export function isNoStatement(body: string, s: number, e: number): boolean {
  const text = body.slice(s, e);
  const letters = text.replace(/[^\p{L}]+/gu, "");
  if (letters.length > 10 && letters === letters.toUpperCase()) return true;
  const words = text.split(/\s+/u);
  const nameLine = words.every((raw) => {
    const w = raw.replace(/[^\p{L}]+/gu, "");
    return w === "" || w !== w.toLowerCase() || NAME_LINE_LINKS.has(w);
  });
  if (words.length <= 8 || !nameLine) return nameLine;
  // Longer, only a list of names: "Tim Albers, Rosa Brandt, Ed Carr Jr., Jane Doe …".
  const items = text.split(/[,;]\s*/u);
  return items.length >= 3 && items.every((item) => item.split(/\s+/u).length <= 5);
}

function byStartThenEnd(a: Draft, b: Draft): number {
  return a.start - b.start || a.end - b.end;
}
