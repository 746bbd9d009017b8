// The process's one Prometheus registry, what /metrics answers with. Application metrics are
// named `motesplats_*`; Node.js's own (event-loop delay, heap, GC, CPU) keep prom-client's
// standard names (`nodejs_*`, `process_*`) so ready-made dashboards read them.
import { collectDefaultMetrics, Gauge, Registry } from 'prom-client';

export const registry = new Registry();

let processMetrics = false;

/** Node.js and process metrics, among them the event-loop delay percentiles. Once per process. */
export function collectProcessMetrics(): void {
  if (processMetrics) return;
  processMetrics = true;
  collectDefaultMetrics({ register: registry });
}

const gaugeReaders = new Map<string, () => number>();

/**
 * A gauge whose value is read at each scrape, e.g. the length of an in-memory queue:
 * `registerGauge('motesplats_live_vote_queue', 'Vote rows waiting to be stored', () => queued.length)`.
 * Registering the same name again replaces the reader.
 */
export function registerGauge(name: string, help: string, read: () => number): void {
  const known = gaugeReaders.has(name);
  gaugeReaders.set(name, read);
  if (known) return;
  new Gauge({
    name,
    help,
    registers: [registry],
    collect() {
      this.set(gaugeReaders.get(name)?.() ?? 0);
    },
  });
}

/** The Prometheus text exposition of every metric, and its content type. */
export async function metricsText(): Promise<{ contentType: string; body: string }> {
  return { contentType: registry.contentType, body: await registry.metrics() };
}
