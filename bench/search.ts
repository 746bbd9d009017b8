// `npm run bench:search [-- --docs N --samples N --regex-samples N]`: seeds N records (default
// 100,000) of generated Swedish council text into a fresh database (MONGODB_URI, else a FerretDB
// of its own), then reports search latency p50/p95/p99 for 1-, 2- and 3-word queries at 1 and 20
// concurrent clients: our token index, the same queries answered by an in-process MiniSearch over
// the same records (the reference), and by a $regex scan; plus what each search cost (database
// commands, CPU of this process and of the database). At 20 clients the index is measured a
// second time with the page's records already in memory, which shows what the record reads cost.
// While developing: `--data-dir D --keep` keeps the seeded database, and a later run with the
// same options measures again without seeding.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import mongoose from 'mongoose';
import { connectDatabase } from '../server/db/connect';
import { startFerretDb } from '../server/db/ferretdb';
import { indexNewRecords, search, type SearchableRecord } from '../server/search';
import { corpus, random } from './search-corpus';
import { describeCost, Probe, type PerSearch } from './search-probe';
import { miniSearchReference } from './search-reference';

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
const REGEX = !args.includes('--no-regex');
const MINISEARCH = !args.includes('--no-minisearch');

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ratio = (other: number, ours: number) =>
  Number.isNaN(other) ? '–' : `${(other / ours).toFixed(other / ours < 10 ? 2 : 0)}×`;
const ms = (t: number) => (Number.isNaN(t) ? 'not run' : `${t.toFixed(1)} ms`);
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');

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
const NOT_RUN: Run = { p50: NaN, p95: NaN, p99: NaN, n: 0, hits: NaN };

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

