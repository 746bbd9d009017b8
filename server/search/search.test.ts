// The token index against the real database: filing, refiling, removing, ranking, filters,
// prefixes, snippets and pages, through indexRecord/removeRecord and search.
import { randomBytes } from 'node:crypto';
import mongoose from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { connectDatabase } from '../db/connect';
import { indexNewRecords, indexRecord, removeRecord, search, type SearchableRecord } from './index';

const bodyA = 'a'.repeat(24);
const bodyB = 'b'.repeat(24);
const page = { page: 1, pageSize: 20 };

function record(over: Partial<SearchableRecord> & { id: string }): SearchableRecord {
  return {
    type: 'document',
    title: 'Handling',
    text: '',
    date: new Date('2026-03-01T12:00:00Z'),
    path: `/handlingar/${over.id}`,
    ...over,
  };
}

const ids = async (q: string, extra: Partial<Parameters<typeof search>[0]> = {}) =>
  (await search({ q, ...page, ...extra })).results.map((r) => r.id);

beforeAll(async () => {
  await connectDatabase(inject('mongoUri'), `t_${randomBytes(6).toString('hex')}`);
});
afterAll(async () => {
  await mongoose.connection.db?.dropDatabase().catch(() => undefined);
  await mongoose.disconnect();
});

describe('filing and finding', () => {
  it('finds a record by any inflection of a word in its text', async () => {
    await indexRecord(
      record({
        id: 'd1',
        title: 'Tjänsteskrivelse om barnomsorg',
        text: 'Barn- och utbildningsnämnden föreslår att förskolan i Öby byggs ut.',
        bodyId: bodyA,
      }),
    );
    for (const q of ['förskolan', 'förskolor', 'förskola', 'FÖRSKOLORNAS']) {
      expect(await ids(q), q).toEqual(['d1']);
    }
    expect(await ids('skolor')).toEqual([]);
  });

  it('requires every word, and ignores stop words in the query', async () => {
    await indexRecord(record({ id: 'd2', title: 'Budget för förskolor', text: 'Budgeten 2027.' }));
    expect((await ids('förskola budget')).sort()).toEqual(['d2']);
    expect((await ids('förskola och budgeten')).sort()).toEqual(['d2']);
    expect((await ids('förskola ')).sort()).toEqual(['d1', 'd2']);
  });

  it('matches the last word typed as a prefix', async () => {
    expect((await ids('försk')).sort()).toEqual(['d1', 'd2']);
    expect(await ids('försk ')).toEqual([]);
    expect(await ids('budg')).toEqual(['d2']);
  });

  it('ranks a title match above a text match, and newer above older when equal', async () => {
    await indexRecord(record({ id: 'r1', title: 'Protokoll', text: 'Snöröjning nämns här.' }));
    await indexRecord(record({ id: 'r2', title: 'Snöröjning i centrum', text: 'Om vintern.' }));
    await indexRecord(
      record({
        id: 'r3',
        title: 'Protokoll',
        text: 'Snöröjning nämns här.',
        date: new Date('2026-05-01'),
      }),
    );
    expect(await ids('snöröjningen')).toEqual(['r2', 'r3', 'r1']);
  });

  it('reindexing replaces the old version, and removal removes it', async () => {
    await indexRecord(record({ id: 'v1', title: 'Gatubelysning', text: 'Lampor i parken.' }));
    await indexRecord(record({ id: 'v1', title: 'Gatubelysning', text: 'Nya armaturer.' }));
    await indexRecord(record({ id: 'v1', title: 'Gatubelysning', text: 'Nya armaturer.' }));
    expect(await ids('lampor')).toEqual([]);
    expect(await ids('armatur')).toEqual(['v1']);
    expect((await search({ q: 'gatubelysning', ...page })).total).toBe(1);
    await removeRecord('document', 'v1');
    await removeRecord('document', 'v1');
    expect(await ids('gatubelysning')).toEqual([]);
    expect(await ids('armaturer')).toEqual([]);
  });

  it('sees a change to a list it has just read (cached lists are checked by version)', async () => {
    await indexRecord(record({ id: 'k1', title: 'Solceller på taket', text: 'Stadshuset.' }));
    expect(await ids('solcellerna ')).toEqual(['k1']);
    await indexRecord(record({ id: 'k2', title: 'Fler solceller', text: 'Skolan.' }));
    expect((await ids('solcellerna ')).sort()).toEqual(['k1', 'k2']);
    await removeRecord('document', 'k1');
    expect(await ids('solcellerna ')).toEqual(['k2']);
  });

  it('keeps concurrent writes of many records consistent', async () => {
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        indexRecord(
          record({ id: `c${i}`, title: `Cykelväg ${i}`, text: 'Cykelvägar och trafiksäkerhet.' }),
        ),
      ),
    );
    expect((await search({ q: 'cykelvägen', ...page })).total).toBe(12);
    await Promise.all(Array.from({ length: 6 }, (_, i) => removeRecord('document', `c${i}`)));
    expect((await search({ q: 'trafiksäkerheten', ...page })).total).toBe(6);
  });
});

