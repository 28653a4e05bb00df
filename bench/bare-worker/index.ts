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
 *
 * And one path writes, as the floor of an article submission:
 *  - `POST /d1/articles/template` (once, from bench/run.ts): the claim rows Claimtrail stored for
 *    the bench article (text, claimant, span, …), kept in memory;
 *  - `POST /d1/articles` (the bench's POST body, a unique url each time): parses the JSON and runs
 *    the same D1 batch as POST /v1/articles — the article row, those claim rows in the same
 *    multi-row INSERT … SELECT statements, the creation events — so the same FTS triggers fire.
 *    No extraction, validation, auth, or reads before and after: what is left of a submission
 *    once everything but its write is taken away.
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
  DB: { prepare(query: string): D1Statement; batch(statements: D1Statement[]): Promise<unknown> };
}

/** A claim row as POST /v1/articles returned it. */
interface ClaimRow {
  text: string;
  quote: string | null;
  claimant: { name: string; description: string | null } | null;
  verb: string | null;
  span: { start: number; end: number } | null;
  in: string | null;
  checkworthiness: number;
  suggested_status: unknown;
  origin: string;
}

let template: ClaimRow[] | null = null;
const COLUMNS = 13;
const ROWS_PER_STATEMENT = Math.floor(99 / COLUMNS); // as src/claims/records.ts
let sequence = 0;
const id = (prefix: string) =>
  `${prefix}_${Date.now().toString(36).padStart(10, "0")}${(sequence++).toString(36).padStart(16, "0")}`;

function submissionBatch(
  env: Env,
  input: { url: string; title: string; body: string; outlet?: string },
) {
  const articleId = id("art");
  const statements = [
    env.DB.prepare(
      "INSERT INTO articles (id, url, canonical_url, title, body, outlet, submitted_by) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (canonical_url) DO NOTHING",
    ).bind(
      articleId,
      input.url,
      input.url,
      input.title,
      input.body,
      input.outlet ?? null,
      "ADMIN_TOKEN",
    ),
  ];
  const rows = template ?? [];
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(i, i + ROWS_PER_STATEMENT);
    const values = chunk.map(() => `(${Array(COLUMNS).fill("?").join(", ")})`).join(", ");
    statements.push(
      env.DB.prepare(
        `INSERT INTO claims (id, article_id, text, quote, claimant_name, claimant_description, verb, span_start, span_end, found_in, checkworthiness, suggested_status, origin) SELECT * FROM (VALUES ${values}) WHERE EXISTS (SELECT 1 FROM articles WHERE id = ?) ON CONFLICT DO NOTHING`,
      ).bind(
        ...chunk.flatMap((c) => [
          id("clm"),
          articleId,
          c.text,
          c.quote,
          c.claimant?.name ?? null,
          c.claimant?.description ?? null,
          c.verb,
          c.span?.start ?? null,
          c.span?.end ?? null,
          c.in,
          c.checkworthiness,
          c.suggested_status ? JSON.stringify(c.suggested_status) : null,
          c.origin,
        ]),
        articleId,
      ),
    );
  }
  statements.push(
    env.DB.prepare(
      "INSERT INTO claim_events (id, claim_id, from_status, to_status, evidence, actor, version, created_at) SELECT 'evt_' || substr(c.id, 5), c.id, NULL, c.status, '[]', ?, c.version, c.created_at FROM claims c WHERE c.article_id = ? AND NOT EXISTS (SELECT 1 FROM claim_events e WHERE e.claim_id = c.id) ORDER BY c.id",
    ).bind("ADMIN_TOKEN", articleId),
  );
  return { articleId, statements };
}

const JSON_HEADERS = { "Content-Type": "application/json; charset=utf-8" };

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const url = new URL(request.url);
    if (request.method === "POST" && url.pathname === "/d1/articles/template") {
      template = (await request.json()) as ClaimRow[];
      return Response.json({ rows: template.length });
    }
    if (request.method === "POST" && url.pathname === "/d1/articles") {
      if (!template) return Response.json({ error: "no template" }, { status: 500 });
      const input = (await request.json()) as {
        url: string;
        title: string;
        body: string;
        outlet?: string;
      };
      const { articleId, statements } = submissionBatch(env, input);
      await env.DB.batch(statements);
      return Response.json({ id: articleId, claims: template.length }, { status: 201 });
    }
    if (request.body) await request.arrayBuffer();
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
