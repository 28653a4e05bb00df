import { fileURLToPath } from "node:url";
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-pool-workers";
import { defineConfig } from "vitest/config";

/** The anonymous read limit per address in tests (see test/routes/rate-limits.test.ts). */
export const TEST_READ_LIMIT = 50;

export default defineConfig(async () => {
  // The same folder wrangler applies and drizzle-kit writes: tests run the real migrations.
  const migrations = await readD1Migrations(fileURLToPath(new URL("./drizzle", import.meta.url)));
  return {
    test: {
      projects: [
        {
          // Everything but the browser: inside workerd, against a real local D1.
          plugins: [
            cloudflareTest({
              main: "./src/index.ts",
              wrangler: { configPath: "./wrangler.toml" },
              miniflare: {
                bindings: {
                  MIGRATIONS: migrations,
                  ADMIN_TOKEN: "test-admin-token",
                  LOG_LEVEL: "error",
                  TEST_READ_LIMIT,
                },
                // wrangler.toml's read limit (1,200 a minute) takes minutes to reach in a test
                // (requests through the test runtime slow down as a file makes more of them).
                ratelimits: { READ_LIMITER: { simple: { limit: TEST_READ_LIMIT, period: 60 } } },
                // Safety net: no test may reach the network. Page fetching is tested through
                // an injected fetch; anything that still goes out gets this refusal instead.
                outboundService: () =>
                  new Response("outbound requests are blocked in tests", { status: 599 }),
              },
            }),
          ],
          test: {
            name: "workers",
            include: ["test/**/*.test.ts"],
            exclude: ["test/browser/**"],
            setupFiles: ["./test/apply-migrations.ts"],
          },
        },
        {
          // The widget and embed pages in headless Chromium, against `wrangler dev` on loopback.
          test: {
            name: "browser",
            include: ["test/browser/**/*.test.ts"],
            environment: "node",
            globalSetup: ["./test/browser/global-setup.ts"],
            testTimeout: 90_000,
            hookTimeout: 60_000,
            fileParallelism: false,
          },
        },
      ],
    },
  };
});
