/**
 * The candidate search of POST /v1/matches, in memory, for training the re-ranker offline:
 * SQLite FTS5's bm25() (k1 1.2, b 0.75, per-column weights, IDF log((N - n + 0.5) / (n + 0.5))
 * floored at 1e-6, document length over all columns) for an OR of the query's terms, as
 * src/matching/queries.ts asks D1. The route itself asks D1; this only mirrors it.
 */
import type { Candidate, CorpusStats } from "../../src/matching/features";
import { CANDIDATES, candidateTerms, TITLE_WEIGHT } from "../../src/matching/queries";
import type { Analysis } from "../../src/matching/text";

export interface Doc {
  id: string;
  text: Analysis;
  title: Analysis;
}

export class Fts5 {
  private readonly postings = new Map<string, Map<number, [number, number]>>();
  private readonly lengths: number[] = [];
  private readonly avgdl: number;
  constructor(private readonly docs: Doc[]) {
    docs.forEach((d, i) => {
      this.lengths.push(d.text.terms.length + d.title.terms.length);
      const add = (t: string, col: 0 | 1) => {
        const p = this.postings.get(t) ?? new Map<number, [number, number]>();
        const tf = p.get(i) ?? [0, 0];
        tf[col]++;
        p.set(i, tf);
        this.postings.set(t, p);
      };
      for (const t of d.text.terms) add(t, 0);
      for (const t of d.title.terms) add(t, 1);
    });
    this.avgdl = this.lengths.reduce((a, b) => a + b, 0) / Math.max(1, docs.length);
  }

  stats(terms: Iterable<string>): CorpusStats {
    const df = new Map<string, number>();
    for (const t of terms) df.set(t, this.postings.get(t)?.size ?? 0);
    return { docs: this.docs.length, df };
  }

  candidates(query: Analysis, exclude?: string): { candidates: Candidate[]; stats: CorpusStats } {
    const n = this.docs.length;
    const scores = new Map<number, number>();
    const asked = candidateTerms(query, this.stats([...query.terms, ...query.mentions]).df);
    for (const t of asked) {
      const p = this.postings.get(t);
      if (!p) continue;
      let idf = Math.log((n - p.size + 0.5) / (p.size + 0.5));
      if (idf <= 0) idf = 1e-6;
      for (const [doc, [a, b]] of p) {
        const f = a + TITLE_WEIGHT * b;
        const dl = this.lengths[doc] ?? 0;
        const s = (idf * f * 2.2) / (f + 1.2 * (0.25 + (0.75 * dl) / this.avgdl));
        scores.set(doc, (scores.get(doc) ?? 0) - s);
      }
    }
    const top = [...scores]
      .filter(([doc]) => this.docs[doc]?.id !== exclude)
      .sort((a, b) => a[1] - b[1] || a[0] - b[0])
      .slice(0, CANDIDATES);
    const candidates = top.map(([doc, rank]) => {
      const d = this.docs[doc] as Doc;
      return {
        id: d.id,
        seq: doc,
        terms: d.text.terms,
        title: d.title.terms,
        entities: d.text.entities,
        negated: d.text.negated,
        claimant: [],
        rank,
      };
    });
    const vocabulary = new Set([...query.terms, ...query.mentions]);
    for (const c of candidates) for (const t of [...c.terms, ...c.title]) vocabulary.add(t);
    return { candidates, stats: this.stats(vocabulary) };
  }
}
