// Ranking: walk the rarest word's postings in record-number order, keep the records every other
// word also matches and the filters pass, score them with BM25 (title matches boosted), and keep
// only the best k in order: no per-record objects for the thousands of records that do not make
// the page. All lists are in record-number order (inDocOrder), so the other words' lists are
// searched by cursors that only move forward. One word with one list takes the shortcut of
// impact.ts.
import { topOfOneList } from './impact';
import type { PostingList } from './postings';
import { bm25, FOLDED_TIER, normOf, passes, weightedTf, type Filter } from './score';
import { TopK, type Scored } from './topk';

export type { Filter } from './score';
export type { Scored } from './topk';

/** One query word: the lists of the terms it matches, each with its weight. */
export interface Group {
  lists: { list: PostingList; weight: number; folded?: boolean }[];
}

export interface RankOptions {
  /** Inverse document frequency per group (same order as the groups). */
  idf: number[];
  averageLength: number;
  /** How many of the best to return, in order. */
  k: number;
}

/** A forward-only position in a list in docNo order. */
class Cursor {
  pos = 0;
  constructor(
    readonly list: PostingList,
    readonly weight: number,
    readonly folded: boolean,
  ) {}

  /** Moves to the first entry at or after `docNo` and tells whether it is `docNo`. */
  seek(docNo: number): boolean {
    const { list } = this;
    const count = list.count;
    let lo = this.pos;
    if (lo >= count) return false;
    if (list.docNo(lo) >= docNo) return list.docNo(lo) === docNo;
    // Galloping: targets come in rising order and are usually near, so widen the step from the
    // current position until past the target, then binary-search the last step.
    let step = 1;
    let hi = lo + 1;
    while (hi < count && list.docNo(hi) < docNo) {
      lo = hi;
      step *= 2;
      hi = lo + step;
    }
    let a = lo + 1;
    let b = Math.min(hi, count);
    while (a < b) {
      const mid = (a + b) >>> 1;
      if (list.docNo(mid) < docNo) a = mid + 1;
      else b = mid;
    }
    this.pos = a;
    return a < count && list.docNo(a) === docNo;
  }
}

/** One word's lists side by side: whether a record is in any, its weighted tf, and whether an
 * unfolded list has it. */
class GroupCursor {
  tf = 0;
  exact = false;
  readonly cursors: Cursor[];
  constructor(group: Group) {
    this.cursors = group.lists.map((l) => new Cursor(l.list, l.weight, l.folded ?? false));
  }

  match(docNo: number): boolean {
    let tf = 0;
    let found = false;
    let exact = false;
    for (const cursor of this.cursors) {
      if (!cursor.seek(docNo)) continue;
      tf += cursor.weight * weightedTf(cursor.list, cursor.pos);
      found = true;
      if (!cursor.folded) exact = true;
    }
    this.tf = tf;
    this.exact = exact;
    return found;
  }

  /** The cursor at the lowest record number not yet passed, or undefined when all are done. */
  next(): Cursor | undefined {
    let best: Cursor | undefined;
    for (const cursor of this.cursors) {
      if (cursor.pos >= cursor.list.count) continue;
      if (!best || cursor.list.docNo(cursor.pos) < best.list.docNo(best.pos)) best = cursor;
    }
    return best;
  }

  /** Moves every cursor past `docNo`. */
  skip(docNo: number): void {
    for (const cursor of this.cursors) {
      if (cursor.pos < cursor.list.count && cursor.list.docNo(cursor.pos) === docNo) cursor.pos++;
    }
  }
}

const groupSize = (g: Group) => g.lists.reduce((sum, l) => sum + l.list.count, 0);

/** Every record matching all groups and the filter: how many, and the best k in order. */
export function rank(
  groups: Group[],
  filter: Filter,
  options: RankOptions,
): { total: number; top: Scored[] } {
  const { idf, averageLength, k } = options;
  const only = groups.length === 1 && groups[0]!.lists.length === 1 ? groups[0]!.lists[0] : null;
  if (only) {
    const { list, weight, folded } = only;
    const penalty = folded ? FOLDED_TIER : 0;
    const quick = topOfOneList({ list, weight, idf: idf[0]!, penalty }, filter, averageLength, k);
    if (quick) return quick;
  }
  const ordered = groups.map((group, index) => ({ cursor: new GroupCursor(group), index }));
  ordered.sort((a, b) => groupSize(groups[a.index]!) - groupSize(groups[b.index]!));
  const [lead, ...others] = ordered;
  if (!lead) return { total: 0, top: [] };
  const top = new TopK(k);
  let total = 0;
  for (let at = lead.cursor.next(); at; at = lead.cursor.next()) {
    const { list, pos: i } = at;
    const docNo = list.docNo(i);
    if (passes(list, i, filter)) {
      lead.cursor.match(docNo);
      const norm = normOf(list.length(i), averageLength);
      let score = bm25(idf[lead.index]!, lead.cursor.tf, norm);
      let exact = lead.cursor.exact;
      let all = true;
      for (const { cursor, index } of others) {
        if (!cursor.match(docNo)) {
          all = false;
          break;
        }
        score += bm25(idf[index]!, cursor.tf, norm);
        exact &&= cursor.exact;
      }
      if (all) {
        total++;
        top.offer(docNo, list.day(i), exact ? score : score - FOLDED_TIER);
      }
    }
    lead.cursor.skip(docNo);
  }
  return { total, top: top.best };
}
