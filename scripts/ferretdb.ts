// `npm run ferretdb -- build` builds and caches FerretDB; `npm run ferretdb -- serve --port P --dir D`
// runs it in the foreground until stopped (CI uses this to provide MONGODB_URI).
import { ensureFerretDb, startFerretDb } from '../server/db/ferretdb';

const [command, ...rest] = process.argv.slice(2);
const option = (name: string) => {
  const index = rest.indexOf(`--${name}`);
  return index >= 0 ? rest[index + 1] : undefined;
};

if (command === 'build') {
  console.log(await ensureFerretDb((line) => console.log(line)));
} else if (command === 'serve') {
  const running = await startFerretDb({
    dataDir: option('dir') ?? './data/ferretdb',
    port: option('port') ? Number(option('port')) : undefined,
    log: (line) => console.log(line),
  });
  console.log(`FerretDB listening: ${running.uri}`);
  const stop = () => void running.stop().then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
} else {
  console.error('usage: ferretdb build | serve [--port P] [--dir D]');
  process.exit(2);
}
