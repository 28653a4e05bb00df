/**
 * `npm run drill:crash [-- --rounds N --writes N --seed S --port P --inspector-port I]`: hard crashes of the whole server
 * mid-write, and every in-flight Idempotency-Key retried after its lease, over loopback only.
 *
 * Starts `wrangler dev` on 127.0.0.1:8851 (inspector 9251, unless given) with a fresh local D1, then each round:
 * sends a burst of concurrent writes, each with its own Idempotency-Key (articles, status changes
 * with If-Match, API keys, webhooks), SIGKILLs wrangler's whole process group while part of them
 * is still out, restarts it on the same local D1 state, and
 *
 * - retries every write whose answer was lost at once (its lease still held: a documented 409
 *   with Retry-After, or the kept answer if it had committed, or a fresh run if it never started);
 * - after the lease (src/middleware/idempotency.ts LEASE_SECONDS) retries each again: it must
 *   now answer 2xx, replayed if its first attempt committed, run once if it had not;
 * - retries every write of the round once more: the same status, body, Location and ETag as its
 *   first 2xx answer, with `Idempotent-Replayed: true`.
 *
 * At the end it reads back what was written: each article's URL stored once, each key's and
 * webhook's name or URL once, each status change one version on its claim. Counts as anomalies:
 * any 5xx, any status not in the list above, a key still 409 after its lease, a replay that
 * differs, a write done twice or lost. Prints the figures; exits 1 on any anomaly.
 *
 * Webhook deliveries are never attempted: the server runs with a copy of wrangler.toml without
 * the queue consumer (its events stay queued), so nothing leaves loopback.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { isDeepStrictEqual } from "node:util";
import {
  applyMigrations,
  configWithoutQueueConsumer,
  type DevServer,
  killAllSync,
  startWranglerDev,
} from "../bench/http";
import { arg } from "../bench/polnear/cli";
import { seeded } from "../bench/seeded";

const ROUNDS = Number(arg("rounds", "4"));
/** Writes per round, spread over the four kinds. */
const WRITES = Number(arg("writes", "24"));
/** The same kill points for the same --seed (as far as the machine's speed allows). */
const random = seeded(Number(arg("seed", "13")));
const PORT = Number(arg("port", "8851"));
const INSPECTOR_PORT = Number(arg("inspector-port", "9251"));
const origin = `http://127.0.0.1:${PORT}`;

const root = process.cwd();
/** The lease of src/middleware/idempotency.ts, read from its source (that module needs workerd). */
const LEASE_SECONDS = Number(
  /export const LEASE_SECONDS = (\d+);/.exec(
    readFileSync(join(root, "src", "middleware", "idempotency.ts"), "utf8"),
  )?.[1] ?? Number.NaN,
);
if (!Number.isFinite(LEASE_SECONDS)) throw new Error("LEASE_SECONDS not found");
const state = mkdtempSync(join(tmpdir(), "claimtrail-crash-"));
const admin = `drill-${crypto.randomUUID()}`;
// The same Worker, bindings and D1 as wrangler.toml, less the queue consumer: no webhook
// delivery is attempted, so nothing leaves loopback.
const config = configWithoutQueueConsumer(root, "crash-drill");
process.on("exit", killAllSync);

async function start(): Promise<DevServer> {
  return startWranglerDev({
    label: "claimtrail",
    cwd: root,
    config,
    state,
    port: PORT,
    inspectorPort: INSPECTOR_PORT,
    vars: { ADMIN_TOKEN: admin, LOG_LEVEL: "error" },
    timeoutMs: 120_000,
  });
}

interface Answer {
  status: number;
  body: unknown;
  location: string | null;
  etag: string | null;
  replayed: boolean;
}

