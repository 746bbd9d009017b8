// `npm run size`: builds the client and reports the JavaScript a citizen's first visit to the start
// page (/) loads, gzipped, from Vite's manifest: the entry with everything it imports statically,
// the start page's own chunk with its imports, and the Swedish translations (all namespaces load
// at start, see client/src/i18n/setup.ts). Fails above the budget. The browser test test/browser/bundle-size.test.ts checks that Chromium loads
// nothing beyond these files on that visit, and the same budget.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** The goal of issue 12: a first visit loads at most this much JavaScript, gzipped. */
export const START_PAGE_BUDGET_KB = 110;

/** The start page's route module, lazily loaded by the entry. */
const START_PAGE = 'src/pages/Home.tsx';
/** The Swedish translations: every namespace of the default language. */
const SWEDISH = /^\.\.\/shared\/i18n\/sv\/[a-z-]+\.json$/;

const root = path.resolve(import.meta.dirname, '..');
export const CLIENT_DIST = path.join(root, 'dist/client');

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
}

export interface StartPageSize {
  files: Array<{ file: string; gzipBytes: number }>;
  gzipBytes: number;
  kilobytes: number;
}

function readManifest(dist: string): Record<string, ManifestChunk> {
  const text = readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8');
  return JSON.parse(text) as Record<string, ManifestChunk>;
}

/** Measures an existing build in `dist`. */
export function measureStartPage(dist = CLIENT_DIST): StartPageSize {
  const manifest = readManifest(dist);
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`the build's manifest has no ${key}`);
    if (files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  const entry = Object.keys(manifest).find((key) => manifest[key]?.isEntry);
  if (!entry) throw new Error("the build's manifest has no entry");
  visit(entry);
  visit(START_PAGE);
  for (const key of Object.keys(manifest)) if (SWEDISH.test(key)) visit(key);
  const measured = [...files]
    .filter((file) => file.endsWith('.js'))
    .map((file) => ({
      file,
      gzipBytes: gzipSync(readFileSync(path.join(dist, file))).length,
    }));
  const gzipBytes = measured.reduce((sum, f) => sum + f.gzipBytes, 0);
  return { files: measured, gzipBytes, kilobytes: gzipBytes / 1024 };
}

function main(): void {
  if (!process.argv.includes('--no-build')) {
    const vite = path.join(root, 'node_modules/.bin/vite');
    const build = spawnSync(vite, ['build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  const size = measureStartPage();
  for (const f of [...size.files].sort((a, b) => b.gzipBytes - a.gzipBytes)) {
    console.log(`${(f.gzipBytes / 1024).toFixed(1).padStart(7)} KB  ${f.file}`);
  }
  const verdict = size.kilobytes <= START_PAGE_BUDGET_KB ? 'within' : 'OVER';
  console.log(
    `start page (/), first visit: ${size.kilobytes.toFixed(1)} KB of JavaScript gzipped ` +
      `(${verdict} the budget of ${START_PAGE_BUDGET_KB} KB)`,
  );
  if (size.kilobytes > START_PAGE_BUDGET_KB) process.exit(1);
}

if (import.meta.filename === process.argv[1]) main();
