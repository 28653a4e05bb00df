/**
 * `npm run eval:polnear -- --dir <polnear> --split dev|train`: the extractor on real news written
 * and annotated by others (PolNeAR), scored as the product is judged (bench/polnear/score.ts),
 * beside a naive baseline, overall and per publisher. Reads the data where it lies; copies none.
 *   --dir <path>     PolNeAR root (default ../shared/data/polnear)
 *   --split <name>   dev (default) or train
 *   --misses <n>     print n missed speech-act attributions and n wrong predictions (train only!)
 *   --limit <n>      only the first n articles
 *   --via api        score the claims of POST /v1/articles answers instead (wrangler dev on
 *                    loopback, a fresh local D1), as the held-out check submits the articles;
 *                    also prints how many answers differ from extractClaims called directly
 */

import { fileURLToPath } from "node:url";
import { extractClaims } from "../src/extract/index";
import { DEFAULT_ENGINE, type Engine } from "../src/extract/learned";
import { viaApi } from "./polnear/api";
import { baseline } from "./polnear/baseline";
import { arg } from "./polnear/cli";
import { loadSplit, type PolnearArticle } from "./polnear/load";
import {
  type ArticleScore,
  addCounts,
  type Counts,
  emptyCounts,
  figures,
  joinedQuoteSentences,
  type Prediction,
  scoreArticle,
} from "./polnear/score";

const dir = arg("dir", "../shared/data/polnear");
const split = arg("split", "dev");
const misses = Number(arg("misses", "0"));
const limit = Number(arg("limit", "0"));
const engine = arg("engine", DEFAULT_ENGINE) as Engine;
const via = arg("via", "extract");
if (via !== "extract" && via !== "api") throw new Error(`--via ${via}: extract or api`);

function predict(a: PolnearArticle): Prediction[] {
  const out: Prediction[] = [];
  for (const c of extractClaims(a.text, { title: a.title, engine })) {
    if (!c.claimant || !c.span) continue;
    out.push({ start: c.span.start, end: c.span.end, claimant: c.claimant.name });
  }
  return out;
}

let articles = loadSplit(dir, split);
if (limit > 0) articles = articles.slice(0, limit);

interface Run {
  total: Counts;
  byPublisher: Map<string, Counts>;
  scores: Array<[PolnearArticle, ArticleScore]>;
}

function run(fn: (a: PolnearArticle) => Prediction[]): Run {
  const total = emptyCounts();
  const byPublisher = new Map<string, Counts>();
  const scores: Array<[PolnearArticle, ArticleScore]> = [];
  for (const a of articles) {
    const preds = fn(a);
    const s = scoreArticle(a, preds);
    scores.push([a, s]);
    addCounts(total, s.counts);
    const pc = byPublisher.get(a.publisher) ?? emptyCounts();
    byPublisher.set(a.publisher, pc);
    addCounts(pc, s.counts);
  }
  return { total, byPublisher, scores };
}

let predictOurs = predict;
if (via === "api") {
  if (engine !== DEFAULT_ENGINE)
    throw new Error("--via api runs the server's engine (wrangler.toml)");
  const api = await viaApi(fileURLToPath(new URL("..", import.meta.url)), articles, predict);
  console.log(
    `through POST /v1/articles (wrangler dev, local D1): ${articles.length} articles in ${api.seconds.toFixed(0)} s; answers that differ from extractClaims: ${api.differing.length}${api.differing.length ? ` (${api.differing.slice(0, 5).join(", ")}${api.differing.length > 5 ? ", …" : ""})` : ""}`,
  );
  predictOurs = (a) => api.predictions.get(a.stem) ?? [];
}
const ours = run(predictOurs);
const joined = run((a) => joinedQuoteSentences(a.text, predictOurs(a)));
const base = run((a) => baseline(a.text));

