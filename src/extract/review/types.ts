/** What review signals are read from and what they suggest. */
import type { Sentence } from "../segment";

export type Span = { start: number; end: number };

export interface SuggestedStatus {
  status: "under_review" | "disputed";
  reviewer: { name: string; country: string | null } | null;
  /** The sentence that suggests it, as written; span null when it is the title. */
  reason: { text: string; span: Span | null };
}

export interface ReviewClaim {
  text: string;
  /** Where the claim is in the body; null for a claim read from the title. */
  span: Span | null;
  verb: string | null;
  claimant: { id: number; name: string; description: string | null } | null;
}

/** The text the claims were read from, to quote a signal's sentence as its reason. */
export interface ReviewText {
  body: string;
  /** The body's sentences in text order (see layout()). */
  sentences: readonly Sentence[];
  title?: string;
}
