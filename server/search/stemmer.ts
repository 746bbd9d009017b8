// The Swedish stemmer: Snowball's Swedish algorithm (from @nlpjs/lang-sv, generated from the
// Snowball source), plus one documented extension for definite singular forms.
import { StemmerSv } from '@nlpjs/lang-sv';

const snowball = new StemmerSv();
const VOWEL = /[aeiouyåäö]/;
// A bounded memo: stemming is pure, and council text repeats its words a lot.
const memo = new Map<string, string>();
const MEMO_LIMIT = 100_000;

/**
 * Snowball's Swedish algorithm removes plural and genitive endings (förskolor, förskolans →
 * förskol) but keeps the definite singular endings -an and -et (förskolan, beslutet), so
 * "förskolan" would not find "förskola". We remove a final -an or -et from Snowball's output when
 * a syllable of at least three letters remains. Because the same function stems both the index
 * and the query, it only has to conflate consistently, not produce dictionary stems.
 */
function definiteSingular(stem: string): string {
  if (!stem.endsWith('an') && !stem.endsWith('et')) return stem;
  const rest = stem.slice(0, -2);
  return rest.length >= 3 && VOWEL.test(rest) ? rest : stem;
}

export function stem(word: string): string {
  const known = memo.get(word);
  if (known !== undefined) return known;
  snowball.setCurrent(word);
  snowball.innerStem();
  const result = definiteSingular(snowball.getCurrent());
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(word, result);
  return result;
}
