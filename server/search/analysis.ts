// Swedish text analysis shared by indexing and querying: normalisation (lower case; å ä ö kept,
// other accents folded), tokenisation with source offsets (for highlighting), stop words, stems.
import { STOP_WORDS } from './stopwords';
import { stem } from './stemmer';

/** Longest token we index; longer runs are noise (hashes, URLs without separators). */
const MAX_TOKEN_LENGTH = 40;
const KEEP = new Set(['å', 'ä', 'ö']);
// Nordic neighbours' letters that Swedish readers treat as ä and ö.
const NORDIC: Record<string, string> = { æ: 'ä', ø: 'ö' };

/** Lower case, NFC; å ä ö stay distinct letters, other accents are folded (é → e, ü → u). */
export function normalize(text: string): string {
  let out = '';
  for (const char of text.normalize('NFC').toLowerCase()) {
    // Most characters are ASCII or å ä ö: nothing to fold (the fold below is the slow part).
    if (char < '\u0080' || KEEP.has(char)) out += char;
    else if (NORDIC[char]) out += NORDIC[char];
    else out += char.normalize('NFD').replace(/\p{M}/gu, '');
  }
  return out;
}

/** å ä ö as a o o: how a word is typed on a keyboard without them (for tolerant matching only). */
export function foldSwedish(word: string): string {
  // Called for every word of every snippet: most have none of the three, and stay as they are.
  return /[åäö]/.test(word) ? word.replace(/[åä]/g, 'a').replace(/ö/g, 'o') : word;
}

/** A word typed without å ä ö that could have had them: it also matches terms that fold to it. */
const mayLackDiacritics = (word: string) => /[ao]/.test(word) && !/[åäö]/.test(word);

export interface Token {
  /** The normalised word. */
  word: string;
  /** Its stem: the term stored in the index. */
  term: string;
  /** Offsets of the word in the original text (UTF-16 code units, end exclusive). */
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Every word of the text with its offsets, including stop words (snippets need them). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = normalize(match[0]);
    if (word.length === 0 || word.length > MAX_TOKEN_LENGTH) continue;
    tokens.push({ word, term: stem(word), start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

/** The index terms of a text: stems of all words but stop words, with their frequencies. */
export function termFrequencies(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const token of tokenize(text)) {
    if (isStopWord(token.word)) continue;
    counts.set(token.term, (counts.get(token.term) ?? 0) + 1);
  }
  return counts;
}

export interface QueryWord {
  word: string;
  term: string;
  /** The last word typed (no space after it): also matches terms that start with it. */
  prefix: boolean;
  /** A stop word being typed ("kan" on the way to "kanal"): it narrows only if it expands. */
  optional: boolean;
  /** Typed without å ä ö where it could have them (forskola): terms that fold to it match too. */
  folds: boolean;
}

/** A search query as words to match; stop words dropped (unless being typed as a prefix). */
export function analyzeQuery(query: string): QueryWord[] {
  const tokens = tokenize(query);
  const endsInWord = /[\p{L}\p{N}]$/u.test(query);
  const words = tokens.map((token, index) => {
    const prefix = endsInWord && index === tokens.length - 1;
    const optional = isStopWord(token.word);
    const folds = !optional && mayLackDiacritics(token.word);
    return { word: token.word, term: token.term, prefix, optional, folds };
  });
  const content = words.filter((w) => !w.optional || (w.prefix && w.word.length >= 3));
  const unique = new Map<string, QueryWord>();
  for (const w of content) {
    const key = `${w.term}|${w.prefix ? w.word : ''}`;
    if (!unique.has(key)) unique.set(key, w);
  }
  return [...unique.values()];
}
