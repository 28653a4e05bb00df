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
  "trigram_cosine",
] as const;

/** The share of the asked terms' full rank that counts as a fair match (see features()). */
const REFERENCE_SHARE = 0.5;

export function idf(stats: CorpusStats, term: string): number {
  const df = stats.df.get(term) ?? 0;
  return Math.log(1 + (stats.docs - df + 0.5) / (df + 0.5));
}

/** idf, remembered per term for one query's candidates (the same terms recur in each). */
class IdfMemo {
  private readonly known = new Map<string, number>();
  constructor(private readonly stats: CorpusStats) {}
  of(term: string): number {
    let value = this.known.get(term);
    if (value === undefined) {
      value = idf(this.stats, term);
      this.known.set(term, value);
    }
    return value;
  }
}

/** Whether a term is a number (starts with an ASCII digit, as /^\d/). */
const isNumber = (term: string) => {
  const c = term.charCodeAt(0);
  return c >= 48 && c <= 57;
};

function bigrams(terms: string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 1; i < terms.length; i++) out.add(`${terms[i - 1]} ${terms[i]}`);
  return out;
}

/** A set of the query's terms with their idf, in the set's order, and their sum. */
interface Weighted {
  terms: string[];
  weights: number[];
  total: number;
}

function weighted(of: Iterable<string>, idfs: IdfMemo): Weighted {
  const terms = [...of];
  const weights = terms.map((t) => idfs.of(t));
  let total = 0;
  for (const w of weights) total += w;
  return { terms, weights, total };
}

/**
 * Share of the idf mass of the query's `of` that the candidate has: in `within`, or `also`, or
 * among `names` (0 when `of` is empty).
 */
function covered(
  of: Weighted,
  within: Set<string>,
  also?: Set<string>,
  names?: readonly string[],
): number {
  let hit = 0;
  for (let i = 0; i < of.terms.length; i++) {
    const t = of.terms[i] as string;
    if (within.has(t) || also?.has(t) === true || names?.includes(t) === true)
      hit += of.weights[i] as number;
  }
  return of.total > 0 ? hit / of.total : 0;
}

/** covered(), where a term counts when its five-letter prefix (`prefixes`, in order) is in `within`. */
function coveredByPrefix(of: Weighted, prefixes: readonly string[], within: Set<string>): number {
  let hit = 0;
  for (let i = 0; i < of.terms.length; i++)
    if (within.has(prefixes[i] as string)) hit += of.weights[i] as number;
  return of.total > 0 ? hit / of.total : 0;
}

/**
 * Share of the idf mass of the candidate's `of` (in its order, with `weights`) that the query's
 * `within` has; with `prefixes`, a term counts when its prefix is in `within`.
 */
function share(
  of: Iterable<string>,
  weights: readonly number[],
  within: Set<string>,
  prefixes?: readonly string[],
): number {
  let total = 0;
  let hit = 0;
  let i = 0;
  for (const t of of) {
    const w = weights[i] as number;
    total += w;
    if (within.has(prefixes ? (prefixes[i] as string) : t)) hit += w;
    i++;
  }
  return total > 0 ? hit / total : 0;
}

/** The first five letters: "photograph" and "photos", "immigrant" and "immigration" meet. */
const prefix = (term: string) => term.slice(0, 5);

/** Two adjacent terms written as one: "bed bug" → "bedbug", "pnb rock" → "pnbrock". */
function joined(terms: string[]): string[] {
  const out: string[] = [];
  for (let i = 1; i < terms.length; i++) out.push(`${terms[i - 1]}${terms[i]}`);
  return out;
}

/** Pairs of terms (first, second) keyed for lookup without building their strings. */
type PairIndex = Map<string, Map<string, number>>;

function addPair(index: PairIndex, first: string, second: string, value: number): void {
  let seconds = index.get(first);
  if (!seconds) {
    seconds = new Map();
    index.set(first, seconds);
  }
  if (!seconds.has(second)) seconds.set(second, value);
}

/**
 * Marks in `marks` the value of each adjacent pair of `terms` that `index` has (the pairs a
 * candidate shares with the query, found without a string per pair); how many it newly marked.
 */
function markPairs(terms: string[], index: PairIndex, marks: Uint8Array): number {
  let marked = 0;
  for (let i = 1; i < terms.length; i++) {
    const value = index.get(terms[i - 1] as string)?.get(terms[i] as string);
    if (value !== undefined && marks[value] === 0) {
      marks[value] = 1;
      marked++;
    }
  }
  return marked;
}

/** The strings of `index` (its cuts) that `terms` write as two adjacent terms, added to `into`. */
function addCuts(terms: string[], index: PairIndex, into: Set<string> | undefined) {
  let out = into;
  for (let i = 1; i < terms.length; i++) {
    const [first, rest] = [terms[i - 1] as string, terms[i] as string];
    if (index.get(first)?.has(rest)) {
      out ??= new Set();
      out.add(`${first}${rest}`);
    }
  }
  return out;
}

