import type { Analysis } from "./text";

/** A stored claim that full-text search proposed, as the ranker reads it. */
export interface Candidate {
  id: string;
  /** Storage order (the row id): ties go to the claim stored first, the original record. */
  seq: number;
  /** The claim's terms, in order (see analyse). */
  terms: string[];
  /** Its article's title's terms. */
  title: string[];
  entities: string[];
  negated: boolean;
  /** Its claimant's name, as terms. */
  claimant: string[];
  /** The full-text rank (FTS5 bm25 over text and title: negative, lower is better). */
  rank: number;
}

/** What the collection says about words: how many claims, and in how many each term is. */
export interface CorpusStats {
  docs: number;
  df: ReadonlyMap<string, number>;
}

/** Names of the features, in the order of `features()` and of the model's weights. */
export const FEATURE_NAMES = [
  "query_coverage",
  "claim_coverage",
  "title_coverage",
  "all_coverage",
  "bigram_claim",
  "bigram_query",
  "entity_coverage",
  "entity_missing",
  "number_match",
  "number_mismatch",
  "negation_mismatch",
  "mention_coverage",
  "query_coverage_text",
  "query_coverage_title",
  "query_coverage_prefix",
  "claim_coverage_prefix",
  "rank_norm",
  "rank_ratio",
  "top_gap",
  "first",
  "author_coverage",
  "year_match",
  "month_year_match",
  "year_mismatch",
  "media_with_media",
  "media_without_media",
  "mention_coverage_joined",
  "query_coverage_joined",
  "rarest_hit",
  "query_entity_coverage",
  "claim_length",
] as const;

/** The share of the asked terms' full rank that counts as a fair match (see features()). */
const REFERENCE_SHARE = 0.5;

export function idf(stats: CorpusStats, term: string): number {
  const df = stats.df.get(term) ?? 0;
  return Math.log(1 + (stats.docs - df + 0.5) / (df + 0.5));
}

/** idf, remembered per term for one query's candidates (the same terms recur in each). */
function idfMemo(stats: CorpusStats): (term: string) => number {
  const known = new Map<string, number>();
  return (term) => {
    let value = known.get(term);
    if (value === undefined) {
      value = idf(stats, term);
      known.set(term, value);
    }
    return value;
  };
}

const isNumber = (term: string) => /^\d/.test(term);

function bigrams(terms: string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 1; i < terms.length; i++) out.add(`${terms[i - 1]} ${terms[i]}`);
  return out;
}

/** Share of the idf mass of `of` that `within` has (0 when `of` is empty). */
function coverage(
  of: Set<string>,
  within: { has(t: string): boolean },
  weight: (t: string) => number,
): number {
  let total = 0;
  let hit = 0;
  for (const t of of) {
    const w = weight(t);
    total += w;
    if (within.has(t)) hit += w;
  }
  return total > 0 ? hit / total : 0;
}

/** The first five letters: "photograph" and "photos", "immigrant" and "immigration" meet. */
const prefix = (term: string) => term.slice(0, 5);

/** coverage(), where a term counts when a term of `within` starts with the same five letters. */
function prefixCoverage(
  of: Set<string>,
  within: Set<string>,
  weight: (t: string) => number,
): number {
  let total = 0;
  let hit = 0;
  for (const t of of) {
    const w = weight(t);
    total += w;
    if (within.has(prefix(t))) hit += w;
  }
  return total > 0 ? hit / total : 0;
}

function overlapShare(of: Set<string>, within: Set<string>): number {
  if (of.size === 0) return 0;
  let hit = 0;
  for (const g of of) if (within.has(g)) hit++;
  return hit / of.size;
}

/** Two adjacent terms written as one: "bed bug" → "bedbug", "pnb rock" → "pnbrock". */
function joined(terms: string[]): string[] {
  const out: string[] = [];
  for (let i = 1; i < terms.length; i++) out.push(`${terms[i - 1]}${terms[i]}`);
  return out;
}

const YEAR = /^(?:19|20)\d\d$/;
/** Stems of the words a claim about a picture or a video uses. */
const MEDIA_WORDS = new Set([
  "photo",
  "photograph",
  "pictur",
  "imag",
  "video",
  "footag",
  "meme",
  "clip",
]);

/** The query once, for all its candidates. */
export interface PreparedQuery {
  analysis: Analysis;
  terms: Set<string>;
  bigrams: Set<string>;
  numbers: Set<string>;
  mentions: Set<string>;
  prefixes: Set<string>;
  authors: Set<string>;
  /** The query's terms and its adjacent pairs written as one. */
  joined: Set<string>;
  /** The query's rarest terms the collection has (at most three). */
  rarest: string[];
  entities: Set<string>;
  /** idf of a term, memoised for this query. */
  weight: (term: string) => number;
  /** The full-text rank a claim made of exactly the asked terms would get, roughly. */
  rankScale: number;
}

