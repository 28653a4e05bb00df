import { submissionWork } from "./submit";

/**
 * POST /?runs=N&engine=… with a POST /v1/articles body: the submission's CPU work (validation,
 * canonical URL, extraction, statements, presentation; no D1) N times in one request, inside
 * workerd. A request with nothing to await takes its CPU time; bench/run.ts times N against 0.
 */
export default {
  async fetch(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const raw = await request.text();
    const runs = Number(url.searchParams.get("runs") ?? 0);
    const engine = url.searchParams.get("engine") ?? undefined;
    let claims = 0;
    for (let r = 0; r < runs; r++) claims += submissionWork(raw, engine);
    return Response.json({ runs, claims });
  },
};
