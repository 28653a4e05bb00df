/**
 * PolNeAR through the API, the way the held-out check submits it: `wrangler dev` on loopback
 * with a fresh local D1, each article stored with `POST /v1/articles` (the whole text as
 * `body`, its first line also as `title`), and the claims of the answer scored. Beside them,
 * how many articles' answers differ from `extractClaims` called directly, so a difference
 * between the two paths shows up as a count, not only as a figure that moved.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { applyMigrations, killAllSync, postJson, startWranglerDev } from "../http";
import type { PolnearArticle } from "./load";
import type { Prediction } from "./score";

const ADMIN = "eval-polnear";

interface ApiClaim {
  span: { start: number; end: number } | null;
  claimant: { name: string } | null;
}

/** The attributed claims with a span, as the scorer reads them. */
function attributed(claims: ApiClaim[]): Prediction[] {
  const out: Prediction[] = [];
  for (const c of claims) {
    if (!c.claimant || !c.span) continue;
    out.push({ start: c.span.start, end: c.span.end, claimant: c.claimant.name });
  }
  return out;
}

const key = (p: Prediction) => `${p.start}:${p.end}:${p.claimant}`;

export interface ApiRun {
  /** Per article stem, the attributed claims of the API's answer. */
  predictions: Map<string, Prediction[]>;
  /** Articles whose answer differs from `direct` (other spans or claimants). */
  differing: string[];
  seconds: number;
}

/**
 * Stores every article through `POST /v1/articles` and compares each answer with
 * `direct(article)`. `root` is the repository (wrangler runs there).
 */
export async function viaApi(
  root: string,
  articles: PolnearArticle[],
  direct: (a: PolnearArticle) => Prediction[],
): Promise<ApiRun> {
  const state = mkdtempSync(join(tmpdir(), "claimtrail-polnear-"));
  process.on("exit", killAllSync);
  applyMigrations(root, state);
  const server = await startWranglerDev({
    label: "eval-polnear",
    cwd: root,
    state,
    vars: { ADMIN_TOKEN: ADMIN, LOG_LEVEL: "error" },
  });
  const predictions = new Map<string, Prediction[]>();
  const differing: string[] = [];
  const started = performance.now();
  try {
    for (const [i, a] of articles.entries()) {
      const res = await postJson(
        server.origin,
        "/v1/articles",
        { url: `https://polnear.example.org/${a.stem}`, title: a.title, body: a.text },
        { ip: `198.51.100.${(i % 250) + 1}`, key: ADMIN },
      );
      const answer = (await res.json()) as { claims?: ApiClaim[] };
      if (res.status !== 201 || !answer.claims)
        throw new Error(`storing ${a.stem}: ${res.status} ${JSON.stringify(answer).slice(0, 300)}`);
      const got = attributed(answer.claims);
      predictions.set(a.stem, got);
      const want = direct(a);
      const g = got.map(key).sort().join("|");
      if (g !== want.map(key).sort().join("|")) differing.push(a.stem);
    }
  } finally {
    await server.stop();
    rmSync(state, { recursive: true, force: true });
  }
  return { predictions, differing, seconds: (performance.now() - started) / 1000 };
}
