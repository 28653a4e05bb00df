/**
 * `npm run bench`: Claimtrail's performance figures in one run, beside a bare Worker (the ceiling).
 *
 *  1. bundle: `wrangler deploy --dry-run --outdir <tmp>`, gzipped size of what would be uploaded;
 *  2. extraction CPU time per 1,000 words: runs bench/extract-speed.ts when it exists (hook below);
 *  3. starts `wrangler dev` twice on 127.0.0.1 (Claimtrail with a freshly migrated temporary D1,
 *     and bench/bare-worker), seeds claims through the API, measures GET /widget.js as served;
 *  4. load: each scenario with wrk against both servers, warm-up then N rounds (alternating which
 *     server goes first), and prints req/s, p50 and p99 as median [min–max] over the rounds, with
 *     the ratio of Claimtrail's req/s to the bare Worker's.
 *
 * Options (after `npm run bench --`): --rounds 3 --duration 5 --warmup 2 --connections 8
 * --threads 1 --only cached,uncached,list,list-uncached,post. See bench/README.md.
 */
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { constants, gzipSync } from "node:zlib";
import {
  applyMigrations,
  type DevServer,
  executeSqlFile,
  killAllSync,
  rawGet,
  startWranglerDev,
  wranglerBin,
  wranglerEnv,
} from "./http";
import { POST_BODY, POST_TITLE } from "./post-article";
import { submissionCpu } from "./submit-cpu";
import { luaString, runWrk, type WrkResult, type WrkSettings, wrkScript } from "./wrk";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const bareConfig = join(root, "bench", "bare-worker", "wrangler.toml");
const extractConfig = join(root, "bench", "extract-worker", "wrangler.toml");
const submitConfig = join(root, "bench", "submit-worker", "wrangler.toml");
/** Written by another engineer: prints extraction CPU time per 1,000 words (median, p99) in Node. */
const EXTRACT_SPEED_SCRIPT = join(root, "bench", "extract-speed.ts");

const { values: opts } = parseArgs({
  options: {
    rounds: { type: "string", default: "3" },
    duration: { type: "string", default: "5" },
    warmup: { type: "string", default: "2" },
    connections: { type: "string", default: "8" },
    threads: { type: "string", default: "1" },
    only: { type: "string" },
  },
});

