import type { Candidate, CorpusStats } from "./features";
import { type CandidateRow, toCandidate } from "./queries";
import { rankCandidates, type Scored } from "./rank";
import type { Analysis } from "./text";

/** What a candidate row's features are computed from besides its rank: its stored text. */
const contentOf = (row: CandidateRow) => `${row.terms}\u0001${row.title}\u0001${row.extra ?? ""}`;

/**
 * rankCandidates(query, rows.map(toCandidate), stats), scoring each distinct candidate once.
 * Repeated submissions of one story (syndicated copies, re-posts) put many candidates with the
 * same text, hence the same full-text rank, in one query's list; the re-ranker's features are a
 * function of a candidate's text, its rank, the list's best two ranks and whether it is first
 * (the ranking contract of src/matching/rank.ts and features.ts, which this relies on), so
 * such copies get the same score. The list handed to rankCandidates keeps the first candidate
 * and the first of each (text, rank) after it, so its best two ranks and its first are those of
 * the whole list; every copy then takes its kept twin's score, with its own id and seq, and the
 * order is rankCandidates' own (score, then seq). `parsed` keeps each text's parse across the
 * queries of one request. Same answer as rankCandidates, exactly (test/unit/matching-store).
 */
export function rankAlike(
  query: Analysis,
  rows: readonly CandidateRow[],
  stats: CorpusStats,
  parsed = new Map<string, Candidate>(),
): Scored[] {
  // Copies share their rank: when no two candidates do (distinct texts, the usual case),
  // there is nothing to share, and no text is hashed.
  const ranks = new Set(rows.map((row) => row.rank));
  if (ranks.size === rows.length) return rankCandidates(query, rows.map(toCandidate), stats);
  const candidate = (row: CandidateRow, content: string): Candidate => {
    let base = parsed.get(content);
    if (!base) {
      base = toCandidate(row);
      parsed.set(content, base);
    }
    return { ...base, id: row.claim_id, seq: row.seq, rank: row.rank };
  };
  const byRank = [...rows].sort((a, b) => a.rank - b.rank || a.seq - b.seq);
  const keys = byRank.map((row) => `${row.rank}\u0002${contentOf(row)}`);
  const kept: Candidate[] = [];
  const twinOf = new Map<string, string>(); // (rank, text) -> the kept claim's id
  byRank.forEach((row, i) => {
    const key = keys[i] as string;
    if (i > 0 && twinOf.has(key)) return;
    if (i > 0) twinOf.set(key, row.claim_id);
    kept.push(candidate(row, contentOf(row)));
  });
  if (kept.length === byRank.length) return rankCandidates(query, kept, stats);
  const scoreOf = new Map(rankCandidates(query, kept, stats).map((m) => [m.id, m.score]));
  return byRank
    .map((row, i) => {
      const twin = i === 0 ? row.claim_id : (twinOf.get(keys[i] as string) ?? row.claim_id);
      return { id: row.claim_id, seq: row.seq, score: scoreOf.get(twin) ?? 0 };
    })
    .sort((a, b) => b.score - a.score || a.seq - b.seq);
}
