// A further IdP from SAML_IDPS_FILE (the municipality's own, for staff): its own SP endpoints,
// offered on the login page beside e-ID, and its group attribute mapped to roles at every login
// (grants from groups the person left are taken back; grants by admins stay).
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/helpers/app';
import type { HttpClient } from '../../test/helpers/http';
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
import { grantRole } from './users';
import { AuditEntry } from '../audit/model';

const GROUPS = 'http://schemas.example.test/groups';
const staff = { personnummer: '197909094321', givenName: 'Stina', surname: 'Stab' };

let app: TestApp;
let eidIdp: KeyPair;
let kommunIdp: KeyPair;

beforeAll(async () => {
  [eidIdp, kommunIdp] = await Promise.all([generateKeyPair(), generateKeyPair('kommun-idp')]);
  const file = `/tmp/motesplats-idps-${process.pid}.json`;
  writeFileSync(
    file,
    JSON.stringify([
      {
        name: 'kommun',
        label: { sv: 'Kommunens inloggning (personal)', en: 'Municipal login (staff)' },
        entryPoint: 'https://kommun.example.test/sso',
        cert: kommunIdp.cert,
        issuer: 'https://kommun.example.test/idp',
        groupAttribute: GROUPS,
        groupRoles: {
          'ks-sekreterare': [{ role: 'secretary', bodyId: 'ks' }],
          moderatorer: [{ role: 'moderator' }],
        },
      },
    ]),
  );
  app = await startTestApp({ ...testIdpEnv(eidIdp), SAML_IDPS_FILE: file });
});
afterAll(async () => {
  await app?.close();
});

async function staffLogin(groups: string[], client: HttpClient = app.client()) {
  const spCert = await spEncryptionCert(app, 'kommun');
  const started = await startedRequestId(client, '/', 'kommun');
  const options = honestResponse(app, kommunIdp, spCert, started.id, staff, 'kommun');
  options.idpEntityId = 'https://kommun.example.test/idp';
  // One attribute with several values, as group attributes come.
  const withGroups = await buildSamlResponse({
    ...options,
    attributes: { ...options.attributes, [GROUPS]: groups },
  });
  const res = await postToAcs(client, withGroups, { idp: 'kommun', relayState: '/' });
  expect(res.status).toBe(302);
  return client;
}

describe('a staff IdP from SAML_IDPS_FILE', () => {
  it('is offered beside e-ID on the login page', async () => {
    const res = await app.client().get('/api/v1/auth/idps');
    expect(res.body.data).toEqual([
      {
        name: 'eid',
        label: 'E-legitimation (BankID, Freja eID)',
        loginUrl: '/auth/saml/eid/login',
      },
      {
        name: 'kommun',
        label: 'Kommunens inloggning (personal)',
        loginUrl: '/auth/saml/kommun/login',
      },
    ]);
    const metadata = await app.client().get('/auth/saml/kommun/metadata');
    expect(metadata.text).toContain(`entityID="${app.url}/auth/saml/kommun/metadata"`);
  });

  it('maps groups to roles at each login, keeping grants made by admins', async () => {
    const client = await staffLogin(['ks-sekreterare', 'moderatorer', 'okänd-grupp']);
    const me = await client.get('/api/v1/me');
    expect(me.body.data.roles).toEqual([
      { role: 'citizen' },
      { role: 'secretary', bodyId: 'ks' },
      { role: 'moderator' },
    ]);
    await grantRole(me.body.data.id, { role: 'official', bodyId: 'ks' });

    const synced = await AuditEntry.find({
      'subject.id': me.body.data.id,
      action: 'user.role_sync',
    }).lean();
    expect(synced).toHaveLength(1);
    expect(synced[0]?.after).toMatchObject({ source: 'idp:kommun' });

    const later = await staffLogin(['moderatorer']);
    expect((await later.get('/api/v1/me')).body.data.roles).toEqual([
      { role: 'citizen' },
      { role: 'official', bodyId: 'ks' },
      { role: 'moderator' },
    ]);
  });

  it('refuses a response for the staff IdP signed by the e-ID IdP', async () => {
    const client = app.client();
    const spCert = await spEncryptionCert(app, 'kommun');
    const started = await startedRequestId(client, '/', 'kommun');
    const options = honestResponse(app, eidIdp, spCert, started.id, staff, 'kommun');
    options.idpEntityId = 'https://kommun.example.test/idp';
    const res = await postToAcs(client, await buildSamlResponse(options), { idp: 'kommun' });
    expect(res.status).toBe(401);
  });
});
