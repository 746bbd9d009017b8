// `npm run bench:search [-- --docs N --samples N --regex-samples N]`: seeds N records (default
// 100,000) of generated Swedish council text into a fresh database (MONGODB_URI, else a FerretDB
// of its own), then reports search latency p50/p95/p99 for 1-, 2- and 3-word queries at 1 and 20
// concurrent clients, next to the same queries answered by a $regex scan, as a ratio.
// While developing: `--data-dir D --keep` keeps the seeded database, and a later run with the
// same options measures again without seeding.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import mongoose from 'mongoose';
import { connectDatabase } from '../server/db/connect';
import { startFerretDb } from '../server/db/ferretdb';
import { indexNewRecords, search } from '../server/search';
import { corpus, random } from './search-corpus';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const DOCS = option('docs', 100_000);
const SAMPLES = option('samples', 60);
const REGEX_SAMPLES = option('regex-samples', 3);
const REGEX_CONCURRENT_WORDS = option('regex-concurrent-words', 1);
const CONCURRENT_REQUESTS = option('concurrent-requests', 200);
// One batch: into an empty index every list is then written once (see indexNewRecords).
const BATCH = 100_000;
const textOption = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const DATA_DIR = textOption('data-dir');
const KEEP = args.includes('--keep');

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ratio = (scan: number, ours: number) =>
  Number.isNaN(scan) ? '–' : `${(scan / ours).toFixed(0)}×`;
const ms = (t: number) => (Number.isNaN(t) ? 'not run' : `${t.toFixed(1)} ms`);

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

interface Run {
  p50: number;
  p95: number;
  p99: number;
  n: number;
  hits: number;
}

/** Runs `queries` through `answer` with `clients` concurrent callers; latencies per call. */
async function measure(
  queries: string[],
  clients: number,
  answer: (q: string) => Promise<number>,
): Promise<Run> {
  const times: number[] = [];
  let next = 0;
  let hits = 0;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < queries.length) {
        const q = queries[next++]!;
        const start = performance.now();
        const found = await answer(q);
        times.push(performance.now() - start);
        hits += found;
      }
    }),
  );
  times.sort((a, b) => a - b);
  const n = times.length;
  return {
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    n,
    hits: hits / n,
  };
}

async function main() {
  let stopDb = async () => {};
  let uri = process.env.MONGODB_URI;
  if (!uri) {
    const dir = DATA_DIR ?? (await mkdtemp(path.join(os.tmpdir(), 'motesplats-bench-')));
    const ferret = await startFerretDb({ dataDir: dir });
    uri = ferret.uri;
    stopDb = async () => {
      await ferret.stop();
      if (!DATA_DIR) await rm(dir, { recursive: true, force: true });
    };
    console.log(`database: FerretDB (SQLite) of its own, ${uri}`);
  } else {
    console.log('database: MONGODB_URI');
  }
  const dbName = KEEP ? `bench_search_${DOCS}` : `bench_search_${randomBytes(4).toString('hex')}`;
  await connectDatabase(uri, dbName);
  const plain = mongoose.connection.db!.collection('bench_documents');
  const texts = corpus(42);
  try {
    const seedStart = performance.now();
    const seeded = KEEP && (await plain.countDocuments({})) === DOCS;
    if (seeded) console.log('using the database seeded by an earlier --keep run');
    else await mongoose.connection.db!.dropDatabase();
    for (let from = 0; !seeded && from < DOCS; from += BATCH) {
      const records = Array.from({ length: Math.min(BATCH, DOCS - from) }, (_, i) =>
        texts.record(from + i),
      );
      await indexNewRecords(records);
      await plain.insertMany(
        records.map((r) => ({
          title: r.title,
          text: r.text,
          date: r.date,
          bodyId: r.bodyId,
          type: r.type,
        })),
        { ordered: false },
      );
      process.stdout.write(`\rseeded ${from + records.length} / ${DOCS}`);
    }
    const seconds = (performance.now() - seedStart) / 1000;
    console.log(
      `\nseeding: ${seconds.toFixed(0)} s (token index and the plain collection for $regex)`,
    );

    const index = async (q: string) => (await search({ q, page: 1, pageSize: 20 })).total;
    const regex = async (q: string) => {
      const filter = {
        $and: q.split(/\s+/).map((word) => ({
          $or: [
            { title: { $regex: escape(word), $options: 'i' } },
            { text: { $regex: escape(word), $options: 'i' } },
          ],
        })),
      };
      const found = await plain.find(filter, { projection: { date: 1 } }).toArray();
      found.sort((a, b) => Number(b.date) - Number(a.date));
      return found.length;
    };

    const rows: string[] = [];
    for (const words of [1, 2, 3]) {
      const rand = random(1000 + words);
      const queries = (count: number) =>
        Array.from({ length: count }, () => texts.query(rand, words));
      // Warm up caches (FerretDB's and ours) the way a running server would be.
      await measure(queries(10), 1, index);
      for (const clients of [1, 20]) {
        const ours = await measure(
          queries(clients === 1 ? SAMPLES : CONCURRENT_REQUESTS),
          clients,
          index,
        );
        // A $regex scan of 100,000 records takes most of a minute on FerretDB; twenty at once
        // take many minutes per row, so by default only 1-word queries are scanned at 20 clients.
        const scanHere =
          !args.includes('--no-regex') && (clients === 1 || words <= REGEX_CONCURRENT_WORDS);
        const scan = scanHere
          ? await measure(queries(clients === 1 ? REGEX_SAMPLES : clients), clients, regex)
          : { p50: NaN, p95: NaN, p99: NaN, n: 0, hits: 0 };
        rows.push(
          `| ${words} | ${clients} | ${ms(ours.p50)} | ${ms(ours.p95)} | ${ms(ours.p99)} | ${ms(scan.p50)} | ${ms(scan.p95)} | ${ms(scan.p99)} | ${ratio(scan.p50, ours.p50)} | ${ratio(scan.p95, ours.p95)} | ${ours.hits.toFixed(0)} |`,
        );
        console.log(rows.at(-1));
      }
    }
    console.log(`\n${DOCS} records, ${os.cpus().length} CPUs, Node ${process.version}`);
    console.log(
      '| words | clients | index p50 | index p95 | index p99 | $regex p50 | $regex p95 | $regex p99 | p50 ratio | p95 ratio | avg hits |',
    );
    console.log('|---|---|---|---|---|---|---|---|---|---|---|');
    for (const row of rows) console.log(row);
  } finally {
    if (!KEEP) await mongoose.connection.db?.dropDatabase().catch(() => undefined);
    await mongoose.disconnect();
    await stopDb();
  }
}

await main();