function positiveInt(name: string, value: string | undefined): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a positive integer`);
  return n;
}

const ROUNDS = positiveInt("rounds", opts.rounds);
const WARMUP_SEC = positiveInt("warmup", opts.warmup);
const settings: WrkSettings = {
  threads: positiveInt("threads", opts.threads),
  connections: positiveInt("connections", opts.connections),
  durationSec: positiveInt("duration", opts.duration),
  timeoutSec: 5,
};
if (settings.connections < settings.threads) throw new Error("--connections must be >= --threads");
const SCENARIO_KEYS = ["cached", "uncached", "list", "list-uncached", "post"];
const only = opts.only?.split(",").map((k) => k.trim());
const unknownKeys = only?.filter((k) => !SCENARIO_KEYS.includes(k)) ?? [];
if (unknownKeys.length > 0) {
  throw new Error(
    `unknown --only ${unknownKeys.join(",")} (choose from ${SCENARIO_KEYS.join(",")})`,
  );
}

const started = Date.now();
const runId = randomBytes(4).toString("hex");
const adminToken = `bench-${randomBytes(24).toString("hex")}`;
const tempDirs: string[] = [];
const servers: DevServer[] = [];
const warnings: string[] = [];

function tempDir(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `claimtrail-bench-${name}-`));
  tempDirs.push(dir);
  return dir;
}

function cleanupSync(): void {
  killAllSync();
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

process.on("exit", cleanupSync);
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => {
    console.error(`\n${signal}: stopping wrangler dev and removing temporary state`);
    cleanupSync();
    process.exit(130);
  });
}

function log(message: string): void {
  const t = ((Date.now() - started) / 1000).toFixed(0).padStart(3);
  console.log(`[${t}s] ${message}`);
}

// ---------------------------------------------------------------- statistics and formatting

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

function fmtNum(x: number): string {
  if (x >= 100) return x.toFixed(0);
  if (x >= 10) return x.toFixed(1);
  return x.toFixed(2);
}

/** `median [min–max]` */
function spread(xs: number[], fmt = fmtNum): string {
  return `${fmt(median(xs))} [${fmt(Math.min(...xs))}–${fmt(Math.max(...xs))}]`;
}

function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

function gzipLength(data: Buffer | string): number {
  return gzipSync(data, { level: constants.Z_BEST_COMPRESSION }).length;
}

function pad(cells: string[], widths: number[]): string {
  return cells
    .map((c, i) => c.padEnd(widths[i] ?? 0))
    .join("  ")
    .trimEnd();
}

// ---------------------------------------------------------------- environment

function commandOutput(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { cwd: root, encoding: "utf8" });
  return r.status === 0 ? `${r.stdout}`.trim() : "";
}

function compatibilityDate(tomlPath: string): string | undefined {
  return /^\s*compatibility_date\s*=\s*"([^"]+)"/m.exec(readFileSync(tomlPath, "utf8"))?.[1];
}

/** The `run_worker_first` line of a wrangler.toml's [assets], as written. */
function runWorkerFirst(tomlPath: string): string | undefined {
  return /^\s*run_worker_first\s*=\s*(.+)$/m.exec(readFileSync(tomlPath, "utf8"))?.[1]?.trim();
}

function preflight(): string[] {
  if (spawnSync("wrk", ["-v"], { encoding: "utf8" }).error) {
    throw new Error("wrk is not installed (apt-get install wrk)");
  }
  const mainDate = compatibilityDate(join(root, "wrangler.toml"));
  const bareDate = compatibilityDate(bareConfig);
  if (!mainDate || mainDate !== bareDate) {
    throw new Error(
      `compatibility_date differs: wrangler.toml ${mainDate}, bench/bare-worker/wrangler.toml ${bareDate}`,
    );
  }
  // The floor sits behind the same asset layer as Claimtrail (bench/bare-worker/wrangler.toml).
  const mainAssets = runWorkerFirst(join(root, "wrangler.toml"));
  if (mainAssets !== runWorkerFirst(bareConfig)) {
    throw new Error(
      `[assets] run_worker_first differs: wrangler.toml ${mainAssets}, bench/bare-worker/wrangler.toml ${runWorkerFirst(bareConfig)}`,
    );
  }
  const commit = commandOutput("git", ["rev-parse", "HEAD"]) || "unknown";
  const dirty = commandOutput("git", ["status", "--porcelain"])
    ? " (plus uncommitted changes)"
    : "";
  const wrk = spawnSync("wrk", ["-v"], { encoding: "utf8" });
  const wrkVersion = `${wrk.stdout}${wrk.stderr}`.split("\n")[0]?.split(" Copyright")[0] ?? "wrk";
  const wranglerVersion = JSON.parse(
    readFileSync(join(root, "node_modules", "wrangler", "package.json"), "utf8"),
  ).version as string;
  const cpu = cpus();
  const load = loadavg()
    .map((x) => x.toFixed(2))
    .join(" ");
  return [
    `commit ${commit}${dirty}`,
    `machine: ${cpu.length} CPU (${cpu[0]?.model.trim() ?? "?"}), Node ${process.version}, wrangler ${wranglerVersion} (wrangler dev / workerd), ${wrkVersion}`,
    `compatibility_date ${mainDate} for both Workers; load average at start ${load} (1/5/15 min)`,
    `load: wrk -t${settings.threads} -c${settings.connections} -d${settings.durationSec}s --timeout ${settings.timeoutSec}s, ` +
      `${WARMUP_SEC}s warm-up then ${ROUNDS} rounds per server per scenario, 127.0.0.1 only`,
  ];
}

// ---------------------------------------------------------------- 1. bundle size

interface BundleReport {
  lines: string[];
}

function measureBundle(): BundleReport {
  const out = tempDir("bundle");
  const r = spawnSync(wranglerBin(root), ["deploy", "--dry-run", "--outdir", out], {
    cwd: root,
    encoding: "utf8",
    env: wranglerEnv(),
    timeout: 120_000,
  });
  if (r.status !== 0)
    throw new Error(`wrangler deploy --dry-run failed:\n${r.stdout}\n${r.stderr}`);
  const files = readdirSync(out).filter((f) => !f.endsWith(".map") && f !== "README.md");
  let raw = 0;
  let gz = 0;
  const lines: string[] = [];
  for (const file of files.sort()) {
    const data = readFileSync(join(out, file));
    const g = gzipLength(data);
    raw += data.length;
    gz += g;
    lines.push(
      `  ${file.padEnd(56)} ${kib(data.length).padStart(12)} raw ${kib(g).padStart(11)} gzip -9`,
    );
  }
  lines.push(
    `  ${"total (what would be uploaded)".padEnd(56)} ${kib(raw).padStart(12)} raw ${kib(gz).padStart(11)} gzip -9`,
  );
  const wranglerFigure = /Total Upload:[^\n]*/.exec(r.stdout)?.[0];
  if (wranglerFigure) lines.push(`  wrangler's own figure: ${wranglerFigure.trim()}`);
  lines.push("  (Workers free plan limit: 3 MB compressed; paid: 10 MB)");
  return { lines };
}

