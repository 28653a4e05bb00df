/**
 * Proper names in a claimant phrase: where the head ends, its last capitalised run, and the
 * name once titles, occupations, possessors and post-nominals are stripped
 * ("Lieutenant General Saad al-Allaq" -> "Saad al-Allaq", titles "Lieutenant General").
 */
import {
  COUNTRY_NAMES,
  DETERMINERS,
  DOC_NOUNS,
  GROUP_NOUNS,
  MEDIA_NAMES,
  NAME_PARTICLES,
  ORG_NAME_WORDS,
  ORG_NOUNS,
  PARTY_LABELS,
  PERSON_ROLE_NOUNS,
  QUALIFIER_TITLE_WORDS,
  TITLE_HEADS,
  TITLE_WORDS,
  UNNAMED_SOURCE_HEADS,
  WEAK_PARTICLES,
} from "../lexicon";
import { tokens } from "../text";
import { stripPostNominals } from "./phrase";
import { bare, isCapToken, singular } from "./tokens";
import type { EntityKind, NpAnalysis } from "./types";

export function nameKind(nameTokensRaw: string[], titles: string, premod: string): EntityKind {
  const folded = nameTokensRaw.map(bare);
  const joined = folded.join(" ");
  if (COUNTRY_NAMES.has(joined)) return "country";
  for (let i = 0; i < nameTokensRaw.length; i++) {
    const raw = nameTokensRaw[i] ?? "";
    const f = folded[i] ?? "";
    if (ORG_NAME_WORDS.has(f) || MEDIA_NAMES.has(f)) return "org";
    if (raw.length >= 2 && /^[\p{Lu}\d&.-]+$/u.test(raw) && /\p{Lu}{2}/u.test(raw)) return "org";
  }
  const roleWords = tokens(`${titles} ${premod}`);
  for (const w of roleWords) {
    if (TITLE_HEADS.has(w) || PERSON_ROLE_NOUNS.has(w)) return "person";
  }
  for (const w of roleWords) if (ORG_NOUNS.has(w)) return "org";
  if (nameTokensRaw.length >= 2) return "person";
  return "unknown";
}

/**
 * Where the head of the words ends, before a prepositional post-modifier ("Analyst Park Yu-ak
 * of Kiwoom Securities"); ws.length if none.
 */
export function postModifierStart(ws: string[]): number {
  let headEnd = ws.length;
  for (let i = 1; i < ws.length - 1; i++) {
    const w = ws[i] ?? "";
    // "a person close to Ana Ruiz", "an aide to the mayor": the source is the person, who is
    // placed by the words after the head ("a letter to the board" is no person's).
    if (
      /^\p{Ll}/u.test(ws[i - 1] ?? "") &&
      ((/^(?:close|familiar)$/u.test(w) && /^(?:to|with)$/u.test(ws[i + 1] ?? "")) ||
        (w === "to" && UNNAMED_SOURCE_HEADS.has(singular(bare(ws[i - 1] ?? "")))))
    ) {
      headEnd = i;
      break;
    }
    if (!/^(?:of|at|from|for|in|with|on|based)$/.test(w)) continue;
    const left = bare(ws[i - 1] ?? "");
    const right = ws[i + 1] === "the" ? (ws[i + 2] ?? "") : (ws[i + 1] ?? "");
    if (
      w === "of" &&
      isCapToken(ws[i - 1] ?? "") &&
      isCapToken(right) &&
      (ORG_NAME_WORDS.has(left) || TITLE_HEADS.has(left) || TITLE_WORDS.has(left))
    )
      continue; // "Ministry of Health", "Secretary of State"
    if (
      (w === "on" || w === "for") &&
      isCapToken(ws[i - 1] ?? "") &&
      isCapToken(right) &&
      ORG_NAME_WORDS.has(left)
    )
      continue; // "Commission on Audit", "Department for Transport"
    if (
      w === "of" &&
      isCapToken(ws[i - 1] ?? "") &&
      isCapToken(right) &&
      ws.slice(0, i).some((x) => ORG_NAME_WORDS.has(bare(x)) && isCapToken(x))
    )
      continue; // "Association of Fishmeal Producers of Senegal"
    headEnd = i;
    break;
  }
  return headEnd;
}

/** Sentence-initial capitalised common noun ("Analysts", "Union chairman ...", "Police"). */
function isDemotable(head: string[], i: number): boolean {
  const w = bare(head[i] ?? "");
  const next = head[i + 1];
  const nounish =
    GROUP_NOUNS.has(w) ||
    ORG_NOUNS.has(w) ||
    PERSON_ROLE_NOUNS.has(w) ||
    DETERMINERS.has(w) ||
    DOC_NOUNS.has(w);
  if (!nounish) return false;
  return next === undefined || !isCapToken(next);
}

