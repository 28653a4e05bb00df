import type { D1Migration } from "cloudflare:test";
import type { Bindings } from "../src/env";

declare global {
  namespace Cloudflare {
    interface Env extends Bindings {
      MIGRATIONS: D1Migration[];
      /** The READ_LIMITER limit vitest.config.ts sets for tests. */
      TEST_READ_LIMIT: number;
    }
    // Types `exports.default` from "cloudflare:workers" as the Worker's own module.
    interface GlobalProps {
      mainModule: typeof import("../src/index");
    }
  }
}
