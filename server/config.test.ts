// Configuration: defaults, and one clear line naming the variable for bad values.
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('has the documented defaults', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.publicUrl).toBe('http://localhost:3000');
    expect(config.dataDir).toBe('./data');
    expect(config.devIdp).toBe(true);
    expect(config.saml.requiredLoa).toBe('http://id.elegnamnden.se/loa/1.0/loa3');
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ PUBLIC_URL: 'not a url' }, 'PUBLIC_URL'],
    [{ MONGODB_URI: 'http://x' }, 'MONGODB_URI'],
    [{ REDIS_URL: 'nope' }, 'REDIS_URL'],
    [{ NODE_ENV: 'production' }, 'SESSION_SECRET'],
    [{ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40) }, 'PID_PEPPER'],
    [{ SAML_IDP_ENTRYPOINT: 'https://idp.example/sso' }, 'SAML_IDP_CERT'],
    [{ METRICS_TOKEN: 'short' }, 'METRICS_TOKEN'],
    [{ SECURITY_CONTACT: 'security@example.se' }, 'SECURITY_CONTACT'],
    [{ SECURITY_CONTACT: 'http://example.se/security' }, 'SECURITY_CONTACT'],
    [
      { NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40), PID_PEPPER: 'y'.repeat(40) },
      'SECURITY_CONTACT',
    ],
  ])('refuses %o naming %s', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`^Invalid configuration: ${variable}: `));
  });

  it('never enables the development IdP in production', () => {
    const secrets = {
      SESSION_SECRET: 'x'.repeat(40),
      PID_PEPPER: 'y'.repeat(40),
      SECURITY_CONTACT: 'mailto:security@example.se',
    };
    expect(loadConfig({ NODE_ENV: 'production', ...secrets }).devIdp).toBe(false);
    expect(() => loadConfig({ NODE_ENV: 'production', DEV_IDP: 'on', ...secrets })).toThrow(
      /DEV_IDP/,
    );
  });

  it('reads the metrics token and the security contact', () => {
    const config = loadConfig({
      METRICS_TOKEN: 't'.repeat(20),
      SECURITY_CONTACT: 'https://example.se/security',
    });
    expect(config.metricsToken).toBe('t'.repeat(20));
    expect(config.securityContact).toBe('https://example.se/security');
    expect(loadConfig({}).metricsToken).toBeUndefined();
  });

  it('turns the development IdP off when a real IdP is configured', () => {
    const config = loadConfig({
      SAML_IDP_ENTRYPOINT: 'https://idp.example/sso',
      SAML_IDP_CERT: 'PEM',
    });
    expect(config.devIdp).toBe(false);
  });
});

describe('the development IdP and mailbox switch on only on a development machine', () => {
  const citizenIdp = { SAML_IDP_ENTRYPOINT: 'https://idp.example/sso', SAML_IDP_CERT: 'PEM' };
  const staffFile = { SAML_IDPS_FILE: '/etc/motesplats/idps.json' };

  it.each([
    ['no PUBLIC_URL (http://localhost:$PORT)', {}, true],
    ['http://localhost:3102', { PUBLIC_URL: 'http://localhost:3102' }, true],
    ['http://127.0.0.1:8080', { PUBLIC_URL: 'http://127.0.0.1:8080' }, true],
    ['http://127.1.2.3', { PUBLIC_URL: 'http://127.1.2.3' }, true],
    ['http://[::1]:3000', { PUBLIC_URL: 'http://[::1]:3000' }, true],
    ['an https PUBLIC_URL', { PUBLIC_URL: 'https://motesplats.kommun.se' }, false],
    ['a LAN address', { PUBLIC_URL: 'http://192.168.1.20:3000' }, false],
    ['a look-alike of localhost', { PUBLIC_URL: 'http://localhost.evil.example' }, false],
    ['a look-alike of 127.0.0.1', { PUBLIC_URL: 'http://127.0.0.1.evil.example' }, false],
    ['a citizen IdP on loopback', { ...citizenIdp }, false],
    ['a staff IdP file on loopback', { ...staffFile }, false],
    ['a staff IdP file and https', { ...staffFile, PUBLIC_URL: 'https://m.kommun.se' }, false],
    ['DEV_IDP=on with https (on purpose)', { DEV_IDP: 'on', PUBLIC_URL: 'https://m.test' }, true],
    ['DEV_IDP=on beside a citizen IdP', { DEV_IDP: 'on', ...citizenIdp }, true],
    ['DEV_IDP=off on loopback', { DEV_IDP: 'off' }, false],
  ])('%s → %s', (_what, env, on) => {
    expect(loadConfig(env).devIdp).toBe(on);
  });

  it('never in production, whatever PUBLIC_URL says', () => {
    const secrets = {
      SESSION_SECRET: 'x'.repeat(40),
      PID_PEPPER: 'y'.repeat(40),
      SECURITY_CONTACT: 'mailto:security@kommun.example',
    };
    for (const url of ['http://localhost:3000', 'http://127.0.0.1', 'https://m.kommun.se']) {
      expect(loadConfig({ NODE_ENV: 'production', PUBLIC_URL: url, ...secrets }).devIdp).toBe(
        false,
      );
    }
  });
});