/** [start, end] of the last capitalised run of the head (name particles inside), [-1, -1] if none. */
export function lastCapitalisedRun(head: string[]): [number, number] {
  let runEnd = -1;
  let runStart = -1;
  for (let i = head.length - 1; i >= 0; i--) {
    const w = head[i] ?? "";
    if (isCapToken(w) && !(i === 0 && isDemotable(head, i))) {
      if (runEnd === -1) runEnd = i;
      runStart = i;
    } else if (runEnd !== -1 && NAME_PARTICLES.has(w) && i > 0 && isCapToken(head[i - 1] ?? "")) {
      // particle inside a name: keep going
    } else if (
      runEnd !== -1 &&
      i > 1 &&
      ((w === "the" && /^(?:of|for)$/u.test(head[i - 1] ?? "")) || /^(?:of|for|on)$/u.test(w)) &&
      (ORG_NAME_WORDS.has(bare(head[w === "the" ? i - 2 : i - 1] ?? "")) ||
        ORG_NAME_WORDS.has(bare(head[w === "the" ? i - 3 : i - 2] ?? "")))
    ) {
      // "International Committee of the Red Cross", "Commission on Audit"
    } else if (runEnd !== -1) break;
  }
  return [runStart, runEnd];
}

/**
 * The name of a head whose last capitalised run, head[runStart..runEnd], ends it: titles and
 * other words before the name stripped; null when nothing of the run is a name.
 */
export function namedAnalysis(
  head: string[],
  runStart: number,
  runEnd: number,
  post: string,
): NpAnalysis | null {
  let run = head.slice(runStart, runEnd + 1);
  // A possessive run ("Iraq's") ending the head cannot be the name itself.
  // Strip titles: everything up to the last title head.
  let lastTitle = -1;
  for (let i = 0; i < run.length - 1; i++) {
    const t = bare(run[i] ?? "").replace(/\./g, "");
    if (
      TITLE_HEADS.has(t) ||
      (TITLE_WORDS.has(t) &&
        i < run.length - 1 &&
        TITLE_HEADS.has(bare(run[i + 1] ?? "").replace(/\./g, "")))
    )
      lastTitle = i;
  }
  const titleToks = run.slice(0, lastTitle + 1);
  run = run.slice(lastTitle + 1);
  // A capitalised occupation before the name ("Pilot Omar Haddad", "Activist Maria Lopes").
  while (run.length > 1 && PERSON_ROLE_NOUNS.has(bare(run[0] ?? "")) && isCapToken(run[1] ?? "")) {
    titleToks.push(run[0] ?? "");
    run = run.slice(1);
  }
  // Drop leftover leading title words ("Deputy", "Acting"), not an institution's qualifier.
  while (
    run.length > 1 &&
    TITLE_WORDS.has(bare(run[0] ?? "").replace(/\./g, "")) &&
    !QUALIFIER_TITLE_WORDS.has(bare(run[0] ?? "").replace(/\./g, ""))
  ) {
    titleToks.push(run[0] ?? "");
    run = run.slice(1);
  }
  // A party's label before a person's name: "Democrat Alice Brennan" is Alice Brennan, and so
  // is "Senate Intelligence Ranking Democrat Alice Brennan" (the words before the label go with it).
  for (let i = run.length - 3; i >= 0; i--) {
    if (!PARTY_LABELS.has(bare(run[i] ?? "")) || nameKind(run.slice(i + 1), "", "") !== "person")
      continue;
    titleToks.push(...run.slice(0, i + 1));
    run = run.slice(i + 1);
    break;
  }
  // Possessive country in front of a capitalised organisation name: "Denmark's National Audit Office".
  if (run.length > 1 && /['’]s$/u.test(run[0] ?? "") && COUNTRY_NAMES.has(bare(run[0] ?? "")))
    run = run.slice(1);
  // A party's or organisation's person: "the Greens' Priya Desai-Holt", "Labour's Jo Reed".
  if (
    run.length > 2 &&
    /['’]s?$/u.test(run[0] ?? "") &&
    /['’]/u.test(run[0] ?? "") &&
    !["org", "country", "group"].includes(nameKind(run.slice(1), "", ""))
  ) {
    titleToks.push(run[0] ?? "");
    run = run.slice(1);
  }
  while (run.length > 0 && WEAK_PARTICLES.has(run[0] ?? "")) run = run.slice(1);
  // "London-based Greyfriars Economics": where it is based is no part of its name.
  while (run.length > 1 && /-based$/u.test(run[0] ?? "")) run = run.slice(1);
  run = stripPostNominals(run);
  const premodToks = head.slice(0, runStart).filter((w) => !DETERMINERS.has(bare(w)));
  const premod = premodToks.join(" ");
  const titles = [...premodToks, ...titleToks].join(" ");
  if (run.length > 0) {
    const name = run.join(" ").replace(/[,;:]+$/u, "");
    const kind = nameKind(run, titleToks.join(" "), premod);
    const a: NpAnalysis = {
      type: "name",
      name,
      titles,
      description: post ? post.replace(/^(?:of|at|from|for|in|with)\s+/u, "") : titles || null,
      kind,
    };
    if (post) a.description = titles ? `${titles} ${post}` : post;
    return a;
  }
  return null;
}
