// An app node whose Redis goes away keeps running and serving, says so once in its log, and says
// so again when Redis is back (before, the Redis client's unhandled error ended the process).
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { freePort, waitForPort } from '../server/db/ports';
import { redisServerPath, redisServerProblem } from '../scripts/tools';
import { spawnServer, waitForHttp, type ServerProcess } from './helpers/process';

let redis: ChildProcess | undefined;
let server: ServerProcess | undefined;
let dataDir = '';

async function startRedis(port: number): Promise<ChildProcess> {
  const problem = redisServerProblem();
  if (problem) throw new Error(problem);
  const child = spawn(
    redisServerPath(),
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: 'ignore' },
  );
  await waitForPort(port, 10_000);
  return child;
}

async function stop(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

afterAll(async () => {
  await stop(server?.child);
  await stop(redis);
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe('Redis down', () => {
  it('leaves the app node running and serving', { timeout: 60_000 }, async () => {
    const redisPort = await freePort();
    redis = await startRedis(redisPort);
    const port = await freePort();
    dataDir = `/tmp/motesplats-redis-down-${port}`;
    server = spawnServer({
      NODE_ENV: 'test',
      PORT: String(port),
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      MONGODB_URI: `${inject('mongoUri')}t_redis_${randomBytes(4).toString('hex')}`,
      REDIS_URL: `redis://127.0.0.1:${redisPort}`,
      DATA_DIR: dataDir,
      SEED_DEMO: 'off',
      LOG_LEVEL: 'info',
    });
    const url = `http://127.0.0.1:${port}`;
    await waitForHttp(`${url}/readyz`);

    await stop(redis);
    await expect.poll(() => server!.output()).toContain('Redis connection lost');
    expect((await fetch(`${url}/api/v1/bodies`)).status).toBe(200);
    expect(server.child.exitCode).toBeNull();

    redis = await startRedis(redisPort);
    await expect
      .poll(() => server!.output(), { timeout: 20_000 })
      .toContain('Redis connection restored');
    expect(server.output().match(/Redis connection lost/g)).toHaveLength(1);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
  });
});
