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

const TAG = String.raw`(?:W\/)?"[\x21\x23-\x7e\x80-\xff]*"`;

/**
 * A well-formed conditional header: `*`, or a comma-separated list of entity-tags
 * (RFC 9110 §13.1.1), each an optional `W/` and a double-quoted string. `v9` or
 * `'v9'` is not: an ETag is quoted.
 */
export const ENTITY_TAG_LIST = new RegExp(String.raw`^\s*(?:\*|${TAG}(?:\s*,\s*${TAG})*)\s*$`);
