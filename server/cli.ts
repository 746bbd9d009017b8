// `npm run cli -- <command>`: operator commands with the server's own configuration (loadConfig,
// secrets in DATA_DIR, the same database resolution). See docs/identity.md and, for backups,
// docs/operations.md.
import mongoose from 'mongoose';
import { ConfigError, loadConfig } from './config';
import { resolveSecrets } from './secrets';
import { resolveDatabase } from './db/resolve';
import { connectDatabase } from './db/connect';
// Bodies register with the identity side how to tell whether a body exists (grants for a body).
import './features/bodies';
import {
  runAuditVerify,
  runRoleCommand,
  USAGE,
  UsageError,
  type CliOutput,
} from './auth/cli-commands';
import { BACKUP_COMMANDS, BACKUP_USAGE, runBackupCommand } from './backup/commands';

const io: CliOutput = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  if (!command || command === '--help' || command === 'help') {
    io.out(`${USAGE}\n${BACKUP_USAGE}`);
    return command ? 0 : 2;
  }
  if (![...BACKUP_COMMANDS, 'grant-role', 'revoke-role', 'audit-verify'].includes(command)) {
    throw new UsageError(`unknown command ${command}`);
  }
  const config = loadConfig();
  const secrets = await resolveSecrets(config);
  const database = await resolveDatabase(config, (line) => io.err(line));
  try {
    const dbName = config.mongodbUri ? undefined : 'motesplats';
    if (BACKUP_COMMANDS.includes(command)) {
      return await runBackupCommand(command, args, { uri: database.uri, dbName }, io);
    }
    await connectDatabase(database.uri, dbName);
    if (command === 'audit-verify') return await runAuditVerify(io, args);
    return await runRoleCommand(
      command === 'grant-role' ? 'grant' : 'revoke',
      args,
      secrets.pidPepper,
      io,
    );
  } finally {
    await mongoose.disconnect().catch(() => undefined);
    await database.stop();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) {
      io.err(`${error.message}\n${USAGE}\n${BACKUP_USAGE}`);
      process.exit(2);
    }
    const message =
      error instanceof ConfigError ? error.message : `failed: ${(error as Error).message}`;
    io.err(message);
    process.exit(1);
  },
);
