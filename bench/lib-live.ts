// Shared set-up of the live benchmarks: a database (MONGODB_URI, else FerretDB started here), the
// real app server in this process (so its event loop, CPU and memory can be measured), signed-in
// people, and a second process that holds the socket.io clients (bench/live-clients.ts).
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomInt } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import mongoose from 'mongoose';
import { sign } from 'cookie-signature';
import { loadConfig } from '../server/config';
import { connectDatabase } from '../server/db/connect';
import { startFerretDb } from '../server/db/ferretdb';
import { freePort, waitForPort } from '../server/db/ports';
import { redisServerPath, redisServerProblem } from '../scripts/tools';
import { createLogger } from '../server/logger';
import { startServer, type RunningServer } from '../server/server';
import { User } from '../server/auth/user-model';
import { pidHash } from '../server/auth/pid-hash';
import { IDLE_TIMEOUT_MS, SESSION_COOKIE } from '../server/auth/session';
import { LiveQuestionModel, LiveSessionModel } from '../server/features/live/model';
import type { RoleGrant } from '@shared/roles';

export function arg(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : NaN;
  return Number.isFinite(value) ? value : fallback;
}

export function percentiles(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
  return {
    count: sorted.length,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    max: sorted.at(-1) ?? 0,
  };
}

export const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

export interface BenchApp {
  url: string;
  /** The database of this run (with its name), for more nodes. */
  mongoUri: string;
  server: RunningServer;
  sessionSecret: string;
  pidPepper: string;
  stop(): Promise<void>;
}

