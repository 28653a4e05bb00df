/**
 * The bare Worker `npm run bench` measures beside Claimtrail: no router, no cache, the same static
 * JSON for every method and path. It reads a request body when there is one, so POST benchmarks pay
 * for receiving their payload here too. Whatever Claimtrail does on top of this is what its ratio to
 * the bare Worker measures.
 *
 * Two paths also read D1 (a copy of the bench's seed claims, migrated with the real migrations), as
 * the floor of any uncached read: one prepared statement, its rows as JSON, nothing else.
 *  - `GET /d1/claims/{id}`: `SELECT * FROM claims WHERE id = ?`, the row (what GET /v1/claims/{id} reads);
 *  - `GET /d1/claims?status=…`: the newest 21 claims with that status (what the default list page reads).
 */
const BODY = JSON.stringify({
  id: "clm_bench",
  text: "static JSON from the bare Worker",
  status: "unverified",
  status_label: "Unverified",
});

/** The part of the D1 binding used here (this file is type-checked without the Workers types). */
interface D1Statement {
  bind(...values: unknown[]): D1Statement;
  first(): Promise<Record<string, unknown> | null>;
  all(): Promise<{ results: Record<string, unknown>[] }>;
}
interface Env {
  DB: { prepare(query: string): D1Statement };
}

const JSON_HEADERS = { "Content-Type": "application/json; charset=utf-8" };

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    if (request.body) await request.arrayBuffer();
    const url = new URL(request.url);
    if (url.pathname === "/d1/claims") {
      const { results } = await env.DB.prepare(
        "SELECT * FROM claims WHERE status = ? ORDER BY id DESC LIMIT 21",
      )
        .bind(url.searchParams.get("status") ?? "unverified")
        .all();
      return new Response(JSON.stringify({ data: results }), { headers: JSON_HEADERS });
    }
    if (url.pathname.startsWith("/d1/claims/")) {
      const row = await env.DB.prepare("SELECT * FROM claims WHERE id = ?")
        .bind(url.pathname.slice("/d1/claims/".length))
        .first();
      return new Response(JSON.stringify(row), {
        status: row ? 200 : 404,
        headers: JSON_HEADERS,
      });
    }
    return new Response(BODY, { headers: JSON_HEADERS });
  },
};
