// Before the browser tests: Chromium is there (else one line says how to get it), and a fresh
// build of the client, which the app under test serves.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { chromiumProblem } from '../scripts/tools';

export default function setup() {
  const problem = chromiumProblem();
  if (problem) throw new Error(problem);
  const vite = path.resolve(import.meta.dirname, '../node_modules/.bin/vite');
  const build = spawnSync(vite, ['build', '--logLevel', 'error'], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('vite build failed');
}
