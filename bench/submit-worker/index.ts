import { type Step, submissionWork } from "./submit";

/**
 * POST /?runs=N&engine=…&skip=… with a POST /v1/articles body: the submission's CPU work
 * (validation, canonical URL, language, extraction, matching's own work, statements,
 * presentation; no D1; `skip=matching,language` leaves those out) N times in one request, inside
 * workerd. A request with nothing to await takes its CPU time; bench/run.ts times N against 0.
 */
export default {
  async fetch(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const raw = await request.text();
    const runs = Number(url.searchParams.get("runs") ?? 0);
    const engine = url.searchParams.get("engine") ?? undefined;
    const skip = new Set((url.searchParams.get("skip") ?? "").split(",").filter(Boolean) as Step[]);
    let claims = 0;
    for (let r = 0; r < runs; r++) claims += submissionWork(raw, engine, skip);
    return Response.json({ runs, claims });
  },
};
