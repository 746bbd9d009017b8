// Keeping the token index up to date: indexRecord files a record's new version under its terms
// and unfiles the old one; removeRecord unfiles it. Both are idempotent. indexNewRecords loads
// many records at once (seeding, rebuilding) without the per-record read-modify-write.
import { termFrequencies } from './analysis';
import type { SearchableRecord, SearchableType } from './index';
import {
  encodePosting,
  ENTRY_SIZE,
  TYPE_CODES,
  dayOf,
  writePosting,
  type Posting,
} from './postings';
import {
  addStats,
  bodyNumber,
  claimNumber,
  docCollection,
  recordId,
  recordKeys,
  type RecordKeys,
  keyCollection,
  readStats,
  reserveNumbers,
  termCollection,
  versionCollection,
  type DocDoc,
} from './store';
import { eachLimited, PREFIX_LENGTH, prefixId, updateTerm } from './terms';
import mongoose from 'mongoose';
import { advanceGeneration } from './generation';

/** Stored for snippets; the whole text is indexed, but a snippet never needs more. */
export const MAX_STORED_TEXT = 100_000;
const TERM_WRITERS = 8;

const keyOf = (type: SearchableType, id: string) => `${type}:${id}`;

interface Analysed {
  terms: Map<string, { tfTitle: number; tfText: number }>;
  length: number;
}

function analyse(record: SearchableRecord): Analysed {
  const terms = new Map<string, { tfTitle: number; tfText: number }>();
  let length = 0;
  for (const [term, tf] of termFrequencies(record.title)) {
    terms.set(term, { tfTitle: tf, tfText: 0 });
    length += tf;
  }
  for (const [term, tf] of termFrequencies(record.text)) {
    const entry = terms.get(term) ?? { tfTitle: 0, tfText: 0 };
    entry.tfText = tf;
    terms.set(term, entry);
    length += tf;
  }
  return { terms, length };
}

function docOf(record: SearchableRecord, docNo: number, keys: RecordKeys): DocDoc {
  return {
    _id: recordId(docNo, keys),
    key: keyOf(record.type, record.id),
    type: record.type,
    id: record.id,
    title: record.title,
    text: record.text.slice(0, MAX_STORED_TEXT),
    date: record.date,
    ...(record.bodyId ? { bodyId: record.bodyId } : {}),
    path: record.path,
  };
}

// Writes of one record are serialised in this process, so two quick saves of the same record
// cannot leave two versions filed. Each ends by moving the index to a new generation, so searches
// stop trusting what they cached (also after a failed write: part of it may be stored).
const pending = new Map<string, Promise<void>>();
function serialised(key: string, work: () => Promise<void>): Promise<void> {
  const previous = pending.get(key) ?? Promise.resolve();
  const next = previous
    .catch(() => undefined)
    .then(work)
    .finally(() => advanceGeneration());
  // The caller handles `next`; the queue's own copy must not reject unhandled (a failed index
  // write during a database outage used to end the process that way).
  const forget = () => {
    if (pending.get(key) === tracked) pending.delete(key);
  };
  const tracked: Promise<void> = next.then(forget, forget);
  pending.set(key, tracked);
  return next;
}

export function indexRecord(record: SearchableRecord): Promise<void> {
  const key = keyOf(record.type, record.id);
  return serialised(key, async () => {
    const old = await keyCollection(key).findOne({ _id: key });
    const { terms, length } = analyse(record);
    const bodyNo = record.bodyId ? ((await bodyNumber(record.bodyId, true)) ?? 0) : 0;
    const keys = await recordKeys();
    const docNo = await claimNumber('docNo', (n) =>
      docCollection(n).insertOne(docOf(record, n, keys)),
    );
    const base: Omit<Posting, 'tfTitle' | 'tfText'> = {
      docNo,
      day: dayOf(record.date),
      length,
      typeCode: TYPE_CODES[record.type],
      bodyNo,
    };
    const drop = new Set(old ? [old.docNo] : []);
    const all = new Set([...terms.keys(), ...(old?.terms ?? [])]);
    await eachLimited([...all], TERM_WRITERS, async (term) => {
      const tf = terms.get(term);
      await updateTerm(term, drop, tf ? encodePosting({ ...base, ...tf }) : undefined);
    });
    await keyCollection(key).replaceOne(
      { _id: key },
      { docNo, terms: [...terms.keys()], length },
      { upsert: true },
    );
    if (old) await docCollection(old.docNo).deleteOne({ _id: recordId(old.docNo, keys) });
    await addStats(old ? 0 : 1, length - (old?.length ?? 0));
  });
}

export function removeRecord(type: SearchableType, id: string): Promise<void> {
  const key = keyOf(type, id);
  return serialised(key, async () => {
    const old = await keyCollection(key).findOne({ _id: key });
    if (!old) return;
    const drop = new Set([old.docNo]);
    await eachLimited(old.terms, TERM_WRITERS, (term) => updateTerm(term, drop));
    await keyCollection(key).deleteOne({ _id: key });
    const keys = await recordKeys();
    await docCollection(old.docNo).deleteOne({ _id: recordId(old.docNo, keys) });
    await addStats(-1, -old.length);
  });
}

