// Database resolution, the same for `npm start` and tests: MONGODB_URI, else an embedded mongod
// from PATH, else FerretDB on SQLite built with Go. The caller logs which one in one line.
import type { Config } from '../config';
import { ConfigError } from '../config';
import { GET_GO, ferretDbProblem, hasGo, startFerretDb } from './ferretdb';
import { findMongod, startMongod } from './mongod';

export interface ResolvedDatabase {
  kind: 'uri' | 'embedded-mongod' | 'ferretdb';
  uri: string;
  /** Stops the embedded server, if one was started. */
  stop(): Promise<void>;
}

export async function resolveDatabase(
  config: Pick<Config, 'mongodbUri' | 'dataDir' | 'isProduction'>,
  /** Progress of a first FerretDB build, which takes minutes. */
  log: (line: string) => void = () => {},
): Promise<ResolvedDatabase> {
  if (config.mongodbUri) {
    return { kind: 'uri', uri: config.mongodbUri, stop: async () => {} };
  }
  if (config.isProduction) {
    throw new ConfigError('Invalid configuration: MONGODB_URI: required in production');
  }
  const mongod = await findMongod();
  if (mongod) {
    const started = await startMongod(mongod, config.dataDir);
    return { kind: 'embedded-mongod', ...started };
  }
  const problem = await ferretDbProblem();
  if (!problem) {
    const started = await startFerretDb({ dataDir: `${config.dataDir}/ferretdb`, log });
    return { kind: 'ferretdb', uri: started.uri, stop: () => started.stop() };
  }
  throw new ConfigError(
    (await hasGo())
      ? `Invalid configuration: MONGODB_URI: not set, no mongod on PATH, and ${problem}`
      : `Invalid configuration: MONGODB_URI: not set, and neither mongod nor Go (to build FerretDB) was found: ${GET_GO}`,
  );
}
