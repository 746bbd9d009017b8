// Refusals for going too fast. HTTP 429 answers and socket events answered `rate_limited` are
// counted on their own (see http.ts, socket.ts); code that refuses elsewhere calls
// countRateLimited itself.
import { Counter } from 'prom-client';
import { registry } from './registry';

const rateLimited = new Counter({
  name: 'motesplats_rate_limited_total',
  help: 'Requests and socket events refused as rate_limited, by scope',
  labelNames: ['scope'] as const,
  registers: [registry],
});

/** Counts one refusal; `scope` is a fixed name (`http POST /api/v1/...`, `socket live:ask`). */
export function countRateLimited(scope: string): void {
  rateLimited.inc({ scope });
}
