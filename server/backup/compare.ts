// After a restore: does the database hold what the manifest describes? Per collection the
// document count, the content fingerprint and the index names; per stored file its length and
// the SHA-256 of its content read back through GridFS.
import { createHash } from 'node:crypto';
import { BSON, GridFSBucket, type Db, type Document, type ObjectId } from 'mongodb';
import { Fingerprint } from './fingerprint';
import { isBackedUp, type Manifest } from './manifest';

const { EJSON } = BSON;

export async function compareCollections(db: Db, manifest: Manifest): Promise<string[]> {
  const problems: string[] = [];
  const present = (await db.listCollections({}, { nameOnly: true }).toArray())
    .map((c) => c.name)
    .filter(isBackedUp);
  const expected = new Set(manifest.collections.map((c) => c.name));
  for (const name of present) {
    const empty = !(await db.collection(name).findOne({}, { projection: { _id: 1 } }));
    if (!expected.has(name) && !empty) problems.push(`${name}: not in the backup`);
  }
  for (const entry of manifest.collections) {
    const fingerprint = new Fingerprint();
    for await (const raw of db.collection(entry.name).find({}, { raw: true, batchSize: 1000 })) {
      fingerprint.add(raw as unknown as Buffer);
    }
    if (fingerprint.count !== entry.documents) {
      problems.push(
        `${entry.name}: ${fingerprint.count} documents, the backup has ${entry.documents}`,
      );
    } else if (fingerprint.hex !== entry.fingerprint) {
      problems.push(`${entry.name}: content differs from the backup`);
    }
    const indexes = new Set(
      (await db.collection(entry.name).listIndexes().toArray()).map((i: Document) =>
        String(i.name),
      ),
    );
    for (const index of entry.indexes) {
      if (!indexes.has(String(index.name))) {
        problems.push(`${entry.name}: index ${String(index.name)} missing`);
      }
    }
  }
  return problems;
}

export async function compareStoredFiles(db: Db, manifest: Manifest): Promise<string[]> {
  const problems: string[] = [];
  for (const file of manifest.storedFiles.filter((f) => f.complete)) {
    const id = EJSON.parse(JSON.stringify(file.id), { relaxed: false }) as ObjectId;
    const label = `stored file ${JSON.stringify(file.id)} in ${file.bucket}`;
    const hash = createHash('sha256');
    let length = 0;
    try {
      const bucket = new GridFSBucket(db, { bucketName: file.bucket });
      for await (const chunk of bucket.openDownloadStream(id)) {
        hash.update(chunk as Buffer);
        length += (chunk as Buffer).length;
      }
    } catch (error) {
      problems.push(`${label}: unreadable (${(error as Error).message})`);
      continue;
    }
    if (length !== file.length) problems.push(`${label}: ${length} bytes, expected ${file.length}`);
    else if (hash.digest('hex') !== file.sha256) problems.push(`${label}: content differs`);
  }
  return problems;
}
