import { defineConfig } from "drizzle-kit";

// `out` is wrangler's `migrations_dir` and what the tests read with readD1Migrations.
export default defineConfig({
  dialect: "sqlite",
  schema: "./src/db/schema.ts",
  out: "./drizzle",
});
