// Making a backup of every collection (sessions excepted, see manifest.ts) and so of every stored
// file, consistently: on a replica set or sharded cluster every read comes from one snapshot (a
// snapshot session: one point in time for all collections); on a single server (FerretDB, a
// standalone mongod), which has no snapshots, the whole database is read a second time afterwards
// and the backup is kept only if nothing changed in between; otherwise it is made again.
// The backup is written into a sibling folder and renamed into place when complete.
import { mkdir, readdir, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { BSON, type ClientSession, type Db } from 'mongodb';
import { AuditEntry } from '../audit/model';
import { APP_VERSION } from '../paths';
import { formatSums, sha256OfFile, writeBsonGz } from './files';
import { Fingerprint } from './fingerprint';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BackupError,
  EXCLUDED_COLLECTIONS,
  MANIFEST_FILE,
  SUMS_FILE,
  dataFileOf,
  isBackedUp,
  type CollectionEntry,
  type Manifest,
} from './manifest';
import { StoredFileHasher, bucketsAmong } from './stored-files';

const { EJSON } = BSON;

const ATTEMPTS = 3;

export interface BackupResult {
  manifest: Manifest;
  warnings: string[];
}

async function describeServer(db: Db) {
  const admin = db.admin();
  const hello = await admin.command({ hello: 1 });
  const build = await admin.command({ buildInfo: 1 });
  const server =
    typeof build.ferretdbVersion === 'string'
      ? `FerretDB ${build.ferretdbVersion} (MongoDB ${String(build.version)} protocol)`
      : `MongoDB ${String(build.version)}`;
  if (typeof hello.setName === 'string') {
    return { server, topology: `replica set ${hello.setName}`, snapshot: true };
  }
  if (hello.msg === 'isdbgrid') return { server, topology: 'sharded cluster', snapshot: true };
  return { server, topology: 'single server', snapshot: false };
}

/** The collections to back up, by name. */
async function backedUpCollections(db: Db) {
  const infos = await db.listCollections({}, { nameOnly: false }).toArray();
  return infos
    .filter((info) => (info.type ?? 'collection') === 'collection' && isBackedUp(info.name))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
}

async function* rawDocuments(db: Db, name: string, session?: ClientSession) {
  const cursor = db.collection(name).find({}, { raw: true, batchSize: 1000, session });
  for await (const doc of cursor) yield doc as unknown as Buffer;
}

interface Pass {
  collections: CollectionEntry[];
  auditHead: Manifest['auditHead'];
  storedFiles: Manifest['storedFiles'];
  warnings: string[];
}

/** Writes every collection into `folder/collections/` and describes what it wrote. */
async function dumpAll(db: Db, folder: string, session?: ClientSession): Promise<Pass> {
  await rm(path.join(folder, 'collections'), { recursive: true, force: true });
  await mkdir(path.join(folder, 'collections'), { recursive: true });
  const infos = await backedUpCollections(db);
  const hashers = new Map(
    bucketsAmong(infos.map((i) => i.name)).map((bucket) => [bucket, new StoredFileHasher(bucket)]),
  );
  const auditCollection = AuditEntry.collection.collectionName;
  let auditHead: Manifest['auditHead'] = null;
  const collections: CollectionEntry[] = [];

  for (const info of infos) {
    const { name } = info;
    // Catalog reads are not allowed in a snapshot session; indexes rarely change anyway.
    const indexes = await db.collection(name).listIndexes().toArray();
    const bucket = hashers.get(name.replace(/\.(files|chunks)$/, ''));
    const observe = (raw: Buffer) => {
      if (name === auditCollection) {
        const entry = BSON.deserialize(raw, { promoteValues: true });
        const seq = Number(entry.seq);
        if (!auditHead || seq > auditHead.seq) auditHead = { seq, hash: String(entry.hash) };
      } else if (bucket && name.endsWith('.files')) bucket.addFile(raw);
      else if (bucket && name.endsWith('.chunks')) bucket.addChunk(raw);
    };
    const fingerprint = new Fingerprint();
    async function* documents() {
      for await (const raw of rawDocuments(db, name, session)) {
        fingerprint.add(raw);
        observe(raw);
        yield raw;
      }
    }
    const file = dataFileOf(name);
    const written = await writeBsonGz(path.join(folder, file), documents());
    collections.push({
      name,
      file,
      documents: fingerprint.count,
      bytes: written.bytes,
      sha256: written.sha256,
      fingerprint: fingerprint.hex,
      options: EJSON.serialize(info.options ?? {}, { relaxed: false }),
      indexes: indexes.map((index) => EJSON.serialize(index, { relaxed: false })),
    });
  }

  const storedFiles: Manifest['storedFiles'] = [];
  const warnings: string[] = [];
  for (const hasher of hashers.values()) {
    const { files, orphanChunks } = hasher.result();
    storedFiles.push(...files);
    const incomplete = files.filter((f) => !f.complete).length;
    if (incomplete > 0) {
      warnings.push(
        `${incomplete} stored file(s) in bucket ${hasher.bucket} lack chunks in the database itself; copied as they are`,
      );
    }
    if (orphanChunks > 0) {
      warnings.push(
        `${orphanChunks} chunk(s) in bucket ${hasher.bucket} belong to no file; copied as they are`,
      );
    }
  }
  return { collections, auditHead, storedFiles, warnings };
}

