// A Swedish sort key for names: FerretDB has no collation, so we store a key whose plain byte
// order is Swedish alphabetical order (å ä ö after z; é sorts as e, ü as y, æ as ä, ø as ö).
const AFTER_Z: Record<string, string> = { å: '{', ä: '|', æ: '|', ö: '}', ø: '}' };

export function swedishSortKey(text: string): string {
  let key = '';
  for (const char of text.trim().toLowerCase()) {
    const special = AFTER_Z[char];
    if (special) {
      key += special;
      continue;
    }
    if (char === 'ü') {
      key += 'y';
      continue;
    }
    // Other accented letters sort as their base letter (é → e).
    key += char.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  }
  return key;
}
