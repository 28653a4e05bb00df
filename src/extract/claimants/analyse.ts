/**
 * A claimant phrase analysed (analyzeNp): a pronoun, a proper name (titles stripped,
 * appositions kept as description: names.ts), an unnamed source (a role, organisation or group
 * noun: roles.ts) or a document (documents.ts).
 */
import {
  DATE_WORDS,
  DETERMINERS,
  GROUP_NOUNS,
  INTRO_WORDS,
  LY_NOUN_ALT,
  NAME_PARTICLES,
  NOT_A_NAME_LEADS,
  NOT_A_NAME_WORDS,
  ORG_NOUNS,
  PERSON_ROLE_NOUNS,
  PRONOUNS,
  SPOKESPERSON_NOUNS,
  WEAK_PARTICLES,
} from "../lexicon";
import { documentAnalysis } from "./documents";
import { lastCapitalisedRun, namedAnalysis, postModifierStart } from "./names";
import { AND_COLLEAGUES_RE, cleanNp, npParts } from "./phrase";
import { unnamedSource } from "./roles";
import { bare, isCapToken, isCountWord, singular } from "./tokens";
import type { EntityKind, NpAnalysis } from "./types";

/** "retired pharmacist Walter Greene": up to three lower-case words, then a capitalised name. */
const ROLE_THEN_NAME_RE =
  /^(?:[\p{L}.-]+\s+){0,5}\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*)+$/u;
/** "Kenji Moriyama of Trident Securities": a name, then the organisation it works for. */
const ROLE_NAME_OF_ORG_RE =
  /^(?:[\p{L}.-]+\s+){0,3}\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*)+\s+(?:of|at)\s+(?:the\s+)?\p{Lu}.*$/u;
// The acronym may hold lower-case letters ("ADoP", "MoH") but starts and ends in capitals.
// Only tried on a phrase that ends in ")".
const ACRONYM_DEFINED_RE =
  /^((?:the\s+)?\p{Lu}.*\S)\s+\((\p{Lu}(?:[\p{L}\p{N}&.-]{0,8}\p{Lu}))\)$/u;
