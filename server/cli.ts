// `npm run cli -- <command>`: operator commands with the server's own configuration (loadConfig,
// secrets in DATA_DIR, the same database resolution). See docs/identity.md.
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

const io: CliOutput = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  if (!command || command === '--help' || command === 'help') {
    io.out(USAGE);
    return command ? 0 : 2;
  }
  if (!['grant-role', 'revoke-role', 'audit-verify'].includes(command)) {
    throw new UsageError(`unknown command ${command}`);
  }
  const config = loadConfig();
  const secrets = await resolveSecrets(config);
  const database = await resolveDatabase(config);
  try {
    await connectDatabase(database.uri, config.mongodbUri ? undefined : 'motesplats');
    if (command === 'audit-verify') return await runAuditVerify(io);
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
      io.err(`${error.message}\n${USAGE}`);
      process.exit(2);
    }
    const message =
      error instanceof ConfigError ? error.message : `failed: ${(error as Error).message}`;
    io.err(message);
    process.exit(1);
  },
);
