/**
 * Where a POST /v1/articles (or an uncached read) spends its time, one request at a time, on the
 * shared machine: `wrangler dev` on a fresh local D1 from `--root` (default this checkout, so an
 * older commit's worktree can be measured beside it), `--warm` submissions of the bench article
 * (copies accumulate, as in `npm run bench`'s POST row), then:
 *
 * - `--cpu`: `--posts` more, and the CPU time (user + system, from /proc) the server's processes
 *   spent per POST: workerd (the Worker, and local D1, a SQLite Durable Object in the same
 *   process) and wrangler's Node process. CPU time, unlike wall time, hardly depends on what else
 *   the machine runs. `--idempotent` sends a new Idempotency-Key with each POST. `--floor` measures
 *   the bare Worker's write floor (bench/bare-worker POST /d1/articles, the claim rows Claimtrail
 *   stored for the same article) instead.
 * - `--get claim|list`: `--posts` uncached reads, 8 at a time (GET /v1/claims/{id}?bench=<nonce>
 *   over the last POST's claims, or the unverified list with a nonce), and their CPU per read;
 *   with `--floor`, the bare Worker's /d1/ reads of the same kind; with `--profile`, the
 *   Worker isolate's V8 profile over those reads instead (as below, per GET).
 * - neither: `--posts` POSTs under the V8 CPU profiler of the Worker's isolate (its inspector,
 *   unminified bundle): the isolate's busy time per POST, by source module (esbuild's `// path`
 *   markers), the inclusive time of the handler's steps (synchronous stacks only) and by function.
 *   The profiler's own cost and a busy machine inflate these; compare within one run.
 *
 *   npm run bench:post-cpu -- --cpu --warm 40 --posts 60 [--root ../other-worktree] [--floor]
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { applyMigrations, freePort, killAllSync, startWranglerDev } from "./http";
import { POST_BODY, POST_TITLE } from "./post-article";

const { values: opts } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== "--"),
  options: {
    root: { type: "string" },
    warm: { type: "string" },
    posts: { type: "string" },
    interval: { type: "string" },
    body: { type: "string" },
    top: { type: "string" },
    watch: { type: "string" },
    cpu: { type: "boolean" },
    floor: { type: "boolean" },
    get: { type: "string" },
    idempotent: { type: "boolean" },
    profile: { type: "boolean" },
  },
});
const root = resolve(opts.root ?? process.cwd());
const WARM = Number(opts.warm ?? 30);
const POSTS = Number(opts.posts ?? 30);
const TOP = Number(opts.top ?? 25);
/** Functions whose inclusive time is printed (those absent from a profile are skipped). */
const WATCH = (
  opts.watch ??
  "fetch,createArticleHandler,authenticateMiddleware,idempotencyMiddleware,requestLogMiddleware,jsonBodyMiddleware,parse,safeParse,safeParseAsync,canonicalUrl,detectLanguage,claimsForArticle,extractClaims,insertClaimStatements,matchingStatements,matchDocument,findMatchesMany,rankAlike,rankCandidates,indexStatements,matchStatements,suggestionStatements,presented,keepIdempotentResponse,runBatch,renderStatement,sqlToQuery,selectedRows,enqueueDeliveries,json,stringify,seal,dbProviderMiddleware,edgeCacheMiddleware,etag,requestIdMiddleware,methodNotAllowedMiddleware,securityHeaders,cors,rememberEtagsMiddleware,limitAnonymousReadsMiddleware,getClaimHandler,listClaimsHandler,readPresentedClaim,listPresentedClaims,presentedRows,presentRow,presentedEtag,generateDigest"
).split(",");

const TITLE = POST_TITLE;
const BODY = POST_BODY;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; scriptId: string };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** The part of the `ws` package (installed with wrangler) used here. */
interface Socket {
  on(event: "message", listener: (data: unknown) => void): void;
  once(event: "open" | "error", listener: (value?: unknown) => void): void;
  send(data: string): void;
  close(): void;
}

