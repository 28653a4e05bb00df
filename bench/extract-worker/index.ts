import { extractClaims } from "../../src/extract/index";
import { fixtures } from "../../test/extract/fixtures/index";

const words = fixtures.reduce((n, f) => n + f.body.split(/\s+/).filter(Boolean).length, 0);

/**
 * Runs the extractor inside workerd, where a synchronous request's wall time is
 * its CPU time (nothing else awaits); bench/run.ts times `runs=N` against `runs=0`.
 */
export default {
  fetch(request: Request): Response {
    const url = new URL(request.url);
    const runs = Number(url.searchParams.get("runs") ?? 0);
    const engine = url.searchParams.get("engine") === "rules" ? "rules" : "learned";
    let claims = 0;
    for (let r = 0; r < runs; r++)
      for (const f of fixtures) claims += extractClaims(f.body, { engine }).length;
    return Response.json({ runs, words, claims });
  },
};
