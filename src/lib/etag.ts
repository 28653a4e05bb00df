/**
 * Whether an If-Match / If-None-Match header value matches `etag`. If-Match uses
 * strong comparison (a weak validator never matches); If-None-Match uses weak.
 */
export function etagMatches(
  header: string | undefined,
  etag: string,
  { weak }: { weak: boolean },
): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  return header.split(",").some((candidate) => {
    const value = candidate.trim();
    if (value.startsWith("W/")) return weak && value.slice(2) === etag;
    return value === etag;
  });
}
