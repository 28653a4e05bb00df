import { fileURLToPath } from "node:url";
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-pool-workers";
import { defineConfig } from "vitest/config";

export default defineConfig(async () => {
  // The same folder wrangler applies and drizzle-kit writes: tests run the real migrations.
  const migrations = await readD1Migrations(fileURLToPath(new URL("./drizzle", import.meta.url)));
  return {
    plugins: [
      cloudflareTest({
        main: "./src/index.ts",
        wrangler: { configPath: "./wrangler.toml" },
        miniflare: {
          bindings: { MIGRATIONS: migrations, ADMIN_TOKEN: "test-admin-token" },
          // Safety net: no test may reach the network. Page fetching is tested through
          // an injected fetch; anything that still goes out gets this refusal instead.
          outboundService: () =>
            new Response("outbound requests are blocked in tests", { status: 599 }),
        },
      }),
    ],
    test: {
      include: ["test/**/*.test.ts"],
      setupFiles: ["./test/apply-migrations.ts"],
    },
  };
});