describe('filters and pages', () => {
  beforeAll(async () => {
    await indexNewRecords(
      Array.from({ length: 45 }, (_, i) =>
        record({
          id: `p${i}`,
          type: i % 3 === 0 ? 'meeting' : 'document',
          title: `Sammanträde om vattenverket nr ${i}`,
          text: 'Vattenverket behöver renoveras.',
          date: new Date(Date.UTC(2025, 0, 1 + i)),
          bodyId: i % 2 === 0 ? bodyA : bodyB,
        }),
      ),
    );
  });

  it('filters by type, body and date range', async () => {
    expect((await search({ q: 'vattenverk', ...page })).total).toBe(45);
    expect((await search({ q: 'vattenverk', type: 'meeting', ...page })).total).toBe(15);
    expect((await search({ q: 'vattenverk', bodyId: bodyB, ...page })).total).toBe(22);
    const ranged = await search({
      q: 'vattenverk',
      from: new Date('2025-01-11'),
      to: new Date('2025-01-20'),
      ...page,
    });
    expect(ranged.total).toBe(10);
    expect((await search({ q: 'vattenverk', bodyId: 'c'.repeat(24), ...page })).total).toBe(0);
  });

  it('pages through results without repeating any', async () => {
    const seen = new Set<string>();
    for (const p of [1, 2, 3]) {
      const answer = await search({ q: 'vattenverket', page: p, pageSize: 20 });
      expect(answer.total).toBe(45);
      answer.results.forEach((r) => seen.add(r.id));
    }
    expect(seen.size).toBe(45);
    expect((await search({ q: 'vattenverket', page: 4, pageSize: 20 })).results).toEqual([]);
  });
});

describe('snippets', () => {
  it('returns plain text around the match with highlight offsets, never markup', async () => {
    const filler = 'Inledning utan träff. '.repeat(20);
    await indexRecord(
      record({
        id: 's1',
        title: 'Yttrande om <b>fjärrvärme</b>',
        text: `${filler}Fjärrvärmen <script>alert(1)</script> i kvarteret ska byggas ut.`,
      }),
    );
    const [hit] = (await search({ q: 'fjärrvärme', ...page })).results;
    expect(hit).toBeDefined();
    expect(hit!.snippet.startsWith('… ')).toBe(true);
    expect(hit!.snippet).toContain('<script>');
    const marked = hit!.highlights.snippet.map(([s, e]) => hit!.snippet.slice(s, e));
    expect(marked).toEqual(['Fjärrvärmen']);
    expect(hit!.highlights.title.map(([s, e]) => hit!.title.slice(s, e))).toEqual(['fjärrvärme']);
    expect(hit!.snippet.length).toBeLessThan(260);
  });
});

describe('words typed without å, ä and ö', () => {
  beforeAll(async () => {
    await indexRecord(
      record({
        id: 'f1',
        title: 'Ny förskola i Åsen',
        text: 'Förvaltningen föreslår att förskolan byggs ut med två avdelningar.',
      }),
    );
    await indexRecord(record({ id: 'f2', title: 'Sal 3', text: 'Sammanträdet hålls i sal 3.' }));
    await indexRecord(
      record({ id: 'f3', title: 'Sälar i hamnen', text: 'Säl, säl och åter säl.' }),
    );
    await indexRecord(record({ id: 'f4', title: 'Idéskiss för parken', text: 'Skiss.' }));
  });

  it('finds förskola from "forskola", highlights it, and suggests the spelling', async () => {
    for (const q of ['forskola', 'Forskolan ', 'forskolor']) {
      const answer = await search({ q, ...page });
      expect(
        answer.results.map((r) => r.id),
        q,
      ).toContain('f1');
      const hit = answer.results.find((r) => r.id === 'f1')!;
      expect(hit.highlights.title.map(([s, e]) => hit.title.slice(s, e))).toEqual(['förskola']);
      expect(hit.highlights.snippet.map(([s, e]) => hit.snippet.slice(s, e))).toEqual([
        'förskolan',
      ]);
    }
    expect((await search({ q: 'forskola', ...page })).suggestion).toBe('förskola');
    expect((await search({ q: 'Forskolan i Asen', ...page })).suggestion).toBe('Förskolan i Åsen');
  });

  it('matches while typing ("forsk" → förskola)', async () => {
    expect(await ids('forsk')).toContain('f1');
  });

  it('ranks the spelling with å ä ö below every record matching as typed, without suggesting it', async () => {
    const answer = await search({ q: 'sal', ...page });
    // f3 has "säl" four times, in the title too: it would win on BM25, but was not typed so.
    expect(answer.results.map((r) => r.id)).toEqual(['f2', 'f3']);
    expect(answer.suggestion).toBeUndefined();
    expect(await ids('säl')).toEqual(['f3']);
    expect((await search({ q: 'förskola', ...page })).suggestion).toBeUndefined();
  });

  it('reads é as e: "ideskiss" finds "Idéskiss" as an exact match', async () => {
    const answer = await search({ q: 'ideskiss', ...page });
    expect(answer.results.map((r) => r.id)).toEqual(['f4']);
    expect(answer.suggestion).toBeUndefined();
  });
});
