// What a backup directory holds. `manifest.json` says what was backed up, from where, how it was
// kept consistent, and each data file's document count, size, SHA-256 and content fingerprint;
// `SHA256SUMS` lists the SHA-256 of every file, manifest included, in the format `sha256sum -c`
// reads; `collections/<name>.bson.gz` holds one collection as concatenated BSON documents,
// gzipped (mongodump's own format, so `bsondump` reads it too).
import { z } from 'zod';

export const BACKUP_FORMAT = 'motesplats-backup';
export const BACKUP_FORMAT_VERSION = 1;
export const MANIFEST_FILE = 'manifest.json';
export const SUMS_FILE = 'SHA256SUMS';

/** Collections left out, and why (also written into each manifest). */
export const EXCLUDED_COLLECTIONS: Record<string, string> = {
  sessions:
    'login sessions: short-lived bearer credentials that a backup must not carry; after a restore people log in again',
};

export const isBackedUp = (name: string) =>
  !name.startsWith('system.') && !(name in EXCLUDED_COLLECTIONS);

/** `collections/<name>.bson.gz`, the name escaped so that no collection name leaves the folder. */
export const dataFileOf = (collection: string) =>
  `collections/${encodeURIComponent(collection)}.bson.gz`;

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/);
/** EJSON (canonical) values: BSON types stay exact in JSON. */
const Ejson = z.record(z.string(), z.unknown());

export const CollectionEntrySchema = z.object({
  name: z.string().min(1),
  file: z.string().regex(/^collections\/[A-Za-z0-9%_.\-~!*'()]+\.bson\.gz$/),
  documents: z.number().int().min(0),
  bytes: z.number().int().min(0),
  sha256: Sha256,
  /** XOR of the SHA-256 of every document's BSON: equal content whatever the order. */
  fingerprint: Sha256,
  options: Ejson,
  indexes: z.array(Ejson),
});

export const StoredFileSchema = z.object({
  bucket: z.string().min(1),
  /** The files document's _id, as EJSON. */
  id: z.unknown(),
  length: z.number().int().min(0),
  /** SHA-256 of the file's content, its chunks in order. */
  sha256: Sha256,
  /** false when the database itself lacked chunks of this file at backup time. */
  complete: z.boolean(),
});

export const ManifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  createdAt: z.iso.datetime(),
  app: z.object({ name: z.string(), version: z.string() }),
  source: z.object({ database: z.string(), server: z.string(), topology: z.string() }),
  consistency: z.object({
    method: z.enum(['snapshot', 'unchanged-reread']),
    attempts: z.number().int().min(1),
    detail: z.string(),
  }),
  excluded: z.array(z.object({ name: z.string(), reason: z.string() })),
  auditHead: z.object({ seq: z.number().int(), hash: z.string() }).nullable(),
  collections: z.array(CollectionEntrySchema),
  storedFiles: z.array(StoredFileSchema),
});

export type Manifest = z.infer<typeof ManifestSchema>;
export type CollectionEntry = z.infer<typeof CollectionEntrySchema>;
export type StoredFileEntry = z.infer<typeof StoredFileSchema>;

/** A failure with one line for the operator; the CLI prints it and exits 1. */
export class BackupError extends Error {
  override name = 'BackupError';
}
