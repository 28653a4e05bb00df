/**
 * `npm run eval`: precision / recall / F1 of claim extraction and claimant attribution over
 * the hand-labelled fixtures (test/extract/fixtures), overall, per split and per pattern.
 * The matching rule is documented in test/extract/score.ts.
 *   --verbose   also list misses, false positives and wrong claimants per article
 */
import { extractClaims } from "../src/extract/index";
import { DEFAULT_ENGINE, type Engine } from "../src/extract/learned";
import { fixtures } from "../test/extract/fixtures/index";
import { checkFixture, evaluate, type Prf } from "../test/extract/score";

const verbose = process.argv.includes("--verbose");
const errors = fixtures.flatMap(checkFixture);
if (errors.length > 0) {
  console.error(errors.join("\n"));
  process.exit(1);
}

const report = evaluate(fixtures, (f) =>
  extractClaims(f.body, {
    ...(f.title ? { title: f.title } : {}),
    engine: (process.env.ENGINE as Engine) ?? DEFAULT_ENGINE,
  }),
);
const pct = (x: number) => `${(x * 100).toFixed(1).padStart(5)}%`;
const row = (name: string, p: Prf) =>
  `${name.padEnd(16)} P ${pct(p.precision)}  R ${pct(p.recall)}  F1 ${pct(p.f1)}   (tp ${p.tp}, fp ${p.fp}, fn ${p.fn})`;

const nGold = fixtures.reduce((n, f) => n + f.claims.filter((c) => !c.optional).length, 0);
console.log(
  `Claimtrail claim extraction eval: ${fixtures.length} articles, ${nGold} required gold claims`,
);
console.log("");
console.log("Overall");
console.log(row("  claims", report.claims));
console.log(row("  attribution", report.attribution));
for (const [split, r] of report.bySplit) {
  console.log("");
  console.log(`Split: ${split} (${fixtures.filter((f) => f.split === split).length} articles)`);
  console.log(row("  claims", r.claims));
  console.log(row("  attribution", r.attribution));
}
console.log("");
console.log("Per pattern (recall by gold pattern, precision by predicted pattern)");
for (const [p, r] of report.byPattern) {
  console.log(row(`  ${p}`, r.claims));
  console.log(row("    attribution", r.attribution));
}
console.log("");
console.log(
  `Non-claim violations (captions, bylines, boilerplate extracted): ${report.violations}`,
);

if (verbose) {
  for (const s of report.fixtures) {
    const misses = s.pairs.filter((p) => !p.pred);
    const wrong = s.pairs.filter((p) => p.pred && p.gold.claimant !== null && !p.claimantOk);
    if (misses.length + wrong.length + s.falsePositives.length + s.violations.length === 0)
      continue;
    console.log(`\n== ${s.id} (${s.split})`);
    for (const m of misses)
      console.log(`  MISS [${m.gold.pattern}] ${m.gold.claimant ?? "-"}: ${m.gold.key}`);
    for (const w of wrong)
      console.log(
        `  CLAIMANT [${w.gold.pattern}] want ${w.gold.claimant} got ${w.pred?.claimant?.name ?? "null"} (${w.pred?.pattern}): ${w.gold.key}`,
      );
    for (const f of s.falsePositives)
      console.log(`  FP [${f.pattern}] ${f.claimant?.name ?? "-"}: ${f.text}`);
    for (const v of s.violations) console.log(`  NONCLAIM ${v.nonClaim}: ${v.pred.text}`);
  }
}
