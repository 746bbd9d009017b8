// The backup commands of `npm run cli`: backup <dir>, restore <dir>, verify-backup <dir> (the
// restore drill). They talk to the database through the driver only (no index sync, no collection
// created on connect), so a restore target stays untouched until the backup has been checked.
import { randomBytes } from 'node:crypto';
import mongoose from 'mongoose';
import { verifyAuditChain } from '../audit/verify';
import type { CliOutput } from '../auth/cli-commands';
import { UsageError } from '../auth/cli-commands';
import { compareCollections, compareStoredFiles } from './compare';
import { createBackup } from './dump';
import { BackupError, type Manifest } from './manifest';
import { assertEmpty, checkBackup, restoreInto } from './restore';

export const BACKUP_COMMANDS = ['backup', 'restore', 'verify-backup'];

export const BACKUP_USAGE = [
  '       npm run cli -- backup <dir>',
  '       npm run cli -- restore <dir>',
  '       npm run cli -- verify-backup <dir> [--scratch-db <name>]',
].join('\n');

export interface DatabaseTarget {
  uri: string;
  /** The database name when the URI names none (the embedded database's `motesplats`). */
  dbName?: string;
}

function parseArgs(command: string, args: string[]): { dir: string; scratchDb?: string } {
  const positional: string[] = [];
  let scratchDb: string | undefined;
  for (let i = 0; i < args.length; i++) {
    if (command === 'verify-backup' && args[i] === '--scratch-db') {
      scratchDb = args[++i];
      if (!scratchDb || !/^[A-Za-z0-9_-]{1,60}$/.test(scratchDb)) {
        throw new UsageError('--scratch-db needs a database name (letters, digits, _ and -)');
      }
    } else positional.push(args[i]!);
  }
  if (positional.length !== 1) throw new UsageError(`${command} expects one <dir>`);
  return { dir: positional[0]!, scratchDb };
}

async function connect(target: DatabaseTarget, dbName = target.dbName) {
  await mongoose.connect(target.uri, {
    dbName,
    autoCreate: false,
    autoIndex: false,
    serverSelectionTimeoutMS: 10_000,
  });
  return mongoose.connection.db!;
}

const count = (n: number) => n.toLocaleString('en');

function describe(manifest: Manifest): string {
  const documents = manifest.collections.reduce((sum, c) => sum + c.documents, 0);
  const bytes = manifest.collections.reduce((sum, c) => sum + c.bytes, 0);
  const head = manifest.auditHead ? `audit head seq ${manifest.auditHead.seq}` : 'no audit entries';
  return `${manifest.collections.length} collections, ${count(documents)} documents, ${manifest.storedFiles.length} stored files, ${(bytes / 1e6).toFixed(1)} MB compressed; ${head}`;
}

async function backup(target: DatabaseTarget, dir: string, io: CliOutput): Promise<number> {
  const db = await connect(target);
  const { manifest, warnings } = await createBackup(db, dir);
  for (const warning of warnings) io.err(`warning: ${warning}`);
  io.out(`backup of ${manifest.source.database} (${manifest.source.server}) written to ${dir}`);
  io.out(`  ${describe(manifest)}`);
  io.out(`  consistent: ${manifest.consistency.detail}`);
  return 0;
}

async function restore(target: DatabaseTarget, dir: string, io: CliOutput): Promise<number> {
  const manifest = await checkBackup(dir);
  const db = await connect(target);
  await assertEmpty(db);
  await restoreInto(db, dir, manifest);
  const problems = await compareCollections(db, manifest);
  for (const problem of problems) io.err(`restore: ${problem}`);
  if (problems.length > 0) return 1;
  io.out(`restored ${dir} (made ${manifest.createdAt}) into ${db.databaseName}`);
  io.out(`  ${describe(manifest)}; every collection matches the backup`);
  return 0;
}

async function verifyBackup(
  target: DatabaseTarget,
  dir: string,
  scratchDb: string | undefined,
  io: CliOutput,
): Promise<number> {
  const manifest = await checkBackup(dir);
  io.out(`backup ${dir}: made ${manifest.createdAt} from ${manifest.source.database}`);
  io.out(`  ${describe(manifest)}`);
  io.out('  checksums: ok');
  const name = scratchDb ?? `motesplats_verify_${randomBytes(4).toString('hex')}`;
  // Audit verification reads through mongoose's models, so mongoose itself points at the scratch.
  const db = await connect(target, name);
  await assertEmpty(db);
  const problems: string[] = [];
  try {
    const started = Date.now();
    await restoreInto(db, dir, manifest);
    io.out(
      `  restored into scratch database ${name} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    problems.push(...(await compareCollections(db, manifest)));
    problems.push(...(await compareStoredFiles(db, manifest)));
    const chain = await verifyAuditChain();
    const head = manifest.auditHead ?? { seq: 0, hash: chain.lastHash };
    if (!chain.ok) {
      problems.push(`audit chain broken at seq ${chain.broken!.seq} (${chain.broken!.reason})`);
    } else if (chain.lastSeq !== head.seq || chain.lastHash !== head.hash) {
      problems.push(`audit chain ends at seq ${chain.lastSeq}, the manifest says ${head.seq}`);
    } else {
      io.out(
        `  audit chain ok: ${chain.checked} entries, head seq ${chain.lastSeq} as in the manifest`,
      );
    }
  } finally {
    await db.dropDatabase().catch(() => undefined);
    io.out(`  dropped ${name}`);
  }
  for (const problem of problems) io.err(`verify-backup: ${problem}`);
  if (problems.length > 0) {
    io.err(`verify-backup: FAILED (${problems.length} problem(s))`);
    return 1;
  }
  io.out(
    `verify-backup: ok (counts, content fingerprints, ${manifest.storedFiles.filter((f) => f.complete).length} stored files and the audit chain match)`,
  );
  return 0;
}

/** Runs one backup command; BackupError becomes its one line and exit code 1. */
export async function runBackupCommand(
  command: string,
  args: string[],
  target: DatabaseTarget,
  io: CliOutput,
): Promise<number> {
  const { dir, scratchDb } = parseArgs(command, args);
  try {
    if (command === 'backup') return await backup(target, dir, io);
    if (command === 'restore') return await restore(target, dir, io);
    return await verifyBackup(target, dir, scratchDb, io);
  } catch (error) {
    if (!(error instanceof BackupError)) throw error;
    io.err(error.message);
    return 1;
  }
}
