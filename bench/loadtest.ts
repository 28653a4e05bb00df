/**
 * `npm run loadtest [-- --seconds N --workers N]`: a mixed load against a local
 * `wrangler dev` (loopback only, bounded in time), then a consistency audit.
 *
 * For a fixed time, workers submit articles (with extraction), read claims and
 * lists, and change statuses (with If-Match, so some lose races on purpose).
 * Afterwards every acknowledged write is checked in the database through the API:
 * each 201 article exists with its claims, each 200 status change is in its
 * claim's history, and every touched claim's history is consistent with the
 * claim (versions 1..n without gaps, last event's status = the claim's status).
 * Exits non-zero on any 5xx, lost acknowledged write or inconsistency.
 */

import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { applyMigrations, killAllSync, startWranglerDev } from "./http";

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const SECONDS = option("seconds", 20);
const WORKERS = option("workers", 6);
const root = fileURLToPath(new URL("..", import.meta.url));

interface Claim {
  id: string;
  status: string;
  version: number;
}
interface Ack {
  articleId?: string;
  claimIds?: string[];
  claimId?: string;
  version?: number;
  status?: string;
}

const SENTENCES = [
  "The ministry said on Tuesday that 1,240 people had been detained in raids across 12 provinces.",
  "Opposition leader Deniz Kaya told reporters the figures were inflated by at least 30 percent.",
  '"We have found no evidence of that," a spokesman for the interior ministry said.',
  "According to the central bank, inflation reached 47 percent in October, the highest in two years.",
  "The port operator denied that any cuts had been planned before 2027.",
  "Officials said they were looking into the allegations.",
];

function article(n: number) {
  const body = Array.from({ length: 6 }, (_, i) => SENTENCES[(n + i) % SENTENCES.length]).join(
    "\n\n",
  );
  return {
    url: `https://load.example.com/${Date.now()}-${n}-${randomBytes(4).toString("hex")}`,
    title: `Load ${n}`,
    body,
  };
}

