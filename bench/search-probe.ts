// Where a search's time goes, for bench:search: the database commands it sends (counted through
// the driver's command monitoring, by collection family), the CPU time of this process and of the
// FerretDB the benchmark started (read from /proc), each divided by the searches measured.
import { readdir, readFile } from 'node:fs/promises';
import type { CommandStartedEvent, MongoClient } from 'mongodb';

/** Linux reports process CPU time in clock ticks of 1/100 s on every platform Node runs on here. */
const TICK_MS = 10;

export interface Usage {
  commands: Map<string, number>;
  nodeCpuMs: number;
  dbCpuMs: number | undefined;
  at: number;
}

export interface PerSearch {
  /** Commands per search by family (`find search_docs`, ...), sorted by count. */
  commands: [string, number][];
  total: number;
  nodeCpuMs: number;
  dbCpuMs: number | undefined;
  perSecond: number;
}

async function ferretDbPid(): Promise<number | undefined> {
  for (const entry of await readdir('/proc').catch(() => [])) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
    const match = /^\d+ \((.*)\) \S+ (\d+)/.exec(stat);
    if (match?.[1] === 'ferretdb' && Number(match[2]) === process.pid) return Number(entry);
  }
  return undefined;
}

async function processCpuMs(pid: number): Promise<number | undefined> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined);
  if (!stat) return undefined;
  // Fields after the parenthesised name: state is field 3, utime 14, stime 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
}

/** `search_docs_0a1` → `search_docs`: one family per sharded collection. */
const family = (collection: string) => collection.replace(/_[0-9a-f]+$/, '');

export class Probe {
  private readonly commands = new Map<string, number>();
  private dbPid: number | undefined;

  private constructor() {}

  /** Starts counting the commands `client` sends (it must be connected with monitorCommands). */
  static async attach(client: MongoClient): Promise<Probe> {
    const probe = new Probe();
    probe.dbPid = await ferretDbPid();
    client.on('commandStarted', (event: CommandStartedEvent) => {
      const target = event.command[event.commandName] as unknown;
      const key = `${event.commandName} ${typeof target === 'string' ? family(target) : ''}`;
      probe.commands.set(key, (probe.commands.get(key) ?? 0) + 1);
    });
    return probe;
  }

  async usage(): Promise<Usage> {
    const cpu = process.cpuUsage();
    return {
      commands: new Map(this.commands),
      nodeCpuMs: (cpu.user + cpu.system) / 1000,
      dbCpuMs: this.dbPid === undefined ? undefined : await processCpuMs(this.dbPid),
      at: performance.now(),
    };
  }

  /** What `searches` searches cost each since `before`. */
  async since(before: Usage, searches: number): Promise<PerSearch> {
    const now = await this.usage();
    const commands: [string, number][] = [];
    let total = 0;
    for (const [key, count] of now.commands) {
      const added = count - (before.commands.get(key) ?? 0);
      if (added === 0) continue;
      commands.push([key, added / searches]);
      total += added;
    }
    commands.sort((a, b) => b[1] - a[1]);
    const dbCpuMs =
      now.dbCpuMs === undefined || before.dbCpuMs === undefined
        ? undefined
        : (now.dbCpuMs - before.dbCpuMs) / searches;
    return {
      commands,
      total: total / searches,
      nodeCpuMs: (now.nodeCpuMs - before.nodeCpuMs) / searches,
      dbCpuMs,
      perSecond: searches / ((now.at - before.at) / 1000),
    };
  }
}

export function describeCost(cost: PerSearch): string {
  const reads = cost.commands.map(([key, n]) => `${key.trim()} ${n.toFixed(2)}`).join(', ');
  const db = cost.dbCpuMs === undefined ? 'n/a' : `${cost.dbCpuMs.toFixed(2)} ms`;
  return `${cost.total.toFixed(2)} commands (${reads || 'none'}) | Node CPU ${cost.nodeCpuMs.toFixed(2)} ms | FerretDB CPU ${db} | ${cost.perSecond.toFixed(0)} searches/s`;
}
