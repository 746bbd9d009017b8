// Changing posting lists safely: read, rewrite, and replace only if the version is unchanged
// (FerretDB has no transactions); retried on a lost race. Also keeps the prefix tables in step.
import mongoose from 'mongoose';
import { foldSwedish } from './analysis';
import { rewriteList } from './postings';
import { withLock } from '../db/lock';
import { GenerationCache } from '../cache';
import { databaseName, isDuplicateKey, termCollection, versionCollection } from './store';

const MAX_ATTEMPTS = 50;
export const PREFIX_LENGTH = 3;

export const prefixId = (text: string) => `^${text.slice(0, PREFIX_LENGTH)}`;

/** The terms that start with one three-letter prefix, shortest first (closest to what is typed). */
export interface PrefixTable {
  terms: readonly string[];
  /** Each term with å ä ö read as a o o (foldSwedish), in the same order. */
  folded: readonly string[];
}

const prefixes = new GenerationCache<PrefixTable>(10_000);

/** The terms starting with a three-letter prefix (`id` from prefixId), as of `generation`. */
export function prefixTable(id: string, generation: string): Promise<PrefixTable> {
  return prefixes.get(`${databaseName()}|${id}`, generation, async () => {
    const table = await termCollection(id).findOne({ _id: id });
    // Sorted once here rather than by every search that expands a prefix.
    const terms = [...(table?.terms ?? [])].sort(
      (a, b) => a.length - b.length || a.localeCompare(b),
    );
    return { terms, folded: terms.map(foldSwedish) };
  });
}

const SPELLINGS: Record<string, string[]> = { a: ['a', 'å', 'ä'], o: ['o', 'ö'] };

/** The prefix tables a word typed without å ä ö may have been filed under (for → for, för). */
export function prefixVariants(word: string): string[] {
  let ids = ['^'];
  for (const char of word.slice(0, PREFIX_LENGTH)) {
    const spellings = SPELLINGS[char] ?? [char];
    ids = ids.flatMap((id) => spellings.map((spelling) => id + spelling));
  }
  return ids;
}

function notePrefix(term: string, present: boolean): Promise<void> {
  if (term.length < PREFIX_LENGTH) return Promise.resolve();
  const id = prefixId(term);
  return withLock(`term:${id}`, async () => {
    const update = present ? { $addToSet: { terms: term } } : { $pull: { terms: term } };
    await termCollection(id).updateOne({ _id: id }, update, { upsert: present });
  });
}

/**
 * Announces a list's new version after the list is written, so a reader that sees the version
 * can trust a cached copy with the same number (and a reader that sees the old one reads the
 * moment before the write). Versions only grow, even across deletion and re-creation.
 */
async function publishVersion(term: string, v: number): Promise<void> {
  await versionCollection(term).updateOne({ _id: term }, { $set: { v } }, { upsert: true });
}

/** In `term`'s list: drop the entries of `drop`, then append `added` (if any). */
export function updateTerm(term: string, drop: ReadonlySet<number>, added?: Buffer): Promise<void> {
  return withLock(`term:${term}`, () => replaceList(term, drop, added));
}

async function replaceList(term: string, drop: ReadonlySet<number>, added?: Buffer): Promise<void> {
  const collection = termCollection(term);
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const current = await collection.findOne({ _id: term });
    if (!current?.p) {
      if (!added) return;
      const known = await versionCollection(term).findOne({ _id: term });
      const version = (known?.v ?? 0) + 1;
      try {
        await collection.insertOne({ _id: term, v: version, p: new mongoose.mongo.Binary(added) });
        await publishVersion(term, version);
        await notePrefix(term, true);
        return;
      } catch (error) {
        if (isDuplicateKey(error)) continue;
        throw error;
      }
    }
    const version = current.v ?? 0;
    const next = rewriteList(current.p.buffer, drop, added);
    if (next.byteLength === 0) {
      const gone = await collection.deleteOne({ _id: term, v: version });
      if (gone.deletedCount === 1) {
        await publishVersion(term, version + 1);
        await notePrefix(term, false);
        return;
      }
      continue;
    }
    const done = await collection.updateOne(
      { _id: term, v: version },
      { $set: { p: new mongoose.mongo.Binary(next) }, $inc: { v: 1 } },
    );
    if (done.matchedCount === 1) {
      await publishVersion(term, version + 1);
      return;
    }
  }
  throw new Error('search index: too much contention on one term');
}

/** Runs `work` over `items` with at most `limit` at a time. */
export async function eachLimited<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++]!;
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