describe('production rules for PUBLIC_URL and SAML', () => {
  const production = {
    NODE_ENV: 'production',
    SESSION_SECRET: 'x'.repeat(40),
    PID_PEPPER: 'y'.repeat(40),
    SECURITY_CONTACT: 'mailto:security@kommun.example',
  };
  const idp = { SAML_IDP_ENTRYPOINT: 'https://idp.example/sso', SAML_IDP_CERT: 'PEM' };

  it('refuses a plain-http PUBLIC_URL in production, except a loopback origin', () => {
    expect(() => loadConfig({ ...production, PUBLIC_URL: 'http://motesplats.kommun.se' })).toThrow(
      /^Invalid configuration: PUBLIC_URL: must be https in production/,
    );
    expect(
      loadConfig({ ...production, PUBLIC_URL: 'https://motesplats.kommun.se' }).publicUrl,
    ).toBe('https://motesplats.kommun.se');
    expect(loadConfig({ ...production, PUBLIC_URL: 'http://127.0.0.1:3000' }).publicUrl).toBe(
      'http://127.0.0.1:3000',
    );
  });

  it('requires the IdP issuer in production unless turned off on purpose', () => {
    const https = { ...production, PUBLIC_URL: 'https://m.kommun.se' };
    expect(() => loadConfig({ ...https, ...idp })).toThrow(
      /^Invalid configuration: SAML_IDP_ISSUER: required/,
    );
    const withIssuer = loadConfig({ ...https, ...idp, SAML_IDP_ISSUER: 'https://idp.example' });
    expect(withIssuer.saml).toMatchObject({
      requireIssuer: true,
      idpIssuer: 'https://idp.example',
    });
    expect(loadConfig({ ...https, ...idp, SAML_REQUIRE_ISSUER: 'off' }).saml.requireIssuer).toBe(
      false,
    );
    // Outside production it is on only when asked for.
    expect(loadConfig(idp).saml.requireIssuer).toBe(false);
    expect(() => loadConfig({ ...idp, SAML_REQUIRE_ISSUER: 'on' })).toThrow(/SAML_IDP_ISSUER/);
  });

  it('requires encrypted assertions in production by default (configurable)', () => {
    const https = { ...production, PUBLIC_URL: 'https://m.kommun.se', SAML_REQUIRE_ISSUER: 'off' };
    expect(loadConfig(https).saml.requireEncrypted).toBe(true);
    expect(loadConfig({ ...https, SAML_REQUIRE_ENCRYPTED: 'off' }).saml.requireEncrypted).toBe(
      false,
    );
    expect(loadConfig({}).saml.requireEncrypted).toBe(false);
    expect(loadConfig({ SAML_REQUIRE_ENCRYPTED: 'on' }).saml.requireEncrypted).toBe(true);
    expect(() => loadConfig({ SAML_REQUIRE_ENCRYPTED: 'maybe' })).toThrow(
      /^Invalid configuration: SAML_REQUIRE_ENCRYPTED: /,
    );
  });
});
