// `npm test`'s first step names each missing outside tool in one line, and lets a complete
// machine through.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '..');
const bin = path.join(root, 'node_modules/.bin');

async function check(env: Record<string, string>) {
  try {
    const { stdout, stderr } = await run(path.join(bin, 'tsx'), ['scripts/check-tools.ts'], {
      cwd: root,
      env: { HOME: process.env.HOME ?? '/tmp', ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    return error as { code: number; stdout: string; stderr: string };
  }
}

describe('npm test: the tools it needs', () => {
  it('names every missing tool in one line each, with how to get it', async () => {
    const result = await check({
      PATH: `${bin}:/usr/bin:/bin`,
      CHROMIUM_PATH: '/nonexistent/chromium',
      REDIS_SERVER_PATH: '/nonexistent/redis-server',
      FERRETDB_BIN: '/nonexistent/ferretdb',
    });
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(
      /^npm test: Chromium .* not found at \/nonexistent\/chromium: install it with `apt-get install chromium`/,
    );
    expect(lines[1]).toMatch(
      /^npm test: redis-server .* not found at \/nonexistent\/redis-server: install it with `apt-get install redis-server`/,
    );
    expect(lines[2]).toMatch(
      /^npm test: FerretDB v1\.24\.2 is not built yet and Go was not found: install Go 1\.24/,
    );
  });

  it('needs no Go when MONGODB_URI names the database', async () => {
    const result = await check({
      PATH: `${bin}:/usr/bin:/bin`,
      CHROMIUM_PATH: '/nonexistent/chromium',
      FERRETDB_BIN: '/nonexistent/ferretdb',
      MONGODB_URI: 'mongodb://127.0.0.1:27017/',
    });
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/Chromium/);
  });

  it('passes on this machine as the suite runs it', async () => {
    const result = await check({ PATH: process.env.PATH ?? '' });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });
});