const f3 = (x: number) => x.toFixed(3);
function line(name: string, c: Counts): string {
  const f = figures(c);
  return `${name.padEnd(22)} coverage P ${f3(f.precision)} R ${f3(f.recall)} F1 ${f3(f.f1)} claimant ${f3(f.claimant)} | strict P ${f3(f.strictP)} R ${f3(f.strictR)} F1 ${f3(f.strictF1)}`;
}

console.log(
  `PolNeAR ${split}: ${articles.length} articles, ${ours.total.gold} speech-act attributions (coverage), ${ours.total.strictGold} attributions with content (strict)`,
);
console.log(line("claimtrail", ours.total));
console.log(line("baseline", base.total));
console.log(
  `claimtrail (engine "${engine}"): ${ours.total.preds} attributed claims; claimant judged on ${ours.total.claimantGold} of ${ours.total.found} found attributions (the others' annotated source has no capitalised name)`,
);
{
  const t = ours.total;
  const unpaired = t.strictGold - t.strictPairs;
  console.log(
    `strict recall on speech-act attributions only: ${(t.strictSpeechPairs / Math.max(1, t.strictSpeechGold)).toFixed(3)} (${t.strictSpeechPairs} of ${t.strictSpeechGold})`,
  );
  console.log(
    `strict, why ${t.strictPreds - t.strictPairs} predictions are unpaired: ${t.strictPredPart} are one part of a gold content we split (per sentence, or the quote parts around the cue), ${t.strictPredTooLong} run well past the gold content they cover, ${t.strictPreds - t.strictPairs - t.strictPredPart - t.strictPredTooLong} lie outside every gold content`,
  );
  const j = figures(joined.total);
  console.log(
    `strict if the sentences of one quote were one claim (consecutive claims of one claimant in a paragraph joined): P ${f3(j.strictP)} R ${f3(j.strictR)} F1 ${f3(j.strictF1)}`,
  );
  console.log(
    `strict, why ${unpaired} gold contents are unpaired: ${t.strictSplit} covered but split by us into several claims (per sentence, or quote parts around the cue), ${t.strictTooLong} covered by one claim that runs well past them, ${t.strictNonSpeech} beliefs/plans/wishes (non-speech cues) left out, ${unpaired - t.strictSplit - t.strictTooLong - t.strictNonSpeech} speech acts missed`,
  );
}
console.log("\nPer publisher");
for (const [p, c] of [...ours.byPublisher].sort()) {
  console.log(line(`  ${p}`, c));
  console.log(line(`  ${p} (baseline)`, base.byPublisher.get(p) ?? emptyCounts()));
}

if (misses > 0) {
  if (split !== "train") console.error("(--misses reads gold text: use it on train only)");
  const ctx = (a: PolnearArticle, s: number, e: number) =>
    a.text.slice(Math.max(0, s), e).replace(/\s+/g, " ");
  let n = 0;
  console.log("\nMissed speech-act attributions");
  for (const [a, s] of ours.scores) {
    for (const o of s.outcomes) {
      if (!o.speech || o.found || !o.gold.content || n >= misses) continue;
      n++;
      const cs = o.gold.content[0]?.[0] ?? 0;
      const ce = o.gold.content[o.gold.content.length - 1]?.[1] ?? 0;
      console.log(
        `- [${a.stem}] src=${o.gold.sourceText} cue=${o.gold.cueText} | ${ctx(a, cs, ce)}`,
      );
    }
  }
  n = 0;
  console.log("\nWrong claimants");
  for (const [a, s] of ours.scores) {
    for (const o of s.outcomes) {
      if (o.claimantOk !== false || n >= misses) continue;
      n++;
      console.log(
        `- [${a.stem}] gold=${o.gold.sourceText} pred=${o.best?.claimant} cue=${o.gold.cueText}`,
      );
    }
  }
  n = 0;
  console.log("\nWrong predictions");
  for (const [a, s] of ours.scores) {
    for (const p of s.wrong) {
      if (n >= misses) break;
      n++;
      console.log(`- [${a.stem}] ${p.claimant}: ${ctx(a, p.start, p.end)}`);
    }
  }
}
