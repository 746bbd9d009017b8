// Where the project's files are at run time: the folder holding package.json, found upwards from
// this module. The same answer from the TypeScript sources (server/) and from the built bundle
// (dist/server/), so static files are found either way.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

function findRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no package.json above ${start}`);
  }
}

export const PROJECT_ROOT = findRoot(import.meta.dirname);

/** The built browser client, served as static files. */
export const CLIENT_DIST = path.join(PROJECT_ROOT, 'dist/client');

/** name and version from package.json. */
export const APP_VERSION: { name: string; version: string } = (() => {
  const pkg = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
    name: string;
    version: string;
  };
  return { name: pkg.name, version: pkg.version };
})();
