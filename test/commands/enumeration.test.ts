// The one path is the only path: every HTTP route and every socket event the app answers is a
// command mounted through its adapter (server/http/command-routes.ts, server/realtime/handle.ts),
// except the protocol endpoints listed here with the reason each is not a command.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mountedCommands } from '../../server/commands/registry';
import { describeCommand } from '../../server/commands/define';
import { startTestApp, type TestApp } from '../helpers/app';
import { listRoutes } from '../helpers/routes';

/** Routes outside the command path, each with why. */
export const PROTOCOL_ROUTES: Record<string, string> = {
  'GET /healthz': 'liveness probe: answers without touching anything',
  'GET /readyz': 'readiness probe: one database ping',
  'GET /api/v1/openapi.json': 'the API description itself',
  'GET /auth/saml/:idp/metadata': 'SAML SP metadata (protocol document)',
  'GET /auth/saml/:idp/login': 'SAML AuthnRequest redirect (protocol step)',
  'POST /auth/saml/:idp/acs': 'SAML assertion consumer (protocol step, signed response)',
  'GET /metrics': 'Prometheus scrape (behind METRICS_TOKEN), reads only counters in memory',
  'GET /.well-known/security.txt': 'RFC 9116 contact document, built from configuration',
  'GET /dev-idp': 'the development IdP (a development machine only, never in production)',
  'POST /dev-idp/respond':
    'the development IdP posting its signed SAML response (development only)',
  'GET /dev-mailbox': 'the development mailbox page (development only, without SMTP_URL)',
  'GET /dev-mailbox.json': 'the development mailbox as JSON (development only, without SMTP_URL)',
};

/**
 * Routes and events still being moved onto commands (the one-path redesign). Each feature's
 * entries go when the feature is done; this list must end empty.
 */
const NOT_YET_COMMANDS = new Set<string>([]);

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

describe('every route and event goes through a command', () => {
  it('mounts no HTTP route outside the command path', () => {
    const commands = new Set(
      mountedCommands().flatMap((m) =>
        m.kind === 'http' ? [`${m.method.toUpperCase()} ${m.path}`] : [],
      ),
    );
    const outside = listRoutes(app.server.express)
      .map((r) => `${r.method} ${r.path}`)
      // The single-page app's fallback answers page paths with the client shell.
      .filter((key) => !key.startsWith('GET /^'))
      .filter((key) => !commands.has(key) && !(key in PROTOCOL_ROUTES))
      .filter((key) => !NOT_YET_COMMANDS.has(key));
    expect(outside).toEqual([]);
  });

  it('answers no socket event outside the command path', () => {
    const outside = app.server.socketEvents
      .filter((e) => !e.command && !NOT_YET_COMMANDS.has(`socket ${e.name}`))
      .map((e) => e.name);
    expect(outside).toEqual([]);
  });

  it('never mounts a command meant for the system alone', () => {
    const system = mountedCommands().filter((m) => describeCommand(m.command).policy === 'system');
    expect(system.map((m) => m.command.name)).toEqual([]);
  });
});
