/**
 * `npm run bench:language -- [--polnear <dir>] [--articles N] [--rounds R]`: what detecting an
 * article's language (src/ingest/language.ts, tinyld's light model) costs.
 *
 * 1. CPU per article, in Node (V8, as workerd), over the shared example article and the first N
 *    PolNeAR train articles: detectLanguage as the Worker runs it (the first SAMPLE_CHARS
 *    characters), and tinyld on the whole text (what the cap saves), in the same run. Each
 *    sample runs one article `batch` times and divides the process CPU time (process.cpuUsage,
 *    user + system, so other processes do not inflate it) by `batch`; median, p99 and max over
 *    all samples, in microseconds per article.
 *    Then what it tells of every PolNeAR train and dev article (all English).
 * 2. Bundle cost: the Worker as `wrangler deploy --dry-run` bundles it, the bytes of it that come
 *    from tinyld (esbuild's metafile), and tinyld/light minified on its own, raw and gzipped (9).
 * The data is read in place; nothing of it is written anywhere.
 */

import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build, type Metafile } from "esbuild";
import { detectAll } from "tinyld/light";
import { detectLanguage, SAMPLE_CHARS } from "../src/ingest/language";
import { arg } from "./polnear/cli";

const polnear = arg("polnear", "../shared/data/polnear");
const examples = arg("examples", "../shared/examples");
const count = Number(arg("articles", "200"));
const rounds = Number(arg("rounds", "5"));
const batch = Number(arg("batch", "10"));

const texts: string[] = [
  ...readdirSync(examples)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => readFileSync(join(examples, f), "utf8")),
  ...readdirSync(join(polnear, "train", "text"))
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .slice(0, count)
    .map((f) => readFileSync(join(polnear, "train", "text", f), "utf8")),
];

function measure(detect: (text: string) => unknown) {
  for (const text of texts) detect(text); // warm-up: JIT, the model's tables
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const text of texts) {
      const c0 = process.cpuUsage();
      for (let k = 0; k < batch; k++) detect(text);
      const c = process.cpuUsage(c0);
      samples.push((c.user + c.system) / batch);
    }
  }
  samples.sort((a, b) => a - b);
  const q = (p: number) => samples[Math.min(samples.length - 1, Math.floor(p * samples.length))];
  return `median ${q(0.5)?.toFixed(0)} µs, p99 ${q(0.99)?.toFixed(0)} µs, max ${samples.at(-1)?.toFixed(0)} µs`;
}

const chars = texts.map((t) => t.length).sort((a, b) => a - b);
/** What detectLanguage tells of a whole PolNeAR split (English news, every article). */
function told(split: string): string {
  const dir = join(polnear, split, "text");
  const languages = new Map<string, number>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".txt"))) {
    const lang = detectLanguage(readFileSync(join(dir, file), "utf8")) ?? "not told";
    languages.set(lang, (languages.get(lang) ?? 0) + 1);
  }
  const all = [...languages.values()].reduce((a, b) => a + b, 0);
  const list = [...languages].sort((a, b) => b[1] - a[1]);
  return `${split} ${all} articles: ${list.map(([lang, n]) => `${lang} ${n}`).join(", ")}`;
}
console.log(
  `${texts.length} articles (1 shared example + ${texts.length - 1} PolNeAR train), ` +
    `${chars[Math.floor(chars.length / 2)]} characters median, ${chars.at(-1)} max; ` +
    `${cpus()[0]?.model ?? "cpu"} x${cpus().length}, Node ${process.version}; ${rounds} rounds x ${batch}`,
);
console.log(`told (all English): ${told("train")}; ${told("dev")}`);
console.log(
  `CPU per article, detectLanguage (first ${SAMPLE_CHARS} chars): ${measure(detectLanguage)}`,
);
console.log(`CPU per article, tinyld on the whole text:          ${measure((t) => detectAll(t))}`);

// The Worker as `wrangler deploy` would upload it, with esbuild's metafile: which bytes are tinyld's.
let fromTinyld = 0;
let workerBytes = 0;
let workerGzip = 0;
const out = mkdtempSync(join(tmpdir(), "claimtrail-language-"));
try {
  execFileSync(
    "npx",
    ["wrangler", "deploy", "--dry-run", "--outdir", out, "--metafile", join(out, "meta.json")],
    { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, CI: "true" } },
  );
  const meta = JSON.parse(readFileSync(join(out, "meta.json"), "utf8")) as Metafile;
  const [file, main] = Object.entries(meta.outputs).find(([path]) => path.endsWith(".js")) ?? [];
  if (!file || !main) throw new Error("wrangler wrote no JavaScript output");
  const worker = readFileSync(file.startsWith("/") ? file : join(process.cwd(), file));
  fromTinyld = Object.entries(main.inputs)
    .filter(([path]) => path.includes("node_modules/tinyld/"))
    .reduce((sum, [, input]) => sum + input.bytesInOutput, 0);
  workerBytes = worker.length;
  workerGzip = gzipSync(worker, { level: 9 }).length;
} finally {
  rmSync(out, { recursive: true, force: true });
}
const tinyldAlone = await build({
  stdin: { contents: 'export { detectAll } from "tinyld/light";', resolveDir: process.cwd() },
  bundle: true,
  minify: true,
  format: "esm",
  platform: "neutral",
  conditions: ["workerd", "worker", "browser"],
  mainFields: ["module", "main"],
  write: false,
  logLevel: "error",
});
const alone = tinyldAlone.outputFiles[0]?.contents ?? new Uint8Array();
const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
console.log(
  `bundle (wrangler deploy --dry-run): the Worker ${kb(workerBytes)}, ${kb(workerGzip)} gzipped; ` +
    `of it tinyld/light ${kb(fromTinyld)} (${((fromTinyld / workerBytes) * 100).toFixed(1)}%); ` +
    `tinyld/light minified on its own ${kb(alone.length)}, ${kb(gzipSync(alone, { level: 9 }).length)} gzipped`,
);