// ---------------------------------------------------------------- 2. extraction speed (hook)

/**
 * HOOK: extraction CPU time per 1,000 words. bench/extract-speed.ts is another engineer's script
 * (it prints median and p99 in Node); when the file exists it runs here as a child process and its
 * output is included verbatim. Until then the report says it was not measured.
 */
function extractionSpeed(): string[] {
  if (!existsSync(EXTRACT_SPEED_SCRIPT)) {
    return [
      "  NOT MEASURED: bench/extract-speed.ts does not exist yet (hook: extractionSpeed() in bench/run.ts)",
    ];
  }
  const r = spawnSync(join(root, "node_modules", ".bin", "tsx"), [EXTRACT_SPEED_SCRIPT], {
    cwd: root,
    encoding: "utf8",
    timeout: 180_000,
  });
  const output = `${r.stdout ?? ""}${r.stderr ? `\n${r.stderr}` : ""}`.trim();
  const lines = output.split("\n").map((l) => `  ${l}`);
  if (r.status !== 0) {
    const why = r.error ? String(r.error) : `exit ${r.status}`;
    warnings.push(`bench/extract-speed.ts failed (${why})`);
    lines.unshift(`  bench/extract-speed.ts FAILED (${why}):`);
  }
  return lines;
}

/**
 * Extraction CPU time inside workerd: bench/extract-worker runs the extractor over every
 * fixture `runs` times in one request. Synchronous work in a request has nothing to wait on,
 * so the request's wall time, less an empty request's, is its CPU time (on a busy machine it
 * can only be higher). Each sample is one request; median and p99 over the samples.
 */
async function extractionInWorkerd(server: DevServer): Promise<string[]> {
  const lines: string[] = [];
  for (const engine of ["learned", "rules"] as const) {
    const time = async (runs: number) => {
      const started = performance.now();
      const res = await fetch(`${server.origin}/?runs=${runs}&engine=${engine}`);
      const body = (await res.json()) as { words: number };
      return { ms: performance.now() - started, words: body.words };
    };
    for (let i = 0; i < 3; i++) await time(5); // warm-up: JIT and regex compilation
    const RUNS = 5;
    const samples: number[] = [];
    let words = 0;
    for (let i = 0; i < 25; i++) {
      const empty = await time(0);
      const full = await time(RUNS);
      words = full.words;
      samples.push(((full.ms - empty.ms) / (RUNS * full.words)) * 1000);
    }
    samples.sort((a, b) => a - b);
    const q = (p: number) =>
      samples[Math.min(samples.length - 1, Math.floor(p * samples.length))] ?? 0;
    lines.push(
      `  inside workerd (wrangler dev), engine ${engine}: ${samples.length} requests, each extracting ${RUNS} × ${words} words`,
      `    ms per 1,000 words (request time less an empty request's): median ${q(0.5).toFixed(3)}, p99 ${q(0.99).toFixed(3)}`,
      `    budget 1.000 ms per 1,000 words (median): ${q(0.5) <= 1 ? "within budget" : "OVER BUDGET"}`,
    );
  }
  return lines;
}

// ---------------------------------------------------------------- 3. servers and seed data

async function api(
  server: DevServer,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; headers: Headers; json: unknown }> {
  const res = await fetch(`${server.origin}${path}`, {
    method,
    headers: {
      ...(body === undefined ? {} : { "Content-Type": "application/json" }),
      ...(method === "GET" ? {} : { Authorization: `Bearer ${adminToken}` }),
    },
    body: body === undefined ? null : JSON.stringify(body),
  });
  const text = await res.text();
  let json: unknown = text;
  try {
    json = JSON.parse(text);
  } catch {
    // not JSON
  }
  return { status: res.status, headers: res.headers, json };
}

