// The one pino logger. Requests are logged by path only: query strings and headers may carry
// personal data, so they never reach the log.
import { pino, type Logger } from 'pino';
import type { Config } from './config';

export type { Logger };

export function createLogger(config: Pick<Config, 'logLevel'>): Logger {
  return pino({
    level: config.logLevel,
    base: undefined,
    redact: { paths: ['req.headers', 'res.headers', '*.pid', '*.personnummer'], remove: true },
  });
}
