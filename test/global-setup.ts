// Once per test project: a real database server (MONGODB_URI, else FerretDB on SQLite started
// here). Each test file then works in a database of its own.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startFerretDb } from '../server/db/ferretdb';

declare module 'vitest' {
  export interface ProvidedContext {
    mongoUri: string;
  }
}

export default async function setup(project: TestProject) {
  let stop = async () => {};
  let uri = process.env.MONGODB_URI;
  if (!uri) {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'motesplats-test-db-'));
    const ferret = await startFerretDb({ dataDir: dir, log: (line) => console.log(line) });
    uri = ferret.uri;
    stop = async () => {
      await ferret.stop();
      await rm(dir, { recursive: true, force: true });
    };
  }
  project.provide('mongoUri', uri);

  return stop;
}