async function send(
  method: string,
  path: string,
  options: { body?: unknown; headers?: Record<string, string>; key?: string | null } = {},
): Promise<Answer> {
  const key = options.key === undefined ? admin : options.key;
  const res = await fetch(`${origin}${path}`, {
    method,
    headers: {
      ...(key ? { Authorization: `Bearer ${key}` } : {}),
      ...(options.body === undefined ? {} : { "Content-Type": "application/json" }),
      ...options.headers,
    },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // kept as text
  }
  return {
    status: res.status,
    body,
    location: res.headers.get("Location"),
    etag: res.headers.get("ETag"),
    replayed: res.headers.get("Idempotent-Replayed") === "true",
  };
}

type Kind = "article" | "status" | "key" | "webhook";
interface Write {
  kind: Kind;
  key: string;
  path: string;
  body: unknown;
  headers: Record<string, string>;
  /** What it is read back by: the URL, name, or claim id (with its version before the write). */
  mark: string;
  claimVersion?: number;
  /** The first 2xx answer, before the crash or after it. */
  first?: Answer;
  lostInCrash: boolean;
}

const figures = {
  rounds: 0,
  writes: 0,
  answeredBeforeKill: 0,
  lostInCrash: 0,
  early409: 0,
  earlyReplays: 0,
  earlyRuns: 0,
  replays: 0,
  reRuns: 0,
  replayChecks: 0,
  readBacks: 0,
};
const anomalies: string[] = [];
const anomaly = (what: string) => {
  anomalies.push(what);
  console.log(`  ANOMALY ${what}`);
};
const all: Write[] = [];
const describe = (w: Write) => `${w.kind} ${w.mark} (key ${w.key.slice(0, 8)})`;

async function attempt(w: Write): Promise<Answer> {
  return send("POST", w.path, {
    body: w.body,
    headers: { "Idempotency-Key": w.key, ...w.headers },
  });
}

/** The writes of one round: claims to rate are made (and read for their ETag) first. */
async function prepare(round: number): Promise<Write[]> {
  const per = Math.max(1, Math.floor(WRITES / 4));
  const tag = `r${round}-${crypto.randomUUID().slice(0, 8)}`;
  const target = await send("POST", "/v1/articles", {
    body: {
      url: `https://news.example.com/drill/${tag}/target`,
      title: "Ministry figures",
      body: "The ministry said on Tuesday that exports rose by 12 percent.",
      extract: false,
      claims: Array.from({ length: per }, (_, i) => ({
        text: `Exports rose by ${12 + i} percent (${tag})`,
      })),
    },
  });
  if (target.status !== 201) throw new Error(`seed article: ${target.status}`);
  const claims = (target.body as { claims: { id: string }[] }).claims;
  const writes: Write[] = [];
  for (let i = 0; i < per; i++) {
    const url = `https://news.example.com/drill/${tag}/${i}`;
    writes.push({
      kind: "article",
      key: crypto.randomUUID(),
      path: "/v1/articles",
      body: {
        url,
        title: `Drill ${tag} ${i}`,
        body: `The council said the harbour budget grew by ${i + 2} percent last year.`,
        extract: false,
        claims: [{ text: `The harbour budget grew by ${i + 2} percent (${tag})` }],
      },
      headers: {},
      mark: url,
      lostInCrash: false,
    });
    const claim = claims[i]?.id ?? "";
    const read = await send("GET", `/v1/claims/${claim}`, { key: null });
    writes.push({
      kind: "status",
      key: crypto.randomUUID(),
      path: `/v1/claims/${claim}/status`,
      body: {
        status: ["refuted", "disputed", "confirmed"][i % 3],
        note: `drill ${tag} ${i}`,
      },
      headers: { "If-Match": read.etag ?? "" },
      mark: claim,
      claimVersion: (read.body as { version: number }).version,
      lostInCrash: false,
    });
    const name = `drill ${tag} key ${i}`;
    writes.push({
      kind: "key",
      key: crypto.randomUUID(),
      path: "/v1/keys",
      body: { name, role: i % 2 ? "factchecker" : "submitter" },
      headers: {},
      mark: name,
      lostInCrash: false,
    });
    const hook = `https://hooks.example.com/drill/${tag}/${i}`;
    writes.push({
      kind: "webhook",
      key: crypto.randomUUID(),
      path: "/v1/webhooks",
      body: { url: hook, events: ["claim.status_changed"], description: `drill ${tag}` },
      headers: {},
      mark: hook,
      lostInCrash: false,
    });
  }
  return writes;
}

function checkFirst(w: Write, a: Answer, when: string): void {
  if (a.status >= 500) anomaly(`${when}: ${describe(w)} answered ${a.status}`);
  else if (a.status < 200 || a.status >= 300)
    anomaly(`${when}: ${describe(w)} answered ${a.status} ${JSON.stringify(a.body).slice(0, 200)}`);
  else w.first = a;
}

async function round(n: number, server: DevServer): Promise<DevServer> {
  const writes = await prepare(n);
  all.push(...writes);
  figures.writes += writes.length;
  // The burst: all at once; the kill comes once a random share of them has been answered.
  const share = 0.1 + random() * 0.4;
  const needed = Math.max(1, Math.ceil(writes.length * share));
  let answered = 0;
  let wake: () => void = () => {};
  const enough = new Promise<void>((resolve) => {
    wake = resolve;
  });
  const flights = writes.map(async (w) => {
    try {
      const a = await attempt(w);
      answered++;
      checkFirst(w, a, "before the kill");
      if (answered >= needed) wake();
    } catch {
      w.lostInCrash = true;
    }
  });
  await Promise.race([enough, sleep(60_000)]);
  await server.kill();
  await Promise.allSettled(flights);
  const killedAt = Date.now();
  const lost = writes.filter((w) => w.lostInCrash);
  figures.answeredBeforeKill += writes.length - lost.length;
  figures.lostInCrash += lost.length;
  const restarted = await start();
  // At once: the lease of a write that was mid-flight is still held.
  for (const w of lost) {
    const a = await attempt(w);
    if (a.status === 409) figures.early409++;
    else if (a.status >= 200 && a.status < 300) {
      if (a.replayed) figures.earlyReplays++;
      else figures.earlyRuns++;
      w.first = a;
    } else anomaly(`retry at restart: ${describe(w)} answered ${a.status}`);
  }
  // After the lease: every key answers, none is stuck.
  const wait = killedAt + (LEASE_SECONDS + 2) * 1000 - Date.now();
  if (wait > 0) await sleep(wait);
  for (const w of lost) {
    if (w.first) continue;
    const a = await attempt(w);
    if (a.status === 409) anomaly(`after the lease: ${describe(w)} still 409 (stuck key)`);
    else {
      checkFirst(w, a, "after the lease");
      if (w.first) {
        if (a.replayed) figures.replays++;
        else figures.reRuns++;
      }
    }
  }
  // Every write of the round, once more: its first answer, replayed.
  for (const w of writes) {
    if (!w.first) continue;
    const a = await attempt(w);
    figures.replayChecks++;
    const same =
      a.status === w.first.status &&
      a.replayed &&
      isDeepStrictEqual(a.body, w.first.body) &&
      a.location === w.first.location &&
      a.etag === w.first.etag;
    if (!same)
      anomaly(
        `replay of ${describe(w)} differs: ${a.status} replayed=${a.replayed} vs ${w.first.status}`,
      );
  }
  figures.rounds++;
  console.log(
    `round ${n}: ${writes.length} writes, ${writes.length - lost.length} answered before the kill, ${lost.length} lost in it`,
  );
  return restarted;
}

async function listAll(path: string): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let cursor: string | null = null;
  do {
    const page = await send(
      "GET",
      `${path}?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`,
    );
    if (page.status !== 200) throw new Error(`${path}: ${page.status}`);
    const body = page.body as { data: Record<string, unknown>[]; next_cursor: string | null };
    items.push(...body.data);
    cursor = body.next_cursor;
  } while (cursor);
  return items;
}

