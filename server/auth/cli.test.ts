// `npm run cli` as an operator runs it: a separate process with the server's configuration, on
// the same database. grant-role works before the person's first login; revoke-role takes it back;
// both are audited; the personnummer never appears in the output.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/helpers/app';
import { runCli } from '../../test/helpers/cli';
import { randomPersonnummer } from '../../test/helpers/factories';
import { postToAcs } from '../../test/helpers/saml';
import {
  buildSamlResponse,
  generateKeyPair,
  honestResponse,
  spEncryptionCert,
  startedRequestId,
  testIdpEnv,
  type KeyPair,
} from '../../test/helpers/saml-idp';
import { AuditEntry } from '../audit/model';
import { Body } from '../features/bodies/model';
import { pidHash } from './pid-hash';
import { User } from './user-model';
import { PLACEHOLDER_NAME } from './users';

let app: TestApp;
let idp: KeyPair;

beforeAll(async () => {
  idp = await generateKeyPair();
  app = await startTestApp(testIdpEnv(idp));
});
afterAll(async () => {
  await app?.close();
});

async function loginWith(personnummer: string) {
  const client = app.client();
  const spCert = await spEncryptionCert(app);
  const started = await startedRequestId(client);
  const response = await buildSamlResponse(
    honestResponse(app, idp, spCert, started.id, {
      personnummer,
      givenName: 'Nils',
      surname: 'Holm',
    }),
  );
  const res = await postToAcs(client, response, { relayState: started.relayState });
  expect(res.status).toBe(302);
  return client;
}

describe('npm run cli -- grant-role / revoke-role', () => {
  it('grants a per-body role before the first login; the login then carries it', async () => {
    const personnummer = randomPersonnummer();
    const body = String((await Body.create({ name: 'Bygg', sortKey: 'bygg' }))._id);
    const granted = await runCli(app, ['grant-role', personnummer, 'secretary', '--body', body]);
    expect(granted.code).toBe(0);
    expect(granted.stdout).toContain(`granted secretary (body ${body})`);
    expect(granted.stdout + granted.stderr).not.toContain(personnummer);

    const stored = await User.findOne({ pidHash: pidHash(personnummer, app.secrets.pidPepper) });
    expect(stored?.displayName).toBe(PLACEHOLDER_NAME);
    expect(stored?.lastLoginAt).toBeUndefined();

    const client = await loginWith(personnummer);
    const me = await client.get('/api/v1/me');
    expect(me.body.data.displayName).toBe('Nils Holm');
    expect(me.body.data.roles).toEqual([{ role: 'secretary', bodyId: body }, { role: 'citizen' }]);

    const revoked = await runCli(app, ['revoke-role', personnummer, 'secretary', '--body', body]);
    expect(revoked.code).toBe(0);
    expect((await client.get('/api/v1/me')).body.data.roles).toEqual([{ role: 'citizen' }]);

    const entries = await AuditEntry.find({ 'subject.id': String(stored!._id) }).sort({ seq: 1 });
    expect(entries.map((e) => [e.actor, e.action])).toEqual([
      ['system', 'user.role_grant'],
      [String(stored!._id), 'auth.login'],
      ['system', 'user.role_revoke'],
    ]);
  });

  it('refuses a malformed personnummer or unknown role with exit code 2, echoing neither', async () => {
    const bad = await runCli(app, ['grant-role', '19801301-12', 'admin']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('12 digits');
    expect(bad.stderr).not.toContain('19801301');
    const role = await runCli(app, ['grant-role', randomPersonnummer(), 'king']);
    expect(role.code).toBe(2);
    expect(role.stderr).toContain('unknown role');
    const unknownBody = await runCli(app, [
      'grant-role',
      randomPersonnummer(),
      'secretary',
      '--body',
      '0123456789abcdef01234567',
    ]);
    expect(unknownBody.code).toBe(2);
    expect(unknownBody.stderr).toContain('no body with that id');
    const none = await runCli(app, ['frobnicate']);
    expect(none.code).toBe(2);
  });
});
