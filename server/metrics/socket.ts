// Socket.IO: connected sockets, connections made, and how long each event took to answer and
// with which outcome (`ok` or the error code of the acknowledgement).
import { Counter, Histogram } from 'prom-client';
import type { AppServer } from '../realtime/io';
import { countRateLimited } from './rate-limit';
import { registerGauge, registry } from './registry';

const eventDuration = new Histogram({
  name: 'motesplats_socket_event_duration_seconds',
  help: 'Time from a client event to its acknowledgement, by event name and outcome (ok or error code)',
  labelNames: ['event', 'outcome'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [registry],
});

const connectionsMade = new Counter({
  name: 'motesplats_socketio_connections_total',
  help: 'Socket.IO connections accepted since start (reconnections included)',
  registers: [registry],
});

/**
 * Records one answered client event: `name` is the event (`live:vote`), `seconds` the time from
 * receipt to acknowledgement, `outcomeCode` `'ok'` or the error code the client got
 * (`forbidden`, `rate_limited`, `internal` ...). Refusals as `rate_limited` are also counted in
 * motesplats_rate_limited_total.
 */
export function observeSocketEvent(name: string, seconds: number, outcomeCode: string): void {
  eventDuration.observe({ event: name, outcome: outcomeCode }, seconds);
  if (outcomeCode === 'rate_limited') countRateLimited(`socket ${name}`);
}

const servers = new Set<AppServer>();
registerGauge('motesplats_socketio_connections', 'Socket.IO sockets connected now', () => {
  let connected = 0;
  for (const io of servers) connected += io.of('/').sockets.size;
  return connected;
});

/** Counts this server's sockets; returns how to stop. */
export function watchSocketConnections(io: AppServer): () => void {
  servers.add(io);
  const onConnection = () => connectionsMade.inc();
  io.on('connection', onConnection);
  return () => {
    servers.delete(io);
    io.off('connection', onConnection);
  };
}
