// What one query word matches besides its own term: the terms the last word may still become
// while it is typed (prefix), and spellings with å ä ö of a word typed without them (forskola →
// förskola, ranked in a tier below the word as typed); and the "did you mean" built from those.
import { foldSwedish, tokenize, type QueryWord } from './analysis';
import { PREFIX_LENGTH, prefixId, prefixTable, prefixVariants } from './terms';

/** A word being typed matches at most this many terms (the shortest: closest to what is typed). */
const MAX_EXPANSIONS = 8;
/** Terms a prefix merely starts count a little less than the word itself. */
const EXPANSION_WEIGHT = 0.8;
/** A spelling with å ä ö is suggested when filed this many times more often than the word typed. */
const SUGGEST_RATIO = 10;

export interface WordTerm {
  term: string;
  weight: number;
  /** A spelling with å ä ö of a word typed without them. */
  folded: boolean;
}

async function expansions(word: QueryWord, generation: string): Promise<string[]> {
  if (!word.prefix || word.word.length < PREFIX_LENGTH) return [];
  const { terms } = await prefixTable(prefixId(word.word), generation);
  const found: string[] = [];
  for (const t of terms) {
    if (found.length === MAX_EXPANSIONS) break;
    if (t !== word.term && t.startsWith(word.word)) found.push(t);
  }
  return found;
}

/** Filed terms that read as the word once å ä ö are typed as a o o (and, while typing, start so). */
async function foldedSpellings(word: QueryWord, generation: string): Promise<string[]> {
  if (!word.folds || word.word.length < PREFIX_LENGTH) return [];
  const tables = await Promise.all(
    prefixVariants(word.word).map((id) => prefixTable(id, generation)),
  );
  const found: string[] = [];
  for (const { terms, folded } of tables) {
    for (let i = 0; i < terms.length; i++) {
      const f = folded[i]!;
      // A term without å ä ö is the word itself or one of its expansions, not a folded spelling.
      if (f === terms[i]) continue;
      if (f === word.term || (word.prefix && f.startsWith(word.word))) found.push(terms[i]!);
    }
  }
  return found.sort((a, b) => a.length - b.length || a.localeCompare(b)).slice(0, MAX_EXPANSIONS);
}

/** Every term `word` matches, with its weight; empty for a stop word being typed that expands to nothing. */
export async function termsOf(word: QueryWord, generation: string): Promise<WordTerm[]> {
  const [extra, folded] = await Promise.all([
    expansions(word, generation),
    foldedSpellings(word, generation),
  ]);
  if (word.optional && extra.length === 0) return [];
  return [
    ...(word.optional ? [] : [{ term: word.term, weight: 1, folded: false }]),
    ...extra.map((term) => ({ term, weight: EXPANSION_WEIGHT, folded: false })),
    ...folded.map((term) => ({
      term,
      weight: foldSwedish(term) === word.term ? 1 : EXPANSION_WEIGHT,
      folded: true,
    })),
  ];
}

/** `typed` with the å ä ö of `term` put back where it has them (case kept); undefined if unsure. */
function respell(typed: string, normalized: string, term: string): string | undefined {
  // Offsets line up only when normalising kept the length (no decomposed accents).
  if (typed.length !== normalized.length) return undefined;
  let out = '';
  for (let i = 0; i < typed.length; i++) {
    const wanted = term[i];
    const char = typed[i]!;
    if (wanted && wanted !== normalized[i] && foldSwedish(wanted) === normalized[i]) {
      out += char === char.toUpperCase() ? wanted.toUpperCase() : wanted;
    } else out += char;
  }
  return out;
}

/**
 * "Did you mean": the query with å ä ö put back into each word typed without them whose spelling
 * with them is filed at least SUGGEST_RATIO times as often as the word as typed (so "forskola"
 * suggests "förskola", while "sal" does not suggest "säl"). `counts`: records per term.
 */
export function suggestionFor(
  q: string,
  words: readonly { word: QueryWord; terms: readonly WordTerm[] }[],
  counts: ReadonlyMap<string, number>,
): string | undefined {
  const respelt = new Map<string, string>();
  for (const { word, terms } of words) {
    let best: string | undefined;
    for (const { term, folded } of terms) {
      if (!folded || foldSwedish(term) !== word.term) continue;
      if (!best || (counts.get(term) ?? 0) > (counts.get(best) ?? 0)) best = term;
    }
    const found = best ? (counts.get(best) ?? 0) : 0;
    if (best && found > 0 && found >= SUGGEST_RATIO * (counts.get(word.term) ?? 0)) {
      respelt.set(word.word, best);
    }
  }
  if (respelt.size === 0) return undefined;
  let out = '';
  let from = 0;
  for (const token of tokenize(q)) {
    const term = respelt.get(token.word);
    const original = q.slice(token.start, token.end);
    const better = term ? respell(original, token.word, term) : undefined;
    if (!better) continue;
    out += q.slice(from, token.start) + better;
    from = token.end;
  }
  const suggestion = out + q.slice(from);
  return suggestion === q ? undefined : suggestion;
}
