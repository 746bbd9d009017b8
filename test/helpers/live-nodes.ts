// Several app processes sharing one database and one Redis, as behind a load balancer: starts
// redis-server (scripts/tools.ts finds it, or says how to get it) on a free loopback port, spawns `tsx server/main.ts` nodes, and signs
// people in by writing sessions into the shared session collection (cookie signed with the
// shared secret), the way a login through the IdP would leave them.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { sign } from 'cookie-signature';
import { MongoClient, ObjectId } from 'mongodb';
import { freePort, waitForPort } from '../../server/db/ports';
import { pidHash } from '../../server/auth/pid-hash';
import { IDLE_TIMEOUT_MS, SESSION_COOKIE } from '../../server/auth/session';
import { randomPersonnummer } from './factories';
import { PROJECT_PATH } from './process';
import { redisServerPath, redisServerProblem } from '../../scripts/tools';
import type { RoleGrant } from '@shared/roles';

const ROOT = path.resolve(import.meta.dirname, '../..');

export interface ClusterNode {
  url: string;
  origin: string;
  /** Ends this node's process at once (a crashed machine: no graceful shutdown). */
  kill(): Promise<void>;
}

export interface Cluster {
  redisUrl: string;
  mongoUri: string;
  nodes: ClusterNode[];
  /** Ends redis-server at once (SIGKILL; it keeps nothing: no RDB, no AOF). */
  killRedis(): Promise<void>;
  /** Starts redis-server again on the same port, empty. */
  startRedis(): Promise<void>;
  /** A signed-in person: the cookie header value for HTTP and socket handshakes. */
  person(roles?: RoleGrant[]): Promise<{ id: string; cookie: string }>;
  stop(): Promise<void>;
}

async function waitReady(url: string, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`node at ${url} exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/readyz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`node at ${url} not ready`);
}

async function killNow(child: ChildProcess | undefined, group = false): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  if (group && child.pid) process.kill(-child.pid, 'SIGKILL');
  else child.kill('SIGKILL');
  await exited;
}

export async function startCluster(baseMongoUri: string, nodeCount = 2): Promise<Cluster> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'motesplats-nodes-'));
  const children: ChildProcess[] = [];
  const problem = redisServerProblem();
  if (problem) throw new Error(problem);
  const redisPort = await freePort();
  let redis: ChildProcess | undefined;
  const startRedis = async () => {
    const child = spawn(
      redisServerPath(),
      ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { stdio: 'ignore' },
    );
    redis = child;
    children.push(child);
    // A redis-server that cannot start says so, instead of a port that never answers.
    const failed = new Promise<never>((_, reject) => {
      child.once('error', reject);
      child.once('exit', (code) => reject(new Error(`redis-server exited with ${code}`)));
    });
    failed.catch(() => undefined);
    await Promise.race([waitForPort(redisPort, 10_000), failed]);
  };
  await startRedis();
  const redisUrl = `redis://127.0.0.1:${redisPort}`;

  const dbName = `nodes_${randomBytes(6).toString('hex')}`;
  const mongoUri = new URL(dbName, baseMongoUri.endsWith('/') ? baseMongoUri : `${baseMongoUri}/`)
    .href;
  const sessionSecret = randomBytes(32).toString('hex');
  const pidPepper = randomBytes(32).toString('hex');

  const nodes: Cluster['nodes'] = [];
  for (let i = 0; i < nodeCount; i++) {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const child = spawn(path.join(ROOT, 'node_modules/.bin/tsx'), ['server/main.ts'], {
      cwd: ROOT,
      // A process group of its own: tsx runs the server as its child, and killing a node (a
      // crash) must end both at once.
      detached: true,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: {
        ...process.env,
        PATH: PROJECT_PATH,
        NODE_ENV: 'test',
        PORT: String(port),
        PUBLIC_URL: url,
        MONGODB_URI: mongoUri,
        REDIS_URL: redisUrl,
        SEED_DEMO: 'off',
        LOG_LEVEL: 'silent',
        SESSION_SECRET: sessionSecret,
        PID_PEPPER: pidPepper,
        DATA_DIR: path.join(dataDir, `node${i}`),
      },
    });
    children.push(child);
    await waitReady(url, child);
    nodes.push({ url, origin: url, kill: () => killNow(child, true) });
  }

  const mongo = new MongoClient(mongoUri);
  await mongo.connect();
  const db = mongo.db(dbName);

  return {
    redisUrl,
    mongoUri,
    nodes,
    killRedis: () => killNow(redis),
    startRedis,
    async person(roles: RoleGrant[] = [{ role: 'citizen' }]) {
      const _id = new ObjectId();
      await db.collection('users').insertOne({
        _id,
        pidHash: pidHash(randomPersonnummer(), pidPepper),
        displayName: `Person ${_id.toHexString().slice(-6)}`,
        nameDisplay: 'full',
        roles,
        createdAt: new Date(),
        updatedAt: new Date(),
      });
      const sid = randomBytes(24).toString('base64url');
      const expires = new Date(Date.now() + IDLE_TIMEOUT_MS);
      await db.collection<{ _id: string; expires: Date; session: unknown }>('sessions').insertOne({
        _id: sid,
        expires,
        session: {
          cookie: {
            originalMaxAge: IDLE_TIMEOUT_MS,
            expires,
            httpOnly: true,
            path: '/',
            sameSite: 'lax',
          },
          userId: _id.toHexString(),
          loginAt: Date.now(),
        },
      });
      const value = encodeURIComponent(`s:${sign(sid, sessionSecret)}`);
      return { id: _id.toHexString(), cookie: `${SESSION_COOKIE}=${value}` };
    },
    async stop() {
      for (const child of children.reverse()) {
        if (child.exitCode === null && child.signalCode === null) {
          const exited = new Promise((r) => child.once('exit', r));
          child.kill('SIGTERM');
          await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
        }
      }
      await db.dropDatabase().catch(() => undefined);
      await mongo.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
