import type { Context } from "hono";
import type { AppEnv } from "../../env";

/**
 * The reference UI's scripts come from this Worker (public/docs, Workers Static
 * Assets), so nothing on the page loads from another origin and it works offline.
 * Scalar injects its styles inline; nothing else is allowed.
 */
export const DOCS_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; font-src 'self' data:; " +
  "img-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; " +
  "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const page = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Claimtrail API</title>
    <link rel="alternate" type="application/json" href="/openapi.json" title="OpenAPI 3.1 description">
  </head>
  <body>
    <p style="margin:0;padding:.5em 1em;font:14px system-ui,sans-serif">
      The raw OpenAPI 3.1 description: <a href="/openapi.json">/openapi.json</a>
    </p>
    <div id="app"></div>
    <script src="/docs/scalar-api-reference.js"></script>
    <script src="/docs/init.js"></script>
  </body>
</html>
`;

/** GET /docs: the API reference, rendered in the browser from /openapi.json. */
export function docsPage(c: Context<AppEnv>) {
  return c.html(page, 200, {
    "Content-Security-Policy": DOCS_CSP,
    "Cache-Control": "public, max-age=300",
  });
}