/** Reads everything again; the names of collections whose content is not what the pass wrote. */
async function changedSince(db: Db, pass: Pass): Promise<string[]> {
  const now = await backedUpCollections(db);
  const before = new Map(pass.collections.map((c) => [c.name, c]));
  const changed = [
    ...pass.collections.filter((c) => !now.some((i) => i.name === c.name)).map((c) => c.name),
    ...now.filter((i) => !before.has(i.name)).map((i) => i.name),
  ];
  for (const info of now) {
    const entry = before.get(info.name);
    if (!entry) continue;
    const fingerprint = new Fingerprint();
    for await (const raw of rawDocuments(db, info.name)) fingerprint.add(raw);
    if (fingerprint.count !== entry.documents || fingerprint.hex !== entry.fingerprint) {
      changed.push(info.name);
    }
  }
  return changed;
}

async function isEmptyOrMissing(dir: string): Promise<boolean> {
  try {
    return (await readdir(dir)).length === 0;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return true;
    throw error;
  }
}

export async function createBackup(db: Db, dir: string): Promise<BackupResult> {
  const target = path.resolve(dir);
  if (!(await isEmptyOrMissing(target))) {
    throw new BackupError(`backup refused: ${target} exists and is not empty`);
  }
  const source = await describeServer(db);
  const folder = `${target}.partial-${process.pid}`;
  await rm(folder, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
  try {
    let pass: Pass;
    let attempts = 0;
    let detail: string;
    if (source.snapshot) {
      const session = db.client.startSession({ snapshot: true });
      try {
        pass = await dumpAll(db, folder, session);
      } finally {
        await session.endSession();
      }
      attempts = 1;
      detail = 'all collections read in one snapshot session (one point in time)';
    } else {
      for (;;) {
        attempts += 1;
        pass = await dumpAll(db, folder);
        const changed = await changedSince(db, pass);
        if (changed.length === 0) break;
        if (attempts >= ATTEMPTS) {
          throw new BackupError(
            `backup failed: the database kept changing while it was read (${attempts} attempts; last changed: ${changed.slice(0, 5).join(', ')}); stop the app nodes during the backup, or back up a replica set, where one snapshot is read`,
          );
        }
      }
      detail =
        'no snapshots on a single server: every collection was read again after the backup and had not changed';
    }

    const manifest: Manifest = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      createdAt: new Date().toISOString(),
      app: APP_VERSION,
      source: { database: db.databaseName, server: source.server, topology: source.topology },
      consistency: { method: source.snapshot ? 'snapshot' : 'unchanged-reread', attempts, detail },
      excluded: Object.entries(EXCLUDED_COLLECTIONS).map(([name, reason]) => ({ name, reason })),
      auditHead: pass.auditHead,
      collections: pass.collections,
      storedFiles: pass.storedFiles,
    };
    const manifestText = `${JSON.stringify(manifest, null, 2)}\n`;
    await writeFile(path.join(folder, MANIFEST_FILE), manifestText, { flag: 'wx' });
    const { sha256: manifestSha } = await sha256OfFile(path.join(folder, MANIFEST_FILE));
    await writeFile(
      path.join(folder, SUMS_FILE),
      formatSums([{ file: MANIFEST_FILE, sha256: manifestSha }, ...pass.collections]),
      { flag: 'wx' },
    );
    await rmdir(target).catch(() => undefined);
    await rename(folder, target);
    return { manifest, warnings: pass.warnings };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