const SEED_ARTICLES = 20;
const SEED_CLAIMS_PER_ARTICLE = 10;

interface SeededClaim {
  id: string;
  article_id: string;
  text: string;
  claimant: { name: string; description: string | null } | null;
  verb: string | null;
  checkworthiness: number;
  status: string;
  origin: string;
}

/** Seeds articles with given claims (extract: false); returns the claims as the API stored them. */
async function seed(server: DevServer): Promise<SeededClaim[]> {
  const seeded: SeededClaim[] = [];
  for (let a = 0; a < SEED_ARTICLES; a++) {
    const claims = Array.from({ length: SEED_CLAIMS_PER_ARTICLE }, (_, i) => ({
      text: `district ${a + 1} recorded ${120 + i * 7} new admissions in week ${i + 1}`,
      claimant: `Health office ${a + 1}`,
      verb: "said",
    }));
    const body = claims.map((c) => `The ${c.claimant.toLowerCase()} said ${c.text}.`).join(" ");
    const res = await api(server, "POST", "/v1/articles", {
      url: `https://seed.bench.example.com/${runId}/${a}`,
      title: `Weekly admissions, district ${a + 1}`,
      body,
      outlet: "Bench Gazette",
      extract: false,
      claims,
    });
    const article = res.json as { claims?: SeededClaim[] };
    if (res.status !== 201 || !article.claims) {
      throw new Error(`seeding failed: ${res.status} ${JSON.stringify(res.json).slice(0, 500)}`);
    }
    seeded.push(...article.claims);
  }
  return seeded;
}

function sqlText(value: string | null | undefined): string {
  return value == null ? "NULL" : `'${value.replaceAll("'", "''")}'`;
}

/**
 * The same claims (ids, texts, claimants, status) for the bare Worker's D1, so its floor paths read
 * rows like Claimtrail's: one placeholder article per article id, then the claims.
 */
function floorSeedSql(claims: SeededClaim[]): string {
  const articleIds = [...new Set(claims.map((c) => c.article_id))];
  const lines = articleIds.map(
    (id) =>
      `INSERT INTO articles (id, url, canonical_url, title, body, submitted_by) VALUES (${sqlText(id)}, ${sqlText(`https://floor.bench.example.com/${id}`)}, ${sqlText(`https://floor.bench.example.com/${id}`)}, 'floor', 'floor', 'bench');`,
  );
  for (const c of claims) {
    lines.push(
      `INSERT INTO claims (id, article_id, text, claimant_name, claimant_description, verb, checkworthiness, status, origin) VALUES (${[
        c.id,
        c.article_id,
        c.text,
        c.claimant?.name,
        c.claimant?.description,
        c.verb,
      ]
        .map(sqlText)
        .join(", ")}, ${Number(c.checkworthiness)}, ${sqlText(c.status)}, ${sqlText(c.origin)});`,
    );
  }
  return lines.join("\n");
}

const POST_WORDS = POST_BODY.split(/\s+/).length;

function scriptFile(dir: string, name: string, lua: string): string {
  const path = join(dir, `${name}.lua`);
  writeFileSync(path, wrkScript(lua));
  return path;
}

// ---------------------------------------------------------------- 4. scenarios

interface Scenario {
  key: string;
  label: string;
  /** The URL path wrk is given; every script's request() builds the actual path, query and headers. */
  path: string;
  script: string;
  expect: "HIT" | "MISS" | "none";
  /** The same requests' database work alone, on the bare Worker's /d1/ paths (uncached reads). */
  floor?: { path: string; script: string };
}

