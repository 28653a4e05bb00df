import { ApiError } from "./problem";

/**
 * Opaque pagination cursors: base64url JSON of the last row's sort key. Clients
 * must not build them; a cursor that does not decode is a 400 naming `cursor`.
 */
export function encodeCursor(key: Record<string, string | number>): string {
  return btoa(JSON.stringify(key)).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

export function decodeCursor<K>(cursor: string, isKey: (value: unknown) => value is K): K {
  try {
    const json = atob(cursor.replaceAll("-", "+").replaceAll("_", "/"));
    const value: unknown = JSON.parse(json);
    if (isKey(value)) return value;
  } catch {
    // fall through to the problem below
  }
  throw ApiError.validation("query", [
    { field: "cursor", message: "Invalid cursor: pass next_cursor from a previous page as is" },
  ]);
}

/** A cursor over an append-only sequence (history, changes). */
export function isSeqCursor(value: unknown): value is { seq: number } {
  return (
    typeof value === "object" &&
    value !== null &&
    Number.isInteger((value as { seq?: unknown }).seq)
  );
}

/** A cursor over search results ranked by relevance, ties broken by id. */
export function isRankCursor(value: unknown): value is { rank: number; id: string } {
  return isIdCursor(value) && typeof (value as { rank?: unknown }).rank === "number";
}

export function isIdCursor(value: unknown): value is { id: string } {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { id?: unknown }).id === "string"
  );
}

/**
 * One page of a keyset query that fetched `limit + 1` rows: the first `limit`
 * rows, and the cursor after the last of them when the extra row shows there is more.
 *
 * @example const { page, next_cursor } = paginate(rows, limit, (row) => ({ id: row.id }));
 */
export function paginate<T>(
  rows: T[],
  limit: number,
  cursorOf: (last: T) => Record<string, string | number>,
): { page: T[]; next_cursor: string | null } {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    page,
    next_cursor: rows.length > limit && last !== undefined ? encodeCursor(cursorOf(last)) : null,
  };
}
