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
  recordId,
  recordKeys,
  readStats,
  termCollection,
  versionCollection,
  type DocDoc,
} from './store';
import { PREFIX_LENGTH, prefixId, prefixTable } from './terms';
import { GenerationCache, LruCache } from '../cache';
import { currentGeneration } from './generation';
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

// Indexed records by number: immutable, so kept until the memory budget (characters) pushes them out.
const docs = new LruCache<DocDoc>(
  32 * 1024 * 1024,
  (doc) => doc.text.length + doc.title.length + 200,
);
const stats = new GenerationCache<Awaited<ReturnType<typeof readStats>>>(100);
/** Whole answers: a repeated search under an unchanged index costs no reads. */
const answers = new GenerationCache<SearchAnswer>(1_000);

/** A record's indexed version: immutable once written, so remembered (per database). */
async function indexedDoc(docNo: number): Promise<DocDoc | null> {
  const key = `${databaseName()}|${docNo}`;
  const known = docs.get(key);
  if (known) return known;
  const keys = await recordKeys();
  const doc = await limited(() => docCollection(docNo).findOne({ _id: recordId(docNo, keys) }));
  if (doc) docs.set(key, doc);
  return doc;
}

// Posting lists by term, with their version and the generation they were last known current
// under. Under the same generation a list is used as it is; otherwise its version (a few bytes)
// is checked, and the list itself is read only when it changed.
interface CachedList {
  v: number;
  list: PostingList | undefined;
  generation: string;
}
const lists = new LruCache<CachedList>(
  96 * 1024 * 1024,
  (entry) => (entry.list?.bytes.byteLength ?? 0) + 100,
);

async function postingList(term: string, generation: string): Promise<PostingList | undefined> {
  const key = `${databaseName()}|${term}`;
  const cached = lists.get(key);
  if (cached?.generation === generation) return cached.list;
  const version = await limited(() => versionCollection(term).findOne({ _id: term }));
  if (cached && cached.v === (version?.v ?? -1)) {
    cached.generation = generation;
    return cached.list;
  }
  if (!version) {
    lists.set(key, { v: -1, list: undefined, generation });
    return undefined;
  }
  const doc = await limited(() => termCollection(term).findOne({ _id: term }));
  const list = doc?.p ? new PostingList(doc.p.buffer) : undefined;
  if (doc?.v !== undefined) lists.set(key, { v: doc.v, list, generation });
  return list;
}

async function expansions(word: QueryWord, generation: string): Promise<string[]> {
  if (!word.prefix || word.word.length < PREFIX_LENGTH) return [];
  const terms = await prefixTable(prefixId(word.word), generation);
  return terms
    .filter((t) => t.startsWith(word.word) && t !== word.term)
    .sort((a, b) => a.length - b.length || a.localeCompare(b))
    .slice(0, MAX_EXPANSIONS);
}

async function groupOf(word: QueryWord, generation: string): Promise<Group | null> {
  const extra = await expansions(word, generation);
  const terms = word.optional ? extra : [word.term, ...extra];
  if (word.optional && terms.length === 0) return null;
  const lists = await Promise.all(terms.map((term) => postingList(term, generation)));
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
  const generation = await currentGeneration();
  const key = `${databaseName()}|${JSON.stringify(options)}`;
  return answers.get(key, generation, () => answer(options, generation));
}

async function answer(options: SearchOptions, generation: string): Promise<SearchAnswer> {
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
  const [corpus, ...found] = await Promise.all([
    stats.get(databaseName(), generation, readStats),
    ...words.map((word) => groupOf(word, generation)),
  ]);
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
