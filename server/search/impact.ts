// Ranking one word that matches one list (the most common search) without scoring every record.
// The list's entries are ordered by term frequency, then length: for one frequency a shorter
// record scores higher, and no record of a lower frequency can beat the best possible score of
// a higher one at the shortest length. So the walk stops as soon as nothing left can reach the
// page. The order is computed once per list version and kept with the (immutable) list.
import type { PostingList } from './postings';
import { bm25, normOf, passes, unfiltered, weightedTf, type Filter } from './score';
import { TopK, type Scored } from './topk';

interface Impact {
  /** Entry indexes, by weighted frequency (descending), then length (ascending). */
  order: Uint32Array;
  /** Where each run of equal frequency starts in `order`, and `order.length` at the end. */
  starts: number[];
  minLength: number;
}

// Sort keys pack frequency, length and index into one float64 (53 exact bits): 16 + 16 + 21.
const INDEX_BITS = 2 ** 21;
const LENGTH_SHIFT = 2 ** 21;
const TF_SHIFT = 2 ** 37;
const MAX_TF = 0xffff;

const impacts = new WeakMap<PostingList, Impact | null>();

function build(list: PostingList): Impact | null {
  if (list.count >= INDEX_BITS) return null;
  const keys = new Float64Array(list.count);
  let minLength = Infinity;
  for (let i = 0; i < list.count; i++) {
    const tf = weightedTf(list, i);
    if (tf > MAX_TF) return null;
    const length = list.length(i);
    if (length < minLength) minLength = length;
    keys[i] = (MAX_TF - tf) * TF_SHIFT + length * LENGTH_SHIFT + i;
  }
  keys.sort();
  const order = new Uint32Array(list.count);
  const starts: number[] = [];
  let run = -1;
  for (let j = 0; j < keys.length; j++) {
    const key = keys[j]!;
    order[j] = key % INDEX_BITS;
    const tfRun = Math.floor(key / TF_SHIFT);
    if (tfRun !== run) {
      starts.push(j);
      run = tfRun;
    }
  }
  starts.push(list.count);
  return { order, starts, minLength };
}

function impactOf(list: PostingList): Impact | null {
  let known = impacts.get(list);
  if (known === undefined) {
    known = build(list);
    impacts.set(list, known);
  }
  return known;
}

export interface OneList {
  list: PostingList;
  weight: number;
  idf: number;
  /** Subtracted from every score (the folded tier). */
  penalty: number;
}

/** The best k entries of one list and how many pass the filter; undefined if it cannot tell. */
export function topOfOneList(
  { list, weight, idf, penalty }: OneList,
  filter: Filter,
  averageLength: number,
  k: number,
): { total: number; top: Scored[] } | undefined {
  const impact = impactOf(list);
  if (!impact) return undefined;
  let total = list.count;
  if (!unfiltered(filter)) {
    total = 0;
    for (let i = 0; i < list.count; i++) if (passes(list, i, filter)) total++;
  }
  const top = new TopK(k);
  const { order, starts, minLength } = impact;
  const shortest = normOf(minLength, averageLength);
  for (let run = 0; run < starts.length - 1; run++) {
    const tf = weight * weightedTf(list, order[starts[run]!]!);
    // Nothing in this run or a later one (lower frequency) can score more than this.
    if (bm25(idf, tf, shortest) - penalty < top.floor) break;
    for (let j = starts[run]!; j < starts[run + 1]!; j++) {
      const i = order[j]!;
      const score = bm25(idf, tf, normOf(list.length(i), averageLength)) - penalty;
      // The rest of the run is longer, so scores no more.
      if (score < top.floor) break;
      if (passes(list, i, filter)) top.offer(list.docNo(i), list.day(i), score);
    }
  }
  return { total, top: top.best };
}
