import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";
import { applyMigrations, startWranglerDev } from "../../bench/http";

export const ADMIN_TOKEN = "browser-test-admin-token";

/**
 * Starts the API with `wrangler dev` on loopback, with its own freshly migrated
 * local D1 (in a temporary folder), the way `npm run dev` does; stops it after.
 * The same helpers start the servers of `npm run bench`.
 */
export default async function setup(project: TestProject) {
  const root = fileURLToPath(new URL("../..", import.meta.url));
  const state = mkdtempSync(join(tmpdir(), "claimtrail-browser-"));
  applyMigrations(root, state);
  const server = await startWranglerDev({
    label: "claimtrail",
    cwd: root,
    state,
    vars: { ADMIN_TOKEN },
    timeoutMs: 60_000,
  });
  project.provide("apiOrigin", server.origin);
  project.provide("adminToken", ADMIN_TOKEN);
  return async () => {
    await server.stop();
    rmSync(state, { recursive: true, force: true });
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    apiOrigin: string;
    adminToken: string;
  }
}
