/**
 * The CPU time of one POST /v1/articles apart from its D1 time, for `npm run bench`:
 * bench/submit-worker does the handler's own work (validation, canonical URL, language,
 * extraction, matching's own work, the batch's SQL, the JSON answer) `runs` times in one request
 * inside workerd; a request with nothing to await takes its CPU time, so `runs=N` less `runs=0`,
 * divided by N, is one submission's CPU. The same request without matching's work, and without
 * language detection, tells their shares (interleaved, so each sample sees the same machine).
 */
import type { DevServer } from "./http";

export async function submissionCpu(server: DevServer, body: string): Promise<string[]> {
  const lines: string[] = [];
  for (const engine of ["learned", "rules"] as const) {
    const time = async (runs: number, skip = "") => {
      const started = performance.now();
      const res = await fetch(`${server.origin}/?runs=${runs}&engine=${engine}&skip=${skip}`, {
        method: "POST",
        body,
      });
      const out = (await res.json()) as { claims: number };
      if (res.status !== 200) throw new Error(`submit worker answered ${res.status}`);
      return { ms: performance.now() - started, claims: out.claims };
    };
    for (let i = 0; i < 3; i++) await time(5); // warm-up
    const RUNS = 10;
    const variants = { all: "", "without matching": "matching", "without language": "language" };
    const samples = new Map<string, number[]>(Object.keys(variants).map((k) => [k, []]));
    let claims = 0;
    for (let i = 0; i < 25; i++) {
      for (const [name, skip] of Object.entries(variants)) {
        const empty = await time(0);
        const full = await time(RUNS, skip);
        if (!skip) claims = full.claims / RUNS;
        samples.get(name)?.push((full.ms - empty.ms) / RUNS);
      }
    }
    const q = (list: number[], p: number) => {
      const sorted = [...list].sort((a, b) => a - b);
      return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
    };
    const all = samples.get("all") ?? [];
    const share = (name: string) => {
      const list = samples.get(name) ?? [];
      return `${name} median ${q(list, 0.5).toFixed(3)}`;
    };
    lines.push(
      `  engine ${engine}: ${claims} claims per submission; CPU ms per submission (D1 excluded): median ${q(all, 0.5).toFixed(3)}, p99 ${q(all, 0.99).toFixed(3)} (${all.length} requests of ${RUNS}); ${share("without matching")}, ${share("without language")}`,
    );
  }
  lines.push(
    "  (matching's own work: each claim analysed, its candidates re-ranked (30 earlier copies of the same claim, as the POST row's repeated article finds them) and its statements rendered; the candidate searches and the writes are D1's)",
  );
  return lines;
}
