/**
 * A content that runs on into an attribution of its own: "… the state, “we will not wait,” he
 * said", "… the audit, the report said". The trailing "he said" is no part of the claim: the
 * span ends before it (after the quote's closing mark). After "according to" it also names who
 * speaks: "According to the Gazette, “We will stay calm,” Ruiz said" is Ruiz's claim, the Gazette
 * only reported it.
 */
import {
  AFTER_QUOTE_VERB_ALT,
  RELATIVE_PRONOUNS,
  TRAILING_DOCUMENT_VERB_ALT,
  VERB_ADVERB_ALT,
  WEEKDAY_ALT,
} from "../lexicon";
import type { Article, Draft } from "../types";

/** A word of a trailing subject: not a relative pronoun ("…, the people who found"). */
const WORD = `(?!(?:${[...RELATIVE_PRONOUNS].join("|")})\\s)[\\p{L}/-]+`;
/** When, after the verb: "ruled Monday", "found last week", "said on Tuesday". */
const WHEN = `(?:on\\s+)?(?:${WEEKDAY_ALT})|(?:last|this)\\s+(?:week|month|year)`;

/**
 * After a comma or a closing mark: a pronoun, "the|a|his|her|their|its" and one or two words,
 * or up to three capitalised words; then a verb that follows quotes ("said", "added",
 * "continued"), maybe a listener ("told reporters") or an adverb ("said later"), and the end.
 * Or what a document says after its content: "the|a|an" and up to five words, a document's
 * verb ("found", "indicates", "ruled"), maybe when ("Monday"), and the end ("…, a city audit
 * report found").
 */
const TRAILING_CUE_RE = new RegExp(
  `(?:[,!?…]|[”"’'])\\s+((?:he|she|they|it|we|I)|(?:the|a|an|his|her|their|its)\\s+[\\p{L}-]+(?:\\s+[\\p{L}-]+)?|\\p{Lu}[\\p{L}.’'-]*(?:\\s+\\p{Lu}[\\p{L}.’'-]*){0,2}|(?:the|a|an)(?:\\s+${WORD}){1,5}(?=\\s+(?:${TRAILING_DOCUMENT_VERB_ALT})\\b))\\s+(?:(?:told|tells)\\s+\\p{Ll}+|(?:${AFTER_QUOTE_VERB_ALT}|${TRAILING_DOCUMENT_VERB_ALT})(?:\\s+(?:${VERB_ADVERB_ALT}|${WHEN}|\\p{Ll}+ly))?)\\s*\\.?$`,
  "u",
);

export interface TrailingCue {
  /** Where the content ends without it. */
  end: number;
  /** Its subject ("he", "the report", "Sanders"), and where that starts. */
  subject: string;
  at: number;
}

/** The attribution body[s, e) ends with, if any (a claim keeps at least 12 characters). */
export function trailingCue(body: string, s: number, e: number): TrailingCue | null {
  // Only the last 90 characters can hold it.
  const from = Math.max(s, e - 90);
  const m = TRAILING_CUE_RE.exec(body.slice(from, e));
  if (!m) return null;
  // A closing mark stays with the quote; a comma goes.
  const end = from + m.index + (m[0].charCodeAt(0) === 44 ? 0 : 1);
  if (end - s < 12) return null;
  const subject = m[1] ?? "";
  return { end, subject, at: from + m.index + m[0].indexOf(subject, 1) };
}

/** Cut trailing attributions off the drafts (in place); after "according to", they speak. */
export function trailingCues(art: Article, drafts: Draft[]): void {
  for (const d of drafts) {
    if (d.headline) continue;
    const t = trailingCue(art.body, d.start, d.end);
    if (!t) continue;
    d.end = t.end;
    if (d.pattern !== "according-to" || !d.entity) continue;
    const context = art.body.slice(Math.max(0, t.at - 120), t.at);
    d.entity = art.reg.resolve(t.subject, t.at, { context }) ?? d.entity;
  }
}
