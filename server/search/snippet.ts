// Snippets: a short window of a record's text around the first word that matches the query,
// returned as plain text plus highlight offsets (the client marks them up; no HTML ever comes
// from a document's text).
import { foldSwedish, normalize, tokenize, type QueryWord } from './analysis';
import { stem } from './stemmer';

export type Range = [start: number, end: number];

const BEFORE = 80;
const LENGTH = 240;
const WORD = /[\p{L}\p{N}]+/gu;

export function wordMatches(words: readonly QueryWord[], word: string, term: string): boolean {
  return words.some(
    (w) =>
      w.term === term ||
      (w.prefix && word.startsWith(w.word)) ||
      // Typed without å ä ö (forskola): its spellings with them (förskolan) are matches too.
      (w.folds &&
        (foldSwedish(term) === w.term || (w.prefix && foldSwedish(word).startsWith(w.word)))),
  );
}

/** Offsets of every matching word in `text`. */
export function highlightRanges(text: string, words: readonly QueryWord[]): Range[] {
  return tokenize(text)
    .filter((t) => wordMatches(words, t.word, t.term))
    .map((t) => [t.start, t.end]);
}

function firstMatch(text: string, words: readonly QueryWord[]): number {
  // Stops at the first hit, so a long text is not analysed in full for one snippet.
  for (const match of text.matchAll(WORD)) {
    const word = normalize(match[0]);
    if (wordMatches(words, word, stem(word))) return match.index;
  }
  return -1;
}

export interface Snippet {
  text: string;
  highlights: Range[];
}

export function buildSnippet(fullText: string, words: readonly QueryWord[]): Snippet {
  const text = fullText.replace(/\s+/g, ' ').trim();
  if (text.length === 0) return { text: '', highlights: [] };
  const hit = firstMatch(text, words);
  let start = hit <= BEFORE ? 0 : hit - BEFORE;
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space >= 0 && space < hit ? space + 1 : start;
  }
  let end = Math.min(text.length, start + LENGTH);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > Math.max(start, hit)) end = space;
  }
  const core = text.slice(start, end);
  const prefix = start > 0 ? '… ' : '';
  const suffix = end < text.length ? ' …' : '';
  const highlights = highlightRanges(core, words).map(([s, e]): Range => [
    s + prefix.length,
    e + prefix.length,
  ]);
  return { text: `${prefix}${core}${suffix}`, highlights };
}
