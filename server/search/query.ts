// Answering a search: read the posting lists of the query's terms (one `_id` lookup each),
// intersect them (every word must match), filter, rank by BM25 with a title boost, then date,
// and build the page's results with snippets.
import { analyzeQuery, type QueryWord } from './analysis';
import type { SearchableType } from './index';
import { dayOf, PostingList, TYPE_CODES } from './postings';
import { buildSnippet, highlightRanges, type Range } from './snippet';
import {
  bodyNumber,
  databaseName,
  docCollection,
  readStats,
  termCollection,
  type DocDoc,
} from './store';
import { PREFIX_LENGTH, prefixId, prefixTable } from './terms';
import { LruCache, TtlCache } from './cache';

const K1 = 1.2;
const B = 0.75;
const TITLE_BOOST = 3;
/** A word being typed matches at most this many terms (the shortest: closest to what is typed). */
const MAX_EXPANSIONS = 24;
/** Terms a prefix merely starts count a little less than the word itself. */
const EXPANSION_WEIGHT = 0.8;

export interface SearchOptions {
  q: string;
  type?: SearchableType;
  bodyId?: string;
  from?: Date;
  to?: Date;
  page: number;
  pageSize: number;
}

export interface SearchHit {
  type: SearchableType;
  id: string;
  title: string;
  snippet: string;
  date: Date;
  path: string;
  bodyId?: string;
  highlights: { title: Range[]; snippet: Range[] };
}

export interface SearchAnswer {
  total: number;
  results: SearchHit[];
}

interface Group {
  /** Per matching record: weighted title and text frequencies, summed over the group's terms. */
  lists: { list: PostingList; weight: number }[];
}

const docs = new LruCache<DocDoc>(5_000);
const stats = new TtlCache<Awaited<ReturnType<typeof readStats>>>(2_000);
const cachedStats = () => stats.get(databaseName(), readStats);

/** A record's indexed version: immutable once written, so remembered (per database). */
async function indexedDoc(docNo: number): Promise<DocDoc | null> {
  const key = `${databaseName()}|${docNo}`;
  const known = docs.get(key);
  if (known) return known;
  const doc = await docCollection(docNo).findOne({ _id: docNo });
  if (doc) docs.set(key, doc);
  return doc;
}

async function postingList(term: string): Promise<PostingList | undefined> {
  const doc = await termCollection(term).findOne({ _id: term });
  return doc?.p ? new PostingList(doc.p.buffer) : undefined;
}

async function expansions(word: QueryWord): Promise<string[]> {
  if (!word.prefix || word.word.length < PREFIX_LENGTH) return [];
  const terms = await prefixTable(prefixId(word.word));
  return terms
    .filter((t) => t.startsWith(word.word) && t !== word.term)
    .sort((a, b) => a.length - b.length || a.localeCompare(b))
    .slice(0, MAX_EXPANSIONS);
}

async function groupOf(word: QueryWord): Promise<Group | null> {
  const extra = await expansions(word);
  const terms = word.optional ? extra : [word.term, ...extra];
  if (word.optional && terms.length === 0) return null;
  const lists = await Promise.all(terms.map(postingList));
  return {
    lists: lists.flatMap((list, i) =>
      list ? [{ list, weight: i === 0 && !word.optional ? 1 : EXPANSION_WEIGHT }] : [],
    ),
  };
}

interface Candidate {
  docNo: number;
  day: number;
  length: number;
  /** Weighted term frequency per group. */
  tf: number[];
}