async function main() {
  const state = mkdtempSync(join(tmpdir(), "claimtrail-load-"));
  const token = `load_${randomBytes(16).toString("hex")}`;
  applyMigrations(root, state);
  const server = await startWranglerDev({
    label: "claimtrail",
    cwd: root,
    state,
    vars: { ADMIN_TOKEN: token },
  });
  const api = server.origin;
  const auth = { Authorization: `Bearer ${token}`, "Content-Type": "application/json" };
  // Each simulated reader has its own address, as real widget readers do.
  const reader = () => ({ "CF-Connecting-IP": `198.51.100.${Math.floor(Math.random() * 250)}` });

  const counts: Record<string, number> = {};
  const count = (key: string) => {
    counts[key] = (counts[key] ?? 0) + 1;
  };
  const acked: Ack[] = [];
  const claims: string[] = [];
  const failures: string[] = [];
  const deadline = Date.now() + SECONDS * 1000;
  let n = 0;

  const worker = async (w: number) => {
    while (Date.now() < deadline) {
      const roll = Math.random();
      try {
        if (roll < 0.25 || claims.length < 5) {
          const res = await fetch(`${api}/v1/articles`, {
            method: "POST",
            headers: auth,
            body: JSON.stringify(article(n++)),
          });
          count(`POST /v1/articles ${res.status}`);
          if (res.status >= 500) failures.push(`POST article → ${res.status}`);
          if (res.status === 201) {
            const body = (await res.json()) as { id: string; claims: Claim[] };
            acked.push({ articleId: body.id, claimIds: body.claims.map((c) => c.id) });
            claims.push(...body.claims.map((c) => c.id));
          } else await res.arrayBuffer();
        } else if (roll < 0.5) {
          const id = claims[Math.floor(Math.random() * claims.length)];
          const current = await fetch(`${api}/v1/claims/${id}`, { headers: reader() });
          const etag = current.headers.get("ETag") ?? '"v1"';
          await current.arrayBuffer();
          const status = ["under_review", "confirmed", "disputed", "refuted"][
            Math.floor(Math.random() * 4)
          ];
          const body =
            status === "under_review"
              ? { status, reviewer: { name: "Turkish authorities", country: "TR" } }
              : { status, note: `worker ${w}` };
          const res = await fetch(`${api}/v1/claims/${id}/status`, {
            method: "POST",
            headers: { ...auth, "If-Match": etag },
            body: JSON.stringify(body),
          });
          count(`POST status ${res.status}`);
          if (res.status >= 500) failures.push(`POST status → ${res.status}`);
          if (res.status === 200) {
            const claim = (await res.json()) as Claim;
            acked.push({ claimId: claim.id, version: claim.version, status: claim.status });
          } else await res.arrayBuffer();
        } else {
          const id = claims[Math.floor(Math.random() * claims.length)];
          const path =
            roll < 0.8
              ? `/v1/claims/${id}`
              : roll < 0.9
                ? "/v1/claims?status=under_review&limit=20"
                : "/v1/claims?q=inflation";
          const res = await fetch(`${api}${path}`, { headers: reader() });
          count(`GET ${path.split("?")[0]?.replace(/clm_\w+/, "{id}")} ${res.status}`);
          if (res.status >= 500) failures.push(`GET ${path} → ${res.status}`);
          await res.arrayBuffer();
        }
      } catch (error) {
        failures.push(`request failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  };

  console.log(
    `load: ${WORKERS} concurrent clients for ${SECONDS} s against ${api} (loopback only)`,
  );
  const started = Date.now();
  await Promise.all(Array.from({ length: WORKERS }, (_, w) => worker(w)));
  const elapsed = (Date.now() - started) / 1000;
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  console.log(
    `\n${total} requests in ${elapsed.toFixed(1)} s (${(total / elapsed).toFixed(0)} req/s)`,
  );
  for (const [key, value] of Object.entries(counts).sort())
    console.log(`  ${key.padEnd(40)} ${value}`);

  // Audit: every acknowledged write is there, and every trail agrees with its claim.
  const get = async <T>(path: string): Promise<T> => {
    const res = await fetch(`${api}${path}`, { headers: { ...auth } });
    if (!res.ok) throw new Error(`${path}: ${res.status}`);
    return (await res.json()) as T;
  };
  const problems: string[] = [];
  for (const ack of acked.filter((a) => a.articleId)) {
    const stored = await get<{ claims: { id: string }[] }>(`/v1/articles/${ack.articleId}`);
    const ids = new Set(stored.claims.map((c) => c.id));
    for (const id of ack.claimIds ?? [])
      if (!ids.has(id)) problems.push(`article ${ack.articleId} lost claim ${id}`);
  }
  const touched = new Set(acked.flatMap((a) => (a.claimId ? [a.claimId] : [])));
  for (const id of touched) {
    const claim = await get<Claim>(`/v1/claims/${id}`);
    const events: { version: number; to_status: string; id: string }[] = [];
    let cursor: string | null = null;
    do {
      const page: { data: typeof events; next_cursor: string | null } = await get(
        `/v1/claims/${id}/history?limit=100${cursor ? `&cursor=${cursor}` : ""}`,
      );
      events.push(...page.data);
      cursor = page.next_cursor;
    } while (cursor);
    const versions = events.map((e) => e.version);
    if (versions.some((v, i) => v !== i + 1))
      problems.push(`claim ${id}: history versions ${versions.join(",")}`);
    if (claim.version !== events.length)
      problems.push(`claim ${id}: version ${claim.version}, ${events.length} events`);
    if (events.at(-1)?.to_status !== claim.status)
      problems.push(`claim ${id}: status ${claim.status}, last event ${events.at(-1)?.to_status}`);
    for (const ack of acked.filter((a) => a.claimId === id)) {
      if (!events.some((e) => e.version === ack.version && e.to_status === ack.status)) {
        problems.push(
          `claim ${id}: acknowledged change to ${ack.status} (v${ack.version}) missing from history`,
        );
      }
    }
  }
  await server.stop();
  rmSync(state, { recursive: true, force: true });

  const articles = acked.filter((a) => a.articleId).length;
  console.log(
    `\naudit: ${articles} acknowledged articles, ${acked.length - articles} acknowledged status changes on ${touched.size} claims`,
  );
  console.log(
    `  5xx or failed requests: ${failures.length}${failures.length ? ` (${failures.slice(0, 5).join("; ")})` : ""}`,
  );
  console.log(
    `  inconsistencies: ${problems.length}${problems.length ? `\n    ${problems.slice(0, 20).join("\n    ")}` : ""}`,
  );
  process.exitCode = failures.length || problems.length ? 1 : 0;
}

process.on("exit", killAllSync);
process.on("SIGINT", () => {
  killAllSync();
  process.exit(130);
});
main().catch((error) => {
  console.error(error);
  killAllSync();
  process.exit(1);
});
