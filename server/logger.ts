// The one pino logger: JSON lines (production, tests), readable lines in development (pino-pretty,
// a development dependency, loaded by pino's transport only there). Every line written while a
// request is handled carries its id (`reqId`, see request-context.ts). Requests are logged by path
// only: query strings and headers may carry personal data, so they never reach the log.
import { pino, type Logger } from 'pino';
import type { Config } from './config';
import { currentRequestId } from './request-context';

export type { Logger };

export function createLogger(
  config: Pick<Config, 'logLevel'> & Partial<Pick<Config, 'env'>>,
): Logger {
  const pretty = config.env === 'development' && config.logLevel !== 'silent';
  return pino({
    level: config.logLevel,
    base: undefined,
    redact: { paths: ['req.headers', 'res.headers', '*.pid', '*.personnummer'], remove: true },
    mixin() {
      const reqId = currentRequestId();
      return reqId ? { reqId } : {};
    },
    ...(pretty
      ? {
          transport: {
            target: 'pino-pretty',
            options: {
              destination: 1,
              translateTime: 'SYS:HH:MM:ss.l',
              ignore: 'pid,hostname',
              singleLine: true,
            },
          },
        }
      : {}),
  });
}