function scenarios(dir: string, claimIds: string[]): Scenario[] {
  const first = claimIds[0] as string;
  const idsLua = `local ids = {${claimIds.map(luaString).join(", ")}}`;
  const nonce = `prefix .. "-" .. tid .. "-" .. counter`;
  /** An anonymous GET of the Lua expression `path`, from a different client address each time. */
  const get = (path: string, locals = "") => `${locals}
function request()
  counter = counter + 1
  return wrk.format("GET", ${path}, { ["CF-Connecting-IP"] = client_ip() })
end`;
  const [bodyBefore, bodyAfter] = JSON.stringify({
    url: "__URL__",
    title: POST_TITLE,
    body: POST_BODY,
    outlet: "Bench Gazette",
  }).split("__URL__") as [string, string];
  /** A POST of the bench article to `path`, a unique url each time, with the admin token. */
  const post = (path: string) => `local headers = {
  ["Content-Type"] = "application/json",
  ["Authorization"] = ${luaString(`Bearer ${adminToken}`)},
}
local before = ${luaString(bodyBefore)}
local after = ${luaString(bodyAfter)}
function request()
  counter = counter + 1
  local url = "https://bench.example.com/" .. prefix .. "/" .. tid .. "/" .. counter
  return wrk.format("POST", ${luaString(path)}, headers, before .. url .. after)
end`;
  const all: Scenario[] = [
    {
      key: "cached",
      label: "GET /v1/claims/{id} cached",
      path: `/v1/claims/${first}`,
      script: scriptFile(dir, "cached", get(luaString(`/v1/claims/${first}`))),
      expect: "HIT",
    },
    {
      key: "uncached",
      label: "GET /v1/claims/{id} uncached",
      path: "/v1/claims",
      script: scriptFile(
        dir,
        "uncached",
        get(`"/v1/claims/" .. ids[(counter % #ids) + 1] .. "?bench=" .. ${nonce}`, idsLua),
      ),
      expect: "MISS",
      floor: {
        path: "/d1/claims",
        script: scriptFile(
          dir,
          "uncached-floor",
          get(`"/d1/claims/" .. ids[(counter % #ids) + 1] .. "?bench=" .. ${nonce}`, idsLua),
        ),
      },
    },
    {
      key: "list",
      label: "GET /v1/claims?status=unverified cached",
      path: "/v1/claims?status=unverified",
      script: scriptFile(dir, "list", get(luaString("/v1/claims?status=unverified"))),
      expect: "HIT",
    },
    {
      key: "list-uncached",
      label: "GET /v1/claims?status=unverified uncached",
      path: "/v1/claims",
      script: scriptFile(
        dir,
        "list-uncached",
        get(`"/v1/claims?status=unverified&bench=" .. ${nonce}`),
      ),
      expect: "MISS",
      floor: {
        path: "/d1/claims",
        script: scriptFile(
          dir,
          "list-uncached-floor",
          get(`"/d1/claims?status=unverified&bench=" .. ${nonce}`),
        ),
      },
    },
    {
      key: "post",
      label: `POST /v1/articles (${POST_WORDS} words)`,
      path: "/v1/articles",
      script: scriptFile(dir, "post", post("/v1/articles")),
      expect: "none",
      // The same requests, but the bare Worker only runs the submission's D1 batch (same rows).
      floor: { path: "/d1/articles", script: scriptFile(dir, "post-floor", post("/d1/articles")) },
    },
  ];
  return only ? all.filter((s) => only.includes(s.key)) : all;
}

/**
 * Checks by hand, before loading, that each scenario gets the answer it is meant to measure;
 * hands the bare Worker the claim rows the POST stored, for its write floor.
 */
async function probe(app: DevServer, bare: DevServer, claimIds: string[]): Promise<number> {
  const first = claimIds[0] as string;
  const check = (ok: boolean, what: string) => {
    if (!ok) throw new Error(`probe failed: ${what}`);
  };
  await api(app, "GET", `/v1/claims/${first}`);
  const again = await api(app, "GET", `/v1/claims/${first}`);
  check(
    again.status === 200 && again.headers.get("x-cache") === "HIT",
    "repeat read is not X-Cache: HIT",
  );
  const fresh = await api(app, "GET", `/v1/claims/${claimIds[1]}?bench=probe-${runId}`);
  check(
    fresh.status === 200 && fresh.headers.get("x-cache") === "MISS",
    "nonce read is not X-Cache: MISS",
  );
  const list = await api(app, "GET", `/v1/claims?status=unverified&bench=probe-${runId}`);
  const page = list.json as { data?: unknown[] };
  check(list.status === 200 && (page.data?.length ?? 0) > 0, "list of unverified claims is empty");
  const post = await api(app, "POST", "/v1/articles", {
    url: `https://bench.example.com/${runId}/probe`,
    title: POST_TITLE,
    body: POST_BODY,
  });
  const created = post.json as { claims?: unknown[] };
  check(post.status === 201, `POST /v1/articles answered ${post.status}`);
  const extracted = created.claims?.length ?? 0;
  log(`probe: POST /v1/articles of the bench text → 201 with ${extracted} extracted claims`);
  const template = await fetch(`${bare.origin}/d1/articles/template`, {
    method: "POST",
    body: JSON.stringify(created.claims ?? []),
  });
  check(template.status === 200, `the bare Worker refused the claim rows (${template.status})`);
  const floorPost = await fetch(`${bare.origin}/d1/articles`, {
    method: "POST",
    body: JSON.stringify({
      url: `https://bench.example.com/${runId}/floor-probe`,
      title: POST_TITLE,
      body: POST_BODY,
    }),
  });
  const floorBody = (await floorPost.json()) as { claims?: number };
  check(
    floorPost.status === 201 && floorBody.claims === extracted,
    `the bare Worker's write floor answered ${floorPost.status} with ${floorBody.claims} claims`,
  );
  return extracted;
}

