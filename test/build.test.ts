// The production build: `npm run build`'s server step bundles server/main.ts and server/cli.ts into
// plain JavaScript, which `node` runs without a TypeScript loader, in production mode, with JSON
// logs, writing nothing to disk (DATA_DIR here is a path nothing can be created in, as a read-only
// root file system would be). The Dockerfile runs exactly these files.
import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, inject, it } from 'vitest';
import { freePort } from '../server/db/ports';
import { PROJECT_PATH, waitForHttp } from './helpers/process';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '..');
const node = path.join(root, 'node_modules/.bin/node');

describe('the built server', () => {
  it('runs with plain node in production mode', { timeout: 120_000 }, async () => {
    const built = await run(node, ['scripts/build-server.mjs'], {
      cwd: root,
      env: { PATH: PROJECT_PATH },
    });
    expect(built.stdout).toMatch(/^server built in \d+ ms: dist\/server\/main\.js/);
    const bundle = await readFile(path.join(root, 'dist/server/main.js'), 'utf8');
    expect(bundle).not.toMatch(/from ["'](tsx|typescript)/);
    expect(bundle).not.toMatch(/from ["']@shared\//);

    const port = await freePort();
    const mongoUri = `${inject('mongoUri')}t_build_${randomBytes(4).toString('hex')}`;
    const env = {
      PATH: PROJECT_PATH,
      NODE_ENV: 'production',
      PORT: String(port),
      PUBLIC_URL: 'https://motesplats.example',
      MONGODB_URI: mongoUri,
      SESSION_SECRET: randomBytes(32).toString('hex'),
      PID_PEPPER: randomBytes(32).toString('hex'),
      SECURITY_CONTACT: 'mailto:security@kommun.example',
      DATA_DIR: '/proc/motesplats-cannot-exist',
      LOG_LEVEL: 'info',
    };
    const child = spawn(node, ['dist/server/main.js'], { cwd: root, env });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    try {
      const url = `http://127.0.0.1:${port}`;
      await waitForHttp(`${url}/readyz`);
      expect((await fetch(`${url}/api/v1/bodies`)).status).toBe(200);
      const security = await (await fetch(`${url}/.well-known/security.txt`)).text();
      expect(security).toContain('Contact: mailto:security@kommun.example');
      expect(security).toContain('Canonical: https://motesplats.example/.well-known/security.txt');
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    const lines = output.trim().split('\n');
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(() => JSON.parse(line), line).not.toThrow();

    const cli = await run(node, ['dist/server/cli.js', 'audit-verify'], {
      cwd: root,
      env: { ...env, LOG_LEVEL: 'silent' },
    });
    expect(cli.stdout).toMatch(/^audit chain ok: 0 entries/);
  });
});
