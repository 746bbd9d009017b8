// Restoring a backup: first check it whole (every file against its checksum, the manifest
// against SHA256SUMS) and the target (it must hold no document), then write. Documents go back
// with their BSON types exactly (no number is widened or narrowed on the way), collections with
// their options and indexes.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  BSON,
  type CreateCollectionOptions,
  type Db,
  type Document,
  type IndexDescription,
} from 'mongodb';
import { parseSums, readBsonGz, sha256OfFile } from './files';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BackupError,
  MANIFEST_FILE,
  ManifestSchema,
  SUMS_FILE,
  type Manifest,
} from './manifest';

const { EJSON } = BSON;

/** BSON as stored: Int32 stays Int32, Long stays Long, a whole Double stays a Double. */
const EXACT: BSON.DeserializeOptions = {
  promoteLongs: false,
  promoteValues: false,
  promoteBuffers: false,
  bsonRegExp: true,
};
const BATCH_DOCUMENTS = 1000;
const BATCH_BYTES = 4 * 1024 * 1024;

/** Checks every file of the backup; the manifest, or a BackupError naming the first damage. */
export async function checkBackup(dir: string): Promise<Manifest> {
  const damaged = (why: string) => new BackupError(`backup ${dir} is damaged: ${why}`);
  const read = async (file: string) => {
    try {
      return await readFile(path.join(dir, file), 'utf8');
    } catch {
      throw damaged(`${file} is missing or unreadable`);
    }
  };
  const sums = parseSums(await read(SUMS_FILE));
  if (!sums) throw damaged(`${SUMS_FILE} is not a list of SHA-256 checksums`);
  const manifestText = await read(MANIFEST_FILE);
  const manifestSum = await sha256OfFile(path.join(dir, MANIFEST_FILE));
  if (sums.get(MANIFEST_FILE) !== manifestSum.sha256) {
    throw damaged(`${MANIFEST_FILE} does not match its checksum in ${SUMS_FILE}`);
  }
  let raw: { format?: unknown; formatVersion?: unknown };
  try {
    raw = JSON.parse(manifestText) as typeof raw;
  } catch {
    throw damaged(`${MANIFEST_FILE} is not JSON`);
  }
  if (raw.format !== BACKUP_FORMAT) throw damaged(`${MANIFEST_FILE} is not a Mötesplats manifest`);
  if (raw.formatVersion !== BACKUP_FORMAT_VERSION) {
    throw new BackupError(
      `backup ${dir} has format version ${String(raw.formatVersion)}; this version reads ${BACKUP_FORMAT_VERSION}`,
    );
  }
  const parsed = ManifestSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw damaged(`${MANIFEST_FILE}: ${issue?.path.join('.')}: ${issue?.message}`);
  }
  const manifest = parsed.data;
  const names = new Set(manifest.collections.map((c) => c.name));
  if (names.size !== manifest.collections.length) throw damaged('a collection is listed twice');
  const listed = new Set([MANIFEST_FILE, ...manifest.collections.map((c) => c.file)]);
  for (const file of sums.keys()) {
    if (!listed.has(file)) throw damaged(`${SUMS_FILE} lists ${file}, which the manifest does not`);
  }
  for (const entry of manifest.collections) {
    let actual: { bytes: number; sha256: string };
    try {
      actual = await sha256OfFile(path.join(dir, entry.file));
    } catch {
      throw damaged(`${entry.file} is missing or unreadable`);
    }
    if (actual.sha256 !== entry.sha256 || sums.get(entry.file) !== entry.sha256) {
      throw damaged(`${entry.file} does not match its checksum`);
    }
    if (actual.bytes !== entry.bytes) throw damaged(`${entry.file} has the wrong size`);
  }
  return manifest;
}

/** Refuses, before anything is written, a database in which any collection holds a document. */
export async function assertEmpty(db: Db): Promise<void> {
  for (const { name } of await db.listCollections({}, { nameOnly: true }).toArray()) {
    if (name.startsWith('system.')) continue;
    if (await db.collection(name).findOne({}, { projection: { _id: 1 } })) {
      throw new BackupError(
        `restore refused: database ${db.databaseName} is not empty (collection ${name} holds documents); nothing was written`,
      );
    }
  }
}

async function insertAll(db: Db, name: string, file: string): Promise<void> {
  const collection = db.collection(name);
  let batch: Document[] = [];
  let bytes = 0;
  const flush = async () => {
    if (batch.length > 0) await collection.insertMany(batch, { ordered: true });
    batch = [];
    bytes = 0;
  };
  for await (const raw of readBsonGz(file)) {
    batch.push(BSON.deserialize(raw, EXACT));
    bytes += raw.length;
    if (batch.length >= BATCH_DOCUMENTS || bytes >= BATCH_BYTES) await flush();
  }
  await flush();
}

/** Writes the checked backup into `db` (which assertEmpty accepted). */
export async function restoreInto(db: Db, dir: string, manifest: Manifest): Promise<void> {
  const existing = new Set(
    (await db.listCollections({}, { nameOnly: true }).toArray()).map((c) => c.name),
  );
  for (const entry of manifest.collections) {
    if (!existing.has(entry.name)) {
      const options = EJSON.deserialize(entry.options, {
        relaxed: false,
      }) as CreateCollectionOptions;
      await db.createCollection(entry.name, options);
    }
    await insertAll(db, entry.name, path.join(dir, entry.file));
    const indexes = entry.indexes
      .map((index) => EJSON.deserialize(index, { relaxed: false }) as Document)
      .filter((index) => index.name !== '_id_')
      // `v` and `ns` describe the stored index, not how to create one.
      .map(({ v: _v, ns: _ns, ...spec }) => spec as IndexDescription);
    if (indexes.length > 0) await db.collection(entry.name).createIndexes(indexes);
  }
}
