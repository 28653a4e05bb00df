/**
 * A report in a relative clause on the claimant: "Podesta, who said the project was vetted,
 * said he was unaware of it" and "“C,” said a former staffer, who said he left on good terms"
 * give the claimant a second content, the relative clause's. Runs on an attribution a sentence
 * rule found; the clause must open inside its claimant phrase or right after it.
 */
import { REPORTING_VERB_ALT, WHO_REPORT_ALT } from "../lexicon";
import { wordCount } from "../text";
import { trimRange } from "./helpers";
import type { ContentSpan, SentenceAttribution } from "./types";

const WHO_REPORT_RE = new RegExp(
  `,\\s+who\\s+(?:also\\s+|later\\s+)?(?:(?:has|have|had)\\s+)?(${WHO_REPORT_ALT})\\s+(?:that\\s+)?`,
  "u",
);
/** Where the relative clause ends: the main verb after its closing comma (", said …"). */
const MAIN_VERB_AFTER_RE = new RegExp(`,\\s+(?:${REPORTING_VERB_ALT})\\b`, "u");

export function withRelativeReport(m: string, r: SentenceAttribution): SentenceAttribution {
  if (!r.np) return r;
  // The claimant phrase holds its appositions ("Podesta, who said C,"), or the clause follows it.
  const rel = WHO_REPORT_RE.exec(m.slice(r.np.start));
  if (!rel || r.np.start + rel.index > r.np.end) return r;
  const from = r.np.start + rel.index + rel[0].length;
  const close = MAIN_VERB_AFTER_RE.exec(m.slice(from));
  const [cs, ce] = trimRange(m, from, close ? from + close.index : m.length);
  if (wordCount(m.slice(cs, ce)) < 3) return r;
  if (r.contents.some((c) => c.start < ce && cs < c.end)) return r;
  const added: ContentSpan = { start: cs, end: ce, verb: rel[1] ?? r.verb, pattern: "said-that" };
  return { ...r, contents: [...r.contents, added].sort((a, b) => a.start - b.start) };
}