async function widgetSize(app: DevServer): Promise<string[]> {
  const plain = await rawGet(`${app.origin}/widget.js`, { "Accept-Encoding": "identity" });
  const gz = await rawGet(`${app.origin}/widget.js`, { "Accept-Encoding": "gzip" });
  if (plain.status !== 200 || gz.status !== 200) {
    throw new Error(`GET /widget.js answered ${plain.status}/${gz.status}`);
  }
  const encoding = gz.headers["content-encoding"];
  const lines = [
    `  uncompressed (Accept-Encoding: identity): ${plain.wireBytes.length} B (${kib(plain.wireBytes.length)})`,
  ];
  if (encoding === "gzip") {
    lines.push(
      `  as served with Accept-Encoding: gzip:     ${gz.wireBytes.length} B (${kib(gz.wireBytes.length)}) Content-Encoding: gzip, by workerd`,
    );
  } else {
    lines.push(
      `  served without compression (Content-Encoding: ${encoding ?? "none"}); gzip -9 of it: ${gzipLength(plain.wireBytes)} B`,
    );
  }
  lines.push(`  gzip -9 of the uncompressed body for comparison: ${gzipLength(plain.wireBytes)} B`);
  return lines;
}

// ---------------------------------------------------------------- 5. report

/** Per scenario: Claimtrail, the bare Worker, and (uncached reads) the bare Worker's D1 floor. */
type Results = Map<string, { app: WrkResult[]; bare: WrkResult[]; floor: WrkResult[] }>;

function cacheCell(s: Scenario, runs: WrkResult[]): { text: string; ok: boolean } {
  const hit = runs.reduce((n, r) => n + r.xCache.hit, 0);
  const miss = runs.reduce((n, r) => n + r.xCache.miss, 0);
  const none = runs.reduce((n, r) => n + r.xCache.none, 0);
  const total = hit + miss + none || 1;
  if (s.expect === "none")
    return { text: none === total ? "—" : `HIT ${hit} MISS ${miss}`, ok: true };
  const share = (s.expect === "HIT" ? hit : miss) / total;
  // The edge TTL is 5 s, so a cached run has a few misses each time the entry expires.
  const ok = s.expect === "HIT" ? share >= 0.95 : share >= 0.999;
  return { text: `${s.expect} ${(share * 100).toFixed(1)}%${ok ? "" : " !"}`, ok };
}

