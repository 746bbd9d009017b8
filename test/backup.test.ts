// Backups as an operator runs them: `npm run cli -- backup`, `restore` and `verify-backup` as child
// processes against the real database server. The demo municipality (seeded by the real server)
// is backed up while that server runs, restored into an empty database, and compared collection
// by collection (the BSON bytes of every document), index by index and file by file; a server
// started on the restored database answers the public API the same. Then what must be refused:
// a non-empty target, a damaged backup (before anything is written), a tampered audit chain.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cp, mkdtemp, readFile, readdir, rm, truncate, unlink, writeFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import {
  Binary,
  BSONRegExp,
  Double,
  GridFSBucket,
  Int32,
  Long,
  MongoClient,
  ObjectId,
  Timestamp,
  type Db,
} from 'mongodb';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freePort } from '../server/db/ports';
import { runCliOn } from './helpers/cli';
import { spawnServer, waitForHttp, type ServerProcess } from './helpers/process';

const run = promisify(execFile);
const suffix = randomBytes(4).toString('hex');
const SOURCE = `t_bk_src_${suffix}`;
const RESTORED = `t_bk_dst_${suffix}`;
let client: MongoClient;
let workDir: string;
let backupDir: string;
const servers: ServerProcess[] = [];

async function startServerOn(dbName: string): Promise<string> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const server = spawnServer({
    NODE_ENV: 'test',
    PORT: String(port),
    PUBLIC_URL: url,
    MONGODB_URI: `${inject('mongoUri')}${dbName}`,
    DATA_DIR: path.join(workDir, `data-${port}`),
    SEED_DEMO: 'on',
    LOG_LEVEL: 'silent',
  });
  servers.push(server);
  await waitForHttp(`${url}/readyz`, 120_000);
  return url;
}

async function stopServers(): Promise<void> {
  for (const server of servers.splice(0)) {
    server.child.kill('SIGTERM');
    await server.exited;
  }
}

/** Every public read a visitor makes, with the server's own origin taken out. */
async function publicReads(url: string): Promise<Record<string, string>> {
  const reads: Record<string, string> = {};
  const get = async (p: string) => {
    const res = await fetch(`${url}${p}`);
    const body = Buffer.from(await res.arrayBuffer());
    const text = res.headers.get('content-type')?.startsWith('application/pdf')
      ? body.toString('base64')
      : body.toString('utf8');
    reads[p] = `${res.status} ${text.replaceAll(url, 'ORIGIN')}`;
    return res.status === 200 && text.startsWith('{') ? (JSON.parse(text) as unknown) : undefined;
  };
  type List = { data: Array<{ id: string }> };
  for (const p of ['/api/v1/bodies', '/api/v1/proposals', '/api/v1/live-sessions']) await get(p);
  await get('/api/v1/notice-board');
  await get('/api/v1/search?q=skola');
  const meetings = (await get('/api/v1/meetings')) as List;
  for (const m of meetings.data) await get(`/api/v1/meetings/${m.id}`);
  const documents = (await get('/api/v1/documents')) as List;
  for (const d of documents.data) {
    await get(`/api/v1/documents/${d.id}`);
    await get(`/api/v1/documents/${d.id}/file`);
  }
  return reads;
}

/** Each collection's documents as their raw BSON, in one order; sessions are never backed up. */
async function rawContent(db: Db): Promise<Map<string, string[]>> {
  const content = new Map<string, string[]>();
  for (const { name } of await db.listCollections({}, { nameOnly: true }).toArray()) {
    if (name === 'sessions') continue;
    const docs = await db.collection(name).find({}, { raw: true }).toArray();
    content.set(name, docs.map((d) => Buffer.from(d as unknown as Buffer).toString('hex')).sort());
  }
  return content;
}