/** The URI with the driver's command monitoring on, so the probe can count commands. */
function monitored(uri: string): string {
  return `${uri}${uri.includes('?') ? '&' : '?'}monitorCommands=true`;
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
  await connectDatabase(monitored(uri), dbName);
  const probe = await Probe.attach(mongoose.connection.getClient());
  const plain = mongoose.connection.db!.collection('bench_documents');
  const texts = corpus(42);
  // Generated once for seeding and MiniSearch; not at all when neither needs them.
  let generated: SearchableRecord[] | undefined;
  const records = () => (generated ??= Array.from({ length: DOCS }, (_, n) => texts.record(n)));
  try {
    const seedStart = performance.now();
    const seeded = KEEP && (await plain.countDocuments({})) === DOCS;
    if (seeded) console.log('using the database seeded by an earlier --keep run');
    else await mongoose.connection.db!.dropDatabase();
    for (let from = 0; !seeded && from < DOCS; from += BATCH) {
      const batch = records().slice(from, from + BATCH);
      await indexNewRecords(batch);
      await plain.insertMany(
        batch.map((r) => ({
          title: r.title,
          text: r.text,
          date: r.date,
          bodyId: r.bodyId,
          type: r.type,
        })),
        { ordered: false },
      );
      process.stdout.write(`\rseeded ${from + batch.length} / ${DOCS}`);
    }
    const seconds = (performance.now() - seedStart) / 1000;
    console.log(
      `\nseeding: ${seconds.toFixed(0)} s (token index and the plain collection for $regex)`,
    );

    // Generated again for MiniSearch, after the index is measured: kept meanwhile, the records
    // and MiniSearch's heap would lengthen every garbage collection the index rows see.
    generated = undefined;

    const index = async (q: string) => (await search({ q, page: 1, pageSize: 20 })).total;
    // The same search again once its records are in memory: a date filter that excludes nothing
    // makes it new to the answer and ranking caches (it is ranked again), not to the record cache.
    const EVER = new Date('1900-01-01T00:00:00Z');
    const again = async (q: string) =>
      (await search({ q, from: EVER, page: 1, pageSize: 20 })).total;
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

    interface Row {
      words: number;
      clients: number;
      asked: string[];
      ours: Run;
      cost: PerSearch;
      load: string;
      cached?: { run: Run; cost: PerSearch; load: string };
      mini: Run;
      scan: Run;
    }
    const measured: Row[] = [];
    // 1. The token index.
    for (const words of [1, 2, 3]) {
      const rand = random(1000 + words);
      const queries = (count: number) =>
        Array.from({ length: count }, () => texts.query(rand, words));
      // Warm up caches (FerretDB's and ours) the way a running server would be.
      await measure(queries(10), 1, index);
      for (const clients of [1, 20]) {
        const asked = queries(clients === 1 ? SAMPLES : CONCURRENT_REQUESTS);
        const before = await probe.usage();
        const ours = await measure(asked, clients, index);
        const row: Row = {
          words,
          clients,
          asked,
          ours,
          cost: await probe.since(before, asked.length),
          load: load(),
          mini: NOT_RUN,
          scan: NOT_RUN,
        };
        if (clients > 1) {
          const beforeCached = await probe.usage();
          const run = await measure(asked, clients, again);
          row.cached = { run, cost: await probe.since(beforeCached, asked.length), load: load() };
        }
        measured.push(row);
        console.log(`index, ${words} words, ${clients} clients: ${describeCost(row.cost)}`);
      }
    }
    // 2. The reference, in memory.
    if (MINISEARCH) {
      const reference = miniSearchReference(records());
      generated = undefined;
      console.log(
        `MiniSearch: indexed ${DOCS} records in ${(reference.buildMs / 1000).toFixed(1)} s, heap +${(reference.heapBytes / 2 ** 20).toFixed(0)} MB`,
      );
      for (const row of measured) {
        row.mini = await measure(row.asked, row.clients, (q) => reference.answer(q));
      }
    }
    // 3. The scan. Of 100,000 records it takes most of a minute on FerretDB; twenty at once take
    // many minutes per row, so by default only 1-word queries are scanned at 20 clients.
    for (const row of measured) {
      if (!REGEX || (row.clients > 1 && row.words > REGEX_CONCURRENT_WORDS)) continue;
      const asked = row.asked.slice(0, row.clients === 1 ? REGEX_SAMPLES : row.clients);
      row.scan = await measure(asked, row.clients, regex);
    }

    const rows: string[] = [];
    const costs: string[] = [];
    for (const { words, clients, ours, cost, load: loadHere, cached, mini, scan } of measured) {
      rows.push(
        `| ${words} | ${clients} | ${ms(ours.p50)} | ${ms(ours.p95)} | ${ms(ours.p99)} | ${ms(mini.p50)} | ${ms(mini.p95)} | ${ms(mini.p99)} | ${ratio(mini.p95, ours.p95)} | ${ms(scan.p50)} | ${ms(scan.p95)} | ${ratio(scan.p50, ours.p50)} / ${ratio(scan.p95, ours.p95)} | ${ours.hits.toFixed(0)} / ${Number.isNaN(mini.hits) ? '–' : mini.hits.toFixed(0)} | ${loadHere} |`,
      );
      costs.push(`| ${words} | ${clients} | ${describeCost(cost).split(' | ').join(' | ')} |`);
      if (!cached) continue;
      const { run } = cached;
      rows.push(
        `| ${words} | ${clients}, records cached | ${ms(run.p50)} | ${ms(run.p95)} | ${ms(run.p99)} | | | | | | | | ${run.hits.toFixed(0)} | ${cached.load} |`,
      );
      costs.push(
        `| ${words} | ${clients}, records cached | ${describeCost(cached.cost).split(' | ').join(' | ')} |`,
      );
    }
    console.log(`\n${DOCS} records, ${os.cpus().length} CPUs, Node ${process.version}`);
    console.log(
      '| words | clients | index p50 | index p95 | index p99 | MiniSearch p50 | MiniSearch p95 | MiniSearch p99 | MiniSearch p95 / index p95 | $regex p50 | $regex p95 | $regex / index p50 / p95 | avg hits index / MiniSearch | load (1, 5, 15 min) |',
    );
    console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
    for (const row of rows) console.log(row);
    console.log('\nWhat one search of the token index cost, on average:');
    console.log(
      '| words | clients | database commands per search | Node CPU per search | database CPU per search | throughput |',
    );
    console.log('|---|---|---|---|---|---|');
    for (const row of costs) console.log(row);
  } finally {
    if (!KEEP) await mongoose.connection.db?.dropDatabase().catch(() => undefined);
    await mongoose.disconnect();
    await stopDb();
  }
}

await main();
