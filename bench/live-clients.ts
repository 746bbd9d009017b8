// The benchmarks' second process: holds thousands of socket.io clients and the moderator, so
// "approved" and "received" are timed on one clock. Driven by messages from the bench process.
import { io as connect, type Socket } from 'socket.io-client';

interface Client {
  socket: Socket;
  received: Map<string, number>;
  recovered: number;
  resynced: number;
}

let clients: Client[] = [];
let sent = new Map<string, number>();
let joinPayload: Record<string, unknown> = {};
let joinEvent = 'live:join';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function percentiles(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
  return {
    count: sorted.length,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    max: sorted.at(-1) ?? 0,
  };
}

function open(url: string, cookie?: string): Socket {
  return connect(url, {
    transports: ['websocket'],
    forceNew: true,
    reconnectionDelay: 500,
    extraHeaders: { origin: url, ...(cookie ? { cookie } : {}) },
  });
}

async function join(client: Client): Promise<void> {
  const ack = (await client.socket.timeout(300_000).emitWithAck(joinEvent, joinPayload)) as {
    ok: boolean;
    data?: { questions?: Array<{ id: string; state: string }> };
  };
  if (!ack.ok) throw new Error(`join failed: ${JSON.stringify(ack)}`);
  // After a failed recovery, the full state stands in for the events missed meanwhile.
  const now = performance.now();
  for (const q of ack.data?.questions ?? []) {
    if (q.state === 'visible' && !client.received.has(q.id)) client.received.set(q.id, now);
  }
}

async function connectAll(m: {
  url: string;
  /** Several app nodes: client i connects to urls[i % urls.length] (a load balancer's spread). */
  urls?: string[];
  count: number;
  cookies?: string[];
  payload: Record<string, unknown>;
  event: string;
}) {
  joinPayload = m.payload;
  joinEvent = m.event;
  const batch = 50;
  for (let start = 0; start < m.count; start += batch) {
    const created: Client[] = [];
    for (let i = start; i < Math.min(m.count, start + batch); i++) {
      const socket = open(m.urls ? m.urls[i % m.urls.length]! : m.url, m.cookies?.[i]);
      const client: Client = { socket, received: new Map(), recovered: 0, resynced: 0 };
      socket.on('live:question', (q: { id: string; state: string }) => {
        if (q.state === 'visible' && !client.received.has(q.id)) {
          client.received.set(q.id, performance.now());
        }
      });
      let first = true;
      socket.on('connect', () => {
        if (first) {
          first = false;
          return;
        }
        if (socket.recovered) client.recovered += 1;
        else {
          client.resynced += 1;
          void join(client).catch(() => undefined);
        }
      });
      created.push(client);
    }
    await Promise.all(
      created.map(
        (c) =>
          new Promise<void>((resolve, reject) => {
            if (c.socket.connected) return resolve();
            c.socket.once('connect', () => resolve());
            c.socket.once('connect_error', (error) =>
              reject(new Error(`connect: ${error.message}`)),
            );
          }),
      ),
    );
    await Promise.all(created.map(join));
    clients.push(...created);
    if (clients.length % 500 === 0) process.stderr.write(`  ${clients.length} clients joined\n`);
  }
  return { connected: clients.length };
}

async function approve(m: {
  url: string;
  cookie?: string;
  questionIds: string[];
  perSecond: number;
  event: string;
  template?: Record<string, unknown>;
}) {
  const moderator = open(m.url, m.cookie);
  await new Promise<void>((resolve) => moderator.once('connect', () => resolve()));
  sent = new Map();
  const interval = 1000 / m.perSecond;
  const started = performance.now();
  const acks: Array<Promise<unknown>> = [];
  for (const [i, id] of m.questionIds.entries()) {
    const due = started + i * interval;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    sent.set(id, performance.now());
    const payload =
      m.event === 'live:moderate'
        ? { questionId: id, decision: 'approve' }
        : { ...m.template, id, state: 'visible' };
    acks.push(moderator.timeout(60_000).emitWithAck(m.event, payload));
  }
  const results = (await Promise.all(acks)) as Array<{ ok: boolean }>;
  const deadline = performance.now() + 30_000;
  const complete = () => clients.every((c) => m.questionIds.every((id) => c.received.has(id)));
  while (!complete() && performance.now() < deadline) await sleep(100);
  moderator.disconnect();
  const latencies: number[] = [];
  let missing = 0;
  for (const c of clients) {
    for (const id of m.questionIds) {
      const at = c.received.get(id);
      if (at === undefined) missing += 1;
      else latencies.push(at - sent.get(id)!);
    }
  }
  return { ...percentiles(latencies), missing, failedAcks: results.filter((r) => !r.ok).length };
}

