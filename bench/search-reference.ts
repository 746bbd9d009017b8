// The reference for bench:search: what a team would pick instead of our own index, an in-process
// MiniSearch holding every record in this process's memory, given the same Swedish analysis
// (normalisation, stop words, stems) so both answer the same queries with comparable hits. It
// answers a page the way search() does: the best 20 by BM25 (title boosted 3×, every word
// required, the last word also as a prefix), with a snippet and highlights from the same code.
import MiniSearch from 'minisearch';
import { analyzeQuery, isStopWord, normalize } from '../server/search/analysis';
import { stem } from '../server/search/stemmer';
import { buildSnippet, highlightRanges } from '../server/search/snippet';
import type { SearchableRecord } from '../server/search';

const WORD = /[\p{L}\p{N}]+/gu;

interface Entry {
  n: number;
  title: string;
  text: string;
}

export interface Reference {
  /** Milliseconds to build the index. */
  buildMs: number;
  /** Heap growth while building (bytes): what the index and the kept records cost in memory. */
  heapBytes: number;
  /** Answers one page (20) for `q`, like search(); resolves to the total number of hits. */
  answer(q: string): Promise<number>;
}

const yieldToOthers = () => new Promise<void>((resolve) => setImmediate(resolve));

export function miniSearchReference(records: readonly SearchableRecord[]): Reference {
  const heapBefore = process.memoryUsage().heapUsed;
  const start = performance.now();
  const mini = new MiniSearch<Entry>({
    idField: 'n',
    fields: ['title', 'text'],
    tokenize: (text) => text.match(WORD) ?? [],
    processTerm: (term) => {
      const word = normalize(term);
      return word.length === 0 || isStopWord(word) ? null : stem(word);
    },
    searchOptions: {
      boost: { title: 3 },
      combineWith: 'AND',
      prefix: (_term, index, terms) => index === terms.length - 1,
    },
  });
  mini.addAll(records.map((r, n) => ({ n, title: r.title, text: r.text })));
  const buildMs = performance.now() - start;
  const heapBytes = process.memoryUsage().heapUsed - heapBefore;

  return {
    buildMs,
    heapBytes,
    async answer(q) {
      // A request waits its turn like one arriving at a server: twenty clients queue here.
      await yieldToOthers();
      const hits = mini.search(q);
      const words = analyzeQuery(q);
      for (const hit of hits.slice(0, 20)) {
        const record = records[hit.id as number]!;
        buildSnippet(record.text, words);
        highlightRanges(record.title, words);
      }
      return hits.length;
    },
  };
}