class Inspector {
  private next = 1;
  private pending = new Map<number, (v: unknown) => void>();
  readonly scripts: { scriptId: string; url: string }[] = [];
  constructor(private ws: Socket) {
    ws.on("message", (data) => {
      const msg = JSON.parse(String(data)) as {
        id?: number;
        result?: unknown;
        error?: unknown;
        method?: string;
        params?: { scriptId: string; url: string };
      };
      if (msg.id !== undefined) {
        this.pending.get(msg.id)?.(msg.error ? { error: msg.error } : msg.result);
        this.pending.delete(msg.id);
      } else if (msg.method === "Debugger.scriptParsed" && msg.params) {
        this.scripts.push({ scriptId: msg.params.scriptId, url: msg.params.url });
      }
    });
  }
  static async open(url: string): Promise<Inspector> {
    const { default: WebSocket } = (await import("ws" as string)) as {
      default: new (url: string) => Socket;
    };
    const ws = new WebSocket(url);
    await new Promise((ok, fail) => {
      ws.once("open", ok);
      ws.once("error", fail);
    });
    return new Inspector(ws);
  }
  send<T = unknown>(method: string, params: unknown = {}): Promise<T> {
    const id = this.next++;
    this.ws.send(JSON.stringify({ id, method, params }));
    return new Promise((ok) => this.pending.set(id, ok as (v: unknown) => void));
  }
  close() {
    this.ws.close();
  }
}

const ADMIN = `bench-${Math.random().toString(36).slice(2)}`;
let counter = 0;
let postPath = "/v1/articles";
let lastClaims: unknown[] = [];
async function post(origin: string): Promise<{ ms: number; status: number; claims: number }> {
  const started = performance.now();
  const res = await fetch(`${origin}${postPath}`, {
    method: "POST",
    headers: {
      "Content-Type": "application/json",
      Authorization: `Bearer ${ADMIN}`,
      ...(opts.idempotent ? { "Idempotency-Key": crypto.randomUUID() } : {}),
    },
    body: JSON.stringify({
      url: `https://bench.example.com/profile/${Date.now()}/${counter++}`,
      title: TITLE,
      body: BODY,
      outlet: "Bench Gazette",
    }),
  });
  const json = (await res.json()) as { claims?: unknown[] | number };
  const claims = typeof json.claims === "number" ? json.claims : (json.claims?.length ?? 0);
  if (res.status === 201 && typeof json.claims === "object") lastClaims = json.claims;
  return { ms: performance.now() - started, status: res.status, claims };
}