/** How many distinct adjacent pairs `terms` has (`distinct`: how many distinct terms). */
function distinctPairs(terms: string[], distinct: number): number {
  if (terms.length < 2) return 0;
  // A pair can repeat only when a term does.
  if (distinct === terms.length) return terms.length - 1;
  let count = 0;
  for (let i = 1; i < terms.length; i++) {
    let seen = false;
    for (let j = 1; j < i && !seen; j++)
      seen = terms[j - 1] === terms[i - 1] && terms[j] === terms[i];
    if (!seen) count++;
  }
  return count;
}

/**
 * Calls `each` with every letter trigram of `term` marked at both ends ("#ab", "abc", "bc#"), as
 * a number (three UTF-16 codes), so no string is cut per trigram.
 */
function eachTrigram(term: string, each: (gram: number) => void): void {
  const n = term.length;
  let a = 35; // "#"
  let b = n > 0 ? term.charCodeAt(0) : 35;
  for (let i = 1; i <= n; i++) {
    const c = i < n ? term.charCodeAt(i) : 35;
    each(a * 4294967296 + b * 65536 + c);
    a = b;
    b = c;
  }
}

/**
 * The query's letter trigrams, and per candidate term (remembered for the query's candidates,
 * where terms recur) how many trigrams it has and how many of them the query has.
 */
class Trigrams {
  readonly grams = new Set<number>();
  private readonly known = new Map<string, [number, number]>();
  constructor(terms: Iterable<string>) {
    for (const t of terms) eachTrigram(t, (g) => this.grams.add(g));
  }
  of(term: string): [number, number] {
    let value = this.known.get(term);
    if (value === undefined) {
      let count = 0;
      let hits = 0;
      eachTrigram(term, (g) => {
        count++;
        if (this.grams.has(g)) hits++;
      });
      value = [count, hits];
      this.known.set(term, value);
    }
    return value;
  }
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
  /** The five-letter prefix of each of `terms`, in its order. */
  termPrefixes: string[];
  bigrams: Set<string>;
  /** `bigrams` as pairs: (first term, second term) → its place in `bigrams`. */
  bigramIndex: PairIndex;
  numbers: Set<string>;
  mentions: Set<string>;
  prefixes: Set<string>;
  authors: Set<string>;
  /** The query's terms and its adjacent pairs written as one. */
  joined: Set<string>;
  /**
   * Every way to cut a string of `joined`, `authors` or `mentions` in two (first part, second
   * part) → 1: a candidate's adjacent terms written as one are such a string when they are here.
   */
  cuts: PairIndex;
  /** The query's rarest terms the collection has (at most three). */
  rarest: string[];
  entities: Set<string>;
  /** The sets above with their terms' idf (for covered()). */
  weighted: {
    terms: Weighted;
    mentions: Weighted;
    authors: Weighted;
    joined: Weighted;
    entities: Weighted;
  };
  /** idf of a term, memoised for this query. */
  idfs: IdfMemo;
  /** The query's letter trigrams, and each candidate term's share of them (memoised). */
  trigrams: Trigrams;
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
  const queryBigrams = bigrams(analysis.terms);
  const bigramIndex: PairIndex = new Map();
  let place = 0;
  for (let i = 1; i < analysis.terms.length; i++) {
    const [first, second] = [analysis.terms[i - 1] as string, analysis.terms[i] as string];
    if (!bigramIndex.get(first)?.has(second)) addPair(bigramIndex, first, second, place++);
  }
  const joinedTerms = new Set([...terms, ...joined(analysis.terms)]);
  const authors = new Set(analysis.authors ?? []);
  const mentions = new Set(analysis.mentions);
  const entities = new Set(analysis.entities);
  const idfs = new IdfMemo(stats);
  const cuts: PairIndex = new Map();
  for (const whole of [...joinedTerms, ...authors, ...mentions])
    for (let k = 1; k < whole.length; k++) addPair(cuts, whole.slice(0, k), whole.slice(k), 1);
  return {
    analysis,
    terms,
    termPrefixes: [...terms].map(prefix),
    bigrams: queryBigrams,
    bigramIndex,
    numbers: new Set(analysis.terms.filter(isNumber)),
    mentions,
    prefixes: new Set([...terms].map(prefix)),
    authors,
    joined: joinedTerms,
    cuts,
    rarest: [...terms]
      .filter((t) => (stats.df.get(t) ?? 0) > 0)
      .sort((a, b) => (stats.df.get(a) ?? 0) - (stats.df.get(b) ?? 0) || (a < b ? -1 : 1))
      .slice(0, 3),
    entities,
    weighted: {
      terms: weighted(terms, idfs),
      mentions: weighted(mentions, idfs),
      authors: weighted(authors, idfs),
      joined: weighted(joinedTerms, idfs),
      entities: weighted(entities, idfs),
    },
    idfs,
    trigrams: new Trigrams(terms),
    rankScale,
  };
}

/**
 * The features of one candidate for one query, each in 0..1 (or a 0/1 sign), so a score
 * built from them means the same whatever the query's length. `best` and `second` are the
 * best two full-text ranks of the query's candidates.
 *
 * Written for speed (it runs for every candidate of every query): the candidate's adjacent
 * pairs are looked up in the query's (bigramIndex, cuts) instead of being built as strings,
 * and sums run in the order of the sets they are over, so the figures are those of the plain
 * definitions (test/unit/matching-features).
 */
