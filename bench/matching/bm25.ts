/** Plain BM25 (k1 1.2, b 0.75) over lower-cased words of claim + title: the baseline. */
export class Bm25 {
  private readonly postings = new Map<string, Map<number, number>>();
  private readonly lengths: number[] = [];
  private avgdl = 0;
  constructor(
    private readonly ids: string[],
    texts: string[][],
    private readonly k1 = 1.2,
    private readonly b = 0.75,
  ) {
    texts.forEach((terms, doc) => {
      this.lengths.push(terms.length);
      for (const t of terms) {
        const p = this.postings.get(t) ?? new Map<number, number>();
        p.set(doc, (p.get(doc) ?? 0) + 1);
        this.postings.set(t, p);
      }
    });
    this.avgdl = this.lengths.reduce((a, b) => a + b, 0) / Math.max(1, this.lengths.length);
  }

  search(query: string[], k: number): string[] {
    const n = this.lengths.length;
    const scores = new Map<number, number>();
    for (const t of new Set(query)) {
      const p = this.postings.get(t);
      if (!p) continue;
      const idf = Math.log(1 + (n - p.size + 0.5) / (p.size + 0.5));
      for (const [doc, tf] of p) {
        const dl = this.lengths[doc] ?? 0;
        const s =
          (idf * tf * (this.k1 + 1)) / (tf + this.k1 * (1 - this.b + (this.b * dl) / this.avgdl));
        scores.set(doc, (scores.get(doc) ?? 0) + s);
      }
    }
    return [...scores]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, k)
      .map(([doc]) => this.ids[doc] ?? "");
  }
}

export const plainWords = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
