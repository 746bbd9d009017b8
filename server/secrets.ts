// Secrets that may be generated outside production: created once and kept in DATA_DIR so
// sessions and personnummer hashes survive a restart.
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from './config';

export interface Secrets {
  sessionSecret: string;
  pidPepper: string;
}

export async function resolveSecrets(config: Config): Promise<Secrets> {
  if (config.sessionSecret && config.pidPepper) {
    return { sessionSecret: config.sessionSecret, pidPepper: config.pidPepper };
  }
  const file = path.join(config.dataDir, 'secrets.json');
  let stored: Partial<Secrets>;
  try {
    stored = JSON.parse(await readFile(file, 'utf8')) as Partial<Secrets>;
  } catch {
    stored = {};
  }
  const secrets: Secrets = {
    sessionSecret: config.sessionSecret ?? stored.sessionSecret ?? randomBytes(32).toString('hex'),
    pidPepper: config.pidPepper ?? stored.pidPepper ?? randomBytes(32).toString('hex'),
  };
  if (secrets.sessionSecret !== stored.sessionSecret || secrets.pidPepper !== stored.pidPepper) {
    await mkdir(config.dataDir, { recursive: true });
    await writeFile(file, JSON.stringify(secrets), { mode: 0o600 });
  }
  return secrets;
}
