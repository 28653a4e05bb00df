/**
 * Reads CLEF-2020 CheckThat! Task 2 (English) where it lies: the verified claims, and a split's
 * tweets with their gold verified claim. Copies nothing into the repository.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

export interface VerifiedClaim {
  id: string;
  claim: string;
  title: string;
}

export interface Tweet {
  id: string;
  text: string;
  /** The verified claims that fact-check it (qrels relevance 1). */
  gold: Set<string>;
}

/** Rows of a tab-separated file whose fields may be double-quoted ("" inside is a quote). */
function readTsv(path: string): string[][] {
  const text = readFileSync(path, "utf8");
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let atStart = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
      continue;
    }
    if (ch === '"' && atStart) {
      quoted = true;
      atStart = false;
    } else if (ch === "\t") {
      row.push(field);
      field = "";
      atStart = true;
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      atStart = true;
    } else {
      field += ch;
      atStart = false;
    }
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

export function loadVerifiedClaims(dir: string): VerifiedClaim[] {
  const [, ...rows] = readTsv(join(dir, "verified_claims.docs.tsv"));
  return rows
    .filter((r) => r.length >= 3 && r[0] !== "")
    .map(([id = "", claim = "", title = ""]) => ({ id, claim: claim.trim(), title: title.trim() }));
}

export function loadTweets(dir: string, split: string): Tweet[] {
  const [, ...rows] = readTsv(join(dir, split, "tweets.queries.tsv"));
  const gold = new Map<string, Set<string>>();
  for (const line of readFileSync(join(dir, split, "tweet-vclaim-pairs.qrels"), "utf8").split(
    "\n",
  )) {
    const [tweet, , vclaim, rel] = line.trim().split(/\s+/);
    if (!tweet || !vclaim || rel === "0") continue;
    const set = gold.get(tweet) ?? new Set<string>();
    set.add(vclaim);
    gold.set(tweet, set);
  }
  return rows
    .filter((r) => r.length >= 2 && r[0] !== "")
    .map(([id = "", text = ""]) => ({ id, text, gold: gold.get(id) ?? new Set() }))
    .filter((t) => t.gold.size > 0);
}

/** MAP@5, MAP@1, MRR and recall@5 of ranked id lists against each tweet's gold. */
export function measures(runs: { ranked: string[]; gold: Set<string> }[]) {
  let ap = 0;
  let ap1 = 0;
  let rr = 0;
  let recall = 0;
  for (const { ranked, gold } of runs) {
    let hits = 0;
    let sum = 0;
    for (let i = 0; i < Math.min(5, ranked.length); i++) {
      if (gold.has(ranked[i] ?? "")) {
        hits++;
        sum += hits / (i + 1);
      }
    }
    ap += sum / Math.min(gold.size, 5);
    ap1 += gold.has(ranked[0] ?? "") ? 1 : 0;
    recall += hits / gold.size;
    const first = ranked.findIndex((id) => gold.has(id));
    rr += first >= 0 ? 1 / (first + 1) : 0;
  }
  const n = Math.max(1, runs.length);
  return { map5: ap / n, map1: ap1 / n, mrr: rr / n, recall5: recall / n };
}
