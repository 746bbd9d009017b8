// The embedded real MongoDB: a `mongod` found on PATH, started on loopback with its files in DATA_DIR.
import { execFile, spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { freePort, waitForPort } from './ports';

const run = promisify(execFile);

export async function findMongod(): Promise<string | undefined> {
  try {
    await run('mongod', ['--version']);
    return 'mongod';
  } catch {
    return undefined;
  }
}

export async function startMongod(binary: string, dataDir: string) {
  const dbPath = path.resolve(dataDir, 'mongod');
  await mkdir(dbPath, { recursive: true });
  const port = await freePort();
  const child = spawn(
    binary,
    ['--dbpath', dbPath, '--bind_ip', '127.0.0.1', '--port', String(port)],
    {
      stdio: 'ignore',
    },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await waitForPort(port, 30_000);
  return {
    uri: `mongodb://127.0.0.1:${port}/`,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await exited;
    },
  };
}
