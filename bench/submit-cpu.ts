/**
 * The CPU time of one POST /v1/articles apart from its D1 time, for `npm run bench`:
 * bench/submit-worker does the handler's own work (validation, canonical URL, extraction, the
 * batch's SQL, the JSON answer) `runs` times in one request inside workerd; a request with nothing
 * to await takes its CPU time, so `runs=N` less `runs=0`, divided by N, is one submission's CPU.
 */
import type { DevServer } from "./http";

export async function submissionCpu(server: DevServer, body: string): Promise<string[]> {
  const lines: string[] = [];
  for (const engine of ["learned", "rules"] as const) {
    const time = async (runs: number) => {
      const started = performance.now();
      const res = await fetch(`${server.origin}/?runs=${runs}&engine=${engine}`, {
        method: "POST",
        body,
      });
      const out = (await res.json()) as { claims: number };
      if (res.status !== 200) throw new Error(`submit worker answered ${res.status}`);
      return { ms: performance.now() - started, claims: out.claims };
    };
    for (let i = 0; i < 3; i++) await time(5); // warm-up
    const RUNS = 10;
    const samples: number[] = [];
    let claims = 0;
    for (let i = 0; i < 25; i++) {
      const empty = await time(0);
      const full = await time(RUNS);
      claims = full.claims / RUNS;
      samples.push((full.ms - empty.ms) / RUNS);
    }
    samples.sort((a, b) => a - b);
    const q = (p: number) =>
      samples[Math.min(samples.length - 1, Math.floor(p * samples.length))] ?? 0;
    lines.push(
      `  engine ${engine}: ${claims} claims per submission; CPU ms per submission (D1 excluded): median ${q(0.5).toFixed(3)}, p99 ${q(0.99).toFixed(3)} (${samples.length} requests of ${RUNS})`,
    );
  }
  return lines;
}
