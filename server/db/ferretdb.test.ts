// The first FerretDB build as a newcomer sees it: progress lines while it runs, and one clear line
// when Go is missing or too old. A stand-in `go` (a shell script on PATH) plays the Go toolchain,
// so the real build steps run in seconds instead of minutes.
import { execFile } from 'node:child_process';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ensureFerretDb, ferretDbProblem } from './ferretdb';

let dir: string;
const saved = { PATH: process.env.PATH, FERRETDB_BIN: process.env.FERRETDB_BIN };

async function fakeGo(version: string): Promise<void> {
  const bin = path.join(dir, 'bin');
  await mkdir(bin, { recursive: true });
  const source = path.join(dir, 'module');
  await writeFile(
    path.join(bin, 'go'),
    [
      '#!/bin/sh',
      'case "$1" in',
      `  env) echo go${version} ;;`,
      `  mod) mkdir -p ${source}/build/version ${source}/cmd/ferretdb; echo '{"Dir":"${source}"}' ;;`,
      // go build -o <file> ./cmd/ferretdb, run in the copied source: leaves a program that
      // prints the version stamped into that copy.
      `  build) printf '#!/bin/sh\\necho %s\\n' "$(cat build/version/version.txt)" > "$3"; chmod +x "$3" ;;`,
      'esac',
    ].join('\n'),
  );
  await chmod(path.join(bin, 'go'), 0o755);
  process.env.PATH = `${bin}:/usr/bin:/bin`;
}

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'motesplats-ferretdb-test-'));
  process.env.FERRETDB_BIN = path.join(dir, 'cache/ferretdb');
});
afterEach(async () => {
  process.env.PATH = saved.PATH;
  process.env.FERRETDB_BIN = saved.FERRETDB_BIN;
  await rm(dir, { recursive: true, force: true });
});

describe('building FerretDB the first time', () => {
  it('says what it is doing, step by step', async () => {
    await fakeGo('1.24.3');
    const lines: string[] = [];
    const binary = await ensureFerretDb((line) => lines.push(line));
    expect(binary).toBe(path.join(dir, 'cache/ferretdb'));
    expect(lines).toEqual([
      expect.stringMatching(
        /^FerretDB v1\.24\.2 is not built yet: building it once with Go \(1 to 3 minutes; cached at /,
      ),
      'FerretDB: downloading its source through the Go module proxy',
      'FerretDB: compiling (go build; the longest step)',
      expect.stringMatching(/^FerretDB: built in \d+ s$/),
    ]);
    // The copied source was stamped with its version before the build (else the binary refuses
    // to start).
    const { stdout } = await promisify(execFile)(binary);
    expect(stdout.trim()).toBe('v1.24.2');
    // Once built, it is cached: nothing more to say.
    const again: string[] = [];
    await ensureFerretDb((line) => again.push(line));
    expect(again).toEqual([]);
  });

  it('names a missing Go in one line, with how to get it', async () => {
    process.env.PATH = path.join(dir, 'empty');
    const problem = await ferretDbProblem();
    expect(problem).toMatch(
      /^FerretDB v1\.24\.2 is not built yet and Go was not found: install Go 1\.24 or later \(https:\/\/go\.dev\/dl\/\), or set MONGODB_URI/,
    );
    await expect(ensureFerretDb()).rejects.toThrow(problem!);
  });

  it('names a Go that is too old', async () => {
    await fakeGo('1.19.8');
    expect(await ferretDbProblem()).toMatch(
      /and Go 1\.19\.8 is too old to build it: install Go 1\.24/,
    );
  });
});