function table(list: Scenario[], results: Results): string[] {
  const head = [
    "route",
    "server",
    "req/s median [min–max]",
    "p50 ms",
    "p99 ms",
    "errors",
    "X-Cache",
    "ratio to bare",
    "ratio to bare+D1",
  ];
  const rows: string[][] = [];
  for (const s of list) {
    const r = results.get(s.key);
    if (!r) continue;
    const appRps = r.app.map((x) => x.rps);
    const bareRps = r.bare.map((x) => x.rps);
    const ratioCell = (runs: WrkResult[], to: WrkResult[]) => {
      const perRound = runs.map((x, i) => x.rps / (to[i]?.rps ?? Number.NaN));
      return `${median(perRound).toFixed(2)} [${Math.min(...perRound).toFixed(2)}–${Math.max(...perRound).toFixed(2)}]`;
    };
    const hasFloor = r.floor.length > 0;
    const cache = cacheCell(s, r.app);
    const appErrors = r.app.reduce((n, x) => n + x.errors, 0);
    const bareErrors = r.bare.reduce((n, x) => n + x.errors, 0);
    const app429 = r.app.reduce((n, x) => n + x.status429, 0);
    if (appErrors > 0)
      warnings.push(
        `${s.label}: ${appErrors} errors (status >= 400 or socket errors) from Claimtrail` +
          (app429 > 0 ? `, ${app429} of them 429 (rate limited)` : ""),
      );
    if (bareErrors > 0) warnings.push(`${s.label}: ${bareErrors} errors from the bare Worker`);
    if (!cache.ok) warnings.push(`${s.label}: expected X-Cache ${s.expect}, got ${cache.text}`);
    rows.push([
      s.label,
      "claimtrail",
      spread(appRps),
      spread(r.app.map((x) => x.p50Ms)),
      spread(r.app.map((x) => x.p99Ms)),
      String(appErrors),
      cache.text,
      ratioCell(r.app, r.bare),
      hasFloor ? ratioCell(r.app, r.floor) : "",
    ]);
    rows.push([
      "",
      "bare",
      spread(bareRps),
      spread(r.bare.map((x) => x.p50Ms)),
      spread(r.bare.map((x) => x.p99Ms)),
      String(bareErrors),
      "",
      "1",
      "",
    ]);
    if (hasFloor) {
      const floorErrors = r.floor.reduce((n, x) => n + x.errors, 0);
      if (floorErrors > 0)
        warnings.push(`${s.label}: ${floorErrors} errors from the bare+D1 floor`);
      rows.push([
        "",
        "bare+D1",
        spread(r.floor.map((x) => x.rps)),
        spread(r.floor.map((x) => x.p50Ms)),
        spread(r.floor.map((x) => x.p99Ms)),
        String(floorErrors),
        "",
        ratioCell(r.floor, r.bare),
        "1",
      ]);
    }
  }
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]?.length ?? 0)));
  return [
    pad(head, widths),
    widths.map((w) => "-".repeat(w)).join("  "),
    ...rows.map((row) => pad(row, widths)),
  ];
}

// ---------------------------------------------------------------- main

