// Starts the real app on a free loopback port against the real database server, in a database
// of this test file's own, dropped on close.
import { randomBytes } from 'node:crypto';
import mongoose from 'mongoose';
import { inject } from 'vitest';
import { loadConfig, type Config } from '../../server/config';
import { connectDatabase } from '../../server/db/connect';
import { freePort } from '../../server/db/ports';
import { createLogger } from '../../server/logger';
import { startServer, type RunningServer } from '../../server/server';
import type { Secrets } from '../../server/secrets';
import { HttpClient } from './http';

export interface TestApp {
  url: string;
  origin: string;
  config: Config;
  secrets: Secrets;
  server: RunningServer;
  /** A new anonymous client (its own cookie jar). */
  client(): HttpClient;
  close(): Promise<void>;
}

export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: String(port),
    PUBLIC_URL: url,
    DATA_DIR: `/tmp/motesplats-test-data-${process.pid}`,
    LOG_LEVEL: 'silent',
    SEED_DEMO: 'off',
    ...env,
  });
  const secrets: Secrets = {
    sessionSecret: randomBytes(32).toString('hex'),
    pidPepper: randomBytes(32).toString('hex'),
  };
  const dbName = `t_${randomBytes(6).toString('hex')}`;
  await connectDatabase(inject('mongoUri'), dbName);
  const server = await startServer(config, createLogger(config), secrets);
  const origin = new URL(url).origin;
  return {
    url,
    origin,
    config,
    secrets,
    server,
    client: () => new HttpClient(url, origin),
    async close() {
      await server.close(2_000);
      await mongoose.connection.db?.dropDatabase().catch(() => undefined);
      await server.ctx.sessions.close().catch(() => undefined);
      await mongoose.disconnect();
    },
  };
}
