// The outside tools the test suite needs, found or named in one line with how to get them:
// Chromium (browser tests), redis-server (the two-node tests) and a database (MONGODB_URI, or
// FerretDB built with Go). Used by `npm test`'s first step (scripts/check-tools.ts) and by the
// test set-ups, so a missing tool stops the run at once instead of surfacing as a timeout.
import { accessSync, constants } from 'node:fs';
import path from 'node:path';
import { ferretDbProblem } from '../server/db/ferretdb';

const PROVISION = 'or run `bash .ci/run`, which installs what the tests need on Debian';

function executable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (dir && executable(path.join(dir, name))) return path.join(dir, name);
  }
  return undefined;
}

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

/** Why Chromium cannot be started, or undefined when it can. */
export function chromiumProblem(): string | undefined {
  const file = chromiumPath();
  if (executable(file)) return undefined;
  return `Chromium (for the browser tests) not found at ${file}: install it with \`apt-get install chromium\` or point CHROMIUM_PATH at it, ${PROVISION}`;
}

/** redis-server: REDIS_SERVER_PATH, else on PATH, else /usr/bin/redis-server. */
export function redisServerPath(): string {
  return process.env.REDIS_SERVER_PATH ?? onPath('redis-server') ?? '/usr/bin/redis-server';
}

export function redisServerProblem(): string | undefined {
  const file = redisServerPath();
  if (executable(file)) return undefined;
  return `redis-server (for the two-node tests) not found at ${file}: install it with \`apt-get install redis-server\` or point REDIS_SERVER_PATH at it, ${PROVISION}`;
}

/** The test database: MONGODB_URI, else FerretDB (cached, or built with Go). */
export async function databaseProblem(): Promise<string | undefined> {
  if (process.env.MONGODB_URI) return undefined;
  return ferretDbProblem();
}

export async function toolProblems(): Promise<string[]> {
  return [chromiumProblem(), redisServerProblem(), await databaseProblem()].filter(
    (problem) => problem !== undefined,
  );
}
