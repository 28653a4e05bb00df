/**
 * A content that runs on into an attribution of its own: "… the state, “we will not wait,” he
 * said", "… the audit, the report said". The trailing "he said" is no part of the claim: the
 * span ends before it (after the quote's closing mark). After "according to" it also names who
 * speaks: "According to the Gazette, “We will stay calm,” Ruiz said" is Ruiz's claim, the Gazette
 * only reported it.
 */
import { AFTER_QUOTE_VERB_ALT, VERB_ADVERB_ALT } from "../lexicon";
import type { Article, Draft } from "../types";

/**
 * After a comma or a closing mark: a pronoun, "the|a|his|her|their|its" and one or two words,
 * or up to three capitalised words; then a verb that follows quotes ("said", "added",
 * "continued"), maybe a listener ("told reporters") or an adverb ("said later"), and the end.
 */
const TRAILING_CUE_RE = new RegExp(
  `(?:[,!?…]|[”"’'])\\s+((?:he|she|they|it|we|I)|(?:the|a|an|his|her|their|its)\\s+[\\p{L}-]+(?:\\s+[\\p{L}-]+)?|\\p{Lu}[\\p{L}.’'-]*(?:\\s+\\p{Lu}[\\p{L}.’'-]*){0,2})\\s+(?:(?:told|tells)\\s+\\p{Ll}+|(?:${AFTER_QUOTE_VERB_ALT})(?:\\s+(?:${VERB_ADVERB_ALT}|\\p{Ll}+ly))?)\\s*\\.?$`,
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
