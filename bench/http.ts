/**
 * Process and HTTP helpers for `npm run bench` (bench/run.ts): free loopback ports, local D1
 * migrations into a temporary state folder, `wrangler dev` started in its own process group
 * (stopped again even when the run fails), and a raw HTTP GET that counts bytes on the wire.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import {
  closeSync,
  existsSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { request as httpRequest } from "node:http";
import { createServer } from "node:net";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

/** Environment for every wrangler child: non-interactive, no telemetry. */
export function wranglerEnv(): NodeJS.ProcessEnv {
  return { ...process.env, CI: "true", WRANGLER_SEND_METRICS: "false" };
}

/** The pinned wrangler of this checkout (what `npx wrangler` resolves to), without npm's wrapper process. */
export function wranglerBin(root: string): string {
  return join(root, "node_modules", ".bin", "wrangler");
}

/** Ports this process has handed out already (a range is shared by every server it starts). */
const handedOut = new Set<number>();

function bindable(port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/**
 * A TCP port on 127.0.0.1 that was free a moment ago: any, or the first free one of the range
 * in the environment variable `rangeVariable` ("8801-8809"), for a machine whose users share
 * out port ranges (`BENCH_PORTS` for servers, `BENCH_INSPECTOR_PORTS` for their inspectors).
 */
export async function freePort(rangeVariable?: string): Promise<number> {
  const range = rangeVariable ? process.env[rangeVariable]?.match(/^(\d+)-(\d+)$/) : null;
  if (!range) return bindable(0);
  for (let port = Number(range[1]); port <= Number(range[2]); port++) {
    if (handedOut.has(port)) continue;
    const free = await bindable(port).catch(() => 0);
    if (free) {
      handedOut.add(free);
      return free;
    }
  }
  throw new Error(`no free port left in ${rangeVariable}=${process.env[rangeVariable ?? ""]}`);
}

/**
 * `wrangler d1 migrations apply DB --local --persist-to <state>` (with `--config` when given);
 * throws with wrangler's output on failure.
 */
export function applyMigrations(root: string, state: string, config?: string): void {
  const result = spawnSync(
    wranglerBin(root),
    [
      "d1",
      "migrations",
      "apply",
      "DB",
      "--local",
      "--persist-to",
      state,
      ...(config ? ["--config", config] : []),
    ],
    { cwd: root, encoding: "utf8", env: wranglerEnv(), timeout: 120_000 },
  );
  if (result.status !== 0) {
    throw new Error(
      `migrations failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`,
    );
  }
}

export interface DevServer {
  label: string;
  origin: string;
  /** The last few KB of wrangler's output (it logs one line per request). */
  tail(): string;
  /** SIGTERM to the whole process group, SIGKILL after a grace period. Safe to call twice. */
  stop(): Promise<void>;
  /** SIGKILL to the whole process group at once (a crash), resolved once every process is gone. */
  kill(): Promise<void>;
}

const live = new Set<ChildProcess>();

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // the group is gone
  }
}

/** Last resort on exit: SIGKILL every process group this module started and has not stopped. */
export function killAllSync(): void {
  for (const child of live) if (child.pid) signalGroup(child.pid, "SIGKILL");
  live.clear();
}

export interface StartOptions {
  label: string;
  /** Repository root: wrangler runs here. */
  cwd: string;
  /** A wrangler.toml other than the one in `cwd`. */
  config?: string;
  /** Temporary --persist-to folder (also holds the log file). */
  state: string;
  vars?: Record<string, string>;
  timeoutMs?: number;
  /** Fixed ports instead of free ones (e.g. a restart that must answer where it did before). */
  port?: number;
  inspectorPort?: number;
}

function readTail(path: string, bytes = 8192): string {
  if (!existsSync(path)) return "";
  const text = readFileSync(path, "utf8");
  return text.length > bytes ? text.slice(-bytes) : text;
}

/**
 * Starts `wrangler dev` on 127.0.0.1 with fresh free ports and its own state folder, in a new
 * process group, and resolves once it prints "Ready on". Its output goes to a file (wrangler
 * logs every request; a pipe nobody drains would stall it under load).
 */
