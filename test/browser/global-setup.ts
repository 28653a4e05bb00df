import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";

export const ADMIN_TOKEN = "browser-test-admin-token";

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/**
 * Starts the API with `wrangler dev` on loopback, with its own freshly migrated
 * local D1 (in a temporary folder), the way `npm run dev` does; stops it after.
 */
export default async function setup(project: TestProject) {
  const state = mkdtempSync(join(tmpdir(), "claimtrail-browser-"));
  const migrate = spawnSync(
    "npx",
    ["wrangler", "d1", "migrations", "apply", "DB", "--local", "--persist-to", state],
    {
      encoding: "utf8",
      env: { ...process.env, CI: "true" },
    },
  );
  if (migrate.status !== 0) throw new Error(`migrations failed: ${migrate.stderr}`);

  const port = await freePort();
  const inspector = await freePort();
  const dev: ChildProcess = spawn(
    "npx",
    [
      "wrangler",
      "dev",
      "--ip",
      "127.0.0.1",
      "--port",
      String(port),
      "--inspector-port",
      String(inspector),
      "--persist-to",
      state,
      "--var",
      `ADMIN_TOKEN:${ADMIN_TOKEN}`,
      "--show-interactive-dev-session=false",
    ],
    { env: { ...process.env, CI: "true" }, stdio: ["ignore", "pipe", "pipe"], detached: true },
  );
  let log = "";
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`wrangler dev did not start:\n${log}`)),
      60_000,
    );
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      if (log.includes("Ready on")) {
        clearTimeout(timer);
        resolve();
      }
    };
    dev.stdout?.on("data", onData);
    dev.stderr?.on("data", onData);
    dev.once("exit", (code) => reject(new Error(`wrangler dev exited (${code}):\n${log}`)));
  });

  project.provide("apiOrigin", `http://127.0.0.1:${port}`);
  project.provide("adminToken", ADMIN_TOKEN);
  return () => {
    if (dev.pid) {
      try {
        process.kill(-dev.pid, "SIGTERM");
      } catch {
        // already gone
      }
    }
    rmSync(state, { recursive: true, force: true });
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    apiOrigin: string;
    adminToken: string;
  }
}