export function prepareQuery(analysis: Analysis, stats: CorpusStats): PreparedQuery {
  const terms = new Set(analysis.terms);
  let rankScale = 0;
  // Every term asked, those the collection lacks too: they are what no stored claim matches.
  for (const t of [...new Set([...analysis.terms, ...analysis.mentions])]) {
    const df = stats.df.get(t) ?? 0;
    rankScale += Math.max(1e-6, Math.log((stats.docs - df + 0.5) / (df + 0.5)));
  }
  return {
    analysis,
    terms,
    bigrams: bigrams(analysis.terms),
    numbers: new Set(analysis.terms.filter(isNumber)),
    mentions: new Set(analysis.mentions),
    prefixes: new Set([...terms].map(prefix)),
    authors: new Set(analysis.authors ?? []),
    joined: new Set([...terms, ...joined(analysis.terms)]),
    rarest: [...terms]
      .filter((t) => (stats.df.get(t) ?? 0) > 0)
      .sort((a, b) => (stats.df.get(a) ?? 0) - (stats.df.get(b) ?? 0) || (a < b ? -1 : 1))
      .slice(0, 3),
    entities: new Set(analysis.entities),
    weight: idfMemo(stats),
    rankScale,
  };
}

/**
 * The features of one candidate for one query, each in 0..1 (or a 0/1 sign), so a score
 * built from them means the same whatever the query's length. `best` and `second` are the
 * best two full-text ranks of the query's candidates.
 */
export function features(
  q: PreparedQuery,
  d: Candidate,
  stats: CorpusStats,
  best: number,
  second: number,
  position: number,
): number[] {
  const weight = q.weight;
  const text = new Set(d.terms);
  const title = new Set(d.title);
  const all = new Set([...d.terms, ...d.title]);
  const allPrefixes = new Set([...all].map(prefix));
  const entities = new Set(d.entities);
  const numbers = [...text].filter(isNumber);
  const numberHits = numbers.filter((n) => q.numbers.has(n)).length;
  const entityCoverage = coverage(entities, q.terms, weight);
  const docBigrams = bigrams(d.terms);
  const pairs = new Set([...joined(d.terms), ...joined(d.title)]);
  const inJoined = { has: (t: string) => all.has(t) || pairs.has(t) };
  const claimant = d.claimant;
  const withClaimant = { has: (t: string) => inJoined.has(t) || claimant.includes(t) };
  const date = q.analysis.date;
  const years = [...all].filter((t) => YEAR.test(t));
  const yearMatch = date !== undefined && all.has(date.year);
  const mediaClaim = d.terms.some((t) => MEDIA_WORDS.has(t));
  // Against the better of the best candidate and a fair match of the asked terms, so a lone
  // weak candidate does not look like a strong first.
  const reference = Math.min(best, -REFERENCE_SHARE * q.rankScale);
  const rankRatio = reference < 0 ? Math.min(1, d.rank / reference) : 0;
  return [
    coverage(q.terms, all, weight),
    coverage(text, q.terms, weight),
    coverage(title, q.terms, weight),
    coverage(all, q.terms, weight),
    overlapShare(docBigrams, q.bigrams),
    overlapShare(q.bigrams, new Set([...docBigrams, ...bigrams(d.title)])),
    entityCoverage,
    entities.size > 0 && entityCoverage === 0 ? 1 : 0,
    numbers.length > 0 ? numberHits / numbers.length : 0,
    numbers.length > 0 && q.numbers.size > 0 && numberHits === 0 ? 1 : 0,
    q.analysis.negated !== d.negated ? 1 : 0,
    coverage(q.mentions, new Set([...all, ...d.claimant]), weight),
    coverage(q.terms, text, weight),
    coverage(q.terms, title, weight),
    prefixCoverage(q.terms, allPrefixes, weight),
    prefixCoverage(text, q.prefixes, weight),
    q.rankScale > 0 ? -d.rank / q.rankScale : 0,
    rankRatio,
    position === 0 && reference < 0 ? Math.min(1, (second - best) / -reference) : 0,
    position === 0 ? rankRatio : 0,
    coverage(q.authors, withClaimant, weight),
    yearMatch ? 1 : 0,
    yearMatch && date !== undefined && all.has(date.month) ? 1 : 0,
    date !== undefined && years.length > 0 && !yearMatch && !years.some((y) => q.numbers.has(y))
      ? 1
      : 0,
    mediaClaim && q.analysis.media === true ? 1 : 0,
    mediaClaim && q.analysis.media !== true ? 1 : 0,
    coverage(q.mentions, withClaimant, weight),
    coverage(q.joined, inJoined, weight),
    q.rarest.length > 0 ? q.rarest.filter((t) => all.has(t)).length / q.rarest.length : 0,
    coverage(q.entities, all, weight),
    Math.min(1, d.terms.length / 40),
  ];
}
