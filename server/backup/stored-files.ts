// The stored files of GridFS buckets (`<bucket>.files` + `<bucket>.chunks`) as the backup sees
// them go by: each file's length from its files document, and the SHA-256 of its content from its
// chunks in order. Chunks arrive in the order the database returns them (insertion order in
// practice); one that comes early waits in memory for its predecessors.
import { createHash, type Hash } from 'node:crypto';
import { BSON, type Binary } from 'mongodb';
import type { StoredFileEntry } from './manifest';

const { EJSON } = BSON;

interface FileState {
  id: unknown;
  length?: number;
  next: number;
  bytes: number;
  hash: Hash;
  early: Map<number, Buffer>;
}

/** GridFS buckets among the collection names: `x` when both `x.files` and `x.chunks` exist. */
export function bucketsAmong(names: string[]): string[] {
  const all = new Set(names);
  return names
    .filter((n) => n.endsWith('.files') && all.has(`${n.slice(0, -6)}.chunks`))
    .map((n) => n.slice(0, -6));
}

export class StoredFileHasher {
  private readonly files = new Map<string, FileState>();

  constructor(readonly bucket: string) {}

  private state(id: unknown): FileState {
    const key = EJSON.stringify(id, { relaxed: false });
    let state = this.files.get(key);
    if (!state) {
      state = { id, next: 0, bytes: 0, hash: createHash('sha256'), early: new Map() };
      this.files.set(key, state);
    }
    return state;
  }

  /** A document of `<bucket>.files` (raw BSON). */
  addFile(raw: Uint8Array): void {
    const doc = BSON.deserialize(raw, { promoteValues: true });
    this.state(doc._id).length = Number(doc.length);
  }

  /** A document of `<bucket>.chunks` (raw BSON). */
  addChunk(raw: Uint8Array): void {
    const doc = BSON.deserialize(raw, { promoteBuffers: true });
    const state = this.state(doc.files_id);
    const data = Buffer.isBuffer(doc.data) ? doc.data : Buffer.from((doc.data as Binary).buffer);
    state.early.set(Number(doc.n), data);
    for (let next = state.early.get(state.next); next; next = state.early.get(state.next)) {
      state.hash.update(next);
      state.bytes += next.length;
      state.early.delete(state.next);
      state.next += 1;
    }
  }

  /** One entry per files document; chunks without a files document are counted apart. */
  result(): { files: StoredFileEntry[]; orphanChunks: number } {
    const files: StoredFileEntry[] = [];
    let orphanChunks = 0;
    for (const state of this.files.values()) {
      if (state.length === undefined) {
        orphanChunks += state.next + state.early.size;
        continue;
      }
      files.push({
        bucket: this.bucket,
        id: JSON.parse(EJSON.stringify(state.id, { relaxed: false })) as unknown,
        length: state.length,
        sha256: state.hash.copy().digest('hex'),
        complete: state.early.size === 0 && state.bytes === state.length,
      });
    }
    return { files, orphanChunks };
  }
}
