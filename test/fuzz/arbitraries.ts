import fc from "fast-check";

/**
 * Shared fast-check arbitraries for the fuzz suite: hostile text, JSON shapes,
 * ids, query strings, header values and raw byte bodies.
 */

/** Runs per property: enough to shake out edge cases, few enough to keep CI fast. */
export const RUNS = { light: 40, normal: 60, heavy: 100 } as const;

const SQL_PAYLOADS = [
  "' OR '1'='1",
  "'; DROP TABLE claims; --",
  '" OR ""="',
  "1; DELETE FROM articles",
  "%' --",
  "\\'; SELECT sqlite_version(); --",
  "') UNION SELECT * FROM api_keys --",
  "NEAR(a b)",
  '"unterminated',
  "a* OR b^ NOT c:d",
  "0x7fffffff",
  "-- comment",
  "/* x */",
];

const HTML_PAYLOADS = [
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "</script><script>alert(document.domain)</script>",
  "<svg/onload=alert(1)>",
  "javascript:alert(1)",
  "<!--",
  "]]>",
  "&lt;&amp;&#x27;",
  "<style>*{display:none}</style>",
  "</title></head><body>",
];

const WEIRD_PIECES = [
  "\u0000",
  "\u0001\u0002\u0003",
  "\u0007\b\t\n\u000b\f\r",
  "\u001b[31m",
  "\u007f",
  "\u0085",
  "\u00a0",
  "\u200b\u200c\u200d",
  "\u200e\u200f",
  "\u202a\u202b\u202c\u202d\u202e",
  "\u2066\u2067\u2068\u2069",
  "\u2028\u2029",
  "\ufeff",
  "\ufffd",
  "\uffff",
  "\ufdd0",
  "e\u0301",
  "Z\u0351\u0352\u0357\u035b\u0363\u0364",
  "\ud83d\ude00",
  "\ud83d\udc69\u200d\ud83d\udc69\u200d\ud83d\udc67\u200d\ud83d\udc66",
  "\ud83d\udc4d\ud83c\udffd",
  "\ud83c\uddf9\ud83c\uddf7",
  "\ud800\udc00",
  "\udbff\udfff",
  "\u0645\u0631\u062d\u0628\u0627 \u05e9\u05dc\u05d5\u05dd",
  "\u0915\u094d\u0937",
  "\u4e2d\u6587",
  "\u1100\u1161\u11a8",
  "İı",
  "ß",
  "\\",
  '"',
  "'",
  "`",
  "%00",
  "%",
  "{}",
  "[]",
  "null",
  "\r\n",
  " ",
];

/** One chunk of hostile text: random unicode, payloads or awkward characters. */
const piece: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.string({ unit: "binary", maxLength: 12 }), weight: 4 },
  { arbitrary: fc.string({ unit: "grapheme", maxLength: 6 }), weight: 2 },
  { arbitrary: fc.string({ unit: "binary-ascii", maxLength: 12 }), weight: 2 },
  { arbitrary: fc.constantFrom(...WEIRD_PIECES), weight: 4 },
  { arbitrary: fc.constantFrom(...SQL_PAYLOADS), weight: 1 },
  { arbitrary: fc.constantFrom(...HTML_PAYLOADS), weight: 1 },
);

/**
 * Any string a client can send in JSON: unicode of every plane, emoji, combining
 * marks, RTL and bidi controls, NUL and other control characters, SQL and HTML
 * payloads. Never a lone surrogate (see `loneSurrogateString`).
 */
export const hostileString: fc.Arbitrary<string> = fc
  .array(piece, { maxLength: 8 })
  .map((parts) => parts.join(""));

/** Cuts `value` to at most `max` UTF-16 units without splitting a surrogate pair. */
export function clip(value: string, max: number): string {
  if (value.length <= max) return value;
  let out = "";
  for (const point of value) {
    if (out.length + point.length > max) break;
    out += point;
  }
  return out;
}

/**
 * Hostile text that stays valid after the API trims it: something visible in the
 * middle, any hostile text around it, at most `max` UTF-16 units once trimmed.
 */
