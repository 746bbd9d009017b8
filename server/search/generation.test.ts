// What a search may remember, against the real database: answers and lists are trusted only
// under the index generation they were read in; another node's write (seen here as the database
// changes it leaves behind) is picked up within a fraction of a second. And an index created
// before records were keyed by strings keeps working with its numeric keys.
import { randomBytes } from 'node:crypto';
import mongoose from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { connectDatabase } from '../db/connect';
import { currentGeneration } from './generation';
import { indexRecord, search } from './index';
import {
  recordKeys,
  generationCollection,
  metaCollection,
  termCollection,
  versionCollection,
} from './store';

beforeAll(async () => {
  await connectDatabase(inject('mongoUri'), `t_${randomBytes(6).toString('hex')}`);
});
afterAll(async () => {
  await mongoose.connection.db?.dropDatabase().catch(() => undefined);
  await mongoose.disconnect();
});

const found = async (q: string) =>
  (await search({ q, page: 1, pageSize: 20 })).results.map((r) => r.id);

describe('record keys', () => {
  it('an index that held records before the layout was recorded keeps numeric keys', async () => {
    await metaCollection().insertOne({ _id: 'stats', docs: 3, length: 30 });
    expect(await recordKeys()).toBe('number');
    expect((await metaCollection().findOne({ _id: 'layout' }))?.recordKeys).toBe('number');
    await metaCollection().deleteOne({ _id: 'stats' });
  });
});

describe('index generation', () => {
  it('a write through this process is seen by the very next search', async () => {
    const record = {
      type: 'document' as const,
      id: 'g1',
      title: 'Kommunalrådets rapport',
      text: 'Om vägbelysning.',
      date: new Date('2026-05-01T10:00:00Z'),
      path: '/handlingar/g1',
    };
    expect(await found('vägbelysning')).toEqual([]);
    await indexRecord(record);
    expect(await found('vägbelysning')).toEqual(['g1']);
    await indexRecord({ ...record, text: 'Om gatubelysning.' });
    expect(await found('vägbelysning')).toEqual([]);
    expect(await found('gatubelysning')).toEqual(['g1']);
  });

  it("another node's write is seen once the stored generation moves, within a second", async () => {
    expect(await found('gatubelysning')).toEqual(['g1']);
    const term = 'gatubelysning';
    // What another node's removal of the term's list leaves in the database.
    const before = await versionCollection(term).findOne({ _id: term });
    expect(before).not.toBeNull();
    await termCollection(term).deleteOne({ _id: term });
    await versionCollection(term).updateOne({ _id: term }, { $set: { v: before!.v + 1 } });
    // Until the generation moves, the remembered answer stands (no version read per search)...
    expect(await found('gatubelysning')).toEqual(['g1']);
    // ...and once it moves, searches re-check the lists.
    const token = randomBytes(8).toString('hex');
    await generationCollection().updateOne({ _id: 'generation' }, { $set: { token } });
    await expect.poll(() => currentGeneration(), { timeout: 1_000, interval: 50 }).toBe(token);
    expect(await found('gatubelysning')).toEqual([]);
  });
});
