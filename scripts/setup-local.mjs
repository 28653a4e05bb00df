#!/usr/bin/env node
// Prepares a local development environment before `wrangler dev`:
// an ADMIN_TOKEN in .dev.vars (created and printed once) and the local D1
// database migrated to the latest schema in drizzle/.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";

const VARS = ".dev.vars";
const current = existsSync(VARS) ? readFileSync(VARS, "utf8") : "";
const match = /^ADMIN_TOKEN\s*=\s*"?([^"\n]+)"?\s*$/m.exec(current);
if (match) {
  console.log(`ADMIN_TOKEN is set in ${VARS}.`);
} else {
  const token = `ct_admin_${randomBytes(24).toString("base64url")}`;
  const prefix = current && !current.endsWith("\n") ? `${current}\n` : current;
  writeFileSync(VARS, `${prefix}ADMIN_TOKEN="${token}"\n`, { mode: 0o600 });
  console.log(`Created ${VARS} with a new admin token:\n\n  ADMIN_TOKEN=${token}\n`);
  console.log(
    `Use it as: curl -H "Authorization: Bearer ${token}" http://localhost:8787/v1/keys\n`,
  );
}

const result = spawnSync("npx", ["wrangler", "d1", "migrations", "apply", "DB", "--local"], {
  stdio: "inherit",
  env: { ...process.env, CI: "true" },
});
if (result.status !== 0) {
  console.error("Applying the local D1 migrations failed.");
  process.exit(result.status ?? 1);
}