export function features(
  q: PreparedQuery,
  d: Candidate,
  best: number,
  second: number,
  position: number,
): number[] {
  const idfs = q.idfs;
  const text = new Set(d.terms);
  const title = new Set(d.title);
  const all = new Set(text);
  for (const t of d.title) all.add(t);
  const allPrefixes = new Set<string>();
  const textPrefixes: string[] = [];
  const textWeights: number[] = [];
  let numbers = 0;
  let numberHits = 0;
  for (const t of text) {
    const p = prefix(t);
    textPrefixes.push(p);
    allPrefixes.add(p);
    textWeights.push(idfs.of(t));
    if (isNumber(t)) {
      numbers++;
      if (q.numbers.has(t)) numberHits++;
    }
  }
  const titleWeights: number[] = [];
  const allWeights = [...textWeights];
  for (const t of title) {
    const w = idfs.of(t);
    titleWeights.push(w);
    if (!text.has(t)) {
      allPrefixes.add(prefix(t));
      allWeights.push(w);
    }
  }
  const entities = new Set(d.entities);
  const entityCoverage = share(
    entities,
    [...entities].map((t) => idfs.of(t)),
    q.terms,
  );
  // Query bigrams the claim's words have, and those its words or its title's have.
  const marks = new Uint8Array(q.bigrams.size);
  const inText = markPairs(d.terms, q.bigramIndex, marks);
  const inAny = inText + markPairs(d.title, q.bigramIndex, marks);
  const textBigrams = distinctPairs(d.terms, text.size);
  // The query's strings the claim or its title writes as two adjacent terms.
  const cut = addCuts(d.title, q.cuts, addCuts(d.terms, q.cuts, undefined));
  const claimant = d.claimant;
  const date = q.analysis.date;
  const yearMatch = date !== undefined && all.has(date.year);
  let mediaClaim = false;
  for (const t of d.terms) if (MEDIA_WORDS.has(t)) mediaClaim = true;
  let otherYearsOnly = false;
  if (date !== undefined && !yearMatch) {
    let years = 0;
    let named = false;
    for (const t of all)
      if (YEAR.test(t)) {
        years++;
        if (q.numbers.has(t)) named = true;
      }
    otherYearsOnly = years > 0 && !named;
  }
  let rarest = 0;
  for (const t of q.rarest) if (all.has(t)) rarest++;
  // Letter trigrams (of the distinct terms of the claim and its title) the query's terms have:
  // words that share part of a stem or half a compound ("ferryman" and "ferry") meet.
  let grams = 0;
  let gramHits = 0;
  for (const t of all) {
    const [count, hits] = q.trigrams.of(t);
    grams += count;
    gramHits += hits;
  }
  const queryGrams = q.trigrams.grams.size;
  // Against the better of the best candidate and a fair match of the asked terms, so a lone
  // weak candidate does not look like a strong first.
  const reference = Math.min(best, -REFERENCE_SHARE * q.rankScale);
  const rankRatio = reference < 0 ? Math.min(1, d.rank / reference) : 0;
  const w = q.weighted;
  return [
    covered(w.terms, all),
    share(text, textWeights, q.terms),
    share(title, titleWeights, q.terms),
    share(all, allWeights, q.terms),
    textBigrams > 0 ? inText / textBigrams : 0,
    q.bigrams.size > 0 ? inAny / q.bigrams.size : 0,
    entityCoverage,
    entities.size > 0 && entityCoverage === 0 ? 1 : 0,
    numbers > 0 ? numberHits / numbers : 0,
    numbers > 0 && q.numbers.size > 0 && numberHits === 0 ? 1 : 0,
    q.analysis.negated !== d.negated ? 1 : 0,
    covered(w.mentions, all, undefined, claimant),
    covered(w.terms, text),
    covered(w.terms, title),
    coveredByPrefix(w.terms, q.termPrefixes, allPrefixes),
    share(text, textWeights, q.prefixes, textPrefixes),
    q.rankScale > 0 ? -d.rank / q.rankScale : 0,
    rankRatio,
    position === 0 && reference < 0 ? Math.min(1, (second - best) / -reference) : 0,
    position === 0 ? rankRatio : 0,
    covered(w.authors, all, cut, claimant),
    yearMatch ? 1 : 0,
    yearMatch && date !== undefined && all.has(date.month) ? 1 : 0,
    otherYearsOnly ? 1 : 0,
    mediaClaim && q.analysis.media === true ? 1 : 0,
    mediaClaim && q.analysis.media !== true ? 1 : 0,
    covered(w.mentions, all, cut, claimant),
    covered(w.joined, all, cut),
    q.rarest.length > 0 ? rarest / q.rarest.length : 0,
    covered(w.entities, all),
    Math.min(1, d.terms.length / 40),
    queryGrams > 0 && grams > 0 ? gramHits / Math.sqrt(queryGrams * grams) : 0,
  ];
}
