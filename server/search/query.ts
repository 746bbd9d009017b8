// Answering a search: read the posting lists of the query's terms (one `_id` lookup each),
// intersect them (every word must match), filter, rank by BM25 with a title boost, then date,
// and build the page's results with snippets. Words typed without å ä ö also match their
// spellings with them, ranked below, and the answer then suggests that spelling.
import { analyzeQuery } from './analysis';
import { suggestionFor, termsOf, type WordTerm } from './expand';
import type { SearchableType } from './index';
import { dayOf, inDocOrder, PostingList, TYPE_CODES } from './postings';
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
  type IndexStats,
} from './store';
import { GenerationCache, LruCache } from '../cache';
import { currentGeneration } from './generation';
import { limited } from './limit';
import { rank, type Filter, type Group, type Scored } from './rank';
import type { QueryWord } from './analysis';

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
  /** The query respelt with å ä ö where that finds far more ("forskola" → "förskola"). */
  suggestion?: string;
}

// Indexed records by number: immutable, so kept until the memory budget (characters) pushes them
// out. Concurrent searches that need the same record share one read.
const docs = new LruCache<DocDoc>(
  32 * 1024 * 1024,
  (doc) => doc.text.length + doc.title.length + 200,
);
const docReads = new Map<string, Promise<DocDoc | null>>();
const stats = new GenerationCache<IndexStats>(100);
/** Whole answers: a repeated search under an unchanged index costs no reads. */
const answers = new GenerationCache<SearchAnswer>(1_000);
/**
 * Rankings by the terms searched rather than the words typed: inflections of one stem
 * ("förskolan", "Förskolor") usually rank the same lists, so only the first ranks; the others
 * only present.
 */
const rankings = new GenerationCache<{ total: number; top: Scored[] }>(1_000);

/** A record's indexed version: immutable once written, so remembered (per database). */
function indexedDoc(docNo: number): Promise<DocDoc | null> {
  const key = `${databaseName()}|${docNo}`;
  const known = docs.get(key);
  if (known) return Promise.resolve(known);
  let reading = docReads.get(key);
  if (!reading) {
    reading = (async () => {
      const keys = await recordKeys();
      const doc = await limited(() => docCollection(docNo).findOne({ _id: recordId(docNo, keys) }));
      if (doc) docs.set(key, doc);
      return doc;
    })().finally(() => docReads.delete(key));
    docReads.set(key, reading);
  }
  return reading;
}

// Posting lists by term, with their version and the generation they were last known current
// under. Under the same generation a list is used as it is; under another one its version (a few
// bytes) is checked, and the list itself is read only when it changed. A list not known at all is
// read at once: it carries its version.
interface CachedList {
  v: number;
  list: PostingList | undefined;
  generation: string;
}
const lists = new LruCache<CachedList>(
  96 * 1024 * 1024,
  (entry) => (entry.list?.bytes.byteLength ?? 0) + 100,
);
/** Version of a list known to be absent: matches a term never filed (no version document). */
const ABSENT = -1;

async function postingList(term: string, generation: string): Promise<PostingList | undefined> {
  const key = `${databaseName()}|${term}`;
  const cached = lists.get(key);
  if (cached?.generation === generation) return cached.list;
  if (cached) {
    const version = await limited(() => versionCollection(term).findOne({ _id: term }));
    if (cached.v === (version?.v ?? ABSENT)) {
      cached.generation = generation;
      return cached.list;
    }
  }
  const doc = await limited(() => termCollection(term).findOne({ _id: term }));
  if (!doc?.p || doc.v === undefined) {
    // Absent now. A term that was filed and removed keeps a version, so under the next generation
    // it is read again (it may be back); one never filed is known absent until its version appears.
    lists.set(key, { v: ABSENT, list: undefined, generation });
    return undefined;
  }
  const list = inDocOrder(new PostingList(doc.p.buffer));
  lists.set(key, { v: doc.v, list, generation });
  return list;
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
  const [corpus, perWord] = await Promise.all([
    stats.get(databaseName(), generation, readStats),
    Promise.all(words.map(async (word) => ({ word, terms: await termsOf(word, generation) }))),
  ]);
  const wanted = perWord.filter((w) => w.terms.length > 0);
  if (wanted.length === 0) return { total: 0, results: [] };
  const counts = new Map<string, number>();
  const groups: Group[] = await Promise.all(
    wanted.map(async ({ terms }) => {
      const found = await Promise.all(terms.map((t) => postingList(t.term, generation)));
      return {
        lists: found.flatMap((list, i) => {
          counts.set(terms[i]!.term, list?.count ?? 0);
          const { weight, folded } = terms[i]!;
          return list ? [{ list, weight, folded }] : [];
        }),
      };
    }),
  );
  const suggestion = suggestionFor(options.q, perWord, counts);
  const start = (options.page - 1) * options.pageSize;
  const k = start + options.pageSize;
  const rankKey = [
    databaseName(),
    ...wanted.map((w) => termsKey(w.terms)),
    JSON.stringify(filter),
    k,
  ];
  const { total, top } = await rankings.get(rankKey.join('|'), generation, () =>
    Promise.resolve(rankAll(groups, filter, corpus, k)),
  );
  const pageDocs = await Promise.all(top.slice(start).map((hit) => indexedDoc(hit.docNo)));
  const results = pageDocs.filter((d): d is DocDoc => d !== null).map((d) => present(d, words));
  return { total, results, ...(suggestion ? { suggestion } : {}) };
}

function rankAll(groups: Group[], filter: Filter, corpus: IndexStats, k: number) {
  const docCount = Math.max(corpus.docs, 1);
  const idf = groups.map((group) => {
    const df = Math.max(...group.lists.map((l) => l.list.count), 1);
    // The statistics may lag a second behind the lists; never let that turn idf negative.
    const n = Math.max(docCount, df);
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  });
  return rank(groups, filter, { idf, averageLength: Math.max(corpus.length / docCount, 1), k });
}

const termsKey = (terms: readonly WordTerm[]) =>
  terms.map((t) => `${t.term}:${t.weight}:${t.folded ? 'f' : ''}`).join(',');
