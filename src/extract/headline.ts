/**
 * Headline claims: "…, Iraq spy chief claims" / "Erdoğan says …" / "Name: …", read in the body
 * when it repeats the title before its text, else in the title (a claim without a span).
 */

import { isCloseMark, isEdgeJunk, isOpenMark } from "./finish/tidy";
import { HEADLINE_VERB_ALT } from "./lexicon";
import { isTitleLine } from "./segment";
import type { Article, Draft } from "./types";

const HL_NOT_CONTENT_RE =
  /^(?:as|after|amid|despite|in|on|for|with|to|while|at|by|from|over|of|and|but)\b/iu;
const HL_VERBS = `${HEADLINE_VERB_ALT}|tells\\s+[\\p{L}\\p{M}'’.-]+(?:\\s+[\\p{L}\\p{M}'’.-]+)?`;
const HL_TAIL_RE = new RegExp(
  `^(.+?),\\s+((?:[\\p{L}\\p{M}'’.&-]+\\s+){0,5}?[\\p{L}\\p{M}'’.&-]+)\\s+(${HL_VERBS})$`,
  "u",
);
const HL_HEAD_RE = new RegExp(
  `^((?:[\\p{L}\\p{M}'’.&-]+\\s+){0,5}?[\\p{L}\\p{M}'’.&-]+)\\s+(${HL_VERBS})\\s+(.+)$`,
  "u",
);
const HL_COLON_RE = /^(.{12,}?):\s+((?:\p{Lu}[\p{L}\p{M}'’.&-]*\s*){1,4})$/u;
/**
 * Words no headline source holds: a verb, a preposition, a reflexive ("Jansen Defends Himself
 * Against"), or at its end an article or preposition ("… Against" before the noun "Claims").
 */
const HL_NP_STOP =
  /\b(?:is|are|was|were|has|have|had|will|would|to|not|as|after|over|amid|with|for|in|on|himself|herself|itself|themselves)\b|(?<![\p{L}\p{M}])(?:against|about|of|by|from|into|at|the|an?|his|her|their|its)$/iu;

/** "‘We will not back down’, says PM" / "Cash ban inevitable, finds study": the inverted tail. */
const HL_INVERTED_RE =
  /^(.+?[,'’"”])\s+(says|claims|warns|insists|admits|reveals|suggests|argues|finds|reports|confirms|predicts|denies|alleges|urges)\s+((?:[\p{L}\p{M}'’.&-]+\s+){0,5}?[\p{L}\p{M}'’.&-]+)$/u;
/** "Jansen: the strike cost the port 40 million euros": a speaker's name, then the words. */
const HL_SPEAKER_RE =
  /^((?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){0,3}\p{Lu}[\p{L}\p{M}'’.-]*):\s+(\S.{11,})$/u;

/** ‘ ' “ " « „ */
function isHeadlineOpenMark(c: number): boolean {
  return c === 0x2018 || c === 0x27 || isOpenMark(c);
}

/** ’ ' ” " » */
function isHeadlineCloseMark(c: number): boolean {
  return c === 0x2019 || c === 0x27 || isCloseMark(c);
}

/** A content range without edge separators and without quote marks enclosing all of it. */
function unquoteHeadline(text: string, s0: number, e0: number): [number, number] {
  let s = s0;
  let e = e0;
  while (s < e && isEdgeJunk(text.charCodeAt(s))) s++;
  while (e > s && isEdgeJunk(text.charCodeAt(e - 1))) e--;
  if (
    e - s > 2 &&
    isHeadlineOpenMark(text.charCodeAt(s)) &&
    isHeadlineCloseMark(text.charCodeAt(e - 1)) &&
    !/[‘’'“”"]/u.test(text.slice(s + 1, e - 1).replace(/\p{L}['’]\p{L}/gu, ""))
  ) {
    s++;
    e--;
  }
  return [s, e];
}

/** Whether text[s, e) is enclosed in quote marks: a headline that quotes its speaker. */
export function quotedHeadline(text: string, s: number, e: number): boolean {
  return (
    s > 0 && isHeadlineOpenMark(text.charCodeAt(s - 1)) && isHeadlineCloseMark(text.charCodeAt(e))
  );
}

/**
 * The report in a headline (text[start, end)): who (np), what (content) and the cue.
 * `isSpeaker` says whether a "Name: words" label names a person the article quotes.
 */
function headlineClaim(
  body: string,
  start: number,
  end: number,
  isSpeaker?: (label: string) => boolean,
): { np: [number, number]; content: [number, number]; verb: string } | null {
  const found = headlineReport(body, start, end, isSpeaker, false);
  if (found || !isTitleCase(body, start, end)) return found;
  // "Sanders Says He Has Started Writing His Address": a title-case headline is read in lower
  // case (same offsets); its source must still be capitalised as written.
  const lower = body.slice(start, end).toLowerCase();
  if (lower.length !== end - start) return null;
  const t = headlineReport(lower, 0, lower.length, undefined, true);
  if (!t || !/^\p{Lu}/u.test(body.slice(start + t.np[0], start + t.np[1]))) return null;
  return {
    np: [start + t.np[0], start + t.np[1]],
    content: unquoteHeadline(body, start + t.content[0], start + t.content[1]),
    verb: body.slice(start + lower.indexOf(t.verb), start + lower.indexOf(t.verb) + t.verb.length),
  };
}

/**
 * Most words capitalised ("Trump Says He Will Win"): four or more, at least three in four. A
 * line in capitals is not title case (it is matched against the title instead).
 */
function isTitleCase(text: string, start: number, end: number): boolean {
  if (!/\p{Ll}/u.test(text.slice(start, end))) return false;
  let words = 0;
  let caps = 0;
  for (const w of text.slice(start, end).split(/\s+/u)) {
    if (!/\p{L}/u.test(w)) continue;
    words++;
    if (/^[^\p{L}]*\p{Lu}/u.test(w)) caps++;
  }
  return words >= 4 && caps * 4 >= words * 3;
}

function headlineReport(
  body: string,
  start: number,
  end: number,
  isSpeaker: ((label: string) => boolean) | undefined,
  lowered: boolean,
): { np: [number, number]; content: [number, number]; verb: string } | null {
  const h = body.slice(start, end);
  const t = HL_TAIL_RE.exec(h);
  if (t) {
    const np = t[2] ?? "";
    if (!HL_NP_STOP.test(np)) {
      const npS = start + (t[1] ?? "").length + h.slice((t[1] ?? "").length).indexOf(np);
      return {
        np: [npS, npS + np.length],
        content: unquoteHeadline(body, start, start + (t[1] ?? "").length),
        verb: t[3] ?? "",
      };
    }
  }
  const inv = HL_INVERTED_RE.exec(h);
  if (inv) {
    const np = inv[3] ?? "";
    if (!HL_NP_STOP.test(np) && !HL_NOT_CONTENT_RE.test(np)) {
      return {
        np: [end - np.length, end],
        content: unquoteHeadline(body, start, start + (inv[1] ?? "").length),
        verb: inv[2] ?? "",
      };
    }
  }
  const hh = HL_HEAD_RE.exec(h);
  if (hh) {
    const np = hh[1] ?? "";
    // "Norvex profit beats forecasts as cloud sales jump": no report when a clause-less
    // phrase follows the "verb" (it was a noun).
    if (
      !HL_NP_STOP.test(np) &&
      (lowered || /^\p{Lu}/u.test(np)) &&
      !HL_NOT_CONTENT_RE.test(hh[3] ?? "")
    ) {
      const cS = start + h.length - (hh[3] ?? "").length;
      return {
        np: [start, start + np.length],
        content: unquoteHeadline(body, cS, end),
        verb: hh[2] ?? "",
      };
    }
  }
  const c = HL_COLON_RE.exec(h);
  if (c) {
    const npS = start + h.length - (c[2] ?? "").trimEnd().length;
    return {
      np: [npS, end],
      content: unquoteHeadline(body, start, start + (c[1] ?? "").length),
      verb: ":",
    };
  }
  const sp = isSpeaker ? HL_SPEAKER_RE.exec(h) : null;
  if (sp && isSpeaker?.(sp[1] ?? "")) {
    const label = sp[1] ?? "";
    return {
      np: [start, start + label.length],
      content: unquoteHeadline(body, end - (sp[2] ?? "").length, end),
      verb: ":",
    };
  }
  return null;
}

/**
 * Adds the headline's drafts: the title's (offsets into the title, finished apart, returned)
 * when the body does not repeat it, and the one of the body's headline paragraph.
 */
export function headlineDrafts(art: Article, drafts: Draft[]): Draft | null {
  const { body, lay, reg, title } = art;
  const isSpeaker = (label: string) => reg.knownPerson(label) !== null;
  let head: (typeof lay.paragraphs)[number] | undefined;
  let titleInBody = false;
  for (const p of lay.paragraphs) {
    if (p.kind === "body") break;
    if (title && isTitleLine(body.slice(p.start, p.end), title)) {
      head = p;
      titleInBody = true;
      break;
    }
    if (p.kind === "headline" && !head) head = p;
  }
  let titleDraft: Draft | null = null;
  if (title && !titleInBody) {
    const hc = headlineClaim(title, 0, title.length, isSpeaker);
    if (hc) {
      const entity = reg.resolve(title.slice(hc.np[0], hc.np[1]), body.length, { headline: true });
      // Offsets into the title, not the body: this draft is finished apart (see finish/).
      titleDraft = {
        start: hc.content[0],
        end: hc.content[1],
        entity,
        verb: hc.verb,
        pattern: "headline",
        headline: true,
      };
      drafts.push(titleDraft);
    }
  }
  if (head) {
    const hEnd = head.end - (/\p{Ll}{2}\.$/u.test(body.slice(head.end - 3, head.end)) ? 1 : 0);
    let hc = headlineClaim(body, head.start, hEnd, isSpeaker);
    let np = hc ? body.slice(hc.np[0], hc.np[1]) : "";
    if (!hc && titleInBody && hEnd - head.start === title.length) {
      // "PORT STRIKE ENDS, UNION SAYS" repeating the title: read as the title is written.
      const t = headlineClaim(title, 0, title.length, isSpeaker);
      if (t) {
        np = title.slice(t.np[0], t.np[1]);
        hc = { ...t, content: [head.start + t.content[0], head.start + t.content[1]] };
      }
    }
    if (hc) {
      const entity = reg.resolve(np, body.length, { headline: true });
      drafts.push({
        start: hc.content[0],
        end: hc.content[1],
        entity,
        verb: hc.verb,
        pattern: "headline",
        headline: true,
      });
    }
  }
  return titleDraft;
}
