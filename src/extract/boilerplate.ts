/**
 * Page furniture: a line of the body classified as boilerplate (captions, credits, bylines,
 * navigation, "Read more" and related-article blocks, time stamps), a heading (no sentence
 * punctuation) or body. The patterns here are the phrases of web pages; words are in the
 * lexicon.
 */
import {
  CLAIM_CUE_FORMS,
  PHOTO_AGENCY_ALT,
  PHOTO_CREDITS,
  PLAIN_REPORT_ALT,
  TIME_ZONE_ALT,
} from "./lexicon";
import type { ParaKind } from "./segment";
import { isRegexSpace, isSpaceCode, trimEndWhile, wordCount } from "./text";

const CAPTION_LABEL_RE =
  /(?:^|[\s(.|])(?:Credit|Credits|Photo|Photos|Photograph|Photographs|Image|Images|Picture|Pictures|Illustration|Graphic|Footage|Video|Photo credit|Image credit)\s*:\s*\S/u;
// The credit closes the caption ("… on Sunday. REUTERS/Kacper Pempel/File Photo"); "the latest
// Reuters/Ipsos poll showed …" inside a sentence is no credit.
const CAPTION_AGENCY_RE = new RegExp(
  `\\b(?:${PHOTO_AGENCY_ALT})\\/\\p{Lu}[^.!?/]{0,40}(?:\\/[^.!?/]{0,20})?[.)]?\\s*$`,
  "u",
);
const CAPTION_PAREN_RE =
  /\((?:Photo|Image|Picture|Credit|Getty Images|Reuters|AFP|AP|EPA)[^)]*\)\s*$/u;
/** "Boxes of tablets at a warehouse, in a photo taken in July by an employee." */
const CAPTION_PHOTO_RE =
  /,\s+in (?:a|this|an undated|a handout|a file) photo(?:graph)?\b[^.!?]*[.]?$/u;