/** The real app (all features) on a free loopback port, on a fresh database. */
export async function startBenchApp(options: { redisUrl?: string } = {}): Promise<BenchApp> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'motesplats-bench-'));
  let stopDb = async () => {};
  let uri = process.env.MONGODB_URI;
  if (!uri) {
    const ferret = await startFerretDb({ dataDir: dir });
    uri = ferret.uri;
    stopDb = () => ferret.stop();
  }
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: String(port),
    PUBLIC_URL: url,
    DATA_DIR: dir,
    LOG_LEVEL: 'error',
    SEED_DEMO: 'off',
    ...(options.redisUrl ? { REDIS_URL: options.redisUrl } : {}),
  });
  const secrets = {
    sessionSecret: randomBytes(32).toString('hex'),
    pidPepper: randomBytes(32).toString('hex'),
  };
  const dbName = `bench_${randomBytes(4).toString('hex')}`;
  await connectDatabase(uri, dbName);
  const server = await startServer(config, createLogger(config), secrets);
  return {
    url,
    mongoUri: new URL(dbName, uri.endsWith('/') ? uri : `${uri}/`).href,
    server,
    ...secrets,
    async stop() {
      await server.close(2_000);
      await mongoose.connection.db?.dropDatabase().catch(() => undefined);
      await server.ctx.sessions.close().catch(() => undefined);
      await mongoose.disconnect();
      await stopDb();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** People signed in through the real session store; returns their cookie headers. */
export async function signInPeople(
  app: BenchApp,
  count: number,
  roles: RoleGrant[] = [{ role: 'citizen' }],
): Promise<Array<{ id: string; cookie: string }>> {
  const base = 190_000_000_000 + randomInt(100_000) * 100_000;
  const users = await User.insertMany(
    Array.from({ length: count }, (_, i) => ({
      pidHash: pidHash(String(base + i), app.pidPepper),
      displayName: `Bänk ${i}`,
      roles,
    })),
  );
  const people: Array<{ id: string; cookie: string }> = [];
  for (const user of users) {
    const sid = randomBytes(24).toString('base64url');
    const expires = new Date(Date.now() + IDLE_TIMEOUT_MS);
    const data = {
      cookie: { originalMaxAge: IDLE_TIMEOUT_MS, expires, httpOnly: true, path: '/' },
      userId: String(user._id),
      loginAt: Date.now(),
    };
    await new Promise<void>((resolve, reject) =>
      app.server.ctx.sessions.store.set(sid, data, (e) => (e ? reject(e as Error) : resolve())),
    );
    const value = encodeURIComponent(`s:${sign(sid, app.sessionSecret)}`);
    people.push({ id: String(user._id), cookie: `${SESSION_COOKIE}=${value}` });
  }
  return people;
}

/** An open session, optionally with `pending` questions waiting for approval. */
export async function createOpenSession(
  createdBy: string,
  pending = 0,
  state: 'pending' | 'visible' = 'pending',
): Promise<{ sessionId: string; questionIds: string[] }> {
  const session = await LiveSessionModel.create({
    title: 'Bänktest',
    premoderation: true,
    status: 'open',
    openedAt: new Date(),
    createdBy,
  });
  const sessionId = String(session._id);
  const questions = await LiveQuestionModel.insertMany(
    Array.from({ length: pending }, (_, i) => ({
      sessionId,
      authorId: createdBy,
      text: `Fråga nummer ${i}: hur ser planen ut för nästa år, och vem bestämmer?`,
      state,
    })),
  );
  return { sessionId, questionIds: questions.map((q) => String(q._id)) };
}

/** The socket.io clients' process, driven by messages (see bench/live-clients.ts). */
export interface ClientsProcess {
  child: ChildProcess;
  request<T>(message: Record<string, unknown>): Promise<T>;
  stop(): void;
}

export function startClientsProcess(): ClientsProcess {
  const child = fork(path.join(import.meta.dirname, 'live-clients.ts'), [], {
    execArgv: ['--import', 'tsx', '--max-old-space-size=4096'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let next = 0;
  const waiting = new Map<number, (value: unknown) => void>();
  child.on('message', (message: { id: number; result: unknown }) => {
    waiting.get(message.id)?.(message.result);
    waiting.delete(message.id);
  });
  return {
    child,
    request<T>(message: Record<string, unknown>) {
      const id = ++next;
      return new Promise<T>((resolve) => {
        waiting.set(id, resolve as (value: unknown) => void);
        child.send({ ...message, id });
      });
    },
    stop() {
      child.kill('SIGTERM');
    },
  };
}

/** CPU time (user + system, ms) and memory of this process. */
export function processStats() {
  const cpu = process.cpuUsage();
  const memory = process.memoryUsage();
  return { cpuMs: (cpu.user + cpu.system) / 1000, rss: memory.rss, heap: memory.heapUsed };
}

export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** redis-server on a free loopback port, keeping nothing on disk. */
export async function startRedis(): Promise<{ url: string; stop(): void }> {
  const problem = redisServerProblem();
  if (problem) throw new Error(problem);
  const port = await freePort();
  const child = spawn(
    redisServerPath(),
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: 'ignore' },
  );
  await waitForPort(port, 10_000);
  return { url: `redis://127.0.0.1:${port}`, stop: () => void child.kill('SIGTERM') };
}

/** Another app node (its own process, as in production) on the bench app's database and Redis. */
export async function startNode(
  app: BenchApp,
  redisUrl: string,
): Promise<{ url: string; pid: number; stop(): Promise<void> }> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const root = path.resolve(import.meta.dirname, '..');
  const dir = await mkdtemp(path.join(os.tmpdir(), 'motesplats-bench-node-'));
  const child = spawn(path.join(root, 'node_modules/.bin/tsx'), ['server/main.ts'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      PATH: `${path.join(root, 'node_modules/.bin')}:${process.env.PATH ?? ''}`,
      NODE_ENV: 'test',
      PORT: String(port),
      PUBLIC_URL: url,
      MONGODB_URI: app.mongoUri,
      REDIS_URL: redisUrl,
      SEED_DEMO: 'off',
      LOG_LEVEL: 'error',
      SESSION_SECRET: app.sessionSecret,
      PID_PEPPER: app.pidPepper,
      DATA_DIR: dir,
    },
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  for (let waited = 0; ; waited += 200) {
    if (child.exitCode !== null) throw new Error(`node at ${url} exited with ${child.exitCode}`);
    if (waited > 120_000) throw new Error(`node at ${url} not ready`);
    if (
      await fetch(`${url}/readyz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    pid: child.pid!,
    async stop() {
      child.kill('SIGTERM');
      await exited;
      await rm(dir, { recursive: true, force: true });
    },
  };
}
