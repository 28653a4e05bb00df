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

export function isIdCursor(value: unknown): value is { id: string } {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { id?: unknown }).id === "string"
  );
}