async function indexes(db: Db): Promise<Map<string, string>> {
  const all = new Map<string, string>();
  for (const { name } of await db.listCollections({}, { nameOnly: true }).toArray()) {
    if (name === 'sessions') continue;
    const list = await db.collection(name).listIndexes().toArray();
    all.set(name, JSON.stringify(list.map((i) => [i.name, i.key, i.unique ?? false]).sort()));
  }
  return all;
}

async function storedFiles(db: Db): Promise<Map<string, Buffer>> {
  const bucket = new GridFSBucket(db, { bucketName: 'documentFiles' });
  const files = new Map<string, Buffer>();
  for (const file of await bucket.find({}).toArray()) {
    const chunks: Buffer[] = [];
    for await (const chunk of bucket.openDownloadStream(file._id)) chunks.push(chunk as Buffer);
    files.set(String(file._id), Buffer.concat(chunks));
  }
  return files;
}

const collectionNames = async (db: Db) =>
  (await db.listCollections({}, { nameOnly: true }).toArray()).map((c) => c.name).sort();

const SPECIAL = {
  _id: new ObjectId(),
  long: Long.fromString('9007199254740993'),
  int: new Int32(7),
  wholeDouble: new Double(2),
  binary: new Binary(Buffer.from('0123456789abcdef', 'hex'), Binary.SUBTYPE_UUID),
  timestamp: new Timestamp({ t: 1_800_000_000, i: 3 }),
  regex: new BSONRegExp('^nämnd', 'i'),
  date: new Date('2026-11-02T09:30:00.000Z'),
  nested: { list: [1, 'två', null, { tre: [true] }], empty: {} },
  text: 'Åsa Öberg läser protokollet',
};

let sourceReads: Record<string, string>;

beforeAll(async () => {
  workDir = await mkdtemp(path.join(os.tmpdir(), 'motesplats-backup-test-'));
  backupDir = path.join(workDir, 'backup');
  client = new MongoClient(inject('mongoUri'));
  await client.connect();
  const url = await startServerOn(SOURCE);
  await client.db(SOURCE).collection('bsontypes').insertOne(SPECIAL);
  sourceReads = await publicReads(url);
}, 180_000);

afterAll(async () => {
  await stopServers();
  for (const { name } of (await client.db().admin().listDatabases()).databases) {
    if (name.includes(suffix)) await client.db(name).dropDatabase();
  }
  await client.close();
  await rm(workDir, { recursive: true, force: true });
});

