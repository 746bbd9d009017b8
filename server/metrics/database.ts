// Database operation durations and errors from the MongoDB driver's command monitoring
// (`monitorCommands`, turned on in db/connect.ts): every command the app sends, by command name.
// Works the same against MongoDB and FerretDB, as both speak the same wire protocol.
import type { CommandFailedEvent, CommandSucceededEvent, MongoClient } from 'mongodb';
import { Counter, Histogram } from 'prom-client';
import { registry } from './registry';

const commandDuration = new Histogram({
  name: 'motesplats_db_command_duration_seconds',
  help: 'Round trip of database commands (find, insert, update, aggregate ...), by command',
  labelNames: ['command'] as const,
  buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
  registers: [registry],
});

const commandErrors = new Counter({
  name: 'motesplats_db_command_errors_total',
  help: 'Database commands that failed (network, server error, SQLITE_BUSY on FerretDB), by command',
  labelNames: ['command'] as const,
  registers: [registry],
});

// Command names are a small fixed set, but a label must never grow without bound.
const KNOWN = /^[A-Za-z]{1,40}$/;
const label = (name: string) => (KNOWN.test(name) ? name : 'other');

const watched = new WeakSet<MongoClient>();

/** Observes every command of this client (once per client). */
export function watchDatabaseCommands(client: MongoClient): void {
  if (watched.has(client)) return;
  watched.add(client);
  client.on('commandSucceeded', (event: CommandSucceededEvent) => {
    commandDuration.observe({ command: label(event.commandName) }, event.duration / 1000);
  });
  client.on('commandFailed', (event: CommandFailedEvent) => {
    const command = label(event.commandName);
    commandDuration.observe({ command }, event.duration / 1000);
    commandErrors.inc({ command });
  });
}
