// Start: config -> database -> HTTP + Socket.IO -> listen; demo data on an empty database;
// graceful stop on SIGTERM/SIGINT within 10 seconds. A failure nobody handled is logged and the
// process keeps serving: one lost database call must not take the site down.
import mongoose from 'mongoose';
import { ConfigError, loadConfig } from './config';
import { createLogger, type Logger } from './logger';
import { resolveSecrets } from './secrets';
import { resolveDatabase, type ResolvedDatabase } from './db/resolve';
import { connectDatabase } from './db/connect';
import { startServer } from './server';
import { seedDemoIfEmpty } from './seed/demo';

/** The last line of defence: every background path catches and logs its own failures; what still
 * escapes (a promise nobody awaited, a throw in a callback) is logged here instead of exiting. */
function keepServingOnStrayErrors(logger: Logger): void {
  process.on('unhandledRejection', (reason) => {
    logger.error({ err: reason }, 'unhandled promise rejection (kept serving)');
  });
  process.on('uncaughtException', (error, origin) => {
    logger.error({ err: error, origin }, 'uncaught exception (kept serving)');
  });
}

let database: ResolvedDatabase | undefined;

async function main() {
  const config = loadConfig();
  const logger = createLogger(config);
  if (config.devIdp) {
    logger.warn(
      { devIdp: true, publicUrl: config.publicUrl },
      'DEVELOPMENT IdP IS ON: anyone can log in as anyone at /dev-idp and /dev-mailbox shows all e-mail. Never expose this server to others.',
    );
  }
  const secrets = await resolveSecrets(config);
  database = await resolveDatabase(config, (line) => logger.info(line));
  logger.info({ database: database.kind }, `database: ${database.kind}`);
  await connectDatabase(database.uri, config.mongodbUri ? undefined : 'motesplats');
  keepServingOnStrayErrors(logger);
  const server = await startServer(config, logger, secrets, {
    beforeListen: async (ctx) => {
      if (config.seedDemo) await seedDemoIfEmpty(ctx);
    },
  });
  logger.info({ url: config.publicUrl }, `Mötesplats listening on port ${server.port}`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    const hardStop = setTimeout(() => process.exit(1), 10_000);
    hardStop.unref();
    await server.close(8_000);
    await server.ctx.sessions.close().catch(() => undefined);
    await mongoose.disconnect().catch(() => undefined);
    await database?.stop();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch(async (error: unknown) => {
  // One clear line, never a stack trace, for what the operator can fix.
  const message =
    error instanceof ConfigError ? error.message : `Start-up failed: ${(error as Error).message}`;
  process.stderr.write(`${message}\n`);
  // An embedded database started for us must not outlive us.
  await mongoose.disconnect().catch(() => undefined);
  await database?.stop().catch(() => undefined);
  process.exit(1);
});