/** Photo captions and credits ("... Credit: Department of Defense", "REUTERS/Name", "(Getty Images)"). */
function isCaption(text: string): boolean {
  if (text.includes(":") && CAPTION_LABEL_RE.test(text)) return true;
  if (text.includes("photo") && CAPTION_PHOTO_RE.test(text)) return true;
  if (text.includes("/") && CAPTION_AGENCY_RE.test(text)) return true;
  if (text.endsWith(")") && CAPTION_PAREN_RE.test(text)) return true;
  for (const w of PHOTO_CREDITS) if (text.includes(w)) return true;
  return false;
}
const BYLINE_RE = /^(?:By|BY)\s+\p{Lu}/u;
const CREDIT_START_RE =
  /^\(?(?:(?:Reporting|Additional reporting|Writing|Editing|Edited|Compiled|Written|Research|Translated|Produced|Graphics|Fact-checked)\s+by\b|Copyright|©|Updated\b|Published\b|Last updated\b|First published\b|Posted\b|\d+\s+min(?:ute)?s?\s+read$|Editor[’']?s note\b|This (?:story|article) (?:has been|was) (?:updated|corrected|amended)|Correction:)/iu;
const CREDIT_END_RE = /contributed(?: to this (?:report|story|article))?\.?\)?$/iu;
const NAV_RE =
  /^(?:Share|Share this(?: article| story| page)?|Tweet|Email|Print|Save|Advertisement|Sponsored|Comments?(?:\s*\(\d+\))?|Subscribe\b.*|Sign up\b.*|Sign in\b.*|Log in\b.*|Follow us\b.*|Follow\s+@.*|Click here\b.*|Most (?:read|popular|viewed)|Skip to\b.*|Menu|Home|Back to top|Listen to (?:this )?(?:article|story)\b.*|Watch(?: now)?:?.*|Tags?:.*|Topics?:.*|For media (?:enquiries|inquiries)\b.*|Media contact\b.*|Contact:.*|Download\b.*|Support our journalism\b.*|Donate\b.*)$/iu;
const RELATED_HEADER_RE =
  /^(?:Check Also|Related(?:\s+(?:articles?|stories|content|coverage|news|reading|topics))?|Read more|Read More|READ MORE|More from\b.*|More on this(?: story)?|See also|Also read|You may also like|You might also like|Recommended(?: for you)?|Further reading|Latest news|Most read|Trending|Explore more|Top stories|More stories)\s*:?\s*$/iu;
const RELATED_INLINE_RE =
  /^(?:Read more|Read More|READ MORE|Related|RELATED|Also read|ALSO READ|See also|Check Also|MORE|Watch|WATCH|Listen|LISTEN|Read also|Recommended)\s*[:|–—-]\s*\S/u;
const SEPARATOR_RE = /^[\s_*=~\-–—•·#]+$/u;
/** Ends like a sentence: . ! ? … possibly followed by closing quotes/brackets, or a closing quote. */
export function endsTerminal(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && isSpaceCode(text.charCodeAt(i))) i--;
  if (i < 0) return false;
  const last = text.charCodeAt(i);
  if (last === 0x22 || last === 0x201d || last === 0xbb) return true;
  // "… by the end of May.“": a closing mark typed the wrong way round after the stop.
  if (last === 0x201c && i > 0 && /[.!?]/u.test(text.charAt(i - 1))) return true;
  while (i >= 0) {
    const c = text.charCodeAt(i);
    if (c === 0x27 || c === 0x2019 || c === 41 || c === 93) i--;
    else break;
  }
  if (i < 0) return false;
  const c = text.charCodeAt(i);
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}

/** " ' ” ’ and whitespace */
function isQuoteOrSpace(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x201d || c === 0x2019 || isRegexSpace(c);
}

/** Ends with … or ... before any closing quotes (a scan: /["'”’\s]+$/ retries every position). */
export function endsEllipsis(text: string): boolean {
  const e = trimEndWhile(text, 0, text.length, isQuoteOrSpace);
  if (e >= 1 && text.charCodeAt(e - 1) === 0x2026) return true;
  return (
    e >= 3 &&
    text.charCodeAt(e - 1) === 46 &&
    text.charCodeAt(e - 2) === 46 &&
    text.charCodeAt(e - 3) === 46
  );
}

/** "Nov. 19, 2025 Updated 9:14 a.m.", "4 May 2025, 18:02 BST": a date line, not a claim. */
function isTimestamp(text: string): boolean {
  if (text.length > 90 || !YEAR_RE.test(text) || wordCount(text) > 12) return false;
  if (FINITE_VERB_RE.test(text)) return false;
  // A sentence that merely mentions a date and time ends like one; a stamp says what it is.
  if (STAMP_WORD_RE.test(text)) return true;
  return TIME_OR_STAMP_RE.test(text) && !endsTerminal(text);
}
const FINITE_VERB_RE = new RegExp(
  `\\b(?:${PLAIN_REPORT_ALT}|will|was|were|is|are|has|have|had)\\b`,
  "u",
);
const STAMP_WORD_RE = /\b(?:Updated|Published|Posted|Last updated)\b/u;
const YEAR_RE = /\b(?:19|20)\d\d\b/u;
const TIME_OR_STAMP_RE = new RegExp(
  `\\b(?:Updated|Published|Posted|Last updated|${TIME_ZONE_ALT})\\b|\\b\\d{1,2}[:.]\\d{2}\\s*(?:a\\.?m\\.?|p\\.?m\\.?)?`,
  "u",
);

export function classifyLine(text: string): ParaKind | "related-header" {
  if (SEPARATOR_RE.test(text)) return "boilerplate";
  if (RELATED_HEADER_RE.test(text)) return "related-header";
  if (RELATED_INLINE_RE.test(text)) return "boilerplate";
  if (NAV_RE.test(text)) return "boilerplate";
  if (CREDIT_START_RE.test(text)) return "boilerplate";
  if (isTimestamp(text)) return "boilerplate";
  if (text.includes("ontributed") && CREDIT_END_RE.test(text)) return "boilerplate";
  if (text.includes("ights reserved") || text.includes("IGHTS RESERVED")) return "boilerplate";
  if (BYLINE_RE.test(text) && wordCount(text) <= 14) return "boilerplate";
  if (isCaption(text)) return "boilerplate";
  // "Home | World | Politics", "Jane Doe | Reuters"
  if (
    (text.includes("|") || text.includes("›") || text.includes("»")) &&
    /\s[|›»]\s/u.test(text) &&
    !endsTerminal(text)
  )
    return "boilerplate";
  if (!endsTerminal(text) && !introducesWhatFollows(text)) return "heading";
  return "body";
}

const LAST_WORD_BEFORE_COLON_RE = /([\p{L}'’]+)\s*:\s*$/u;

/**
 * "As one local reporter noted, the hall was barely a third full by the end:", "Okafor
 * reports:": a sentence that ends in a colon introduces the quote or list after it. A heading
 * that does ("Related:", "What we know:") is a few words long and reports nothing.
 */
function introducesWhatFollows(text: string): boolean {
  // The pattern ends in ":\s*$": without a final colon (most lines) it is not run at all.
  const e = trimEndWhile(text, 0, text.length, isRegexSpace);
  if (e === 0 || text.charCodeAt(e - 1) !== 58) return false;
  const last = LAST_WORD_BEFORE_COLON_RE.exec(text);
  if (!last) return false;
  return wordCount(text) >= 8 || CLAIM_CUE_FORMS.has((last[1] ?? "").toLowerCase());
}
