// FerretDB 1.24.2 on SQLite: the database of last resort on machines without mongod but with Go.
// Built once from the Go module proxy and cached (saying what it does meanwhile: the first build
// takes minutes); started on a free loopback port. Without a usable Go it says so in one line.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { access, chmod, cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { freePort, waitForPort } from './ports';

const run = promisify(execFile);
export const FERRETDB_VERSION = 'v1.24.2';
/** The `go` directive of FerretDB v1.24.2's go.mod. */
export const GO_MINIMUM = '1.24';
const MODULE = 'github.com/FerretDB/FerretDB';
/** How to get what is missing, for the one line that says it is. */
export const GET_GO = `install Go ${GO_MINIMUM} or later (https://go.dev/dl/), or set MONGODB_URI to a MongoDB or FerretDB you run; \`bash .ci/run\` provisions everything on Debian`;

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

/** The installed Go's version (`1.24.3`), or undefined without Go. */
export async function goVersion(): Promise<string | undefined> {
  try {
    const { stdout } = await run('go', ['env', 'GOVERSION']);
    return /go(\d+\.\d+(\.\d+)?)/.exec(stdout)?.[1] ?? '0';
  } catch {
    return undefined;
  }
}

export async function hasGo(): Promise<boolean> {
  return (await goVersion()) !== undefined;
}

const atLeast = (version: string, minimum: string) => {
  const [a = 0, b = 0] = version.split('.').map(Number);
  const [c = 0, d = 0] = minimum.split('.').map(Number);
  return a > c || (a === c && b >= d);
};

/** Why FerretDB can be neither found nor built here (one line), or undefined when it can. */
export async function ferretDbProblem(): Promise<string | undefined> {
  if (await exists(ferretDbBinaryPath())) return undefined;
  const version = await goVersion();
  if (version === undefined) {
    return `FerretDB ${FERRETDB_VERSION} is not built yet and Go was not found: ${GET_GO}`;
  }
  if (!atLeast(version, GO_MINIMUM)) {
    return `FerretDB ${FERRETDB_VERSION} is not built yet and Go ${version} is too old to build it: ${GET_GO}`;
  }
  return undefined;
}

/** Runs a build step, saying every 15 s that it still runs. */
async function step<T>(log: (line: string) => void, what: string, work: Promise<T>): Promise<T> {
  const started = Date.now();
  log(`FerretDB: ${what}`);
  const timer = setInterval(
    () => log(`FerretDB: still ${what} (${Math.round((Date.now() - started) / 1000)} s)`),
    15_000,
  );
  try {
    return await work;
  } catch (error) {
    const stderr = (error as { stderr?: unknown }).stderr;
    const lastLine = typeof stderr === 'string' ? stderr.trim().split('\n').at(-1) : undefined;
    throw new Error(
      `building FerretDB ${FERRETDB_VERSION} failed while ${what}: ${lastLine || (error as Error).message}`,
      { cause: error },
    );
  } finally {
    clearInterval(timer);
  }
}

/**
 * Builds the binary unless it is cached. `go install` alone yields a binary that refuses to
 * start (its embedded version.txt is empty), so the module source is copied, stamped and built.
 */
export async function ensureFerretDb(log: (line: string) => void = () => {}): Promise<string> {
  const binary = ferretDbBinaryPath();
  if (await exists(binary)) return binary;
  const problem = await ferretDbProblem();
  if (problem) throw new Error(problem);
  const started = Date.now();
  log(
    `FerretDB ${FERRETDB_VERSION} is not built yet: building it once with Go (1 to 3 minutes; cached at ${binary})`,
  );
  const { stdout } = await step(
    log,
    'downloading its source through the Go module proxy',
    run('go', ['mod', 'download', '-json', `${MODULE}@${FERRETDB_VERSION}`], {
      maxBuffer: 1 << 20,
    }),
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
    await step(
      log,
      'compiling (go build; the longest step)',
      run('go', ['build', '-o', tmpBinary, './cmd/ferretdb'], {
        cwd: work,
        maxBuffer: 16 << 20,
        env: { ...process.env, CGO_ENABLED: '0' },
      }),
    );
    await run('mv', [tmpBinary, binary]);
    log(`FerretDB: built in ${Math.round((Date.now() - started) / 1000)} s`);
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
