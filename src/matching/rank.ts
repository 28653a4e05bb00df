import {
  type Candidate,
  type CorpusStats,
  FEATURE_NAMES,
  features,
  prepareQuery,
} from "./features";
import weights from "./model.json";
import type { Analysis } from "./text";

/** The learned re-ranker: logistic regression over FEATURE_NAMES (see the model card, README). */
export interface Model {
  features: readonly string[];
  weights: number[];
  bias: number;
}

export const MODEL: Model = weights;

if (MODEL.features.join() !== FEATURE_NAMES.join()) {
  throw new Error(
    "src/matching/model.json was trained on other features: run npm run train:matching",
  );
}

/**
 * Below this score a stored claim is not called a match (not returned, not stored). The
 * score is the model's probability that the claim is the one the text asserts.
 */
export const DEFAULT_THRESHOLD = 0.2;

export interface Scored {
  id: string;
  seq: number;
  score: number;
}

export function logistic(model: Model, x: number[]): number {
  let z = model.bias;
  for (let i = 0; i < x.length; i++) z += (model.weights[i] ?? 0) * (x[i] ?? 0);
  return 1 / (1 + Math.exp(-z));
}

/**
 * The candidates full-text search proposed for `query`, re-ranked: each scored 0..1 (the
 * probability that it asserts the same thing), best first. Pure: the same inputs, the same
 * answer, in the route and in the evaluation.
 */
export function rankCandidates(
  query: Analysis,
  candidates: readonly Candidate[],
  stats: CorpusStats,
  model: Model = MODEL,
): Scored[] {
  const q = prepareQuery(query, stats);
  const byRank = [...candidates].sort((a, b) => a.rank - b.rank || a.seq - b.seq);
  const best = byRank[0]?.rank ?? 0;
  const second = byRank[1]?.rank ?? 0;
  return byRank
    .map((d, i) => ({
      id: d.id,
      seq: d.seq,
      score: logistic(model, features(q, d, best, second, i)),
    }))
    .sort((a, b) => b.score - a.score || a.seq - b.seq);
}