/** Each write exactly once in what the server stores, and as its answer said. */
async function readBack(): Promise<void> {
  const keys = await listAll("/v1/keys");
  const hooks = await listAll("/v1/webhooks");
  for (const w of all) {
    if (!w.first) continue;
    figures.readBacks++;
    const id = (w.first.body as { id?: string }).id;
    if (w.kind === "key" || w.kind === "webhook") {
      const field = w.kind === "key" ? "name" : "url";
      const found = (w.kind === "key" ? keys : hooks).filter((k) => k[field] === w.mark);
      if (found.length !== 1) anomaly(`${describe(w)} stored ${found.length} times`);
      else if (found[0]?.id !== id) anomaly(`${describe(w)} stored as another id`);
    } else if (w.kind === "article") {
      const page = await send("GET", `/v1/articles?url=${encodeURIComponent(w.mark)}`);
      const data = (page.body as { data?: { id: string }[] }).data ?? [];
      if (data.length !== 1 || data[0]?.id !== id)
        anomaly(`${describe(w)} read back as ${JSON.stringify(data.map((a) => a.id))}`);
    } else {
      const read = await send("GET", `/v1/claims/${w.mark}`, { key: null });
      const claim = read.body as { version: number; status: string };
      const asked = (w.body as { status: string }).status;
      if (claim.version !== (w.claimVersion ?? 0) + 1 || claim.status !== asked)
        anomaly(
          `${describe(w)}: version ${w.claimVersion} -> ${claim.version}, status ${claim.status} (asked ${asked})`,
        );
    }
  }
}

try {
  applyMigrations(root, state, config);
  let server = await start();
  for (let n = 1; n <= ROUNDS; n++) server = await round(n, server);
  await readBack();
  await server.stop();
  console.log(
    [
      `rounds ${figures.rounds}, writes ${figures.writes} (${WRITES} a round: articles, status changes with If-Match, keys, webhooks)`,
      `answered before the kill ${figures.answeredBeforeKill}, lost in the kill ${figures.lostInCrash}`,
      `retried at restart (lease held): ${figures.early409} answered 409, ${figures.earlyReplays} replayed, ${figures.earlyRuns} ran (never started)`,
      `retried after the ${LEASE_SECONDS} s lease: ${figures.replays} replays (committed before the kill), ${figures.reRuns} re-runs (had not committed)`,
      `replays checked identical: ${figures.replayChecks}, writes read back: ${figures.readBacks}`,
      `anomalies ${anomalies.length}`,
    ].join("\n"),
  );
} finally {
  killAllSync();
  rmSync(state, { recursive: true, force: true });
}
if (anomalies.length) process.exit(1);
