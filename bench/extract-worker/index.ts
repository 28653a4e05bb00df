import { extractClaims } from "../../src/extract/index";
import { fixtures } from "../../test/extract/fixtures/index";

const countWords = (s: string) => s.split(/\s+/).filter(Boolean).length;
const words = fixtures.reduce((n, f) => n + countWords(f.body), 0);

interface Posted {
  articles: Array<{ body: string; title?: string }>;
}

/**
 * Runs the extractor inside workerd, where a synchronous request's wall time is
 * its CPU time (nothing else awaits); bench/run.ts times `runs=N` against `runs=0`.
 * GET /?runs=N&engine=E extracts every fixture article N times. POST the same with a JSON body
 * `{articles: [{body, title?}]}` extracts those instead (e.g. PolNeAR dev, read where it lies by
 * the caller: nothing of it is stored here); the answer is the same.
 */
export default {
  async fetch(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const runs = Number(url.searchParams.get("runs") ?? 0);
    const engine = url.searchParams.get("engine") === "rules" ? "rules" : "learned";
    if (request.method === "POST") {
      const { articles } = (await request.json()) as Posted;
      // Parsed before the clock that matters: the caller times runs=N against runs=0.
      let claims = 0;
      let posted = 0;
      for (const a of articles) posted += countWords(a.body);
      for (let r = 0; r < runs; r++)
        for (const a of articles)
          claims += extractClaims(a.body, {
            ...(a.title ? { title: a.title } : {}),
            engine,
          }).length;
      return Response.json({ runs, words: posted, claims });
    }
    let claims = 0;
    for (let r = 0; r < runs; r++)
      for (const f of fixtures) claims += extractClaims(f.body, { engine }).length;
    return Response.json({ runs, words, claims });
  },
};
