// `npm run bench:live -- --clients 5000`: fan-out of approved questions to N watchers of one
// session, against a bare Socket.IO server broadcasting the same payload to the same number of
// clients in the same run. Prints latency from approval to receipt (p50/p95/p99/max), the
// server's memory per client and CPU, and the ratios. Loopback only; bounded in time.
// `--nodes 2 --clients 10000`: the watchers spread over two app nodes sharing the database and a
// Redis (the second node its own process, as in production), against a bare Socket.IO broadcast to
// clients/nodes (5,000) in the same run; memory and CPU are this process's node's.
import http from 'node:http';
import os from 'node:os';
import { Server } from 'socket.io';
import { freePort } from '../server/db/ports';
import {
  arg,
  collectGarbage,
  createOpenSession,
  fmt,
  processStats,
  signInPeople,
  startBenchApp,
  startClientsProcess,
  startNode,
  startRedis,
} from './lib-live';

const CLIENTS = arg('clients', 1000);
const QUESTIONS = arg('questions', 30);
const PER_SECOND = arg('rate', 2);
const NODES = arg('nodes', 1);

interface Fanout {
  p50: number;
  p95: number;
  p99: number;
  max: number;
  count: number;
  missing: number;
  failedAcks: number;
}

const sample = {
  sessionId: '000000000000000000000000',
  text: 'Fråga nummer 1: hur ser planen ut för nästa år, och vem bestämmer?',
  votes: 0,
  seq: 1,
  edited: false,
  createdAt: new Date().toISOString(),
};

async function settle(): Promise<ReturnType<typeof processStats>> {
  await new Promise((r) => setTimeout(r, 1000));
  collectGarbage();
  await new Promise((r) => setTimeout(r, 500));
  collectGarbage();
  return processStats();
}

async function measure(
  label: string,
  clients: ReturnType<typeof startClientsProcess>,
  connect: Record<string, unknown>,
  approve: Record<string, unknown>,
  /** Nodes the clients are spread over; this process holds 1/nodes of them. */
  nodes = 1,
) {
  const before = await settle();
  const connected = await clients.request<{ connected: number; error?: string }>({
    type: 'connect',
    ...connect,
  });
  if (connected.error) throw new Error(connected.error);
  const after = await settle();
  const cpuStart = processStats().cpuMs;
  const wallStart = performance.now();
  const fanout = await clients.request<Fanout & { error?: string }>({
    type: 'approve',
    ...approve,
  });
  if (fanout.error) throw new Error(fanout.error);
  const cpuPercent = ((processStats().cpuMs - cpuStart) / (performance.now() - wallStart)) * 100;
  await clients.request({ type: 'disconnect' });
  const here = connected.connected / nodes;
  const perClientKb = (after.rss - before.rss) / here / 1024;
  const perClientHeapKb = (after.heap - before.heap) / here / 1024;
  console.log(
    `${label}: ${connected.connected} clients, ${fanout.count} receipts (${fanout.missing} missing)` +
      `\n  approval -> receipt: p50 ${fmt(fanout.p50)}, p95 ${fmt(fanout.p95)}, p99 ${fmt(fanout.p99)}, max ${fmt(fanout.max)}` +
      `\n  memory per client: ${perClientKb.toFixed(1)} KB RSS, ${perClientHeapKb.toFixed(1)} KB heap; server CPU while broadcasting: ${cpuPercent.toFixed(0)} %`,
  );
  return { fanout, perClientKb, perClientHeapKb, cpuPercent };
}

// As server/main.ts does: a stray error is logged and the node keeps serving (under this load a
// Redis command can time out where nothing awaits it), and the run reports how many there were.
let strays = 0;
process.on('unhandledRejection', (reason) => {
  strays += 1;
  console.error('unhandled promise rejection (kept serving):', reason);
});
process.on('uncaughtException', (error) => {
  strays += 1;
  console.error('uncaught exception (kept serving):', error);
});

async function main() {
  console.log(
    `bench:live: ${CLIENTS} clients over ${NODES} node(s), ${QUESTIONS} approvals at ${PER_SECOND}/s` +
      ` (node ${process.version}; load average ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')})`,
  );
  const redis = NODES > 1 ? await startRedis() : undefined;
  const app = await startBenchApp({ redisUrl: redis?.url });
  const others = [];
  for (let n = 1; n < NODES; n++) others.push(await startNode(app, redis!.url));
  const urls = [app.url, ...others.map((o) => o.url)];
  const bareCount = Math.round(CLIENTS / NODES);
  const [moderator] = await signInPeople(app, 1, [{ role: 'moderator' }]);
  const { sessionId, questionIds } = await createOpenSession(moderator!.id, QUESTIONS);

  // The bare stack: Socket.IO with default options, one room, the same payload.
  const barePort = await freePort();
  const bareHttp = http.createServer();
  const bare = new Server(bareHttp, { serveClient: false });
  bare.on('connection', (socket) => {
    socket.on('bench:join', (_payload: unknown, ack: (r: unknown) => void) => {
      void socket.join('room');
      ack({ ok: true, data: { questions: [] } });
    });
    socket.on('bench:broadcast', (payload: unknown, ack: (r: unknown) => void) => {
      bare.to('room').emit('live:question', payload);
      ack({ ok: true });
    });
  });
  await new Promise<void>((r) => bareHttp.listen(barePort, '127.0.0.1', () => r()));
  const bareUrl = `http://127.0.0.1:${barePort}`;

  const clients = startClientsProcess();
  try {
    const bareResult = await measure(
      'bare Socket.IO',
      clients,
      { url: bareUrl, count: bareCount, payload: {}, event: 'bench:join' },
      {
        url: bareUrl,
        questionIds: questionIds.map((_, i) => `bare${i}`),
        perSecond: PER_SECOND,
        event: 'bench:broadcast',
        template: sample,
      },
    );
    const appResult = await measure(
      NODES > 1 ? `Mötesplats live over ${NODES} nodes with Redis` : 'Mötesplats live',
      clients,
      { url: app.url, urls, count: CLIENTS, payload: { sessionId }, event: 'live:join' },
      {
        url: app.url,
        cookie: moderator!.cookie,
        questionIds,
        perSecond: PER_SECOND,
        event: 'live:moderate',
      },
      NODES,
    );
    const ratio = (a: number, b: number) => (b > 0 ? (a / b).toFixed(2) : 'n/a');
    console.log(
      `ratio live/bare: p95 ${ratio(appResult.fanout.p95, bareResult.fanout.p95)}x (goal <= 1.5), ` +
        `p99 ${ratio(appResult.fanout.p99, bareResult.fanout.p99)}x, ` +
        `memory per client ${ratio(appResult.perClientKb, bareResult.perClientKb)}x RSS / ` +
        `${ratio(appResult.perClientHeapKb, bareResult.perClientHeapKb)}x heap (goal <= 1.3)` +
        (strays ? `; ${strays} stray errors logged` : ''),
    );
  } finally {
    clients.stop();
    await new Promise<void>((r) => bare.close(() => r()));
    for (const other of others) await other.stop();
    await app.stop();
    redis?.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