/** Growable byte buffers per term for the bulk loader. */
class ListBuilder {
  private bytes = Buffer.alloc(ENTRY_SIZE * 8);
  private used = 0;
  push(p: Posting) {
    if (this.used + ENTRY_SIZE > this.bytes.byteLength) {
      const bigger = Buffer.alloc(this.bytes.byteLength * 2);
      this.bytes.copy(bigger, 0, 0, this.used);
      this.bytes = bigger;
    }
    writePosting(this.bytes, this.used, p);
    this.used += ENTRY_SIZE;
  }
  result(): Buffer {
    return this.bytes.subarray(0, this.used);
  }
}

/**
 * Files many records that are not in the index yet (a fresh database, or a rebuild after
 * clearing it): records and keys are inserted in batches and each term's list is written once.
 * Not for records already indexed: use indexRecord for those.
 */
export async function indexNewRecords(records: readonly SearchableRecord[]): Promise<void> {
  if (records.length === 0) return;
  try {
    await fileNewRecords(records);
  } finally {
    await advanceGeneration();
  }
}

async function fileNewRecords(records: readonly SearchableRecord[]): Promise<void> {
  const keys = await recordKeys();
  const first = await reserveNumbers('docNo', records.length);
  const lists = new Map<string, ListBuilder>();
  const docsByShard = new Map<string, DocDoc[]>();
  const keysByShard = new Map<
    string,
    { _id: string; docNo: number; terms: string[]; length: number }[]
  >();
  let totalLength = 0;
  for (const [offset, record] of records.entries()) {
    const docNo = first + offset;
    const { terms, length } = analyse(record);
    totalLength += length;
    const bodyNo = record.bodyId ? ((await bodyNumber(record.bodyId, true)) ?? 0) : 0;
    const base = {
      docNo,
      day: dayOf(record.date),
      length,
      typeCode: TYPE_CODES[record.type],
      bodyNo,
    };
    for (const [term, tf] of terms) {
      let list = lists.get(term);
      if (!list) lists.set(term, (list = new ListBuilder()));
      list.push({ ...base, ...tf });
    }
    const doc = docOf(record, docNo, keys);
    const docShard = docCollection(docNo).collectionName;
    const shardDocs = docsByShard.get(docShard) ?? [];
    shardDocs.push(doc);
    docsByShard.set(docShard, shardDocs);
    const key = doc.key;
    const keyShard = keyCollection(key).collectionName;
    const keyDocs = keysByShard.get(keyShard) ?? [];
    keyDocs.push({ _id: key, docNo, terms: [...terms.keys()], length });
    keysByShard.set(keyShard, keyDocs);
  }
  await eachLimited([...docsByShard.values()], 4, async (docs) => {
    await docCollection(Number(docs[0]!._id)).insertMany(docs, { ordered: false });
  });
  await eachLimited([...keysByShard.values()], 4, async (keys) => {
    await keyCollection(keys[0]!._id).insertMany(keys, { ordered: false });
  });
  const empty = (await readStats()).docs === 0;
  await addStats(records.length, totalLength);
  if (empty) await writeFreshLists(lists);
  else {
    await eachLimited([...lists.entries()], 4, async ([term, list]) => {
      await updateTerm(term, new Set(), list.result());
    });
  }
}

/**
 * Into an empty index, lists, versions and prefix tables are inserted in batches rather than
 * read and replaced one by one: seeding 100,000 records then takes minutes, not most of an hour.
 */
async function writeFreshLists(lists: Map<string, ListBuilder>): Promise<void> {
  const byShard = new Map<string, { terms: string[]; bytes: number }[]>();
  const prefixes = new Map<string, string[]>();
  for (const [term, list] of lists) {
    const shard = termCollection(term).collectionName;
    const batches = byShard.get(shard) ?? [{ terms: [], bytes: 0 }];
    let batch = batches[batches.length - 1]!;
    const size = list.result().byteLength;
    if (batch.bytes + size > 4 * 1024 * 1024) batches.push((batch = { terms: [], bytes: 0 }));
    batch.terms.push(term);
    batch.bytes += size;
    byShard.set(shard, batches);
    if (term.length >= PREFIX_LENGTH) {
      const id = prefixId(term);
      prefixes.set(id, [...(prefixes.get(id) ?? []), term]);
    }
  }
  const batches = [...byShard.values()].flat();
  await eachLimited(batches, 2, async ({ terms }) => {
    await termCollection(terms[0]!).insertMany(
      terms.map((term) => ({
        _id: term,
        v: 1,
        p: new mongoose.mongo.Binary(lists.get(term)!.result()),
      })),
      { ordered: false },
    );
    const versions = new Map<string, string[]>();
    for (const term of terms) {
      const shard = versionCollection(term).collectionName;
      versions.set(shard, [...(versions.get(shard) ?? []), term]);
    }
    for (const group of versions.values()) {
      await versionCollection(group[0]!).insertMany(
        group.map((term) => ({ _id: term, v: 1 })),
        { ordered: false },
      );
    }
  });
  await eachLimited([...prefixes.entries()], 4, async ([id, terms]) => {
    await termCollection(id).updateOne(
      { _id: id },
      { $addToSet: { terms: { $each: terms } } },
      { upsert: true },
    );
  });
}
