// Ranking: walk the rarest word's postings, keep the records every other word also matches and
// the filters pass, score them with BM25 (title matches boosted), and keep only the best k in
// order: no per-record objects for the thousands of records that do not make the page.
import type { PostingList } from './postings';

const K1 = 1.2;
const B = 0.75;
/** A word in the title counts as this many in the text. */
export const TITLE_BOOST = 3;

/** One query word: the lists of the terms it matches, each with its weight. */
export interface Group {
  lists: { list: PostingList; weight: number }[];
}

export interface Filter {
  typeCode?: number;
  bodyNo?: number;
  fromDay?: number;
  toDay?: number;
}

export interface Scored {
  docNo: number;
  day: number;
  score: number;
}

function passes(list: PostingList, i: number, filter: Filter): boolean {
  return (
    (filter.typeCode === undefined || list.typeCode(i) === filter.typeCode) &&
    (filter.bodyNo === undefined || list.bodyNo(i) === filter.bodyNo) &&
    (filter.fromDay === undefined || list.day(i) >= filter.fromDay) &&
    (filter.toDay === undefined || list.day(i) <= filter.toDay)
  );
}

const weightedTf = (list: PostingList, i: number, weight: number) =>
  weight * (list.tfText(i) + TITLE_BOOST * list.tfTitle(i));

/** A record's weighted frequency in a group: binary search over one list in docNo order (the
 * usual case: new versions get higher numbers and are appended), else a map. */
function lookupOf(group: Group): (docNo: number) => number | undefined {
  const only = group.lists.length === 1 ? group.lists[0]! : undefined;
  if (only && only.list.sorted) {
    const { list, weight } = only;
    return (docNo) => {
      const i = list.find(docNo);
      return i < 0 ? undefined : weightedTf(list, i, weight);
    };
  }
  const map = new Map<number, number>();
  for (const { list, weight } of group.lists) {
    for (let i = 0; i < list.count; i++) {
      const docNo = list.docNo(i);
      map.set(docNo, (map.get(docNo) ?? 0) + weightedTf(list, i, weight));
    }
  }
  return (docNo) => map.get(docNo);
}

/** Relevance, then newer first, then the later version: a total order, so pages are stable. */
const better = (a: Scored, b: Scored) => b.score - a.score || b.day - a.day || b.docNo - a.docNo;

/** The best k seen so far, in order; most candidates lose to the worst kept and cost a compare. */
class TopK {
  readonly best: Scored[] = [];
  constructor(private readonly k: number) {}
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

const groupSize = (g: Group) => g.lists.reduce((sum, l) => sum + l.list.count, 0);

export interface RankOptions {
  /** Inverse document frequency per group (same order as the groups). */
  idf: number[];
  averageLength: number;
  /** How many of the best to return, in order. */
  k: number;
}

/** Every record matching all groups and the filter: how many, and the best k in order. */
export function rank(
  groups: Group[],
  filter: Filter,
  options: RankOptions,
): { total: number; top: Scored[] } {
  const ordered = groups.map((group, index) => ({ group, index }));
  ordered.sort((a, b) => groupSize(a.group) - groupSize(b.group));
  const [smallest, ...others] = ordered;
  if (!smallest) return { total: 0, top: [] };
  const lookups = others.map(({ group, index }) => ({ index, lookup: lookupOf(group) }));
  const multi = smallest.group.lists.length > 1;
  const ownTf = multi ? lookupOf(smallest.group) : undefined;
  const seen = new Set<number>();
  const top = new TopK(options.k);
  const { idf, averageLength } = options;
  let total = 0;
  for (const { list, weight } of smallest.group.lists) {
    for (let i = 0; i < list.count; i++) {
      if (!passes(list, i, filter)) continue;
      const docNo = list.docNo(i);
      if (multi) {
        if (seen.has(docNo)) continue;
        seen.add(docNo);
      }
      const norm = K1 * (1 - B + (B * list.length(i)) / averageLength);
      const tf = ownTf ? ownTf(docNo)! : weightedTf(list, i, weight);
      let score = (idf[smallest.index]! * tf * (K1 + 1)) / (tf + norm);
      let all = true;
      for (const { index, lookup } of lookups) {
        const other = lookup(docNo);
        if (other === undefined) {
          all = false;
          break;
        }
        score += (idf[index]! * other * (K1 + 1)) / (other + norm);
      }
      if (!all) continue;
      total++;
      top.offer(docNo, list.day(i), score);
    }
  }
  return { total, top: top.best };
}
