// Start: config -> database -> HTTP + Socket.IO -> listen; demo data on an empty database;
// graceful stop on SIGTERM/SIGINT within 10 seconds.
import mongoose from 'mongoose';
import { ConfigError, loadConfig } from './config';
import { createLogger } from './logger';
import { resolveSecrets } from './secrets';
import { resolveDatabase } from './db/resolve';
import { connectDatabase } from './db/connect';
import { startServer } from './server';
import { seedDemoIfEmpty } from './seed/demo';

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
  const database = await resolveDatabase(config);
  logger.info({ database: database.kind }, `database: ${database.kind}`);
  await connectDatabase(database.uri, config.mongodbUri ? undefined : 'motesplats');
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
    await database.stop();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((error: unknown) => {
  // One clear line, never a stack trace, for what the operator can fix.
  const message =
    error instanceof ConfigError ? error.message : `Start-up failed: ${(error as Error).message}`;
  process.stderr.write(`${message}\n`);
  process.exit(1);
});