export function nonBlankString(max: number): fc.Arbitrary<string> {
  return fc
    .tuple(
      hostileString,
      fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 4 }),
      hostileString,
    )
    .map(([a, visible, b]) => {
      const core = visible.trim() ? visible : "x";
      // Keep the visible part, whatever the clip leaves of the rest.
      return clip(`${clip(a, Math.floor(max / 3))}${core}${clip(b, Math.floor(max / 3))}`, max);
    })
    .filter((value) => value.trim().length > 0 && value.trim().length <= max);
}

/** A string with at least one lone surrogate (valid JSON escape, invalid Unicode text). */
export const loneSurrogateString: fc.Arbitrary<string> = fc
  .tuple(
    fc.string({ unit: "grapheme-ascii", maxLength: 6 }),
    fc.oneof(fc.integer({ min: 0xd800, max: 0xdbff }), fc.integer({ min: 0xdc00, max: 0xdfff })),
    fc.string({ unit: "grapheme-ascii", maxLength: 6 }),
  )
  .map(([a, unit, b]) => `x${a}${String.fromCharCode(unit)}${b}`);

/** Byte sequences that are not UTF-8: stray continuation bytes, overlongs, CESU surrogates… */
export const invalidUtf8Bytes: fc.Arbitrary<number[]> = fc.constantFrom(
  [0xff],
  [0xfe, 0xff],
  [0x80],
  [0xbf, 0xbf],
  [0xc0, 0xaf],
  [0xe0, 0x80, 0xaf],
  [0xed, 0xa0, 0x80],
  [0xed, 0xbf, 0xbf],
  [0xf4, 0x90, 0x80, 0x80],
  [0xf8, 0x88, 0x80, 0x80, 0x80],
  [0xc3],
  [0xe2, 0x82],
  [0xf0, 0x9f, 0x98],
);

/** Any JSON value, nested or not. */
export const jsonValue: fc.Arbitrary<unknown> = fc.jsonValue({ maxDepth: 3 });

/** A value of the wrong type for any field: numbers, booleans, null, arrays, objects. */
export const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, true, false, 0, -1, 1.5, 1e308, -0, [], {}, [null], { "": "" }),
  fc.integer(),
  fc.double({ noNaN: true }),
  fc.array(fc.string({ maxLength: 3 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 3 }), fc.string({ maxLength: 3 }), { maxKeys: 2 }),
);

/** A very long string (up to about 20 KB): repeated hostile text or a single repeated unit. */
export const hugeString: fc.Arbitrary<string> = fc
  .tuple(
    fc.oneof(
      fc.constantFrom("a", " ", "\u0000", "\ud83d\ude00", "<", "'", "\u4e2d"),
      hostileString,
    ),
    fc.integer({ min: 600, max: 5000 }),
  )
  .map(([unit, times]) => (unit || "z").repeat(times));

/** A field value that is probably wrong: wrong type, hostile, huge, blank or missing. */
export function fieldValue(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.oneof(
    { arbitrary: valid, weight: 4 },
    { arbitrary: wrongType, weight: 2 },
    { arbitrary: hostileString, weight: 2 },
    { arbitrary: fc.constantFrom("", " ", "\n\t"), weight: 1 },
    { arbitrary: hugeString, weight: 1 },
    { arbitrary: fc.constant(undefined), weight: 2 },
  );
}

/** An object built from per-field arbitraries, with some fields dropped and stray keys added. */
export function mutatedObject(
  fields: Record<string, fc.Arbitrary<unknown>>,
): fc.Arbitrary<Record<string, unknown>> {
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [name, valid] of Object.entries(fields)) model[name] = fieldValue(valid);
  return fc
    .tuple(
      fc.record(model),
      fc.option(
        fc.dictionary(
          fc.oneof(hostileString, fc.constantFrom("__proto__", "constructor", "id")),
          jsonValue,
          { maxKeys: 2 },
        ),
        { nil: undefined, freq: 4 },
      ),
    )
    .map(([record, extra]) => {
      const out: Record<string, unknown> = {};
      for (const [name, value] of Object.entries(record))
        if (value !== undefined) out[name] = value;
      if (extra)
        for (const [name, value] of Object.entries(extra))
          Object.defineProperty(out, name, {
            value,
            enumerable: true,
            configurable: true,
            writable: true,
          });
      return out;
    });
}

