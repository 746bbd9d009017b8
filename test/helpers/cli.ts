// Runs `server/cli.ts` as its own process, as an operator would, against a test app's database
// and with its secrets (so pidHashes agree).
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import mongoose from 'mongoose';
import { inject } from 'vitest';
import type { TestApp } from './app';
import { PROJECT_PATH } from './process';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');

export async function runCli(
  app: TestApp,
  args: string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  const uri = new URL(inject('mongoUri'));
  uri.pathname = `/${mongoose.connection.db!.databaseName}`;
  return runCliProcess(args, {
    MONGODB_URI: uri.toString(),
    PID_PEPPER: app.secrets.pidPepper,
    SESSION_SECRET: app.secrets.sessionSecret,
  });
}

/** The CLI against any database of the test server, e.g. `runCliOn('t_backup_x', ['backup', dir])`. */
export async function runCliOn(
  dbName: string,
  args: string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  const uri = new URL(inject('mongoUri'));
  uri.pathname = `/${dbName}`;
  return runCliProcess(args, { MONGODB_URI: uri.toString() });
}

async function runCliProcess(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(
      path.join(root, 'node_modules/.bin/tsx'),
      ['server/cli.ts', ...args],
      {
        cwd: root,
        env: {
          PATH: PROJECT_PATH,
          HOME: process.env.HOME,
          NODE_ENV: 'test',
          DATA_DIR: `/tmp/motesplats-cli-test-${process.pid}`,
          LOG_LEVEL: 'silent',
          ...env,
        },
      },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}
