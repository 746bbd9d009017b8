// The best k scored records in order, kept while ranking walks thousands of candidates: most lose
// to the worst one kept and cost a single comparison.

export interface Scored {
  docNo: number;
  day: number;
  score: number;
}

/** Relevance, then newer first, then the later version: a total order, so pages are stable. */
const better = (a: Scored, b: Scored) => b.score - a.score || b.day - a.day || b.docNo - a.docNo;

export class TopK {
  readonly best: Scored[] = [];
  constructor(private readonly k: number) {}

  /** The score a candidate must reach to be kept (equal scores are decided by date). */
  get floor(): number {
    return this.best.length === this.k && this.k > 0 ? this.best[this.k - 1]!.score : -Infinity;
  }

  offer(docNo: number, day: number, score: number): void {
    const { best, k } = this;
    if (k === 0) return;
    const worst = best[best.length - 1];
    if (
      best.length === k &&
      worst &&
      (score < worst.score ||
        (score === worst.score && (day < worst.day || (day === worst.day && docNo < worst.docNo))))
    ) {
      return;
    }
    const item = { docNo, day, score };
    let lo = 0;
    let hi = best.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (better(best[mid]!, item) <= 0) lo = mid + 1;
      else hi = mid;
    }
    best.splice(lo, 0, item);
    if (best.length > k) best.pop();
  }
}