/** Module of each bundle line, from esbuild's `// path` comments. */
function moduleMap(source: string): (line: number) => string {
  const starts: { line: number; name: string }[] = [];
  source.split("\n").forEach((text, i) => {
    const m = /^\/\/ (\S+\.(?:[cm]?[jt]sx?|json))$/.exec(text);
    if (m?.[1]) {
      const name = m[1].replace(/^(\.\.\/)+(main\/)?/, "");
      starts.push({
        line: i,
        name: name.replace(/^node_modules\/(\.pnpm\/)?((@[^/]+\/)?[^/]+).*$/, "node_modules/$2"),
      });
    }
  });
  return (line) => {
    let lo = 0;
    let hi = starts.length - 1;
    let found = "(bundle preamble)";
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = starts[mid] as { line: number; name: string };
      if (s.line <= line) {
        found = s.name;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
}

/** CPU seconds (user + system) of each process in the process group whose command line names `marker`, by command name. */
function groupCpu(marker: string): Map<string, number> {
  const stats = readdirSync("/proc")
    .filter((d) => /^\d+$/.test(d))
    .flatMap((pid) => {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
        const cmd = readFileSync(`/proc/${pid}/cmdline`, "utf8");
        const close = stat.lastIndexOf(")");
        const comm = stat.slice(stat.indexOf("(") + 1, close);
        const fields = stat.slice(close + 2).split(" ");
        // fields[0] is the state (field 3): pgrp is field 5, utime 14, stime 15.
        return [
          { comm, cmd, pgrp: fields[2], cpu: (Number(fields[11]) + Number(fields[12])) / 100 },
        ];
      } catch {
        return [];
      }
    });
  const group = stats.find((p) => p.cmd.includes(marker))?.pgrp;
  const out = new Map<string, number>();
  for (const p of stats) if (p.pgrp === group) out.set(p.comm, (out.get(p.comm) ?? 0) + p.cpu);
  return out;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
};

/** A V8 CPU profile of the Worker's isolate (its inspector) while `run` runs, with the isolate's sources. */
async function profileIsolate(
  inspectorPort: number,
  run: () => Promise<unknown>,
): Promise<{
  profile: Profile;
  sources: Map<string, (line: number) => string>;
  scriptUrl: Map<string, string>;
}> {
  const targets = (await (await fetch(`http://127.0.0.1:${inspectorPort}/json`)).json()) as {
    webSocketDebuggerUrl: string;
    title?: string;
    url?: string;
  }[];
  const target = targets.find((t) => !/proxy|wrangler/i.test(`${t.title} ${t.url}`)) ?? targets[0];
  if (!target) throw new Error("no inspector target");
  const inspector = await Inspector.open(target.webSocketDebuggerUrl);
  await inspector.send("Debugger.enable");
  await inspector.send("Profiler.enable");
  await inspector.send("Profiler.setSamplingInterval", {
    interval: Number(opts.interval ?? 200),
  });
  await inspector.send("Profiler.start");
  await run();
  const { profile } = await inspector.send<{ profile: Profile }>("Profiler.stop");
  const sources = new Map<string, (line: number) => string>();
  for (const s of inspector.scripts) {
    const got = await inspector.send<{ scriptSource?: string }>("Debugger.getScriptSource", {
      scriptId: s.scriptId,
    });
    if (got.scriptSource && got.scriptSource.length > 10_000) {
      sources.set(s.scriptId, moduleMap(got.scriptSource));
      if (process.env.PROFILE_DUMP && got.scriptSource.length > 100_000) {
        writeFileSync(`${process.env.PROFILE_DUMP}.${s.scriptId}.js`, got.scriptSource);
      }
    }
  }
  inspector.close();
  return {
    profile,
    sources,
    scriptUrl: new Map(inspector.scripts.map((s) => [s.scriptId, s.url])),
  };
}

/** The isolate's busy time per request of `profiled`, by module, the watched steps and function. */
function printProfile(
  { profile, sources, scriptUrl }: Awaited<ReturnType<typeof profileIsolate>>,
  count: number,
  what: string,
): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => {
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  let busy = 0;
  let idle = 0;
  const byModule = new Map<string, number>();
  const byFunction = new Map<string, number>();
  // A builtin (no script) or a VM state counts for the nearest caller with a source.
  const parentOf = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parentOf.set(c, n.id);
  const where = (id: number): { node: ProfileNode; mod: string } | null => {
    for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
      const n = byId.get(at);
      if (!n) break;
      const map = sources.get(n.callFrame.scriptId);
      if (map) return { node: n, mod: map(n.callFrame.lineNumber) };
    }
    return null;
  };
  for (const [id, ms] of self) {
    const node = byId.get(id);
    if (!node) continue;
    const { functionName } = node.callFrame;
    if (functionName === "(idle)") {
      idle += ms;
      continue;
    }
    busy += ms;
    const found = where(id);
    const { scriptId, lineNumber } = found?.node.callFrame ?? node.callFrame;
    const mod = found
      ? `${found.mod}${sources.size > 1 ? ` [${scriptUrl.get(scriptId)?.slice(-30)}]` : ""}`
      : functionName;
    byModule.set(mod, (byModule.get(mod) ?? 0) + ms);
    const caller = found?.node.callFrame.functionName;
    const fn = `${functionName || "(anonymous)"}${found && found.node !== node ? ` in ${caller || "(anonymous)"}` : ""} ${mod}:${lineNumber + 1}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
  }
  // Inclusive time of named functions (each sample counted once per name on its stack).
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const inclusive = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const names = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = byId.get(at)?.callFrame.functionName;
      if (name) names.add(name);
    }
    if (names.has("(idle)")) return;
    for (const name of names) inclusive.set(name, (inclusive.get(name) ?? 0) + ms);
  });
  const per = (ms: number) => (ms / count).toFixed(2);
  console.log(
    `Worker isolate busy (profiler, non-idle) per ${what}: ${per(busy)} ms; idle ${per(idle)} ms`,
  );
  console.log(`by module (ms per ${what}, self time):`);
  for (const [mod, ms] of [...byModule].sort((a, b) => b[1] - a[1]).slice(0, TOP)) {
    console.log(`  ${per(ms).padStart(7)}  ${mod}`);
  }
  console.log(`inclusive (ms per ${what}) of the handler's steps:`);
  for (const name of WATCH) {
    const ms = inclusive.get(name);
    if (ms !== undefined) console.log(`  ${per(ms).padStart(7)}  ${name}`);
  }
  console.log(`by function (ms per ${what}, self time):`);
  for (const [fn, ms] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, TOP)) {
    console.log(`  ${per(ms).padStart(7)}  ${fn}`);
  }
}

