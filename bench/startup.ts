// `npm run bench:startup`: how long the server takes from process start to its first answer on
// /healthz, built (`node dist/server/main.js`, after `npm run build`) against the TypeScript
// sources run through tsx (`npm start`'s way), alternating, `--runs` times each (default 7), on
// the same database (MONGODB_URI, else a FerretDB started here). Prints min / median / max.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startFerretDb } from '../server/db/ferretdb';
import { freePort } from '../server/db/ports';

const root = path.resolve(import.meta.dirname, '..');
const runsIndex = process.argv.indexOf('--runs');
const RUNS = runsIndex > 0 ? Number(process.argv[runsIndex + 1]) : 7;
const bin = (name: string) => path.join(root, 'node_modules/.bin', name);

async function timeToHealthy(command: string, args: string[], mongoUri: string): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(command, args, {
    cwd: root,
    stdio: 'ignore',
    env: {
      PATH: `${path.join(root, 'node_modules/.bin')}:${process.env.PATH ?? ''}`,
      HOME: os.homedir(),
      NODE_ENV: 'test',
      PORT: String(port),
      MONGODB_URI: mongoUri,
      SEED_DEMO: 'off',
      LOG_LEVEL: 'silent',
      DATA_DIR: path.join(os.tmpdir(), `motesplats-startup-${port}`),
    },
  });
  try {
    for (;;) {
      if (child.exitCode !== null)
        throw new Error(`${args.join(' ')} exited with ${child.exitCode}`);
      try {
        if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok)
          return performance.now() - started;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 10));
    }
  } finally {
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
    await rm(path.join(os.tmpdir(), `motesplats-startup-${port}`), {
      recursive: true,
      force: true,
    });
  }
}

const summary = (ms: number[]) => {
  const sorted = [...ms].sort((a, b) => a - b);
  const f = (v: number) => `${(v / 1000).toFixed(2)} s`;
  return `min ${f(sorted[0]!)}, median ${f(sorted[sorted.length >> 1]!)}, max ${f(sorted.at(-1)!)}`;
};

async function main() {
  if (!existsSync(path.join(root, 'dist/server/main.js'))) {
    throw new Error('dist/server/main.js is missing: run `npm run build` first');
  }
  let stop = async () => {};
  let base = process.env.MONGODB_URI;
  if (!base) {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'motesplats-startup-db-'));
    const ferret = await startFerretDb({ dataDir: dir });
    base = ferret.uri;
    stop = async () => {
      await ferret.stop();
      await rm(dir, { recursive: true, force: true });
    };
  }
  const uri = `${base.replace(/\/?$/, '/')}startup_${randomBytes(4).toString('hex')}`;
  const built: number[] = [];
  const tsx: number[] = [];
  try {
    // One of each first, unmeasured: the database creates its collections and indexes once.
    await timeToHealthy(bin('node'), ['dist/server/main.js'], uri);
    for (let i = 0; i < RUNS; i++) {
      built.push(await timeToHealthy(bin('node'), ['dist/server/main.js'], uri));
      tsx.push(await timeToHealthy(bin('tsx'), ['server/main.ts'], uri));
    }
  } finally {
    await stop();
  }
  console.log(`bench:startup: process start to first /healthz answer, ${RUNS} runs each`);
  console.log(`  built (node dist/server/main.js): ${summary(built)}`);
  console.log(`  tsx   (tsx server/main.ts):       ${summary(tsx)}`);
  const median = (ms: number[]) => [...ms].sort((a, b) => a - b)[ms.length >> 1]!;
  console.log(`  built / tsx median: ${(median(built) / median(tsx)).toFixed(2)}×`);
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});
