// The files of a backup: gzipped streams of BSON documents written and read without holding a
// collection in memory, SHA-256 of files, and the SHA256SUMS list.
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';

/** Writes the documents (raw BSON each) gzipped into a new file; returns its size and SHA-256. */
export async function writeBsonGz(
  file: string,
  documents: AsyncIterable<Uint8Array>,
): Promise<{ bytes: number; sha256: string }> {
  const hash = createHash('sha256');
  let bytes = 0;
  const measure = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      bytes += chunk.length;
      done(null, chunk);
    },
  });
  await pipeline(
    Readable.from(documents, { objectMode: false }),
    createGzip(),
    measure,
    createWriteStream(file, { flags: 'wx' }),
  );
  return { bytes, sha256: hash.digest('hex') };
}

/** The raw BSON documents of a file written by writeBsonGz, one by one. */
export async function* readBsonGz(file: string): AsyncGenerator<Buffer> {
  let buffered: Buffer = Buffer.alloc(0);
  for await (const chunk of createReadStream(file).pipe(createGunzip())) {
    buffered = buffered.length === 0 ? (chunk as Buffer) : Buffer.concat([buffered, chunk]);
    let offset = 0;
    // Each BSON document starts with its own length (int32, little-endian, itself included).
    while (buffered.length - offset >= 4) {
      const length = buffered.readInt32LE(offset);
      if (length < 5) throw new Error(`${file}: not a BSON document at byte ${offset}`);
      if (buffered.length - offset < length) break;
      yield buffered.subarray(offset, offset + length);
      offset += length;
    }
    buffered = buffered.subarray(offset);
  }
  if (buffered.length > 0) throw new Error(`${file}: ends inside a document`);
}

export async function sha256OfFile(file: string): Promise<{ bytes: number; sha256: string }> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of createReadStream(file)) {
    hash.update(chunk as Buffer);
    bytes += (chunk as Buffer).length;
  }
  return { bytes, sha256: hash.digest('hex') };
}

/** `<sha256>  <path>` lines, as `sha256sum` writes and `sha256sum -c` checks them. */
export function formatSums(entries: Array<{ file: string; sha256: string }>): string {
  return entries.map((e) => `${e.sha256}  ${e.file}\n`).join('');
}

export function parseSums(text: string): Map<string, string> | undefined {
  const sums = new Map<string, string>();
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const match = /^([0-9a-f]{64}) [ *](.+)$/.exec(line);
    if (!match) return undefined;
    sums.set(match[2]!, match[1]!);
  }
  return sums;
}
