// `npm run bench:http`: public reads under a crowd (a local news story sends everyone to the start
// page). The real app in this process on a fresh database with published meetings and open
// proposals; a second process holds 50 anonymous clients (one keep-alive connection each) that
// ask one URL as fast as they are answered for a few seconds, URL after URL: /healthz first (what
// the server does with no work behind it), then the start page's data, the meeting page and the
// proposal list. Prints requests/s and p50/p95/p99 per URL, the server's CPU, and the ratio to
// /healthz. `--clients 50 --seconds 10`; loopback only; bounded in time.
import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Body } from '../server/features/bodies/model';
import { swedishSortKey } from '../server/features/bodies/sort-key';
import { arg, fmt, percentiles, processStats, signInPeople, startBenchApp } from './lib-live';

const CLIENTS = arg('clients', 50);
const SECONDS = arg('seconds', 10);

interface Round {
  count: number;
  /** Answers with another status than the URL's expected one, and failed connections. */
  errors: number;
  seconds: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

// ---- The clients' process ------------------------------------------------------------------

/** `clients` loops, each on its own keep-alive connection, asking `url` until `seconds` pass. */
async function crowd(
  url: string,
  clients: number,
  seconds: number,
  status: number,
): Promise<Round> {
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const until = started + seconds * 1000;
  const one = (agent: http.Agent) =>
    new Promise<void>((resolve) => {
      const sent = performance.now();
      const req = http.get(url, { agent }, (res) => {
        res.on('data', () => undefined);
        res.on('end', () => {
          if (res.statusCode === status) latencies.push(performance.now() - sent);
          else errors++;
          resolve();
        });
      });
      req.on('error', () => {
        errors++;
        resolve();
      });
    });
  await Promise.all(
    Array.from({ length: clients }, async () => {
      const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
      while (performance.now() < until) await one(agent);
      agent.destroy();
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  return { ...percentiles(latencies), errors, seconds: elapsed };
}

if (process.env.BENCH_HTTP_CLIENTS === '1') {
  process.on(
    'message',
    (m: { id: number; url: string; clients: number; seconds: number; status: number }) => {
      void crowd(m.url, m.clients, m.seconds, m.status).then((result) =>
        process.send?.({ id: m.id, result }),
      );
    },
  );
} else {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}

// ---- The server's side ---------------------------------------------------------------------

async function seed(app: Awaited<ReturnType<typeof startBenchApp>>) {
  const origin = new URL(app.url).origin;
  const call = async (cookie: string, path: string, json: unknown = {}) => {
    const res = await fetch(`${app.url}${path}`, {
      method: 'POST',
      headers: { cookie, origin, 'content-type': 'application/json' },
      body: JSON.stringify(json),
    });
    if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return ((await res.json()) as { data: { id: string } }).data;
  };
  const body = await Body.create({
    name: 'Kommunstyrelsen',
    sortKey: swedishSortKey('Kommunstyrelsen'),
    kind: 'executive',
  });
  const bodyId = String(body._id);
  const [secretary] = await signInPeople(app, 1, [{ role: 'secretary', bodyId }]);
  const [moderator] = await signInPeople(app, 1, [{ role: 'moderator' }]);
  const meetingIds: string[] = [];
  for (let m = 0; m < 8; m++) {
    const startsAt = new Date(Date.now() + (m + 1) * 3 * 86_400_000).toISOString();
    const meeting = await call(secretary!.cookie, '/api/v1/meetings', {
      bodyId,
      title: `Sammanträde ${m + 1} med kommunstyrelsen`,
      startsAt,
      location: 'Sessionssalen, stadshuset',
    });
    for (let i = 0; i < 6; i++) {
      await call(secretary!.cookie, `/api/v1/meetings/${meeting.id}/agenda-items`, {
        title: `Ärende ${i + 1}: ${['budget', 'förskola', 'cykelväg', 'detaljplan', 'taxa', 'val'][i]}`,
        description: 'Förvaltningen föreslår att nämnden beslutar enligt tjänsteskrivelsen.',
      });
    }
    await call(secretary!.cookie, `/api/v1/meetings/${meeting.id}/publish`);
    meetingIds.push(meeting.id);
  }
  const authors = await signInPeople(app, 20);
  // Titles that share no words, so the similar-proposal rule stays out of the way.
  const word = () => randomBytes(5).toString('hex');
  for (const author of authors) {
    const proposal = await call(author.cookie, '/api/v1/proposals', {
      title: `${word()} ${word()} ${word()}`,
      body: 'Kommunen borde göra något åt detta, eftersom det berör många invånare varje dag.',
    });
    await call(moderator!.cookie, `/api/v1/proposals/${proposal.id}/review`, {
      decision: 'approve',
    });
  }
  return { meetingId: meetingIds[0]! };
}

async function main() {
  const load = (await import('node:os')).loadavg();
  console.log(
    `bench:http: ${CLIENTS} anonymous clients, ${SECONDS} s per URL; load average ${load.map((l) => l.toFixed(2)).join(' ')}`,
  );
  const app = await startBenchApp();
  const child = fork(import.meta.filename, [], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, BENCH_HTTP_CLIENTS: '1' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let next = 0;
  const waiting = new Map<number, (r: Round) => void>();
  child.on('message', (m: { id: number; result: Round }) => waiting.get(m.id)?.(m.result));
  const ask = (url: string, clients: number, seconds: number, status: number) =>
    new Promise<Round>((resolve) => {
      const id = ++next;
      waiting.set(id, resolve);
      child.send({ id, url, clients, seconds, status });
    });
  try {
    const { meetingId } = await seed(app);
    const urls: Array<[string, string, number]> = [
      ['/healthz', 'nothing behind it', 200],
      ['/api/v1/meetings?when=upcoming&pageSize=5', 'start page: coming meetings', 200],
      [
        '/api/v1/proposals?status=open&sort=signatures&pageSize=5',
        'start page: popular proposals',
        200,
      ],
      ['/api/v1/live-sessions?status=open&pageSize=5', 'start page: live now', 200],
      ['/api/v1/me', 'start page: who am I (401)', 401],
      [`/api/v1/meetings/${meetingId}`, 'meeting page', 200],
      ['/api/v1/proposals', 'proposal list', 200],
    ];
    // A short warm-up of every URL (connections, JIT, the first read into the cache).
    for (const [path, , status] of urls) await ask(`${app.url}${path}`, 5, 0.5, status);
    let healthz = 0;
    const rows: string[] = [];
    for (const [path, label, status] of urls) {
      const delay = monitorEventLoopDelay({ resolution: 10 });
      delay.enable();
      const cpuStart = processStats().cpuMs;
      const started = performance.now();
      const round = await ask(`${app.url}${path}`, CLIENTS, SECONDS, status);
      delay.disable();
      const cpu = ((processStats().cpuMs - cpuStart) / (performance.now() - started)) * 100;
      const rate = round.count / round.seconds;
      if (path === '/healthz') healthz = rate;
      rows.push(
        `${label} ${path}\n    ${rate.toFixed(0)} req/s (${((rate / healthz) * 100).toFixed(0)} % of /healthz),` +
          ` p50 ${fmt(round.p50)}, p95 ${fmt(round.p95)}, p99 ${fmt(round.p99)}, max ${fmt(round.max)}` +
          `${round.errors ? `, ${round.errors} unexpected answers` : ''};` +
          ` server CPU ${cpu.toFixed(0)} %, event-loop delay p99 ${fmt(delay.percentile(99) / 1e6)}`,
      );
      console.log(rows.at(-1));
    }
  } finally {
    child.kill('SIGTERM');
    await app.stop();
  }
}
