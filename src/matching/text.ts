import { stemmer } from "stemmer";
import { MATCH_STOPWORDS, NEGATIONS } from "../extract/lexicon";

/**
 * What matching reads of a text: its content words, normalised (lower case, no diacritics,
 * Porter stems, no function words, numbers written one way), the names it mentions (words
 * capitalised mid-sentence, stemmed the same way) and whether it negates.
 */
export interface Analysis {
  terms: string[];
  entities: string[];
  negated: boolean;
  /** Who a post names as its author or addresses (its signature, its handles), as terms. */
  mentions: string[];
  /** Of the mentions, those of the post's signature (who posted it), as terms. */
  authors?: string[];
  /** The signature's date ("December 26, 2019"): its year and month (stemmed, "decemb"). */
  date?: { year: string; month: string };
  /** Whether the post carries a picture or a video (a pic.twitter.com link). */
  media?: boolean;
}

const MONTHS =
  "January|February|March|April|May|June|July|August|September|October|November|December";

/**
 * Strips what a post carries around its words: links (also glued to a hashtag), the
 * "— Name (@handle) Month d, yyyy" signature of an embedded tweet, "RT @x:", handles, HTML
 * entities; hashtags become their words ("#AustralianFires" → "Australian Fires").
 */
export function cleanPost(text: string): {
  text: string;
  mentions: string[];
  authors: string[];
  date?: { year: string; month: string };
  media: boolean;
} {
  const mentions: string[] = [];
  const authors: string[] = [];
  let date: { year: string; month: string } | undefined;
  const media = /pic\.twitter\.com\//i.test(text);
  const cleaned = text
    .replace(/&amp;/g, "&")
    .replace(/&(?:quot|#39|apos);/g, "'")
    .replace(/&(?:lt|gt|nbsp);/g, " ")
    .replace(/https?:\/\/\S+/g, " ")
    .replace(/(?:pic)?\s?\.?twitter\.com\/\S*/gi, " ")
    .replace(/\b(?:t\.co|bit\.ly|youtu\.be|www\.)\/?\S*/gi, " ")
    // The signature of an embedded tweet, at the end: "— Name (@handle) December 26, 2019".
    .replace(SIGNATURE, (_, name: string, handle: string, month?: string, year?: string) => {
      mentions.push(name, splitTag(handle));
      authors.push(name, splitTag(handle));
      if (month && year) date = { year, month: stemmer(month.toLowerCase()) };
      return " ";
    })
    .replace(/^\s*RT\s+@\w+:?/i, " ")
    .replace(/@(\w+)/g, (_, handle: string) => {
      mentions.push(splitTag(handle));
      return " ";
    })
    .replace(/#(\w+)/g, (_, tag: string) => ` ${splitTag(tag)} `)
    .replace(/\s+/g, " ")
    .trim();
  return { text: cleaned, mentions, authors, date, media };
}

const SIGNATURE = new RegExp(
  `\\s*[—–-]{1,2}\\s*([^—–()]{0,80}?)\\s*\\(@(\\w+)\\)\\s*(?:(${MONTHS})\\s+\\d{1,2},\\s+(\\d{4}))?\\s*["”]?\\s*$`,
  "u",
);

/** "AustralianFires" → "Australian Fires", "COVID19" → "COVID 19", "NHSCuts" → "NHS Cuts". */
function splitTag(tag: string): string {
  return tag
    .replace(/_/g, " ")
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .replace(/([A-Za-z])(\d)/g, "$1 $2")
    .replace(/(\d)([A-Za-z])/g, "$1 $2");
}

/** One spelling for the countries news abbreviates most: "U.S.", "US", "USA" → "USA". */
function normaliseAbbreviations(text: string): string {
  return text.replace(/\bU\.S\.(?:A\.)?|\bUSA?\b/g, " USA ").replace(/\bU\.K\.|\bUK\b/g, " UK ");
}

const fold = (word: string) =>
  word
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase();

/** One spelling per number: "1,240" → "1240", "1.5" → "1p5", "70%" → "70 percent". */
function normaliseNumbers(text: string): string {
  return text
    .replace(/(\d)[,\u00a0](?=\d{3}\b)/g, "$1")
    .replace(/(\d)\.(\d)/g, "$1p$2")
    .replace(/%/g, " percent ")
    .replace(/\bper\s+cent\b/gi, "percent");
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
const SENTENCE_END = /[.!?:;"“”]\s*$/;

/** A normalised term, or null for a function word. */
export function term(raw: string): string | null {
  const word = fold(raw).replace(/['’](?:s|t|re|ve|ll|d|m)$/, "");
  if (word.length === 0 || MATCH_STOPWORDS.has(word)) return null;
  if (/^\d/.test(word)) return word;
  return stemmer(word);
}

/** The analysis of a claim, a title, a post or a paragraph. */
export function analyse(text: string): Analysis {
  const post = cleanPost(text);
  const cleaned = normaliseNumbers(normaliseAbbreviations(post.text));
  const terms: string[] = [];
  const entities = new Set<string>();
  let negated = false;
  for (const match of cleaned.matchAll(WORD)) {
    const raw = match[0];
    const lower = fold(raw);
    if (NEGATIONS.has(lower) || /n['’]t$/.test(lower)) negated = true;
    const normalised = term(raw);
    if (!normalised) continue;
    terms.push(normalised);
    const start = match.index ?? 0;
    const before = cleaned.slice(Math.max(0, start - 3), start);
    const opensSentence = start === 0 || SENTENCE_END.test(before);
    // A capitalised word that does not open a sentence, or an acronym, names something.
    if (/^\p{Lu}/u.test(raw) && (!opensSentence || /^\p{Lu}{2,}$/u.test(raw))) {
      entities.add(normalised);
    }
  }
  const mentions = mentionTerms(post.mentions);
  const authors = mentionTerms(post.authors);
  return {
    terms,
    entities: [...entities],
    negated,
    mentions,
    authors,
    ...(post.date ? { date: post.date } : {}),
    media: post.media,
  };
}

function mentionTerms(names: string[]): string[] {
  const out = new Set<string>();
  for (const name of names)
    for (const match of name.matchAll(WORD)) {
      const normalised = term(match[0]);
      if (normalised && !/^\d/.test(normalised)) out.add(normalised);
    }
  return [...out];
}
