// FerretDB 1.24.2 on SQLite: the database of last resort on machines without mongod but with Go.
// Built once from the Go module proxy and cached; started on a free loopback port.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { access, chmod, cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { freePort, waitForPort } from './ports';

const run = promisify(execFile);
export const FERRETDB_VERSION = 'v1.24.2';
const MODULE = 'github.com/FerretDB/FerretDB';

function cacheDir(): string {
  const base = process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache');
  return path.join(base, 'motesplats', `ferretdb-${FERRETDB_VERSION}`);
}

export function ferretDbBinaryPath(): string {
  return process.env.FERRETDB_BIN ?? path.join(cacheDir(), 'ferretdb');
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}

export async function hasGo(): Promise<boolean> {
  try {
    await run('go', ['version']);
    return true;
  } catch {
    return false;
  }
}

/**
 * Builds the binary unless it is cached. `go install` alone yields a binary that refuses to
 * start (its embedded version.txt is empty), so the module source is copied, stamped and built.
 */
export async function ensureFerretDb(log: (line: string) => void = () => {}): Promise<string> {
  const binary = ferretDbBinaryPath();
  if (await exists(binary)) return binary;
  log(`building FerretDB ${FERRETDB_VERSION} with Go (once; cached at ${binary})`);
  const { stdout } = await run(
    'go',
    ['mod', 'download', '-json', `${MODULE}@${FERRETDB_VERSION}`],
    {
      maxBuffer: 1 << 20,
    },
  );
  const { Dir } = JSON.parse(stdout) as { Dir: string };
  const work = await mkdtemp(path.join(os.tmpdir(), 'ferretdb-src-'));
  try {
    await cp(Dir, work, { recursive: true });
    await chmod(work, 0o755);
    await run('chmod', ['-R', 'u+w', work]);
    await writeFile(path.join(work, 'build/version/version.txt'), `${FERRETDB_VERSION}\n`);
    await mkdir(path.dirname(binary), { recursive: true });
    const tmpBinary = `${binary}.tmp-${process.pid}`;
    await run('go', ['build', '-o', tmpBinary, './cmd/ferretdb'], {
      cwd: work,
      maxBuffer: 16 << 20,
      env: { ...process.env, CGO_ENABLED: '0' },
    });
    await run('mv', [tmpBinary, binary]);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  return binary;
}

export interface RunningFerretDb {
  uri: string;
  port: number;
  /** Stops it (SIGTERM, SIGKILL after 5 s); `SIGKILL` at once plays a crash (tests of outages). */
  stop(signal?: 'SIGTERM' | 'SIGKILL'): Promise<void>;
}

export async function startFerretDb(options: {
  dataDir: string;
  port?: number;
  log?: (line: string) => void;
}): Promise<RunningFerretDb> {
  const binary = await ensureFerretDb(options.log);
  const dataDir = path.resolve(options.dataDir);
  const sqliteDir = path.join(dataDir, 'sqlite');
  const stateDir = path.join(dataDir, 'state');
  await mkdir(sqliteDir, { recursive: true });
  await mkdir(stateDir, { recursive: true });
  const port = options.port ?? (await freePort());
  const child: ChildProcess = spawn(
    binary,
    [
      '--handler=sqlite',
      `--sqlite-url=file:${sqliteDir}/`,
      `--listen-addr=127.0.0.1:${port}`,
      '--telemetry=disable',
      '--debug-addr=-',
      `--state-dir=${stateDir}`,
      '--log-level=error',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-2000);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    await Promise.race([
      waitForPort(port, 20_000),
      exited.then(() => {
        throw new Error(`FerretDB exited at start: ${stderr.trim()}`);
      }),
    ]);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    uri: `mongodb://127.0.0.1:${port}/`,
    port,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode !== null) return;
      child.kill(signal);
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
