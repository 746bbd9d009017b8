// "Similar proposal" as the refusal rule uses it: titles are reduced to sets of normalised tokens
// (lower case, stop words dropped, common Swedish inflection endings cut) and two proposals are
// similar when the Jaccard overlap of those sets is at least SIMILARITY_THRESHOLD.
const STOP_WORDS = new Set(
  (
    'att och som för med den det ett en i på av till om inte kan ska vill bör mer fler från ' +
    'alla har vara eller där när hur vår våra vårt kommunen kommun inför införa the and for of to'
  ).split(' '),
);

// Longest first, so "-arna" is cut before "-a".
const SUFFIXES = [
  'erna',
  'arna',
  'orna',
  'ande',
  'ende',
  'ning',
  'ar',
  'er',
  'or',
  'en',
  'et',
  'na',
  'a',
  'e',
];

export const SIMILARITY_THRESHOLD = 0.6;

function stem(token: string): string {
  for (const suffix of SUFFIXES) {
    if (token.length - suffix.length >= 4 && token.endsWith(suffix)) {
      return token.slice(0, -suffix.length);
    }
  }
  return token;
}

export function titleTokens(title: string): string[] {
  const tokens = title
    .normalize('NFC')
    .toLocaleLowerCase('sv')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((token) => token.length >= 3 && !STOP_WORDS.has(token))
    .map(stem);
  return [...new Set(tokens)].sort();
}

export function similarity(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const setB = new Set(b);
  const shared = a.filter((token) => setB.has(token)).length;
  return shared / (a.length + b.length - shared);
}

export function isSimilar(a: readonly string[], b: readonly string[]): boolean {
  return similarity(a, b) >= SIMILARITY_THRESHOLD;
}
