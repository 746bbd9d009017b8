// `npm run build` (after the client): bundles the server and the operator CLI into
// dist/server/main.js and dist/server/cli.js, plain JavaScript that `node` runs without a
// TypeScript loader. Packages stay in node_modules (external), so the production image installs
// them with `npm ci --omit=dev`; our own code, `@shared` included, is one file per entry point.
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const outdir = path.join(root, 'dist/server');

await rm(outdir, { recursive: true, force: true });
const started = Date.now();
const result = await build({
  absWorkingDir: root,
  entryPoints: { main: 'server/main.ts', cli: 'server/cli.ts' },
  outdir,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node24',
  packages: 'external',
  sourcemap: true,
  tsconfig: 'tsconfig.json',
  logLevel: 'warning',
  metafile: true,
});
const bytes = Object.entries(result.metafile.outputs)
  .filter(([file]) => file.endsWith('.js'))
  .map(([file, out]) => `${path.relative(root, file)} ${(out.bytes / 1024).toFixed(0)} KB`);
console.log(`server built in ${Date.now() - started} ms: ${bytes.join(', ')}`);
