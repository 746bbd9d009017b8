// A test identity provider: its own key pair generated in the test, responses built as real XML
// (signed with xml-crypto, assertions encrypted for the SP's certificate from its metadata),
// with every field overridable so tests can forge what an attacker would send.
import { generate } from 'selfsigned';
import { DOMParser } from '@xmldom/xmldom';
import { buildSamlResponse, type SamlResponseOptions } from '../../server/auth/dev-idp/response';
import { ATTR } from '../../server/auth/saml/sweden-connect';
import type { TestApp } from './app';
import type { HttpClient } from './http';
import { startSamlLogin } from './saml';

export interface KeyPair {
  key: string;
  cert: string;
}

export const TEST_IDP_ENTITY = 'https://idp.example.test/idp';
export const TEST_IDP_SSO = 'https://idp.example.test/sso';

export async function generateKeyPair(name = 'test-idp'): Promise<KeyPair> {
  const pems = await generate([{ name: 'commonName', value: name }], {
    keySize: 2048,
    algorithm: 'sha256',
  });
  return { key: pems.private, cert: pems.cert };
}

/** The environment that points the app's `eid` IdP at the test IdP (dev IdP off). */
export function testIdpEnv(idp: KeyPair): Record<string, string> {
  return {
    SAML_IDP_ENTRYPOINT: TEST_IDP_SSO,
    SAML_IDP_CERT: idp.cert,
    SAML_IDP_ISSUER: TEST_IDP_ENTITY,
    DEV_IDP: 'off',
  };
}

/** The SP's encryption certificate, read from its published metadata as an IdP would. */
export async function spEncryptionCert(app: TestApp, idp = 'eid'): Promise<string> {
  const res = await app.client().get(`/auth/saml/${idp}/metadata`);
  const doc = new DOMParser().parseFromString(res.text, 'text/xml');
  const descriptors = Array.from(
    doc.getElementsByTagNameNS('urn:oasis:names:tc:SAML:2.0:metadata', 'KeyDescriptor'),
  );
  const encryption = descriptors.find((d) => d.getAttribute('use') === 'encryption');
  const body = encryption
    ?.getElementsByTagNameNS('http://www.w3.org/2000/09/xmldsig#', 'X509Certificate')[0]
    ?.textContent?.trim();
  if (!body) throw new Error('no encryption certificate in SP metadata');
  const lines = body.match(/.{1,64}/g)!.join('\n');
  return `-----BEGIN CERTIFICATE-----\n${lines}\n-----END CERTIFICATE-----\n`;
}

export interface Citizen {
  personnummer: string;
  givenName: string;
  surname: string;
}

/** Response options for a started login, as the honest test IdP would answer it. */
export function honestResponse(
  app: TestApp,
  idp: KeyPair,
  spCert: string,
  inResponseTo: string,
  person: Citizen,
  spIdpName = 'eid',
): SamlResponseOptions {
  return {
    idpEntityId: TEST_IDP_ENTITY,
    idpKey: idp.key,
    idpCert: idp.cert,
    spCert,
    acsUrl: `${app.url}/auth/saml/${spIdpName}/acs`,
    audience: `${app.url}/auth/saml/${spIdpName}/metadata`,
    inResponseTo,
    nameId: `nameid-${person.personnummer.slice(-4)}`,
    loa: 'http://id.elegnamnden.se/loa/1.0/loa3',
    attributes: {
      [ATTR.personalIdentityNumber]: person.personnummer,
      [ATTR.givenName]: person.givenName,
      [ATTR.surname]: person.surname,
      [ATTR.displayName]: `${person.givenName} ${person.surname}`,
    },
  };
}

/** Starts a login at the SP and returns the AuthnRequest's ID (the InResponseTo to use). */
export async function startedRequestId(
  client: HttpClient,
  returnTo = '/mina-sidor',
  idp = 'eid',
): Promise<{ id: string; relayState: string; requestXml: string }> {
  const started = await startSamlLogin(client, { returnTo, idp });
  const { inflateRawSync } = await import('node:zlib');
  const requestXml = inflateRawSync(Buffer.from(started.samlRequest, 'base64')).toString('utf8');
  const id = /ID="([^"]+)"/.exec(requestXml)?.[1];
  if (!id) throw new Error('no AuthnRequest ID');
  return { id, relayState: started.relayState, requestXml };
}

export { buildSamlResponse };
