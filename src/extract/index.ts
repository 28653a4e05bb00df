/**
 * Claim extraction for news articles: pure TypeScript, no I/O, runs in Node and workerd.
 *
 *   extractClaims(body, { title }) -> ExtractedClaim[]  (text order, one claim per span)
 *
 * Stages: readArticle (layout: paragraphs, boilerplate, datelines, quotes, sentences; the names
 * mentioned) -> bodyDrafts (per-sentence attribution patterns, claimants, quote continuation,
 * unattributed check-worthy statements) -> the learned layer -> headlineDrafts -> trailingCues
 * (a content's own "…,” he said" cut off) -> settleSources (one canonical entity per source) ->
 * finish (tidy spans, dedupe, score, review signals).
 */
import { readArticle } from "./article";
import { typographicQuotes } from "./ascii-quotes";
import { bodyDrafts } from "./body";
import { isProcessNote } from "./body/statements";
import { finish } from "./finish";
import { withoutInnerCues } from "./finish/inner-cue";
import { settleSources } from "./finish/sources";
import { joinSplitQuotes } from "./finish/split-quotes";
import { trailingCues } from "./finish/trailing-cue";
import { headlineDrafts } from "./headline";
import { DEFAULT_ENGINE, type Engine, mergeLearned } from "./learned";
import { splitLists } from "./lists";
import type { SuggestedStatus } from "./review";
import { plainSpaces } from "./text";

export { UNATTRIBUTED_THRESHOLD } from "./body/statements";
export { PATTERNS, type Pattern } from "./patterns";

export interface ExtractedClaim {
  /**
   * The claimed content, without the attribution; === body.slice(span.start, span.end) for a
   * claim `in` the body, except a quote its attribution interrupts ("“A,” she said, “B.”"): one
   * claim "A, B" whose span runs from A's first word to B's last (finish/split-quotes.ts), and
   * a cue set off by commas inside the content, left out (finish/inner-cue.ts).
   */
  text: string;
  /** Offsets into `body` in UTF-16 code units, end exclusive; null for a claim in the title. */
  span: { start: number; end: number } | null;
  /**
   * Where the claim was read: "body", or "title" for the headline claim of a title the body
   * does not repeat as its first line.
   */
  in: "body" | "title";
  /** The verbatim words when the content is a direct quote (without quote marks), else null. */
  quote: string | null;
  /** Canonical per-article claimant; null for unattributed claims. */
  claimant: { name: string; description: string | null } | null;
  /** The attribution cue as written ("said", "told CNN", "according to", "denied"). */
  verb: string | null;
  /** 0..1 */
  checkworthiness: number;
  /** Which attribution pattern matched (see PATTERNS). */
  pattern: string;
  /** A status the article suggests (an authority reviewing, the accused denying), with why. */
  suggested_status: SuggestedStatus | null;
}

export interface ExtractOptions {
  /** The article's title (a headline claim is read from it when the body does not repeat it). */
  title?: string;
  /**
   * "learned" (default): the rules plus the learned attribution tagger; "rules": rules only.
   * See DEFAULT_ENGINE and the model card in README.md.
   */
  engine?: Engine;
}

export function extractClaims(body: string, options?: ExtractOptions): ExtractedClaim[] {
  const read = plainSpaces(typographicQuotes(body));
  const title = options?.title === undefined ? undefined : plainSpaces(options.title);
  const claims = extractFrom(read, title === options?.title ? options : { ...options, title });
  if (read === body) return withoutInnerCues(joinSplitQuotes(body, claims));
  // Read through typographic marks; what is returned is the body's own words.
  for (const c of claims) {
    if (!c.span) continue;
    // A span never cuts an ASCII pair in half.
    if (body[c.span.end - 1] === "'" && body[c.span.end] === "'") c.span.end++;
    if (body[c.span.start] === "'" && body[c.span.start - 1] === "'") c.span.start--;
    const text = body.slice(c.span.start, c.span.end);
    if (c.quote !== null) {
      const at = read.indexOf(c.quote, c.span.start);
      if (at >= 0) c.quote = body.slice(at, at + c.quote.length).replace(/''|``/gu, '"');
    }
    c.text = text;
  }
  return withoutInnerCues(joinSplitQuotes(body, claims));
}

function extractFrom(body: string, options?: ExtractOptions): ExtractedClaim[] {
  const engine = options?.engine ?? DEFAULT_ENGINE;
  const art = readArticle(body, options?.title);
  const { lay } = art;
  const unread: Array<[number, number]> = [];
  const drafts = bodyDrafts(art, unread);
  splitLists(body, drafts);
  // The learned layer (src/extract/learned/) reads attributions as PolNeAR's annotators mark
  // them; it adds those the rules did not attribute (engine "learned", the default).
  if (engine !== "rules") mergeLearned(body, drafts, engine, lay.paragraphs, isProcessNote, unread);
  const titleDraft = headlineDrafts(art, drafts);
  trailingCues(art, drafts);
  settleSources(art, drafts);
  return finish(art, drafts, titleDraft);
}