async function main(): Promise<void> {
  const header = preflight();
  for (const line of header) log(line);

  log("bundle: wrangler deploy --dry-run …");
  const bundle = measureBundle();

  log(
    `extraction speed: ${existsSync(EXTRACT_SPEED_SCRIPT) ? "running bench/extract-speed.ts …" : "hook only (bench/extract-speed.ts missing)"}`,
  );
  const extraction = extractionSpeed();

  const appState = tempDir("d1");
  const bareState = tempDir("bare");
  log("extraction inside workerd …");
  const extractServer = await startWranglerDev({
    label: "extract",
    cwd: root,
    config: extractConfig,
    state: tempDir("extract"),
  });
  servers.push(extractServer);
  extraction.push(...(await extractionInWorkerd(extractServer)));
  await extractServer.stop();
  log("submission CPU time inside workerd …");
  const submitServer = await startWranglerDev({
    label: "submit",
    cwd: root,
    config: submitConfig,
    state: tempDir("submit"),
  });
  servers.push(submitServer);
  const submitCpu = await submissionCpu(
    submitServer,
    JSON.stringify({
      url: `https://bench.example.com/${runId}/cpu`,
      title: POST_TITLE,
      body: POST_BODY,
      outlet: "Bench Gazette",
    }),
  );
  await submitServer.stop();
  const luaDir = tempDir("lua");
  log("migrating fresh local D1 databases (temporary --persist-to) …");
  applyMigrations(root, appState);
  applyMigrations(root, bareState, bareConfig);
  log("starting wrangler dev for Claimtrail …");
  const app = await startWranglerDev({
    label: "claimtrail",
    cwd: root,
    state: appState,
    vars: { ADMIN_TOKEN: adminToken },
  });
  servers.push(app);

  const seeded = await seed(app);
  const claimIds = seeded.map((c) => c.id);
  log(`seeded ${SEED_ARTICLES} articles with ${claimIds.length} claims (extract: false)`);
  const floorSql = join(bareState, "floor-seed.sql");
  writeFileSync(floorSql, floorSeedSql(seeded));
  executeSqlFile(root, bareState, floorSql, { config: bareConfig });
  log("copied the seed claims into the bare Worker's D1; starting its wrangler dev …");
  const bare = await startWranglerDev({
    label: "bare",
    cwd: root,
    config: bareConfig,
    state: bareState,
  });
  servers.push(bare);
  log(`claimtrail on ${app.origin}, bare Worker on ${bare.origin}`);

  const extracted = await probe(app, bare, claimIds);
  const widget = await widgetSize(app);
  const bareCheck = await rawGet(`${bare.origin}/anything`);
  if (bareCheck.status !== 200) throw new Error(`bare Worker answered ${bareCheck.status}`);
  const floorCheck = await rawGet(`${bare.origin}/d1/claims/${claimIds[0]}`);
  const floorRow = JSON.parse(floorCheck.wireBytes.toString("utf8") || "null") as {
    text?: string;
  } | null;
  if (floorCheck.status !== 200 || floorRow?.text !== seeded[0]?.text) {
    throw new Error(
      `bare Worker's D1 floor answered ${floorCheck.status} without the seeded claim`,
    );
  }

  const list = scenarios(luaDir, claimIds);
  const results: Results = new Map();
  for (const s of list) {
    const targets = {
      app: { origin: app.origin, path: s.path, script: s.script },
      bare: { origin: bare.origin, path: s.path, script: s.script },
      floor: s.floor && { origin: bare.origin, ...s.floor },
    };
    const keys = (["app", "bare", "floor"] as const).filter((key) => targets[key]);
    const load = (key: (typeof keys)[number], tag: string, durationSec: number) => {
      const target = targets[key] as { origin: string; path: string; script: string };
      return runWrk(
        `${target.origin}${target.path}`,
        target.script,
        `${runId}-${s.key}-${key}-${tag}`,
        {
          ...settings,
          durationSec,
        },
      );
    };
    for (const key of keys) await load(key, "w", WARMUP_SEC);
    const entry: Results extends Map<string, infer E> ? E : never = {
      app: [],
      bare: [],
      floor: [],
    };
    for (let round = 1; round <= ROUNDS; round++) {
      const order = round % 2 === 1 ? keys : [...keys].reverse();
      for (const key of order) entry[key].push(await load(key, `r${round}`, settings.durationSec));
      const show = (label: string, r: WrkResult | undefined) =>
        r
          ? `${label} ${r.rps.toFixed(0)} req/s p50 ${r.p50Ms.toFixed(1)} ms p99 ${r.p99Ms.toFixed(1)} ms`
          : "";
      log(
        `${s.label} round ${round}/${ROUNDS}: ` +
          [
            show("claimtrail", entry.app[round - 1]),
            show("bare", entry.bare[round - 1]),
            show("bare+D1", entry.floor[round - 1]),
          ]
            .filter(Boolean)
            .join(", "),
      );
    }
    results.set(s.key, entry);
  }

  log("stopping wrangler dev …");
  await Promise.all(servers.map((s) => s.stop()));

  const rows = table(list, results);
  const out = [
    "",
    "=".repeat(100),
    "Claimtrail bench",
    ...header.map((l) => `  ${l}`),
    `  seed: ${claimIds.length} claims in ${SEED_ARTICLES} articles (extract: false), through the API`,
    `  POST /v1/articles body: ${POST_WORDS} words, unique url per request, extract on (default); ` +
      `a probe POST of it stored ${extracted} extracted claims` +
      (extracted === 0
        ? " — extraction did not run or found nothing, so the POST figures exclude it"
        : ""),
    "",
    "Load (req/s, p50 and p99 as median [min–max] over the rounds; ratio = Claimtrail req/s ÷ bare req/s",
    "in the same round, median [min–max] over the rounds; errors = status >= 400 + socket errors, all rounds)",
    ...rows.map((r) => `  ${r}`),
    "",
    `POST /v1/articles: the handler's CPU time apart from D1 (bench/submit-worker, inside workerd, the ${POST_WORDS}-word bench body)`,
    ...submitCpu,
    "",
    "Bundle (wrangler deploy --dry-run)",
    ...bundle.lines,
    "",
    "GET /widget.js",
    ...widget,
    "",
    "Extraction CPU time per 1,000 words (bench/extract-speed.ts in Node; bench/extract-worker inside workerd)",
    ...extraction,
    "",
    `total time ${((Date.now() - started) / 1000).toFixed(0)} s; load average at end ${loadavg()
      .map((x) => x.toFixed(2))
      .join(" ")}`,
  ];
  if (warnings.length > 0) {
    out.push("", "WARNINGS", ...warnings.map((w) => `  ! ${w}`));
    process.exitCode = 1;
  }
  console.log(out.join("\n"));
}

main()
  .catch(async (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    for (const s of servers) {
      const tail = s.tail().split("\n").slice(-15).join("\n");
      if (tail) console.error(`--- last lines of ${s.label} wrangler dev ---\n${tail}`);
    }
    process.exitCode = 1;
  })
  .finally(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    cleanupSync();
  });
