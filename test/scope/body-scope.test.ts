// A grant scoped to a body acts in that body only. This walks every mounted HTTP route and socket
// event: each has an entry in the scope table (a new route or event without one fails here), and
// every entry that names a thing of one body is called by a person holding every staff role, all
// scoped to another body — who must be refused (403, or 404 where the thing is hidden from them).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mountedCommands } from '../../server/commands/registry';
import { Body } from '../../server/features/bodies/model';
import { startTestApp, type TestApp } from '../helpers/app';
import { signedInUser } from '../helpers/factories';
import { connectSocket, emitAck } from '../helpers/socket';
import type { ScopeEntry, ScopeFixtures, ScopeTable } from './table';
import { proposalsScope } from './proposals';
import { commentsScope } from './comments';
import { notificationsScope } from './notifications';
import { citizenScope } from './citizen';
import { recordsScope } from './records';
import { identityScope } from './identity';
import { liveScope } from './live';
import { councilScope } from './council';
import { readingScope } from './reading';
import { workScope } from './work';
import { municipalityScope } from './municipality';

const TABLES: ScopeTable[] = [
  proposalsScope,
  commentsScope,
  notificationsScope,
  citizenScope,
  recordsScope,
  identityScope,
  liveScope,
  councilScope,
  readingScope,
  workScope,
  municipalityScope,
];
const table: ScopeTable = Object.assign({}, ...TABLES);

let app: TestApp;
let fx: ScopeFixtures;

beforeAll(async () => {
  app = await startTestApp();
  const home = await Body.create({ name: 'Kommunstyrelsen', sortKey: 'kommunstyrelsen' });
  const other = await Body.create({
    name: 'Barn- och utbildningsnämnden',
    sortKey: 'barn- och utbildningsnämnden',
  });
  const homeBodyId = String(home._id);
  const otherBodyId = String(other._id);
  const staff = await signedInUser(app, { roles: [{ role: 'secretary', bodyId: homeBodyId }] });
  const foreign = await signedInUser(app, {
    roles: (['official', 'secretary', 'moderator', 'admin'] as const).map((role) => ({
      role,
      bodyId: otherBodyId,
    })),
  });
  fx = {
    app,
    homeBodyId,
    otherBodyId,
    homeStaff: staff.client,
    foreign: foreign.client,
    foreignId: foreign.id,
    bodyModel: Body,
  };
});
afterAll(async () => {
  await app?.close();
});

const keyOf = (m: ReturnType<typeof mountedCommands>[number]) =>
  m.kind === 'http' ? `${m.method.toUpperCase()} ${m.path}` : `socket ${m.event}`;

function fillPath(path: string, params: Record<string, string> = {}): string {
  return path.replace(/:(\w+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`no value for :${name} in ${path}`);
    return value;
  });
}

describe('a grant scoped to one body acts in that body only', () => {
  it('has a scope entry for every mounted route and event', () => {
    const missing = mountedCommands()
      .map(keyOf)
      .filter((key) => !(key in table));
    expect(missing).toEqual([]);
  });

  it('has no entry for something that is not mounted', () => {
    const mounted = new Set(mountedCommands().map(keyOf));
    expect(Object.keys(table).filter((key) => !mounted.has(key))).toEqual([]);
  });

  const refused = () =>
    Object.entries(table).filter(
      (pair): pair is [string, Extract<ScopeEntry, { refuse: unknown }>] => 'refuse' in pair[1],
    );

  it('refuses every scoped route to the roles of another body', async () => {
    const failures: string[] = [];
    for (const [key, entry] of refused()) {
      if (key.startsWith('socket ')) continue;
      const [method, path] = key.split(' ') as [string, string];
      const call = await entry.refuse(fx);
      if ('payload' in call) throw new Error(`${key}: an HTTP entry needs params/body`);
      const query = call.query ? `?${new URLSearchParams(call.query).toString()}` : '';
      const res = await fx.foreign.request(
        method,
        `${fillPath(path, call.params)}${query}`,
        call.body === undefined ? {} : { json: call.body },
      );
      const expected = entry.expect ?? 403;
      if (res.status !== expected) failures.push(`${key}: ${res.status} ${res.text.slice(0, 160)}`);
    }
    expect(failures).toEqual([]);
  });

  it('refuses every scoped socket event to the roles of another body', async () => {
    const socket = await connectSocket(app, fx.foreign);
    const failures: string[] = [];
    try {
      for (const [key, entry] of refused()) {
        if (!key.startsWith('socket ')) continue;
        const call = await entry.refuse(fx);
        if (!('payload' in call)) throw new Error(`${key}: a socket entry needs a payload`);
        const ack = await emitAck(socket, key.slice('socket '.length), call.payload);
        const expected = entry.expect === 404 ? 'not_found' : 'forbidden';
        if (ack.ok || ack.error.code !== expected) {
          failures.push(`${key}: ${JSON.stringify(ack).slice(0, 160)}`);
        }
      }
    } finally {
      socket.disconnect();
    }
    expect(failures).toEqual([]);
  });
});