describe('backup and restore', () => {
  it('backs up the populated database while its server runs', { timeout: 120_000 }, async () => {
    const result = await runCliOn(SOURCE, ['backup', backupDir]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^backup of t_bk_src_\w+ \(FerretDB .*\) written to /);
    const manifest = JSON.parse(await readFile(path.join(backupDir, 'manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({
      format: 'motesplats-backup',
      formatVersion: 1,
      app: { name: 'motesplats' },
      consistency: { method: 'unchanged-reread' },
      excluded: [{ name: 'sessions' }],
    });
    expect(manifest.auditHead.seq).toBeGreaterThan(0);
    expect(manifest.storedFiles.length).toBeGreaterThan(0);
    expect(manifest.storedFiles.every((f: { complete: boolean }) => f.complete)).toBe(true);
    const names = manifest.collections.map((c: { name: string }) => c.name);
    expect(names).toEqual(expect.arrayContaining(['auditentries', 'documentFiles.chunks']));
    expect(names).not.toContain('sessions');
    // The checksums are in the format of the standard tool, which agrees with them.
    const checked = await run('sha256sum', ['--check', '--strict', 'SHA256SUMS'], {
      cwd: backupDir,
    });
    expect(checked.stdout.trim().split('\n')).toHaveLength(names.length + 1);
  });

  it(
    'keeps no backup of a database that changed while it was read',
    {
      timeout: 60_000,
    },
    async () => {
      // A single server has no snapshots: the backup reads everything again and must notice.
      const busy = client.db(`t_bk_busy_${suffix}`);
      await busy.collection('quiet').insertOne({ still: true });
      await busy.collection('votes').insertMany(Array.from({ length: 300 }, (_, i) => ({ i })));
      let writing = true;
      const writer = (async () => {
        for (let n = 0; writing; n++) {
          await busy.collection('votes').insertOne({ n });
          await sleep(5);
        }
      })();
      const result = await runCliOn(busy.databaseName, ['backup', path.join(workDir, 'busy')]);
      writing = false;
      await writer;
      expect(result.code).toBe(1);
      expect(result.stderr.trim()).toMatch(
        /^backup failed: the database kept changing while it was read \(3 attempts; last changed: votes\); stop the app nodes/,
      );
      expect((await readdir(workDir)).filter((f) => f.startsWith('busy'))).toEqual([]);
    },
  );

  it('refuses to write into a folder that is not empty', async () => {
    const result = await runCliOn(SOURCE, ['backup', backupDir]);
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toMatch(/^backup refused: .* exists and is not empty$/);
  });

  it(
    'restores into an empty database: every collection, index and file the same',
    {
      timeout: 120_000,
    },
    async () => {
      await stopServers();
      const result = await runCliOn(RESTORED, ['restore', backupDir]);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('every collection matches the backup');

      const source = client.db(SOURCE);
      const restored = client.db(RESTORED);
      const before = await rawContent(source);
      const after = await rawContent(restored);
      expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
      for (const [name, docs] of before) expect(after.get(name), name).toEqual(docs);
      expect(await indexes(restored)).toEqual(await indexes(source));
      const files = await storedFiles(source);
      expect(files.size).toBeGreaterThan(0);
      expect(await storedFiles(restored)).toEqual(files);
      // BSON types exactly: no Long became a number, no whole Double an Int32.
      const special = await restored
        .collection('bsontypes')
        .findOne({}, { promoteValues: false, promoteLongs: false, bsonRegExp: true });
      expect(special!.long).toBeInstanceOf(Long);
      expect(special!.int).toBeInstanceOf(Int32);
      expect(special!.wholeDouble).toBeInstanceOf(Double);
      expect(special!.timestamp).toBeInstanceOf(Timestamp);
      expect(special!.regex).toBeInstanceOf(BSONRegExp);
      expect((special!.binary as Binary).sub_type).toBe(Binary.SUBTYPE_UUID);
      expect(String(special!.long)).toBe('9007199254740993');
    },
  );

  it('serves the same site from the restored database', { timeout: 120_000 }, async () => {
    const answered = Object.entries(sourceReads).filter(([, read]) => read.startsWith('200 '));
    expect(answered.length).toBeGreaterThan(10);
    expect(answered.some(([p]) => p.endsWith('/file'))).toBe(true);
    const url = await startServerOn(RESTORED);
    expect(await publicReads(url)).toEqual(sourceReads);
    await stopServers();
    const audit = await runCliOn(RESTORED, ['audit-verify']);
    expect(audit.code).toBe(0);
  });

  it('refuses a target that holds any document, and writes nothing', async () => {
    const target = client.db(`t_bk_full_${suffix}`);
    await target.collection('notes').insertOne({ text: 'finns redan' });
    const result = await runCliOn(target.databaseName, ['restore', backupDir]);
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(
      `restore refused: database ${target.databaseName} is not empty (collection notes holds documents); nothing was written`,
    );
    expect(await collectionNames(target)).toEqual(['notes']);
    expect(await target.collection('notes').countDocuments()).toBe(1);
  });
});

describe('a damaged backup', () => {
  const damages: Array<[string, (dir: string) => Promise<void>, RegExp]> = [
    [
      'a flipped byte in a collection file',
      async (dir) => {
        const file = path.join(dir, 'collections/auditentries.bson.gz');
        const bytes = await readFile(file);
        bytes[bytes.length >> 1]! ^= 0x01;
        await writeFile(file, bytes);
      },
      /collections\/auditentries\.bson\.gz does not match its checksum$/,
    ],
    [
      'a missing collection file',
      (dir) => unlink(path.join(dir, 'collections/documentFiles.chunks.bson.gz')),
      /collections\/documentFiles\.chunks\.bson\.gz is missing or unreadable$/,
    ],
    [
      'a truncated stored-files file',
      (dir) => truncate(path.join(dir, 'collections/documentFiles.chunks.bson.gz'), 100),
      /documentFiles\.chunks\.bson\.gz does not match its checksum$/,
    ],
    [
      'an edited manifest',
      async (dir) => {
        const file = path.join(dir, 'manifest.json');
        const text = await readFile(file, 'utf8');
        const edited = text.replace(
          /"documents": (\d+)/,
          (_m, n: string) => `"documents": ${Number(n) + 1}`,
        );
        expect(edited).not.toBe(text);
        await writeFile(file, edited);
      },
      /manifest\.json does not match its checksum in SHA256SUMS$/,
    ],
    [
      'a missing checksum list',
      (dir) => unlink(path.join(dir, 'SHA256SUMS')),
      /SHA256SUMS is missing or unreadable$/,
    ],
  ];

  it.each(damages)(
    'is refused for %s, before anything is written',
    {
      timeout: 60_000,
    },
    async (_what, damage, reason) => {
      const copy = await mkdtemp(path.join(workDir, 'damaged-'));
      await cp(backupDir, copy, { recursive: true });
      await damage(copy);
      const target = client.db(`t_bk_dmg_${randomBytes(3).toString('hex')}_${suffix}`);
      for (const command of ['restore', 'verify-backup']) {
        const result = await runCliOn(target.databaseName, [command, copy]);
        expect(result.code, command).toBe(1);
        const lines = result.stderr.trim().split('\n');
        expect(lines, command).toHaveLength(1);
        expect(lines[0]).toMatch(/^backup .* is damaged: /);
        expect(lines[0]).toMatch(reason);
        expect(result.stdout).toBe('');
      }
      expect(await collectionNames(target)).toEqual([]);
    },
  );
});

describe('verify-backup, the restore drill', () => {
  it('restores into a scratch database, checks it and drops it', { timeout: 120_000 }, async () => {
    const databases = async () =>
      (await client.db().admin().listDatabases()).databases.map((d) => d.name).sort();
    const before = await databases();
    const result = await runCliOn(SOURCE, ['verify-backup', backupDir]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/checksums: ok/);
    expect(result.stdout).toMatch(/restored into scratch database motesplats_verify_\w+/);
    expect(result.stdout).toMatch(/audit chain ok: \d+ entries, head seq \d+ as in the manifest/);
    expect(result.stdout.trim().split('\n').at(-1)).toMatch(/^verify-backup: ok /);
    expect(await databases()).toEqual(before);
  });

  it(
    'fails a backup whose audit chain was tampered with before it was made',
    {
      timeout: 120_000,
    },
    async () => {
      const tampered = client.db(`t_bk_tamper_${suffix}`);
      expect((await runCliOn(tampered.databaseName, ['restore', backupDir])).code).toBe(0);
      await tampered
        .collection('auditentries')
        .updateOne({ seq: 2 }, { $set: { actor: 'someone-else' } });
      const dir = path.join(workDir, 'tampered');
      expect((await runCliOn(tampered.databaseName, ['backup', dir])).code).toBe(0);
      const result = await runCliOn(SOURCE, [
        'verify-backup',
        dir,
        '--scratch-db',
        `t_bk_scr_${suffix}`,
      ]);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('verify-backup: audit chain broken at seq 2 (hash)');
      expect(result.stderr.trim().split('\n').at(-1)).toBe('verify-backup: FAILED (1 problem(s))');
      expect(await collectionNames(client.db(`t_bk_scr_${suffix}`))).toEqual([]);
    },
  );
});