async function vote(m: {
  questionIds: string[];
  perSecond: number;
  seconds: number;
  takeBack: number;
}) {
  const latencies: number[] = [];
  let failed = 0;
  // Why votes failed (the error code of a refusing acknowledgement, or `timeout`), so a failed run
  // says what to look at.
  const reasons: Record<string, number> = {};
  const fail = (reason: string) => {
    failed += 1;
    reasons[reason] = (reasons[reason] ?? 0) + 1;
  };
  const total = m.perSecond * m.seconds;
  const started = performance.now();
  const pending: Array<Promise<void>> = [];
  // A vote on a question the person already voted for is taken back with probability `takeBack`,
  // otherwise repeated (idempotent).
  const state = new Map<string, boolean>();
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / m.perSecond;
    const wait = due - performance.now();
    if (wait > 1) await sleep(wait);
    const client = clients[Math.floor(Math.random() * clients.length)]!;
    const questionId = m.questionIds[Math.floor(Math.random() * m.questionIds.length)]!;
    const key = `${client.socket.id}:${questionId}`;
    const up = !(state.get(key) ?? false) || Math.random() >= m.takeBack;
    state.set(key, up);
    const t0 = performance.now();
    pending.push(
      client.socket
        .timeout(30_000)
        .emitWithAck('live:vote', { questionId, up })
        .then((ack: { ok: boolean; error?: { code?: string } }) => {
          if (ack.ok) latencies.push(performance.now() - t0);
          else fail(ack.error?.code ?? 'refused');
        })
        .catch(() => fail('timeout')),
    );
  }
  await Promise.all(pending);
  const elapsed = (performance.now() - started) / 1000;
  return { ...percentiles(latencies), failed, reasons, sent: total, elapsedSeconds: elapsed };
}

function drop(m: { fraction: number; downMs: number }) {
  const count = Math.round(clients.length * m.fraction);
  for (const c of clients.slice(0, count)) {
    const manager = c.socket.io;
    manager.reconnectionDelay(m.downMs);
    manager.reconnectionDelayMax(m.downMs);
    manager.randomizationFactor(0);
    manager.engine.close();
  }
  return { dropped: count };
}

function report(m: { questionIds: string[]; dropped: number }) {
  const droppedClients = clients.slice(0, m.dropped);
  return {
    dropped: droppedClients.length,
    connectedAgain: droppedClients.filter((c) => c.socket.connected).length,
    recoveredByStateRecovery: droppedClients.filter((c) => c.recovered > 0).length,
    recoveredByResync: droppedClients.filter((c) => c.resynced > 0).length,
    clientsMissingAnEvent: clients.filter((c) => m.questionIds.some((id) => !c.received.has(id)))
      .length,
  };
}

function disconnectAll() {
  for (const c of clients) c.socket.disconnect();
  clients = [];
  return { disconnected: true };
}

process.on('message', (message: { id: number; type: string } & Record<string, never>) => {
  const handlers: Record<string, (m: never) => unknown> = {
    connect: connectAll,
    approve,
    vote,
    drop,
    report,
    disconnect: disconnectAll,
  };
  void Promise.resolve(handlers[message.type]!(message as never)).then(
    (result) => process.send!({ id: message.id, result }),
    (error: unknown) => process.send!({ id: message.id, result: { error: String(error) } }),
  );
});
