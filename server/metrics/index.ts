// Metrics, the front door. The server calls installMetrics once it is wired; the HTTP middleware
// and GET /metrics are mounted by the app; features and the command runner report through the
// small functions below. See docs/operations.md for every metric and what to alert on.
import mongoose from 'mongoose';
import type { AppContext } from '../context';
import { watchDatabaseCommands } from './database';
import { collectProcessMetrics } from './registry';
import { watchSocketConnections } from './socket';

export { httpMetrics } from './http';
export { metricsRouter } from './routes';
export { countRateLimited } from './rate-limit';
export { observeSocketEvent } from './socket';
export { registerGauge } from './registry';
export { trackMailSend } from './mail';

/** Starts collecting for this node: process metrics, database commands, sockets. */
export function installMetrics(ctx: Pick<AppContext, 'io'>): () => void {
  collectProcessMetrics();
  watchDatabaseCommands(mongoose.connection.getClient());
  return watchSocketConnections(ctx.io);
}