const POSSESSIVE_END_RE = /['’]s?$/u;
const THE_ACRONYM_RE = /^the\s+\p{Lu}{2,}$/u;
const DESC_HEAD_RE =
  /^(?:(?:the|a|an|its|his|her|their)\s+)?((?:[^\s,]+\s+){0,4}?[^\s,]+?)(?:\s+(?:of|for|at|in|on|based|with|that|which|who|from|to)\b.*)?$/u;

const analysisMemo = new Map<string, NpAnalysis>();

/** Analyse one claimant phrase (results are shared: callers must not mutate them). */
export function analyzeNp(np: string): NpAnalysis {
  const hit = analysisMemo.get(np);
  if (hit) return hit;
  const a = analyzeNpUncached(np);
  if (analysisMemo.size > 1000) analysisMemo.clear();
  analysisMemo.set(np, a);
  return a;
}

/** A capitalised word and the capitalised word after it ("On Sunday", "If Obama"). */
const CAPITALISED_PAIR_RE = /^(\p{Lu}\p{Ll}*)\s+(?=\p{Lu})/u;
const NONE: NpAnalysis = { type: "none", description: null, kind: "unknown" };

/**
 * "On Sunday, Hillary Clinton …", "To Sharp, …", "If Obama …": an introductory word is no part
 * of the name after it; a date, an introductory word or an article alone names no one.
 */
function withoutIntro(s: string): string | null {
  let t = s;
  for (let m = CAPITALISED_PAIR_RE.exec(t); m; m = CAPITALISED_PAIR_RE.exec(t)) {
    const lead = (m[1] ?? "").toLowerCase();
    if (!INTRO_WORDS.has(lead) && !NOT_A_NAME_LEADS.has(lead)) break;
    t = t.slice(m[0].length);
  }
  const w = t.toLowerCase();
  if (DATE_WORDS.has(w) || INTRO_WORDS.has(w) || NOT_A_NAME_WORDS.has(w)) return null;
  return t;
}

/**
 * "Cruz gingerly", "Mr. Bush pointedly", "O’Malley also frequently": an adverb after the name
 * (a lower-case "-ly" word, not one of LY_NOUNS: "the family", "the weekly") is no part of it.
 */
const TRAILING_LY_ADVERBS_RE = new RegExp(
  `(?<=\\p{Lu}[\\p{L}\\p{M}.'’-]*)(?:\\s+(?:also|only|then|still|now))?(?:\\s+(?!(?:${LY_NOUN_ALT})\\b)\\p{Ll}{2,}ly)+$`,
  "u",
);

function analyzeNpUncached(np: string): NpAnalysis {
  const [cleaned0] = cleanNp(np);
  const cleaned = cleaned0.endsWith("ly") ? cleaned0.replace(TRAILING_LY_ADVERBS_RE, "") : cleaned0;
  const s = withoutIntro(cleaned);
  if (s === null) return NONE;
  const parts: string[] = [];
  for (const part of npParts(s)) {
    const p = withoutIntro(part);
    if (p !== null) parts.push(p);
  }
  // "Alpine Glacier Monitoring Network (AGMN)": the name, with its acronym as another name.
  const defined = s.endsWith(")") ? ACRONYM_DEFINED_RE.exec(s) : null;
  if (defined) {
    const inner = analyzeNpUncached(defined[1] ?? "");
    if (inner.type === "name") return { ...inner, acronym: defined[2] ?? "" };
  }
  if (parts.length === 0) return NONE;
  const p0 = parts[0] ?? "";
  if (parts.length >= 1 && PRONOUNS.has(p0.toLowerCase())) {
    return { type: "pronoun", pronoun: p0.toLowerCase(), description: null, kind: "unknown" };
  }
  // Pick the part holding a proper name: a pure name part wins ("His lawyer, Rui Carvalho").
  let nameIdx = -1;
  for (let i = 0; i < parts.length; i++) {
    if (isPureName(parts[i] ?? "")) {
      nameIdx = i;
      break;
    }
  }
  if (nameIdx === -1) {
    // "One of those men, retired pharmacist Walter Greene": the part that names someone.
    nameIdx = 0;
    for (let i = 1; i < parts.length; i++) {
      const part = parts[i] ?? "";
      if (
        !(ROLE_THEN_NAME_RE.test(part) || ROLE_NAME_OF_ORG_RE.test(part)) ||
        /\b(?:by|from|and|to|in|on)\b|\d/u.test(part)
      )
        continue;
      const named = analyzeMain(parts[i] ?? "");
      if (named.type === "name" && named.kind !== "country" && named.kind !== "org") {
        nameIdx = i;
        break;
      }
    }
  }
  const main = parts[nameIdx] ?? "";
  const others = parts.filter((_, i) => i !== nameIdx);
  const description = others.length > 0 ? (others[0] ?? null) : null;
  // "Médecins Sans Frontières (MSF), which runs two clinics": the acronym beside the name.
  const definedInPart = main.endsWith(")") ? ACRONYM_DEFINED_RE.exec(main) : null;
  const a = definedInPart ? analyzeMain(definedInPart[1] ?? "") : analyzeMain(main);
  if (definedInPart && a.type === "name") a.acronym = definedInPart[2] ?? "";
  if (a.description === null) a.description = description;
  else if (description) a.description = description;
  if (a.type === "name" && description && !a.titles && a.kind !== "country") {
    // "Acme, the Oslo-listed maker of snacks": the apposition's head noun gives the kind.
    const k = descriptionKind(description);
    if (k !== null && k !== a.kind) return { ...a, kind: k };
  }
  return a;
}

/** Kind named by an apposition's head noun ("the Oslo-listed maker of snacks" -> org). */
function descriptionKind(desc: string): EntityKind | null {
  const r = DESC_HEAD_RE.exec(desc);
  if (!r) return null;
  const ws = (r[1] ?? "").split(/\s+/);
  const head = bare(ws[ws.length - 1] ?? "");
  const sg = singular(head);
  if (PERSON_ROLE_NOUNS.has(head) || PERSON_ROLE_NOUNS.has(sg)) return null;
  if (ORG_NOUNS.has(head) || ORG_NOUNS.has(sg)) return "org";
  return null;
}

function isPureName(part: string): boolean {
  // "the DWD": an acronym in apposition is a name.
  if (THE_ACRONYM_RE.test(part)) return true;
  const ws = part.split(/\s+/);
  if (ws.length === 0 || ws.length > 7) return false;
  let caps = 0;
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i] ?? "";
    if (isCapToken(w)) {
      if (i < ws.length - 1 && POSSESSIVE_END_RE.test(w) && /['’]/u.test(w)) return false;
      caps++;
      continue;
    }
    if (NAME_PARTICLES.has(w) && !WEAK_PARTICLES.has(w)) continue;
    return false;
  }
  if (caps === 0) return false;
  const first = bare(ws[0] ?? "");
  if (ws.length === 1 && (GROUP_NOUNS.has(first) || ORG_NOUNS.has(first) || DETERMINERS.has(first)))
    return false;
  if (first === "the") return false;
  return true;
}

function analyzeMain(mainIn: string): NpAnalysis {
  // "Dr Ingrid Solberg of the Halvorsen Institute and her colleagues": the named lead.
  const main = mainIn.replace(AND_COLLEAGUES_RE, "");
  const doc = documentAnalysis(main);
  if (doc) return doc;
  const ws = main.split(/\s+/);
  const headEnd = postModifierStart(ws);
  const head = ws.slice(0, headEnd);
  const post = ws.slice(headEnd).join(" ");
  const run = lastCapitalisedRun(head);
  let runStart = run[0];
  const runEnd = run[1];
  const firstWord = bare(head[0] ?? "");
  const definite =
    firstWord === "the" ||
    /['’]s?$/u.test(head[0] ?? "") ||
    firstWord === "its" ||
    firstWord === "his" ||
    firstWord === "her" ||
    firstWord === "their";
  // "Half of Vermont Democrats", "Two-thirds of voters": a share of a group, not a name.
  const share = head.length === 1 && post !== "" && isCountWord(firstWord);
  if (runEnd !== -1 && runEnd === head.length - 1 && !share) {
    while (runStart < runEnd && DETERMINERS.has(bare(head[runStart] ?? ""))) runStart++;
    const named = namedAnalysis(head, runStart, runEnd, post);
    if (named) return named;
  }
  const a = unnamedSource(ws, head, definite, firstWord);
  if (SPOKESPERSON_NOUNS.has(a.head ?? "")) {
    // "A Nordair spokeswoman", "a company spokesperson", "a spokesman for the ministry".
    const org = runEnd !== -1 ? head.slice(runStart, runEnd + 1).join(" ") : "";
    if (org && !/['’]s$/u.test(org)) a.speaksFor = analyzeMain(org.replace(/['’]s?$/u, ""));
    else if (post) a.speaksFor = analyzeMain(post.replace(/^(?:of|at|from|for|in|with)\s+/u, ""));
    else {
      const orgNoun = head.slice(0, -1).find((w) => ORG_NOUNS.has(bare(w)));
      if (orgNoun) a.speaksFor = analyzeMain(`the ${orgNoun}`);
    }
  }
  return a;
}
