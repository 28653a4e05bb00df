/** according-to: "According to X, C" / "C, according to X". */
import { isApposition } from "../claimants";
import { APPOSITION_PARTICLE_ALT, REPORT_CLAUSE_OPENER_ALT, SUBORDINATOR_ALT } from "../lexicon";
import { wordCount } from "../text";
import { hasVerbLike, isIntro, looseNp, quoteCovers, trimRange } from "./helpers";
import { continuesAfterCue } from "./said-x";
import type { SentenceAttribution } from "./types";
import { hasReportingVerb } from "./verb";

const ACC_START_RE =
  /^(?:(?:But|And|However|Meanwhile|Yet|Still)\s*,?\s+)?(?:according to|According to)\s+([^,;]{2,120}?),\s+(?=\S)/u;
// The source may hold full stops inside it ("Dr. Amy Ross", "U.S.", "Layoffs.fyi"); a full stop
// ends it only at the end of the sentence.
const ACC_MID_RE =
  /,?\s+according to\s+((?:[^,.;!?]|\.(?=[\p{L}\d]|\s+\p{Lu})){2,120}?)(?=\s*(?:,|[!?;]|\.[\s”"’»)]*$|$))/u;
const ACC_APPOS_RE = new RegExp(
  `^,\\s+(?:the\\s+)?\\p{Lu}[\\p{L}\\p{M}'’.&-]*(?:\\s+(?:\\p{Lu}[\\p{L}\\p{M}'’.&-]*|${APPOSITION_PARTICLE_ALT}|of|and|&))*(\\s*[.!?]?\\s*)$`,
  "u",
);

const SUBORDINATE_OPENING_RE = new RegExp(`^(?:${REPORT_CLAUSE_OPENER_ALT}|if)\\s`, "iu");
const LINK_END_RE = new RegExp(`\\s(?:that|${SUBORDINATOR_ALT}|and|but|because)$`, "u");

/** The words before a mid-sentence cue are an opening or a subordinate clause, no clause of their own. */
function opensOnly(before: string): boolean {
  return isIntro(before) || (SUBORDINATE_OPENING_RE.test(before) && !before.includes(","));
}

export function accordingTo(m: string): SentenceAttribution | null {
  if (!m.includes("ccording to")) return null;
  const a = ACC_START_RE.exec(m);
  if (a) {
    const npS = m.indexOf(a[1] ?? "", a.index);
    const npE = npS + (a[1] ?? "").length;
    if (looseNp(a[1] ?? "")) {
      // "According to EuroCommerce, which represents 5 million shops, C"
      const rel = /^(?:which|who)\b(?:[^,;]|,(?!\s))*,\s+/u.exec(m.slice(a.index + a[0].length));
      const [cs, ce] = trimRange(m, a.index + a[0].length + (rel?.[0].length ?? 0), m.length);
      if (ce > cs)
        return {
          np: { start: npS, end: npE },
          verb: "according to",
          pattern: "according-to",
          contents: [{ start: cs, end: ce, verb: "according to", pattern: "according-to" }],
        };
    }
  }
  const b = ACC_MID_RE.exec(m);
  if (b && b.index > 0) {
    const npS = b.index + b[0].length - (b[1] ?? "").length;
    let npE = b.index + b[0].length;
    // "according to its owner, Acme Shipping." / "according to data from the weather service,
    // the DWD.": a name in apposition closing the sentence belongs to the source.
    const appos = ACC_APPOS_RE.exec(m.slice(npE));
    if (appos) {
      npE += appos[0].length - (appos[1] ?? "").length;
      while (m.charCodeAt(npE - 1) === 46) npE--;
    }
    if (looseNp(b[1] ?? "")) {
      let [cs, ce] = trimRange(m, 0, b.index);
      // "At the heart of it, according to X, was a decision …": the words after the source
      // continue the content, which is the whole sentence (the cue inside it).
      // Only a verb goes on with it, after the source's apposition if it has one ("…, according
      // to CrowdTangle, a social analytics tool" is the apposition alone).
      const tail = m.slice(npE);
      const appos = /^\s*,\s+([^,;]{1,80}),\s/u.exec(tail);
      const skip = appos && isApposition(appos[1] ?? "") ? appos[0].length - 2 : 0;
      const afterAt = npE + skip;
      const after = /^\s*,\s+/u.exec(m.slice(afterAt));
      const rest = after ? m.slice(afterAt + after[0].length) : "";
      const word = /^[\p{L}'’]+/u.exec(rest)?.[0] ?? "";
      if (word && !quoteCovers(m, cs, ce) && hasVerbLike(word) && continuesAfterCue(rest))
        ce = trimRange(m, cs, m.length)[1];
      // "In the coming decade, according to X, dredging costs will double" (an opening alone
      // before the cue), "While most were minor, according to X, two were secret" (a
      // subordinate clause before it, the main clause after): the content is the whole sentence.
      else if (rest && wordCount(rest) >= 3 && opensOnly(m.slice(cs, b.index)))
        ce = trimRange(m, cs, m.length)[1];
      // "The Ledger wrote that, according to X, C": the words before end in a link word; the
      // content is what follows the source.
      else if (rest && LINK_END_RE.test(m.slice(cs, b.index)) && wordCount(rest) >= 3) {
        // "The harbour master said that, according to its count, C": his report; the verb reads it.
        if (/\sthat$/u.test(m.slice(cs, b.index)) && hasReportingVerb(m.slice(cs, b.index)))
          return null;
        const [rs, re] = trimRange(m, afterAt + (after?.[0].length ?? 0), m.length);
        return {
          np: { start: npS, end: npE },
          verb: "according to",
          pattern: "according-to",
          contents: [{ start: rs, end: re, verb: "according to", pattern: "according-to" }],
        };
      }
      if (wordCount(m.slice(cs, b.index)) >= 3 || ce > b.index)
        return {
          np: { start: npS, end: npE },
          verb: "according to",
          pattern: "according-to",
          contents: [{ start: cs, end: ce, verb: "according to", pattern: "according-to" }],
        };
    }
  }
  return null;
}
