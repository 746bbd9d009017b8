// BM25 and the filters, shared by both ways of ranking (rank.ts, impact.ts): one formula, so the
// two always order records alike.
import type { PostingList } from './postings';

const K1 = 1.2;
const B = 0.75;
/** A word in the title counts as this many in the text. */
export const TITLE_BOOST = 3;
/**
 * A record found only through a folded spelling (typed forskola, filed as förskola) ranks below
 * every record that matches as typed: BM25 sums stay far below this.
 */
export const FOLDED_TIER = 1e6;

export interface Filter {
  typeCode?: number;
  bodyNo?: number;
  fromDay?: number;
  toDay?: number;
}

export const unfiltered = (filter: Filter) =>
  filter.typeCode === undefined &&
  filter.bodyNo === undefined &&
  filter.fromDay === undefined &&
  filter.toDay === undefined;

export function passes(list: PostingList, i: number, filter: Filter): boolean {
  return (
    (filter.typeCode === undefined || list.typeCode(i) === filter.typeCode) &&
    (filter.bodyNo === undefined || list.bodyNo(i) === filter.bodyNo) &&
    (filter.fromDay === undefined || list.day(i) >= filter.fromDay) &&
    (filter.toDay === undefined || list.day(i) <= filter.toDay)
  );
}

/** Occurrences of the term in entry `i`, a title occurrence counting TITLE_BOOST times. */
export const weightedTf = (list: PostingList, i: number) =>
  list.tfText(i) + TITLE_BOOST * list.tfTitle(i);

/** BM25's length normalisation of a record of `length` words. */
export const normOf = (length: number, averageLength: number) =>
  K1 * (1 - B + (B * length) / averageLength);

/** One word's BM25 contribution; falls as `norm` grows, rises with `tf`. */
export const bm25 = (idf: number, tf: number, norm: number) => (idf * tf * (K1 + 1)) / (tf + norm);
