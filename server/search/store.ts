// Where the token index lives. FerretDB on SQLite answers every find by scanning the whole
// collection: only equality on a string (or ObjectId) `_id` is handed to SQLite, which still scans
// (FerretDB's `_id` index is on another expression than its query), and everything else is matched
// in Go after decoding every document. So cost grows with the bytes of the collection: the index
// is spread over many small collections and every lookup is a string `_id` equality in a small one.
// On MongoDB the same layout is merely unusual.
import mongoose from 'mongoose';
import { withLock } from '../db/lock';

export const TERM_SHARDS = 256;
export const DOC_SHARDS = 512;
export const KEY_SHARDS = 128;

/** A term's posting list (`_id` = the term) or a prefix table (`_id` = '^' + 3 letters). */
export interface TermDoc {
  _id: string;
  /** Version for optimistic concurrency: writers replace a list only if nobody else did. */
  v?: number;
  p?: mongoose.mongo.Binary;
  terms?: string[];
}

/** One indexed version of a record, as a search result is built from it. */
export interface DocDoc {
  /** The record number, as a string in new indexes (see recordKeys). */
  _id: string | number;
  key: string;
  type: string;
  id: string;
  title: string;
  text: string;
  date: Date;
  bodyId?: string;
  path: string;
}

/** Which index version a record has and which terms it was filed under (to unfile them). */
export interface KeyDoc {
  _id: string;
  docNo: number;
  terms: string[];
  length: number;
}

/** A term's list version, apart from the (large) list so checking it reads a few bytes. */
export interface VersionDoc {
  _id: string;
  v: number;
}

export interface MetaDoc {
  _id: string;
  n?: number;
  docs?: number;
  length?: number;
  recordKeys?: RecordKeys;
}

function hash(text: string): number {
  // FNV-1a: cheap and stable across processes and versions.
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function db() {
  const connection = mongoose.connection.db;
  if (!connection) throw new Error('search index used before the database connected');
  return connection;
}

const pad = (n: number, width: number) => n.toString(16).padStart(width, '0');

export function termCollection(id: string) {
  return db().collection<TermDoc>(`search_terms_${pad(hash(id) % TERM_SHARDS, 2)}`);
}
export function versionCollection(term: string) {
  return db().collection<VersionDoc>(`search_versions_${pad(hash(term) % TERM_SHARDS, 2)}`);
}
export function docCollection(docNo: number) {
  return db().collection<DocDoc>(`search_docs_${pad(docNo % DOC_SHARDS, 3)}`);
}
export function keyCollection(key: string) {
  return db().collection<KeyDoc>(`search_keys_${pad(hash(key) % KEY_SHARDS, 2)}`);
}
export function generationCollection() {
  return db().collection<{ _id: string; token: string }>('search_generation');
}
export function metaCollection() {
  return db().collection<MetaDoc>('search_meta');
}
export function databaseName(): string {
  return db().databaseName;
}

export const isDuplicateKey = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 11000;

/**
 * Moves a counter on by `count` and returns the first number of the range. A hint only: on
 * FerretDB concurrent increments can hand out the same range, so numbers are made unique by
 * inserting a document with the number as `_id` (see claimNumber).
 */
export async function reserveNumbers(counter: string, count = 1): Promise<number> {
  // Serialised in this process: FerretDB's $inc is a read then a write, so two concurrent
  // reservations could receive the same range (a bulk load then clashes on duplicate numbers).
  let first = 0;
  await withLock(`counter:${counter}`, async () => {
    const after = await metaCollection().findOneAndUpdate(
      { _id: counter },
      { $inc: { n: count } },
      { upsert: true, returnDocument: 'after' },
    );
    first = (after?.n ?? count) - count + 1;
  });
  return first;
}

/** A number of `counter` nobody else has: `claim(n)` inserts with `_id` n (duplicate: taken). */
export async function claimNumber(
  counter: string,
  claim: (n: number) => Promise<unknown>,
): Promise<number> {
  let last = 0;
  for (let attempt = 0; attempt < 100; attempt++) {
    const n = Math.max(await reserveNumbers(counter), last + 1);
    try {
      await claim(n);
      return n;
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      last = n;
    }
  }
  throw new Error(`search index: could not claim a number of ${counter}`);
}

export interface IndexStats {
  docs: number;
  length: number;
}

export async function readStats(): Promise<IndexStats> {
  const stats = await metaCollection().findOne({ _id: 'stats' });
  return { docs: Math.max(0, stats?.docs ?? 0), length: Math.max(0, stats?.length ?? 0) };
}

export function addStats(docs: number, length: number): Promise<void> {
  return withLock('stats', async () => {
    await metaCollection().updateOne(
      { _id: 'stats' },
      { $inc: { docs, length } },
      { upsert: true },
    );
  });
}

// Body ids map to small numbers stored in postings. The mapping never changes once made, so it
// is safe to remember per database.
const bodyNumbers = new Map<string, number>();

export async function bodyNumber(bodyId: string, create: boolean): Promise<number | undefined> {
  const cacheKey = `${databaseName()}|${bodyId}`;
  const known = bodyNumbers.get(cacheKey);
  if (known !== undefined) return known;
  const id = `body:${bodyId}`;
  let found = await metaCollection().findOne({ _id: id });
  if (!found && create) {
    const n = await claimNumber('bodyNo', (no) =>
      metaCollection().insertOne({ _id: `bodyNo:${no}` }),
    );
    try {
      await metaCollection().insertOne({ _id: id, n });
      found = { _id: id, n };
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      found = await metaCollection().findOne({ _id: id });
    }
  }
  if (found?.n === undefined) return undefined;
  bodyNumbers.set(cacheKey, found.n);
  return found.n;
}

// How records are keyed. FerretDB on SQLite hands an `_id` lookup to SQLite only when the `_id` is a
// string (or ObjectId); a numeric `_id` is matched in Go after decoding every document of the
// collection, about five times slower. New indexes therefore key records by their number as a
// string; an index that already held records without saying keeps numbers.
export type RecordKeys = 'string' | 'number';
const layouts = new Map<string, Promise<RecordKeys>>();

export function recordKeys(): Promise<RecordKeys> {
  const cacheKey = databaseName();
  let known = layouts.get(cacheKey);
  if (!known) {
    known = readLayout();
    layouts.set(cacheKey, known);
    known.catch(() => layouts.delete(cacheKey));
  }
  return known;
}

/** The `_id` of record `docNo` under `keys`. */
export const recordId = (docNo: number, keys: RecordKeys): string | number =>
  keys === 'string' ? String(docNo) : docNo;

async function readLayout(): Promise<RecordKeys> {
  const stored = await metaCollection().findOne({ _id: 'layout' });
  if (stored?.recordKeys) return stored.recordKeys;
  const recordKeys: RecordKeys = (await readStats()).docs > 0 ? 'number' : 'string';
  try {
    await metaCollection().insertOne({ _id: 'layout', recordKeys });
    return recordKeys;
  } catch (error) {
    if (!isDuplicateKey(error)) throw error;
    return (await metaCollection().findOne({ _id: 'layout' }))?.recordKeys ?? recordKeys;
  }
}