/** A JSON body for a route: random JSON, or an object close to what the route expects. */
export function jsonBody(fields: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<unknown> {
  return fc.oneof(
    { arbitrary: jsonValue, weight: 1 },
    { arbitrary: mutatedObject(fields), weight: 4 },
  );
}

/** A raw request body: malformed or truncated JSON, bytes that are not UTF-8, odd documents. */
export const rawBody: fc.Arbitrary<Uint8Array> = fc
  .oneof(
    fc.constantFrom(
      "",
      "{",
      "}",
      "[",
      '{"a":',
      '{"name": "x", "role": "admin"',
      "{'name': 'x'}",
      '{"name": "x",}',
      "NaN",
      "Infinity",
      "undefined",
      '"\\x41"',
      '"\\u12"',
      "\u0000",
      "\ufeff{}",
      "<xml/>",
      "name=x&role=admin",
      `${"[".repeat(5000)}${"]".repeat(5000)}`,
      `${'{"a":'.repeat(3000)}1${"}".repeat(3000)}`,
      '{"a":1,"a":2}',
      '{"__proto__": {"admin": true}}',
      "1e999999",
    ),
    fc.string({ unit: "binary", maxLength: 40 }),
    fc.json({ maxDepth: 2 }).map((text) => text.slice(0, Math.max(0, text.length - 1))),
  )
  .chain((text) =>
    fc.tuple(
      fc.constant(new TextEncoder().encode(text)),
      fc.option(invalidUtf8Bytes, { nil: undefined }),
      fc.nat(),
    ),
  )
  .map(([bytes, bad, at]) => {
    if (!bad) return bytes;
    const cut = bytes.length === 0 ? 0 : at % (bytes.length + 1);
    return Uint8Array.from([...bytes.slice(0, cut), ...bad, ...bytes.slice(cut)]);
  });

/** Ids for path parameters: ids of other kinds, payloads, long, empty-ish, encoded junk. */
export const randomId: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    "clm_01jf8x3k9q7c2m4n5p6r7s8t9v",
    "art_01jf8x3k9q7c2m4n5p6r7s8t9v",
    "key_01jf8x3k9q7c2m4n5p6r7s8t9v",
    "0",
    "-1",
    "null",
    "undefined",
    "admin_token",
    "*",
    "%",
    "..",
    "a".repeat(64),
    "a".repeat(65),
    "b".repeat(300),
  ),
  fc.stringMatching(/^(clm|art|key|evt)_[0-9a-z]{0,30}$/),
  hostileString.filter((s) => s.length > 0),
);

/** Encodes `id` for a path segment the way a client library would. */
export function pathSegment(id: string): string {
  return encodeURIComponent(id);
}

/** Percent-encoding junk for paths and queries: invalid escapes, encoded slashes, NUL. */
export const percentJunk: fc.Arbitrary<string> = fc.constantFrom(
  "%",
  "%Z",
  "%ZZ",
  "%E0%A4%A",
  "%C0%AF",
  "%ED%A0%80",
  "%FF",
  "%00",
  "%2F",
  "%2e%2e",
  "%252F",
  "%u0041",
  "%%",
);

