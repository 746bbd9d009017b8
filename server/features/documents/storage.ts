// File contents in GridFS (works on MongoDB and FerretDB alike). Every write either completes or
// is aborted, and abort removes the chunks written so far: no orphans.
import mongoose from 'mongoose';
import type { Readable } from 'node:stream';

const BUCKET = 'documentFiles';

function bucket() {
  const db = mongoose.connection.db;
  if (!db) throw new Error('database not connected');
  return new mongoose.mongo.GridFSBucket(db, { bucketName: BUCKET });
}

export type FileUpload = ReturnType<ReturnType<typeof bucket>['openUploadStream']>;

export function openFileUpload(name: string, mimeType: string): FileUpload {
  return bucket().openUploadStream(name, { metadata: { mimeType } });
}

export function openFileDownload(fileId: mongoose.Types.ObjectId): Readable {
  return bucket().openDownloadStream(fileId);
}

export async function deleteStoredFile(fileId: mongoose.Types.ObjectId): Promise<void> {
  await bucket()
    .delete(fileId)
    .catch(() => undefined);
}

/** For tests and checks: how many file entries and chunks are stored. */
export async function countStoredFiles(): Promise<{ files: number; chunks: number }> {
  const db = mongoose.connection.db;
  if (!db) throw new Error('database not connected');
  return {
    files: await db.collection(`${BUCKET}.files`).countDocuments(),
    chunks: await db.collection(`${BUCKET}.chunks`).countDocuments(),
  };
}
