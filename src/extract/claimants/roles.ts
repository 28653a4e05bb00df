/**
 * Unnamed sources: the label as written without its article ("officials", "some officials",
 * "the company's spokeswoman"), its head noun and kind (person, organisation, group) or a document.
 */
import {
  ARTICLES,
  DOC_NOUNS,
  GROUP_NOUNS,
  ORG_NOUNS,
  PERSON_ROLE_NOUNS,
  TITLE_HEADS,
} from "../lexicon";
import { bare, isCapToken, namesItsMaker, singular } from "./tokens";
import type { EntityKind, NpAnalysis } from "./types";

/** An unnamed source: the words of the phrase, its head and how its first word reads. */
export function unnamedSource(
  ws: string[],
  head: string[],
  definite: boolean,
  firstWord: string,
): NpAnalysis {
  let start = 0;
  while (
    start < ws.length - 1 &&
    ARTICLES.has(bare(ws[start] ?? "")) &&
    !isCapToken(ws[start + 1] ?? "x")
  )
    start++;
  while (start < ws.length - 1 && ARTICLES.has((ws[start] ?? "").toLowerCase())) start++;
  const label = ws.slice(start).join(" ");
  let headWord = bare(head[head.length - 1] ?? "");
  for (let i = head.length - 1; i >= 0; i--) {
    const w = bare(head[i] ?? "");
    const sg = singular(w);
    if (
      GROUP_NOUNS.has(w) ||
      ORG_NOUNS.has(w) ||
      ORG_NOUNS.has(sg) ||
      PERSON_ROLE_NOUNS.has(w) ||
      PERSON_ROLE_NOUNS.has(sg) ||
      DOC_NOUNS.has(w)
    ) {
      headWord = w;
      break;
    }
  }
  const headSg = singular(headWord);
  let kind: EntityKind = "unknown";
  let document = false;
  if (GROUP_NOUNS.has(headWord)) kind = "group";
  else if (
    PERSON_ROLE_NOUNS.has(headWord) ||
    PERSON_ROLE_NOUNS.has(headSg) ||
    TITLE_HEADS.has(headWord)
  )
    kind = "person";
  else if (ORG_NOUNS.has(headWord) || ORG_NOUNS.has(headSg)) kind = "org";
  else if (DOC_NOUNS.has(headWord)) document = true;
  const a: NpAnalysis = {
    type: "common",
    label,
    head: headWord,
    definite,
    description: null,
    kind,
  };
  a.startsWithThe = firstWord === "the";
  if (firstWord === "other" || firstWord === "another") a.other = true;
  // "the poll showed" is the recent publisher's; "the Reuters/Ipsos poll" names its own.
  if (document && definite && !namesItsMaker(label)) a.document = true;
  return a;
}
