/** What the attribution rules read and return (see index.ts for the rules in order). */
import type { Pattern } from "../patterns";

export interface ContentSpan {
  /** Offsets relative to the sentence start. */
  start: number;
  end: number;
  verb: string | null;
  pattern: Pattern;
}

export interface SentenceAttribution {
  /** Claimant phrase, offsets relative to the sentence start (null: no claimant phrase). */
  np: { start: number; end: number } | null;
  verb: string;
  pattern: Pattern;
  contents: ContentSpan[];
  /** Unattributed main clause ("Ireland's regulator fined ChatLoop €310m", before ", saying"). */
  mainClause?: { start: number; end: number };
}

/** A rule over a whole masked sentence: its attribution, or null. */
export type SentenceRule = (m: string) => SentenceAttribution | null;

/**
 * A reporting verb with its subject found (cue.ts): what the cue rules read. Offsets are into
 * the masked sentence `m`.
 */
export interface Cue {
  m: string;
  /** The verb as matched ("said"; "called for"). */
  verb: string;
  /** The cue as reported: the verb, with its recipient for "told" ("told reporters"). */
  cue: string;
  /** The claimant phrase. */
  np: { start: number; end: number };
  /** Its text, cleaned (cleanNp). */
  clean: string;
  /** Where the subject starts: the sentence before it is m[0, prefixEnd). */
  prefixEnd: number;
  /** m[0, prefixEnd) is the content, not an introduction ("“C,” X said"). */
  prefixIsContent: boolean;
  /** m[0, prefixEnd) holds more than whitespace. */
  hasPrefix: boolean;
  /** The subject opens a subordinate clause: what comes before it is not the content. */
  subordinate: boolean;
  /** The subordinate clause opens the sentence ("While X said C, Y …"): C ends at a comma. */
  opensSentence: boolean;
  /** The subordinate clause is a relative one set off by commas: C ends where it closes. */
  inRelative: boolean;
  /** A clause of the sentence that the reporter states, beside the report. */
  mainClause: { start: number; end: number } | undefined;
  /** Where the content may start: after the verb, its recipient, "that" and modifiers. */
  i: number;
  /** A "that" was read after the verb. */
  thatSeen: boolean;
  /** Length of ", " at `i` (0 if none): a comma after the cue. */
  comma: number;
}

/**
 * A rule for one cue: an attribution; null when the rule applies but the cue reports nothing
 * (the next verb of the sentence is tried); undefined when the rule does not apply (the next
 * rule is tried).
 */
export type CueRule = (c: Cue) => SentenceAttribution | null | undefined;
