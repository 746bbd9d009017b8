// One SAML service provider per configured IdP, with node-saml's unsafe defaults overridden:
// SHA-256, signed responses and assertions, InResponseTo always checked against the shared
// MongoDB cache (10 minutes), clock skew 60 s, persistent NameID, exact RequestedAuthnContext,
// ForceAuthn. passport runs the validation at the ACS; node-saml builds the AuthnRequest URL.
import passportModule from 'passport';
import { SAML, ValidateInResponseTo, type SamlConfig } from '@node-saml/node-saml';
import { Strategy as SamlStrategy, type VerifyWithoutRequest } from '@node-saml/passport-saml';
import type { Config } from '../../config';
import { configuredSpKeys, storedKeyPair, type KeyPair } from './keys';
import { idpSettings, type IdpSettings } from './idp-settings';
import { MongoRequestCache, REQUEST_ID_TTL_MS } from './store';
import { NAMEID_PERSISTENT, requestedLevels } from './sweden-connect';

export interface SamlProvider {
  settings: IdpSettings;
  entityId: string;
  acsUrl: string;
  spKeys: KeyPair;
  saml: SAML;
}

export interface SamlSetup {
  providers: Map<string, SamlProvider>;
  passport: passportModule.Authenticator;
  spKeys: KeyPair;
  devIdpKeys?: KeyPair;
}

export const spEntityId = (config: Config, idp: string) =>
  `${config.publicUrl}/auth/saml/${idp}/metadata`;
export const acsUrl = (config: Config, idp: string) => `${config.publicUrl}/auth/saml/${idp}/acs`;

export function samlOptions(
  config: Config,
  idp: IdpSettings,
  spKeys: KeyPair,
  idpCert: string,
): SamlConfig {
  return {
    callbackUrl: acsUrl(config, idp.name),
    entryPoint: idp.entryPoint,
    issuer: spEntityId(config, idp.name),
    audience: spEntityId(config, idp.name),
    idpCert,
    idpIssuer: idp.issuer,
    privateKey: spKeys.key,
    publicCert: spKeys.cert,
    decryptionPvk: spKeys.key,
    signatureAlgorithm: 'sha256',
    digestAlgorithm: 'sha256',
    wantAuthnResponseSigned: true,
    wantAssertionsSigned: true,
    validateInResponseTo: ValidateInResponseTo.always,
    requestIdExpirationPeriodMs: REQUEST_ID_TTL_MS,
    cacheProvider: new MongoRequestCache(),
    acceptedClockSkewMs: 60_000,
    maxAssertionAgeMs: 10 * 60_000,
    identifierFormat: NAMEID_PERSISTENT,
    authnContext: requestedLevels(idp.requiredLoa),
    racComparison: 'exact',
    forceAuthn: true,
    disableRequestedAuthnContext: false,
    passive: false,
  };
}

/** Reads configured keys now (a broken setting stops the start); generated ones may follow. */
export function prepareSaml(config: Config): {
  settings: IdpSettings[];
  ready: Promise<SamlSetup>;
} {
  const settings = idpSettings(config);
  const configured = configuredSpKeys(config);
  const ready = (async () => {
    const spKeys =
      configured ?? (await storedKeyPair(config.dataDir, 'saml-sp.json', 'motesplats-sp'));
    const devIdpKeys = config.devIdp
      ? await storedKeyPair(config.dataDir, 'dev-idp.json', 'motesplats-dev-idp')
      : undefined;
    const passport = new passportModule.Passport();
    const providers = new Map<string, SamlProvider>();
    for (const idp of settings) {
      const idpCert = idp.dev ? devIdpKeys!.cert : idp.cert!;
      const options = samlOptions(config, idp, spKeys, idpCert);
      // The verify step only hands the validated profile on; our own checks follow in acs.ts.
      const signon: VerifyWithoutRequest = (profile, done) => done(null, profile ?? undefined);
      const logout: VerifyWithoutRequest = (_profile, done) => done(null);
      const strategy = new SamlStrategy(options, signon, logout);
      // passport-saml is built on passport-strategy's class; passport's typings name their own.
      passport.use(idp.name, strategy as unknown as passportModule.Strategy);
      providers.set(idp.name, {
        settings: idp,
        entityId: spEntityId(config, idp.name),
        acsUrl: acsUrl(config, idp.name),
        spKeys,
        saml: new SAML(options),
      });
    }
    return { providers, passport, spKeys, devIdpKeys };
  })();
  return { settings, ready };
}
