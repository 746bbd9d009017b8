// Before the browser tests: a fresh build of the client, which the app under test serves.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

export default function setup() {
  const vite = path.resolve(import.meta.dirname, '../node_modules/.bin/vite');
  const build = spawnSync(vite, ['build', '--logLevel', 'error'], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('vite build failed');
}
