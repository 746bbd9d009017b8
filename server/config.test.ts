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