/** A query string: known and unknown parameters with hostile values, repeats and raw junk. */
export function queryString(params: Record<string, fc.Arbitrary<string>>): fc.Arbitrary<string> {
  const names = Object.keys(params);
  const pair = fc.oneof(
    {
      arbitrary: fc
        .constantFrom(...names)
        .chain((name) => fc.tuple(fc.constant(name), params[name] as fc.Arbitrary<string>)),
      weight: 4,
    },
    {
      arbitrary: fc.tuple(fc.constantFrom(...names), fc.oneof(hostileString, hugeString)),
      weight: 2,
    },
    { arbitrary: fc.tuple(hostileString, hostileString), weight: 1 },
  );
  return fc.oneof(
    {
      arbitrary: fc
        .array(pair, { maxLength: 5 })
        .map((pairs) => new URLSearchParams(pairs).toString()),
      weight: 5,
    },
    {
      arbitrary: fc
        .array(
          fc.oneof(
            percentJunk,
            fc.constantFrom(...names).map((n) => `${n}=`),
            fc.constantFrom("&", "=", "&&", "==", "+", "#", "?"),
          ),
          { minLength: 1, maxLength: 6 },
        )
        .map((parts) => parts.join("")),
      weight: 1,
    },
  );
}

const b64url = (text: string) =>
  btoa(String.fromCharCode(...new TextEncoder().encode(text)))
    .replaceAll("+", "-")
    .replaceAll("/", "_")
    .replace(/=+$/, "");

/** Cursors that are not ours: junk, base64 of the wrong JSON, keys of other lists. */
export const randomCursor: fc.Arbitrary<string> = fc.oneof(
  hostileString,
  fc.base64String({ maxLength: 40 }),
  fc
    .oneof(
      jsonValue,
      fc.record({ id: fc.oneof(fc.string(), wrongType) }),
      fc.record({ rank: fc.oneof(fc.double(), wrongType), id: fc.oneof(fc.string(), wrongType) }),
      fc.record({ seq: fc.oneof(fc.integer(), fc.double(), wrongType) }),
    )
    .map((value) => b64url(JSON.stringify(value) ?? "null")),
  fc.constantFrom(
    b64url('{"rank":1e999,"id":"z"}'),
    b64url('{"rank":-1e999,"id":""}'),
    b64url('{"seq":1e300}'),
    b64url('{"seq":-9223372036854775809}'),
    b64url('{"id":"\\u0000"}'),
    "=",
    "====",
    "a".repeat(513),
  ),
);

/** A numeric-looking query value: in range, out of range, not a number at all. */
export const limitValue: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: -5, max: 150 }).map(String),
  fc.constantFrom(
    "",
    "0",
    "1",
    "100",
    "101",
    "1e1",
    "1.5",
    "-0",
    "0x10",
    " 5",
    "NaN",
    "Infinity",
    "9".repeat(40),
    "1,2",
  ),
);

/** Printable ASCII (the Fetch API would warn about, or reject, anything else in a header). */
const headerChars = fc.string({
  unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
  maxLength: 80,
});

/** A header value a client might send: junk, near-misses of the expected form, very long. */
export const headerValue: fc.Arbitrary<string> = fc.oneof(
  headerChars,
  fc.constantFrom(
    "",
    " ",
    "\t",
    "*",
    "null",
    "Bearer",
    "Bearer ",
    "bearer x",
    "Basic dXNlcjpwYXNz",
    '"v1"',
    'W/"v1"',
    '"v2", "v1"',
  ),
  fc.string({ unit: "binary-ascii", maxLength: 20 }).map((s) => s.replace(/[^\x20-\x7e\t]/g, "")),
  fc.integer({ min: 256, max: 8000 }).map((n) => "x".repeat(n)),
);

/** Content-Type values: JSON in its many spellings, other types, junk. */
export const contentType: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    "application/json",
    "application/json; charset=utf-8",
    "application/json;charset=UTF-8",
    "Application/JSON",
    "APPLICATION/JSON; CHARSET=UTF-8",
    "application/problem+json",
    "application/merge-patch+json",
    "application/vnd.api+json",
    "application/vnd.claimtrail.v1+json",
    "application/json; charset=latin1",
    "application/json ; charset=utf-8",
    "application/json;",
    "application/json; foo",
    "application/jsonx",
    "application/json-seq",
    "text/json",
    "text/plain",
    "text/html",
    "multipart/form-data; boundary=x",
    "application/x-www-form-urlencoded",
    "application/xml",
    "*/*",
    "",
  ),
  headerValue,
);
