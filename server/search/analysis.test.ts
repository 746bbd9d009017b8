// Swedish analysis: the rules both the index and the query rely on.
import { describe, expect, it } from 'vitest';
import { analyzeQuery, foldSwedish, normalize, termFrequencies, tokenize } from './analysis';
import { stem } from './stemmer';

describe('normalisation', () => {
  it('lower-cases and keeps å, ä and ö as letters of their own', () => {
    expect(normalize('ÅRSREDOVISNING Älvdalen Öppet')).toBe('årsredovisning älvdalen öppet');
    expect(normalize('säl')).not.toBe(normalize('sal'));
    expect(normalize('hål')).not.toBe(normalize('hal'));
  });

  it('folds other accents, and reads æ and ø as ä and ö', () => {
    expect(normalize('Café Résumé Müller')).toBe('cafe resume muller');
    expect(normalize('Blåbærsøl')).toBe('blåbärsöl');
  });

  it('treats composed and decomposed å alike', () => {
    expect(normalize('a\u030Angström')).toBe(normalize('\u00E5ngström'));
  });
});

describe('stemming', () => {
  it('lets förskolan, förskolor, förskola and förskolornas find each other', () => {
    const stems = ['förskolan', 'förskolor', 'förskola', 'förskolornas', 'Förskolans'].map((w) =>
      stem(normalize(w)),
    );
    expect(new Set(stems).size).toBe(1);
  });

  it('conflates the inflections of council words', () => {
    const same = (...words: string[]) => expect(new Set(words.map(stem)).size).toBe(1);
    same('beslut', 'beslutet', 'besluten');
    same('nämnd', 'nämnden', 'nämnder', 'nämndens');
    same('detaljplan', 'detaljplanen', 'detaljplaner');
    same('ärende', 'ärendet', 'ärenden');
    same('kommun', 'kommunen', 'kommuner', 'kommunens');
  });

  it('keeps different words apart', () => {
    expect(stem('skola')).not.toBe(stem('skatt'));
    expect(stem('plan')).toBe('plan');
    expect(stem('budget')).not.toBe(stem('bud'));
  });
});

describe('tokens and stop words', () => {
  it('splits on anything but letters and digits, with offsets into the original text', () => {
    const text = 'Ärende KS 2026/123: Förskolan i Öby';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.word)).toEqual([
      'ärende',
      'ks',
      '2026',
      '123',
      'förskolan',
      'i',
      'öby',
    ]);
    const skola = tokens[4]!;
    expect(text.slice(skola.start, skola.end)).toBe('Förskolan');
  });

  it('does not index stop words', () => {
    const terms = termFrequencies('Beslut om att bygga en ny förskola och en ny skola');
    expect([...terms.keys()]).not.toContain('och');
    expect([...terms.keys()]).not.toContain('att');
    expect(terms.get(stem('ny'))).toBe(2);
    expect(terms.has(stem('förskola'))).toBe(true);
  });

  it('reads a query: stop words dropped, the last word typed is a prefix', () => {
    expect(analyzeQuery('förskolan i Öby')).toEqual([
      { word: 'förskolan', term: stem('förskolan'), prefix: false, optional: false, folds: false },
      { word: 'öby', term: stem('öby'), prefix: true, optional: false, folds: false },
    ]);
    expect(analyzeQuery('detaljplan ').every((w) => !w.prefix)).toBe(true);
    expect(analyzeQuery('och i att ')).toEqual([]);
    expect(analyzeQuery('förskola kan')).toEqual([
      expect.objectContaining({ word: 'förskola', optional: false }),
      expect.objectContaining({ word: 'kan', prefix: true, optional: true }),
    ]);
  });
});

describe('words typed without å, ä and ö', () => {
  it('folds å ä ö to a o o, and nothing else', () => {
    expect(foldSwedish('förskolan älvdalen åsen')).toBe('forskolan alvdalen asen');
    expect(foldSwedish('budget')).toBe('budget');
  });

  it('marks a query word that could have lost them, but not one that has them or a stop word', () => {
    const [typed, spelt, other] = analyzeQuery('forskola förskola budget ');
    expect(typed).toMatchObject({ word: 'forskola', folds: true });
    expect(spelt).toMatchObject({ word: 'förskola', folds: false });
    expect(other).toMatchObject({ word: 'budget', folds: false });
    expect(analyzeQuery('kan')).toEqual([
      expect.objectContaining({ optional: true, folds: false }),
    ]);
  });

  it('reads é as e on both sides, so "ide" is the same word as "idé"', () => {
    expect(tokenize('Idéskiss')[0]!.term).toBe(tokenize('ideskiss')[0]!.term);
  });
});