export async function startWranglerDev(options: StartOptions): Promise<DevServer> {
  const port = options.port ?? (await freePort("BENCH_PORTS"));
  const inspector = options.inspectorPort ?? (await freePort("BENCH_INSPECTOR_PORTS"));
  const logPath = join(options.state, "wrangler-dev.log");
  // A restart on the same state appends to the same log: only what this run wrote counts.
  const logStart = existsSync(logPath) ? statSync(logPath).size : 0;
  const logFd = openSync(logPath, "a");
  const args = [
    "dev",
    ...(options.config ? ["--config", options.config] : []),
    "--ip",
    "127.0.0.1",
    "--port",
    String(port),
    "--inspector-port",
    String(inspector),
    "--persist-to",
    options.state,
    "--show-interactive-dev-session=false",
    ...Object.entries(options.vars ?? {}).flatMap(([k, v]) => ["--var", `${k}:${v}`]),
  ];
  const child = spawn(wranglerBin(options.cwd), args, {
    cwd: options.cwd,
    env: wranglerEnv(),
    stdio: ["ignore", logFd, logFd],
    detached: true,
  });
  closeSync(logFd);
  live.add(child);
  let exited: number | null | undefined;
  child.once("exit", (code) => {
    exited = code;
  });

  const stop = async () => {
    if (!live.has(child) || !child.pid) return;
    const pid = child.pid;
    signalGroup(pid, "SIGTERM");
    for (let waited = 0; waited < 5000 && groupAlive(pid); waited += 100) await sleep(100);
    if (groupAlive(pid)) signalGroup(pid, "SIGKILL");
    live.delete(child);
  };

  const kill = async () => {
    if (!live.has(child) || !child.pid) return;
    const pid = child.pid;
    signalGroup(pid, "SIGKILL");
    for (let waited = 0; waited < 10_000 && groupAlive(pid); waited += 50) await sleep(50);
    live.delete(child);
  };

  const deadline = Date.now() + (options.timeoutMs ?? 90_000);
  for (;;) {
    const log = readFileSync(logPath).subarray(logStart).toString("utf8");
    if (log.includes("Ready on")) break;
    if (exited !== undefined) {
      await stop();
      throw new Error(`${options.label}: wrangler dev exited (${exited}) before ready:\n${log}`);
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`${options.label}: wrangler dev not ready in time:\n${log}`);
    }
    await sleep(200);
  }
  return {
    label: options.label,
    origin: `http://127.0.0.1:${port}`,
    tail: () => readTail(logPath),
    stop,
    kill,
  };
}

/**
 * POST `body` as JSON to `origin + path` from the client address `ip` (CF-Connecting-IP, so
 * the per-client limiters see many clients), with a bearer `key` if given; a 429 is retried
 * after a second, up to five times.
 */
export async function postJson(
  origin: string,
  path: string,
  body: unknown,
  options: { ip: string; key?: string },
): Promise<Response> {
  const headers: Record<string, string> = {
    "Content-Type": "application/json",
    "CF-Connecting-IP": options.ip,
  };
  if (options.key) headers.Authorization = `Bearer ${options.key}`;
  for (let attempt = 0; ; attempt++) {
    const res = await fetch(`${origin}${path}`, {
      method: "POST",
      headers,
      body: JSON.stringify(body),
    });
    if (res.status === 429 && attempt < 5) {
      await res.body?.cancel();
      await sleep(1000);
      continue;
    }
    return res;
  }
}

export interface WireResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** Body bytes as received, before any content decoding. */
  wireBytes: Buffer;
}

/** GET without automatic decompression, so the body is measured as served. */
export function rawGet(url: string, headers: Record<string, string> = {}): Promise<WireResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: "GET", headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          wireBytes: Buffer.concat(chunks),
        }),
      );
      res.on("error", reject);
    });
    req.on("error", reject);
    req.setTimeout(10_000, () => req.destroy(new Error(`timeout: GET ${url}`)));
    req.end();
  });
}

/** `wrangler d1 execute DB --local --persist-to <state> --file <file>` (with `--config` when given). */
export function executeSqlFile(
  root: string,
  state: string,
  file: string,
  options: { config?: string; timeoutMs?: number } = {},
): void {
  const result = spawnSync(
    wranglerBin(root),
    [
      "d1",
      "execute",
      "DB",
      "--local",
      "--persist-to",
      state,
      "--file",
      file,
      ...(options.config ? ["--config", options.config] : []),
    ],
    { cwd: root, encoding: "utf8", env: wranglerEnv(), timeout: options.timeoutMs ?? 300_000 },
  );
  if (result.status !== 0) {
    throw new Error(
      `d1 execute failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`,
    );
  }
}

/**
 * A copy of `root`'s wrangler.toml without the queue consumer, for a server that must not
 * deliver webhooks (their events stay queued), so nothing leaves loopback whatever URL a
 * webhook names. Written beside wrangler.toml so its relative paths hold; removed on exit.
 */
export function configWithoutQueueConsumer(root: string, tag: string): string {
  const config = join(root, `.${tag}-${process.pid}.wrangler.toml`);
  const toml = readFileSync(join(root, "wrangler.toml"), "utf8").replace(
    /\[\[queues\.consumers\]\][\s\S]*?(?=\n\[|\n# Rate limits)/,
    "",
  );
  if (toml.includes("queues.consumers"))
    throw new Error("the queue consumer is still in the config");
  writeFileSync(config, toml);
  process.on("exit", () => rmSync(config, { force: true }));
  return config;
}
