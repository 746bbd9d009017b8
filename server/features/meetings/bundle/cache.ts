// The whole-meeting PDFs kept on disk, one per meeting version and set of readable documents
// (`DATA_DIR/bundles/<meeting>-<key>.pdf`): written once through a temporary file and a rename,
// streamed from disk to every reader after, and the meeting's older versions removed when a new
// one is written. Two requests for the same missing version share one build.
import { createReadStream } from 'node:fs';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';

const building = new Map<string, Promise<string>>();

export async function cachedBundle(
  dataDir: string,
  meetingId: string,
  key: string,
  build: () => Promise<Uint8Array>,
): Promise<{ stream: Readable; file: string }> {
  const dir = path.resolve(dataDir, 'bundles');
  const file = path.join(dir, `${meetingId}-${key}.pdf`);
  let pending = building.get(file);
  if (!pending) {
    pending = ensure(dir, file, meetingId, build).finally(() => building.delete(file));
    building.set(file, pending);
  }
  await pending;
  return { stream: createReadStream(file), file };
}

async function ensure(
  dir: string,
  file: string,
  meetingId: string,
  build: () => Promise<Uint8Array>,
): Promise<string> {
  await mkdir(dir, { recursive: true });
  const existing = await readdir(dir);
  if (existing.includes(path.basename(file))) return file;
  const bytes = await build();
  const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(temporary, bytes);
  await rename(temporary, file);
  await Promise.all(
    existing
      .filter((name) => name.startsWith(`${meetingId}-`) && name !== path.basename(file))
      .map((name) => rm(path.join(dir, name), { force: true })),
  );
  return file;
}
