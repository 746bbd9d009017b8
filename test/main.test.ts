// The server process as an operator runs it: bad configuration stops it with one clear line and
// exit code 1; SIGTERM stops it gracefully.
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { freePort } from '../server/db/ports';
import { spawnServer, waitForHttp } from './helpers/process';

describe('server process', () => {
  it.each([
    [{ PORT: 'abc' }, /^Invalid configuration: PORT: /],
    [{ PUBLIC_URL: 'nope' }, /^Invalid configuration: PUBLIC_URL: /],
    [
      { NODE_ENV: 'production', MONGODB_URI: 'mongodb://127.0.0.1:1/x' },
      /^Invalid configuration: SESSION_SECRET: /,
    ],
    [
      // No MONGODB_URI, no mongod, no FerretDB and no Go to build it: say what to install.
      {
        PATH: `${path.resolve(import.meta.dirname, '../node_modules/.bin')}:/usr/bin:/bin`,
        FERRETDB_BIN: '/nonexistent/ferretdb',
        DATA_DIR: '/tmp/motesplats-main-test-no-db',
      },
      /^Invalid configuration: MONGODB_URI: not set, and neither mongod nor Go .* install Go 1\.24 or later/,
    ],
    [
      {
        NODE_ENV: 'production',
        SESSION_SECRET: 'x'.repeat(40),
        PID_PEPPER: 'y'.repeat(40),
        SECURITY_CONTACT: 'mailto:security@kommun.example',
        PUBLIC_URL: 'http://motesplats.kommun.example',
      },
      /^Invalid configuration: PUBLIC_URL: must be https in production/,
    ],
  ])('refuses bad configuration %o with one line and exit code 1', async (env, line) => {
    const server = spawnServer({ LOG_LEVEL: 'silent', ...env });
    expect(await server.exited).toBe(1);
    const output = server.output().trim();
    expect(output).toMatch(line);
    expect(output.split('\n')).toHaveLength(1);
    expect(output).not.toMatch(/\bat .+:\d+:\d+/);
  });

  it('serves, then stops gracefully on SIGTERM', async () => {
    const port = await freePort();
    const server = spawnServer({
      PORT: String(port),
      MONGODB_URI: `${inject('mongoUri')}t_main_${randomBytes(4).toString('hex')}`,
      DATA_DIR: `/tmp/motesplats-main-test-${port}`,
      SEED_DEMO: 'off',
      LOG_LEVEL: 'warn',
    });
    await waitForHttp(`http://127.0.0.1:${port}/healthz`);
    expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);
    // PUBLIC_URL defaults to localhost: the development IdP is on, and the log says so loudly.
    const warning = server
      .output()
      .split('\n')
      .find((line) => line.includes('DEVELOPMENT IdP IS ON'));
    expect(JSON.parse(warning!)).toMatchObject({ level: 40, devIdp: true });
    const started = Date.now();
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
