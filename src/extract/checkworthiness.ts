/**
 * Check-worthiness score in [0, 1]: a transparent linear score over surface features.
 * Higher for numbers, dates, named entities, causal/comparative language and accusations;
 * lower for opinions, hedges and questions. One pass over the words, set look-ups only.
 */
function set(words: string): Set<string> {
  return new Set(words.split(/\s+/).filter(Boolean));
}

const NUMBER_WORDS = set(
  "one two three four five six seven eight nine ten eleven twelve twenty fourth fifth sixth seventh eighth ninth tenth thirty forty fifty hundred hundreds thousand thousands million millions billion billions trillion dozen dozens half third quarter twice double triple percent",
);
const DATE_WORDS = set(
  "january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday yesterday since decade decades weeks months",
);
/** Accusations, harm, crime, money: matched on the first 5 letters (or the whole short word). */
const ACCUSATION_STEMS = set(
  "kill killi died dead death arres fraud bribe smugg attac bomb bombs warra terro corru laund abuse abuse illeg unlaw viola stole divert injur wound fled displ sente fined charg convi guilt accus alleg rigge rig traff tortu massa evacu destr hack hacke leak leake scand dopin banne lied lying escap hidin jailb recru inves profi loss losse bribi theft stolen arson",
);
const CAUSAL_WORDS = set(
  "because caused causing driven result highest lowest largest smallest biggest record first doubled tripled faster slower higher lower increase increased increases decrease decreased rise rose risen fell fallen jumped jump cut cuts surged surge dropped drop grew growth declined decline than",
);
const OPINION_WORDS = set(
  "maybe perhaps might wonderful great proud happy delighted excited dream dreamed love sad beautiful amazing fantastic terrible honoured honored grateful thrilled disappointed should must hopefully",
);
const HEDGE_WORDS = set("could may possibly probably likely unlikely seem seems appear appears");
const FUNCTION_CAPS = set(
  "The A An He She It They We I In On At But And This That These Those There His Her Its Their Our As If When While After Before Some Many Now Then So Yet For With From Nobody Everyone Today Yesterday",
);
const NUM = 1;
const DATE = 2;
const CAUSAL = 4;
const OPINION = 8;
const HEDGE = 16;
/** Word -> feature bits: one look-up per word. */
const WORD_FEATURES = new Map<string, number>();
function addAll(words: Set<string>, bit: number): void {
  for (const w of words) WORD_FEATURES.set(w, (WORD_FEATURES.get(w) ?? 0) | bit);
}
addAll(NUMBER_WORDS, NUM);
addAll(DATE_WORDS, DATE);
addAll(CAUSAL_WORDS, CAUSAL);
addAll(OPINION_WORDS, OPINION);
addAll(HEDGE_WORDS, HEDGE);

/** Letters, digits, %, currency signs (not quotes or punctuation). */
function isWordChar(c: number): boolean {
  if (c >= 97 && c <= 122) return true;
  if (c >= 65 && c <= 90) return true;
  if (c >= 48 && c <= 57) return true;
  if (c === 37 || c === 36) return true;
  return (
    c >= 0xc0 &&
    c !== 0x2019 &&
    c !== 0x201c &&
    c !== 0x201d &&
    c !== 0x2018 &&
    c !== 0x2014 &&
    c !== 0x2013 &&
    c !== 0x2026 &&
    c !== 0x201e
  );
}

export interface CheckworthinessInput {
  text: string;
  attributed: boolean;
  quote: boolean;
}

export function checkworthiness({ text, attributed, quote }: CheckworthinessInput): number {
  let s = attributed ? 0.42 : 0.3;
  let number = false;
  let date = false;
  let accusation = false;
  let causal = false;
  let opinion = false;
  let hedge = false;
  let named = 0;
  let words = 0;
  let prev = "";
  const lower = text.toLowerCase();
  const n = text.length;
  let i = 0;
  while (i < n) {
    while (i < n && !isWordChar(text.charCodeAt(i))) i++;
    let j = i;
    while (j < n && text.charCodeAt(j) > 32 && text.charCodeAt(j) !== 45) j++;
    let e = j;
    while (e > i && !isWordChar(text.charCodeAt(e - 1))) e--;
    if (e > i) {
      const w = lower.slice(i, e);
      const c = text.charCodeAt(i);
      words++;
      const f = WORD_FEATURES.get(w) ?? 0;
      if ((c >= 48 && c <= 57) || c === 36 || c === 0x20ac || c === 0xa3 || f & NUM) {
        number = true;
        if (e - i === 4 && (w.startsWith("19") || w.startsWith("20"))) date = true;
      }
      if (f & DATE || (prev === "last" && (w === "year" || w === "month" || w === "week")))
        date = true;
      if (
        !accusation &&
        e - i >= 3 &&
        (ACCUSATION_STEMS.has(w.slice(0, 5)) ||
          ACCUSATION_STEMS.has(w.slice(0, 4)) ||
          ACCUSATION_STEMS.has(w))
      )
        accusation = true;
      if (f & CAUSAL || (prev === "more" && w === "than") || (prev === "at" && w === "least"))
        causal = true;
      if (
        f & OPINION ||
        (prev === "i" && (w === "think" || w === "believe" || w === "feel" || w === "hope"))
      )
        opinion = true;
      if (f & HEDGE) hedge = true;
      if (c !== lower.charCodeAt(i) && !FUNCTION_CAPS.has(text.slice(i, e)))
        named += words === 1 ? 0.5 : 1;
      prev = w;
    }
    i = j;
  }
  if (text.includes("%")) number = true;
  if (number) s += 0.18;
  if (date) s += 0.1;
  s += Math.min(0.2, named * 0.06);
  if (accusation) s += 0.1;
  if (causal) s += 0.06;
  if (opinion) s -= 0.15;
  if (hedge) s -= 0.05;
  if (/\?\s*["”’]?\s*$/u.test(text)) s -= 0.3;
  if (words < 5) s -= 0.12;
  else if (words > 12) s += 0.03;
  if (quote && !number) s -= 0.03;
  return Math.round(Math.min(0.98, Math.max(0.02, s)) * 100) / 100;
}
