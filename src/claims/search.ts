import { and, asc, desc, eq, getTableColumns, gt, gte, lt, or, sql } from "drizzle-orm";
import { claimsFts } from "../db/fts";
import { claims } from "../db/schema";
import type { Database } from "../env";
import { type ClaimFilters, filterConditions } from "./queries";
import { summaryColumns } from "./reads";

/**
 * Ranked search scores (bm25) at most this many matches per page: the newest ones. A word that
 * matches fewer claims — every rare word — has all its matches ranked, so its best match is
 * always first; a word that matches more is ranked within its newest `SEARCH_WINDOW` matches
 * first, then, once a client pages past those, within the older ones. The window is counted in
 * matches of the words alone, before the filters: finding it is a walk down the full-text index
 * by rowid that never reads a claim, and a filter only thins the window out (the matches it
 * keeps there are ranked first, the older ones after), so a filter that keeps one match in
 * five no longer makes the window five times as long to find and to rank. Scoring is what
 * grows with the table (docs/scaling.md).
 */
export const SEARCH_WINDOW = 1000;

/** Where a ranked search page ended: the window it ranked in, and the last row's (rank, id). */
export interface WindowCursor {
  rank: number;
  id: string;
  /** Rowid of the oldest match in the window (0: the window held every match). */
  floor: number;
  /** 0 while paging the window, 1 once into the older matches. */
  tier: 0 | 1;
}

/** Accepts cursors of this search, and older (rank, id) ones, which rank every match. */
export function isWindowCursor(value: unknown): value is WindowCursor {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  if (typeof v.id !== "string" || typeof v.rank !== "number") return false;
  if (v.floor === undefined && v.tier === undefined) {
    v.floor = 0;
    v.tier = 0;
  }
  return Number.isInteger(v.floor) && (v.tier === 0 || v.tier === 1);
}

/** Matches with their rank and their match summaries (src/claims/reads.ts), so a page is one read. */
const fromFts = (db: Database) =>
  db
    .select({ ...getTableColumns(claims), ...summaryColumns, rank: claimsFts.rank })
    .from(claimsFts)
    .innerJoin(claims, sql`${claims}.rowid = ${claimsFts.rowid}`);

/** Rowid of the `SEARCH_WINDOW`-th newest match of `match`, or null when there are fewer. */
export function windowFloorQuery(db: Database, match: string) {
  return db
    .select({ rowid: claimsFts.rowid })
    .from(claimsFts)
    .where(sql`${claimsFts} MATCH ${match}`)
    .orderBy(desc(claimsFts.rowid))
    .limit(1)
    .offset(SEARCH_WINDOW - 1);
}

/** One tier of matches (rowid at or above `floor`, or below it), best first, by keyset. */
export function tierQuery(
  db: Database,
  match: string,
  filters: ClaimFilters,
  tier: { floor: number; older: boolean; after?: { rank: number; id: string }; limit: number },
) {
  const { after } = tier;
  return fromFts(db)
    .where(
      and(
        sql`${claimsFts} MATCH ${match}`,
        tier.older ? lt(claimsFts.rowid, tier.floor) : gte(claimsFts.rowid, tier.floor),
        ...filterConditions(filters),
        after
          ? or(
              gt(claimsFts.rank, after.rank),
              and(eq(claimsFts.rank, after.rank), gt(claims.id, after.id)),
            )
          : undefined,
      ),
    )
    .orderBy(asc(claimsFts.rank), asc(claims.id))
    .limit(tier.limit);
}

type Ranked = Awaited<ReturnType<ReturnType<typeof tierQuery>["all"]>>[number];

/**
 * Up to `limit` matches after `after`, best first within the window of the newest matches, then
 * best first among the older ones; each row with the cursor that resumes after it.
 */
export async function rankedSearch(
  db: Database,
  match: string,
  filters: ClaimFilters,
  page: { after?: WindowCursor; limit: number },
): Promise<{ row: Ranked; cursor: WindowCursor }[]> {
  const { after, limit } = page;
  const floor = after ? after.floor : ((await windowFloorQuery(db, match))[0]?.rowid ?? 0);
  const out: { row: Ranked; cursor: WindowCursor }[] = [];
  const add = (rows: Ranked[], tier: 0 | 1) => {
    for (const row of rows) out.push({ row, cursor: { rank: row.rank, id: row.id, floor, tier } });
  };
  if (!after || after.tier === 0) {
    add(await tierQuery(db, match, filters, { floor, older: false, after, limit }), 0);
  }
  if (out.length < limit && floor > 0) {
    const older = after?.tier === 1 ? after : undefined;
    const rows = await tierQuery(db, match, filters, {
      floor,
      older: true,
      after: older,
      limit: limit - out.length,
    });
    add(rows, 1);
  }
  return out;
}
