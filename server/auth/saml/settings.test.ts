// SAML settings are checked at start: a missing or malformed key, certificate or IdP file stops
// the server with one line naming the variable.
import { writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config';
import { generateKeyPair, type KeyPair } from '../../../test/helpers/saml-idp';
import { prepareSaml } from './providers';

let a: KeyPair;
let b: KeyPair;
beforeAll(async () => {
  [a, b] = await Promise.all([generateKeyPair('a'), generateKeyPair('b')]);
});

const base = { NODE_ENV: 'test', DATA_DIR: `/tmp/motesplats-settings-${process.pid}` };
const prepare = (env: Record<string, string>) => () => prepareSaml(loadConfig({ ...base, ...env }));

describe('SAML settings at start', () => {
  it('accepts PEM text and a PEM file path', () => {
    const file = `/tmp/motesplats-idp-cert-${process.pid}.pem`;
    writeFileSync(file, a.cert);
    const fromText = prepare({
      SAML_IDP_ENTRYPOINT: 'https://idp.example/sso',
      SAML_IDP_CERT: a.cert,
    })();
    const fromFile = prepare({
      SAML_IDP_ENTRYPOINT: 'https://idp.example/sso',
      SAML_IDP_CERT: file,
    })();
    expect(fromText.settings[0]?.cert).toBe(fromFile.settings[0]?.cert);
    expect(fromText.settings.map((s) => s.name)).toEqual(['eid']);
  });

  it.each([
    ['a missing certificate file', { SAML_IDP_CERT: '/no/such/file.pem' }, 'SAML_IDP_CERT'],
    [
      'a certificate that is not one',
      { SAML_IDP_CERT: '-----BEGIN CERTIFICATE-----\nnope\n-----END CERTIFICATE-----' },
      'SAML_IDP_CERT',
    ],
    ['an SP key without its certificate', { SAML_SP_KEY: 'KEY' }, 'SAML_SP_CERT'],
    [
      'an SP key that is not a key',
      {
        SAML_SP_KEY: '-----BEGIN PRIVATE KEY-----\nx\n-----END PRIVATE KEY-----',
        SAML_SP_CERT: 'CERT',
      },
      'SAML_SP_KEY',
    ],
    ['an IdP file that is not JSON', { SAML_IDPS_FILE: '/etc/hostname' }, 'SAML_IDPS_FILE'],
  ])('refuses %s, naming the variable', (_what, env, variable) => {
    const resolved = Object.fromEntries(
      Object.entries(env).map(([k, v]) => [k, v === 'KEY' ? a.key : v === 'CERT' ? a.cert : v]),
    );
    expect(
      prepare({
        SAML_IDP_ENTRYPOINT: 'https://idp.example/sso',
        SAML_IDP_CERT: a.cert,
        ...resolved,
      }),
    ).toThrow(new RegExp(`^Invalid configuration: ${variable}: `));
  });

  it('refuses an SP certificate that does not match the SP key', () => {
    expect(prepare({ SAML_SP_KEY: a.key, SAML_SP_CERT: b.cert })).toThrow(
      /SAML_SP_CERT: does not match/,
    );
  });

  it('requires SP keys in production when an IdP is configured', () => {
    expect(
      prepare({
        NODE_ENV: 'production',
        SESSION_SECRET: 'x'.repeat(32),
        PID_PEPPER: 'y'.repeat(32),
        SECURITY_CONTACT: 'mailto:security@example.se',
        SAML_IDP_ENTRYPOINT: 'https://idp.example/sso',
        SAML_IDP_CERT: a.cert,
        SAML_IDP_ISSUER: 'https://idp.example/idp',
      }),
    ).toThrow(/SAML_SP_KEY: required in production/);
  });

  it('never offers the development IdP in production', () => {
    const { settings } = prepareSaml(
      loadConfig({
        ...base,
        NODE_ENV: 'production',
        SESSION_SECRET: 'x'.repeat(32),
        PID_PEPPER: 'y'.repeat(32),
        SECURITY_CONTACT: 'mailto:security@example.se',
        SAML_IDP_ENTRYPOINT: 'https://idp.example/sso',
        SAML_IDP_CERT: a.cert,
        SAML_IDP_ISSUER: 'https://idp.example/idp',
        SAML_SP_KEY: a.key,
        SAML_SP_CERT: a.cert,
      }),
    );
    expect(settings.map((s) => [s.name, s.dev])).toEqual([['eid', false]]);
  });

  it('requires each staff IdP of the file to name its issuer when issuers are required', () => {
    const file = `/tmp/motesplats-idps-no-issuer-${process.pid}.json`;
    const staff = {
      name: 'kommun',
      label: { sv: 'Personal', en: 'Staff' },
      entryPoint: 'https://kommun.example/sso',
      cert: a.cert,
    };
    writeFileSync(file, JSON.stringify([staff]));
    expect(prepare({ SAML_IDPS_FILE: file, SAML_REQUIRE_ISSUER: 'on' })).toThrow(
      /^Invalid configuration: SAML_IDPS_FILE: 0\.issuer: required/,
    );
    // Outside production, or turned off on purpose, a file without issuers is accepted.
    expect(prepare({ SAML_IDPS_FILE: file })().settings.map((s) => s.name)).toEqual(['kommun']);
    writeFileSync(file, JSON.stringify([{ ...staff, issuer: 'https://kommun.example/idp' }]));
    const { settings } = prepare({
      SAML_IDPS_FILE: file,
      SAML_REQUIRE_ISSUER: 'on',
      SAML_REQUIRE_ENCRYPTED: 'on',
    })();
    expect(settings[0]).toMatchObject({
      issuer: 'https://kommun.example/idp',
      requireEncrypted: true,
    });
  });
});
