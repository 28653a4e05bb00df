// Writes the OpenAPI description the Worker serves to .openapi/openapi.json and lints it with
// Redocly's recommended rules (redocly.yaml), offline: `npm run lint:openapi`.
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { build } from "esbuild";

mkdirSync(".openapi", { recursive: true });
await build({
  stdin: {
    contents: `import { buildApp, openApiDocument } from "./src/index";
      export const describe = () => openApiDocument(buildApp());`,
    resolveDir: process.cwd(),
    loader: "ts",
  },
  bundle: true,
  platform: "node",
  format: "esm",
  outfile: ".openapi/describe.mjs",
  loader: { ".client.js": "text", ".html": "text" },
  external: ["cloudflare:*"],
  logLevel: "warning",
});
const { describe } = await import(`${process.cwd()}/.openapi/describe.mjs`);
writeFileSync(".openapi/openapi.json", `${JSON.stringify(describe(), null, 2)}\n`);
execFileSync("redocly", ["lint", ".openapi/openapi.json", "--format=stylish"], {
  stdio: "inherit",
  env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
});
