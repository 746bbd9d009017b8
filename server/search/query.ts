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
  versionCollection,
  type DocDoc,
} from './store';
import { PREFIX_LENGTH, prefixId, prefixTable } from './terms';
import { LruCache, TtlCache } from './cache';
import { limited } from './limit';
import { rank, type Filter, type Group } from './rank';

/** A word being typed matches at most this many terms (the shortest: closest to what is typed). */
const MAX_EXPANSIONS = 8;
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

const docs = new LruCache<DocDoc>(5_000);
const stats = new TtlCache<Awaited<ReturnType<typeof readStats>>>(2_000);
const cachedStats = () => stats.get(databaseName(), readStats);

/** A record's indexed version: immutable once written, so remembered (per database). */
async function indexedDoc(docNo: number): Promise<DocDoc | null> {
  const key = `${databaseName()}|${docNo}`;
  const known = docs.get(key);
  if (known) return known;
  const doc = await limited(() => docCollection(docNo).findOne({ _id: docNo }));
  if (doc) docs.set(key, doc);
  return doc;
}

// Posting lists by term and version: a search checks the version (a few bytes) and reads the
// list itself only when it changed, so a common word's large list is not read for every search.
const lists = new LruCache<{ v: number; list: PostingList | undefined }>(2_000);
let cachedBytes = 0;
const MAX_CACHED_BYTES = 96 * 1024 * 1024;

async function postingList(term: string): Promise<PostingList | undefined> {
  const key = `${databaseName()}|${term}`;
  const version = await limited(() => versionCollection(term).findOne({ _id: term }));
  if (!version) return undefined;
  const cached = lists.get(key);
  if (cached && cached.v === version.v) return cached.list;
  const doc = await limited(() => termCollection(term).findOne({ _id: term }));
  const list = doc?.p ? new PostingList(doc.p.buffer) : undefined;
  if (doc?.v !== undefined && list && list.bytes.byteLength < MAX_CACHED_BYTES / 16) {
    if (cachedBytes > MAX_CACHED_BYTES) {
      lists.clear();
      cachedBytes = 0;
    }
    lists.set(key, { v: doc.v, list });
    cachedBytes += list.bytes.byteLength;
  }
  return list;
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
  const docCount = Math.max(corpus.docs, 1);
  const idf = groups.map((group) => {
    const df = Math.max(...group.lists.map((l) => l.list.count), 1);
    // The statistics may lag a second behind the lists; never let that turn idf negative.
    const n = Math.max(docCount, df);
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  });
  const start = (options.page - 1) * options.pageSize;
  const { total, top } = rank(groups, filter, {
    idf,
    averageLength: Math.max(corpus.length / docCount, 1),
    k: start + options.pageSize,
  });
  const page = top.slice(start);
  const pageDocs = await Promise.all(page.map((hit) => indexedDoc(hit.docNo)));
  const results = pageDocs.filter((d): d is DocDoc => d !== null).map((d) => present(d, words));
  return { total, results };
}