async function main() {
  const state = mkdtempSync(join(tmpdir(), "post-profile-"));
  try {
    applyMigrations(root, state);
    const inspectorPort = await freePort("BENCH_INSPECTOR_PORTS");
    // Unminified, so the profile names functions and esbuild's module markers stay in.
    const config = join(root, ".post-profile.wrangler.toml");
    writeFileSync(
      config,
      readFileSync(join(root, "wrangler.toml"), "utf8").replace(
        /^minify = true$/m,
        "minify = false",
      ),
    );
    const server = await startWranglerDev({
      label: "claimtrail",
      cwd: root,
      config,
      state,
      inspectorPort,
      vars: { ADMIN_TOKEN: ADMIN },
    });
    let floorState: string | undefined;
    if (opts.floor) {
      // The bare Worker's write floor (bench/bare-worker POST /d1/articles) with the claim rows
      // Claimtrail stored for the same article.
      const first = await post(server.origin);
      if (first.status !== 201) throw new Error(`POST answered ${first.status}`);
      await server.stop();
      floorState = mkdtempSync(join(tmpdir(), "post-profile-floor-"));
      const bareConfig = join(root, "bench", "bare-worker", "wrangler.toml");
      applyMigrations(root, floorState, bareConfig);
      const bare = await startWranglerDev({
        label: "bare",
        cwd: root,
        config: bareConfig,
        state: floorState,
        // The first server's, now free: --profile reads the isolate through it.
        inspectorPort,
      });
      Object.assign(server, bare);
      const t = await fetch(`${bare.origin}/d1/articles/template`, {
        method: "POST",
        body: JSON.stringify(lastClaims),
      });
      if (t.status !== 200) throw new Error(`template answered ${t.status}`);
      postPath = "/d1/articles";
    }
    const marker = floorState ?? state;
    try {
      const warm: number[] = [];
      for (let i = 0; i < WARM; i++) {
        const r = await post(server.origin);
        if (r.status !== 201) throw new Error(`warm-up POST answered ${r.status}`);
        warm.push(r.ms);
      }
      if (opts.get) {
        // Uncached reads instead: `--get claim` (GET /v1/claims/{id}?bench=<nonce>, the claims of
        // the last POST in turn) or `--get list` (GET /v1/claims?status=unverified&bench=<nonce>),
        // 8 at a time; with --floor, the bare Worker's /d1/ paths.
        const ids = (lastClaims as { id?: string }[]).map((c) => c.id).filter(Boolean) as string[];
        if (opts.floor) {
          // The bare Worker's D1 holds the claims it wrote itself: its newest rows' ids.
          const listed = await fetch(`${server.origin}/d1/claims?status=unverified`);
          const rows = ((await listed.json()) as { data: { id: string }[] }).data;
          ids.splice(0, ids.length, ...rows.map((row) => row.id));
        }
        const base = opts.floor ? "/d1/claims" : "/v1/claims";
        let n = 0;
        const path = () =>
          opts.get === "list"
            ? `${base}?status=unverified&bench=${n++}-${Date.now()}`
            : `${base}/${ids[n % Math.max(1, ids.length)] ?? "clm_none"}?bench=${n++}-${Date.now()}`;
        const one = async () => {
          const res = await fetch(`${server.origin}${path()}`, {
            headers: { "CF-Connecting-IP": `10.0.${n % 250}.${n % 7}` },
          });
          await res.arrayBuffer();
          if (res.status !== 200) throw new Error(`GET answered ${res.status}`);
        };
        for (let i = 0; i < 50; i++) await one();
        const GETS = POSTS;
        const eightAtATime = () =>
          Promise.all(
            Array.from({ length: 8 }, async () => {
              for (let i = 0; i < GETS / 8; i++) await one();
            }),
          );
        if (opts.profile) {
          const started = performance.now();
          const profiled = await profileIsolate(inspectorPort, eightAtATime);
          const elapsed = performance.now() - started;
          console.log(
            `root ${root}: profiled ${GETS} uncached ${opts.get} reads, 8 at a time, ${(GETS / (elapsed / 1000)).toFixed(0)} req/s`,
          );
          printProfile(profiled, GETS, "GET");
          return;
        }
        const before = groupCpu(marker);
        const started = performance.now();
        await eightAtATime();
        const elapsed = performance.now() - started;
        const after = groupCpu(marker);
        console.log(
          `root ${root}: ${GETS} uncached ${opts.get} reads, 8 at a time, ${(GETS / (elapsed / 1000)).toFixed(0)} req/s`,
        );
        for (const [comm, cpu] of after) {
          const ms = ((cpu - (before.get(comm) ?? 0)) * 1000) / GETS;
          console.log(`  CPU ms per GET, ${comm}: ${ms.toFixed(2)}`);
        }
        return;
      }
      if (opts.cpu) {
        // No profiler: the CPU time the server's processes (workerd, wrangler's Node) spend per POST.
        const before = groupCpu(marker);
        const walls: number[] = [];
        const started = performance.now();
        for (let i = 0; i < POSTS; i++) {
          const r = await post(server.origin);
          if (r.status !== 201) throw new Error(`POST answered ${r.status}`);
          walls.push(r.ms);
        }
        const elapsed = performance.now() - started;
        const after = groupCpu(marker);
        console.log(`root ${root}`);
        console.log(
          `warm-up ${WARM} POSTs: median ${median(warm).toFixed(1)} ms; then ${POSTS} POSTs: wall median ${median(walls).toFixed(1)} ms, mean ${(elapsed / POSTS).toFixed(1)} ms`,
        );
        for (const [comm, cpu] of after) {
          const ms = ((cpu - (before.get(comm) ?? 0)) * 1000) / POSTS;
          console.log(`  CPU ms per POST, ${comm}: ${ms.toFixed(1)}`);
        }
        return;
      }
      const walls: number[] = [];
      let claims = 0;
      const started = performance.now();
      const profiled = await profileIsolate(inspectorPort, async () => {
        for (let i = 0; i < POSTS; i++) {
          const r = await post(server.origin);
          if (r.status !== 201) throw new Error(`POST answered ${r.status}`);
          walls.push(r.ms);
          claims = r.claims;
        }
      });
      const elapsed = performance.now() - started;
      console.log(`root ${root}`);
      console.log(
        `warm-up ${WARM} POSTs: median ${median(warm).toFixed(1)} ms; profiled ${POSTS} POSTs (${claims} claims each): wall median ${median(walls).toFixed(1)} ms, mean ${(elapsed / POSTS).toFixed(1)} ms`,
      );
      printProfile(profiled, POSTS, "POST");
    } finally {
      await server.stop();
      if (floorState) rmSync(floorState, { recursive: true, force: true });
    }
  } finally {
    if (process.env.KEEP_STATE) console.log(`state kept: ${state}`);
    else rmSync(state, { recursive: true, force: true });
    rmSync(join(root, ".post-profile.wrangler.toml"), { force: true });
  }
}

process.on("exit", killAllSync);
main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