interface Filter {
  typeCode?: number;
  bodyNo?: number;
  fromDay?: number;
  toDay?: number;
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

/** Looks up a record's weighted frequency in a group: binary search over one list in docNo
 * order (the usual case: new versions get higher numbers and are appended), else a map. */
function lookupOf(group: Group): (docNo: number) => number | undefined {
  const only = group.lists.length === 1 ? group.lists[0]! : undefined;
  if (only && isSorted(only.list)) {
    const { list, weight } = only;
    return (docNo) => {
      let lo = 0;
      let hi = list.count - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >>> 1;
        const at = list.docNo(mid);
        if (at === docNo) return weightedTf(list, mid, weight);
        if (at < docNo) lo = mid + 1;
        else hi = mid - 1;
      }
      return undefined;
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

function isSorted(list: PostingList): boolean {
  for (let i = 1; i < list.count; i++) if (list.docNo(i) <= list.docNo(i - 1)) return false;
  return true;
}

const groupSize = (g: Group) => g.lists.reduce((sum, l) => sum + l.list.count, 0);

/** All records passing the filter and matching every group, with per-group frequencies. */
function intersect(groups: Group[], filter: Filter): Candidate[] {
  const ordered = [...groups].sort((a, b) => groupSize(a) - groupSize(b));
  const [smallest, ...others] = ordered;
  if (!smallest) return [];
  const order = groups.map((g) => ordered.indexOf(g));
  const lookups = others.map(lookupOf);
  const ownTf = smallest.lists.length > 1 ? lookupOf(smallest) : undefined;
  const seen = new Set<number>();
  const out: Candidate[] = [];
  for (const { list, weight } of smallest.lists) {
    for (let i = 0; i < list.count; i++) {
      if (!passes(list, i, filter)) continue;
      const docNo = list.docNo(i);
      if (ownTf) {
        if (seen.has(docNo)) continue;
        seen.add(docNo);
      }
      const tfs = [ownTf ? ownTf(docNo)! : weightedTf(list, i, weight)];
      for (const lookup of lookups) {
        const tf = lookup(docNo);
        if (tf === undefined) break;
        tfs.push(tf);
      }
      if (tfs.length !== ordered.length) continue;
      out.push({ docNo, day: list.day(i), length: list.length(i), tf: order.map((o) => tfs[o]!) });
    }
  }
  return out;
}

interface Scored {
  docNo: number;
  day: number;
  score: number;
}

/** Relevance, then newer first, then the later version: a total order, so pages are stable. */
const better = (a: Scored, b: Scored) => b.score - a.score || b.day - a.day || b.docNo - a.docNo;

/** The best `k` in order, without sorting every candidate of a common word. */
function topK(all: Scored[], k: number): Scored[] {
  if (all.length <= k * 4) return all.sort(better).slice(0, k);
  // Keep a sorted window of the best k; most candidates lose to its worst and cost one compare.
  const best: Scored[] = [];
  for (const item of all) {
    if (best.length === k && better(item, best[k - 1]!) >= 0) continue;
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
  return best;
}

function present(doc: DocDoc, words: QueryWord[]): SearchHit {
  const snippet = buildSnippet(doc.text, words);
  return {
    type: doc.type as SearchableType,
    id: doc.id,
    title: doc.title,
    snippet: snippet.text,
    date: doc.date,
    path: doc.path,
    ...(doc.bodyId ? { bodyId: doc.bodyId } : {}),
    highlights: { title: highlightRanges(doc.title, words), snippet: snippet.highlights },
  };
}

export async function search(options: SearchOptions): Promise<SearchAnswer> {
  const words = analyzeQuery(options.q);
  if (words.length === 0) return { total: 0, results: [] };
  const filter: Filter = {
    typeCode: options.type ? TYPE_CODES[options.type] : undefined,
    fromDay: options.from ? dayOf(options.from) : undefined,
    toDay: options.to ? dayOf(options.to) : undefined,
  };
  if (options.bodyId) {
    filter.bodyNo = await bodyNumber(options.bodyId, false);
    if (filter.bodyNo === undefined) return { total: 0, results: [] };
  }
  const [corpus, ...found] = await Promise.all([cachedStats(), ...words.map(groupOf)]);
  const groups = found.filter((g): g is Group => g !== null);
  if (groups.length === 0) return { total: 0, results: [] };
  const candidates = intersect(groups, filter);
  const docCount = Math.max(corpus.docs, 1);
  const averageLength = Math.max(corpus.length / docCount, 1);
  const idf = groups.map((group) => {
    const df = Math.max(...group.lists.map((l) => l.list.count), 1);
    // The statistics may lag a second behind the lists; never let that turn idf negative.
    const n = Math.max(docCount, df);
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  });
  const scored = candidates.map((c) => {
    const norm = K1 * (1 - B + (B * c.length) / averageLength);
    const score = c.tf.reduce((sum, tf, g) => sum + (idf[g]! * tf * (K1 + 1)) / (tf + norm), 0);
    return { docNo: c.docNo, day: c.day, score };
  });
  const start = (options.page - 1) * options.pageSize;
  const page = topK(scored, start + options.pageSize).slice(start);
  const pageDocs = await Promise.all(page.map((hit) => indexedDoc(hit.docNo)));
  const results = pageDocs.filter((d): d is DocDoc => d !== null).map((d) => present(d, words));
  return { total: scored.length, results };
}
