// Builds real SAML 2.0 responses as a Sweden Connect IdP would: the assertion signed (RSA-SHA256,
// exclusive c14n), encrypted for the SP (AES-256-GCM, RSA-OAEP), then the response signed. Used
// by the development IdP and by the tests, which pass hooks to tamper with the XML.
import { randomBytes, X509Certificate } from 'node:crypto';
import { SignedXml } from 'xml-crypto';
import { encrypt } from 'xml-encryption';
import { NAMEID_PERSISTENT } from '../saml/sweden-connect';

const SIG_RSA_SHA256 = 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256';
const DIGEST_SHA256 = 'http://www.w3.org/2001/04/xmlenc#sha256';
const EXC_C14N = 'http://www.w3.org/2001/10/xml-exc-c14n#';
const ENVELOPED = 'http://www.w3.org/2000/09/xmldsig#enveloped-signature';

export interface SamlResponseOptions {
  idpEntityId: string;
  idpKey: string;
  idpCert: string;
  /** The SP's encryption certificate; without it the assertion is sent in clear. */
  spCert?: string;
  acsUrl: string;
  audience: string;
  inResponseTo?: string;
  nameId: string;
  loa: string;
  /** Attribute name → value (or several values, e.g. groups). */
  attributes: Record<string, string | string[]>;
  now?: Date;
  validForMs?: number;
  destination?: string;
  recipient?: string;
  notBefore?: Date;
  notOnOrAfter?: Date;
  assertionId?: string;
  signAssertion?: boolean;
  signResponse?: boolean;
  /** Called with the signed assertion before encryption (tests: tampering). */
  tamperAssertion?: (xml: string) => string;
  /** Called with the final response XML (tests: tampering). */
  tamperResponse?: (xml: string) => string;
}

export const newSamlId = () => `_${randomBytes(20).toString('hex')}`;

function escapeXml(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!,
  );
}

export function signXml(xml: string, rootName: string, key: string, cert: string): string {
  const signer = new SignedXml({
    privateKey: key,
    publicCert: cert,
    signatureAlgorithm: SIG_RSA_SHA256,
    canonicalizationAlgorithm: EXC_C14N,
  });
  signer.addReference({
    xpath: `/*[local-name()='${rootName}']`,
    transforms: [ENVELOPED, EXC_C14N],
    digestAlgorithm: DIGEST_SHA256,
  });
  signer.computeSignature(xml, {
    prefix: 'ds',
    location: {
      reference: `/*[local-name()='${rootName}']/*[local-name()='Issuer']`,
      action: 'after',
    },
  });
  return signer.getSignedXml();
}

export function encryptForSp(xml: string, spCert: string): Promise<string> {
  const publicKey = new X509Certificate(spCert).publicKey.export({ type: 'spki', format: 'pem' });
  return new Promise((resolve, reject) =>
    encrypt(
      xml,
      {
        rsa_pub: publicKey,
        pem: spCert,
        encryptionAlgorithm: 'http://www.w3.org/2009/xmlenc11#aes256-gcm',
        keyEncryptionAlgorithm: 'http://www.w3.org/2001/04/xmlenc#rsa-oaep-mgf1p',
        disallowEncryptionWithInsecureAlgorithm: true,
        warnInsecureAlgorithm: false,
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    ),
  );
}

function attributeXml(name: string, value: string | string[]): string {
  const values = (Array.isArray(value) ? value : [value])
    .map((v) => `<saml:AttributeValue xsi:type="xs:string">${escapeXml(v)}</saml:AttributeValue>`)
    .join('');
  return (
    `<saml:Attribute Name="${escapeXml(name)}" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:uri">` +
    `${values}</saml:Attribute>`
  );
}

export function buildAssertionXml(o: SamlResponseOptions): string {
  const now = o.now ?? new Date();
  const notBefore = o.notBefore ?? new Date(now.getTime() - 5_000);
  const notOnOrAfter = o.notOnOrAfter ?? new Date(now.getTime() + (o.validForMs ?? 5 * 60_000));
  const irt = o.inResponseTo ? ` InResponseTo="${escapeXml(o.inResponseTo)}"` : '';
  const issuer = `<saml:Issuer>${escapeXml(o.idpEntityId)}</saml:Issuer>`;
  return (
    `<saml:Assertion xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ` +
    `xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ` +
    `ID="${escapeXml(o.assertionId ?? newSamlId())}" Version="2.0" IssueInstant="${now.toISOString()}">` +
    issuer +
    `<saml:Subject><saml:NameID Format="${NAMEID_PERSISTENT}">${escapeXml(o.nameId)}</saml:NameID>` +
    `<saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer">` +
    `<saml:SubjectConfirmationData${irt} NotOnOrAfter="${notOnOrAfter.toISOString()}" ` +
    `Recipient="${escapeXml(o.recipient ?? o.acsUrl)}"/></saml:SubjectConfirmation></saml:Subject>` +
    `<saml:Conditions NotBefore="${notBefore.toISOString()}" NotOnOrAfter="${notOnOrAfter.toISOString()}">` +
    `<saml:AudienceRestriction><saml:Audience>${escapeXml(o.audience)}</saml:Audience></saml:AudienceRestriction>` +
    `</saml:Conditions>` +
    `<saml:AuthnStatement AuthnInstant="${now.toISOString()}" SessionIndex="${newSamlId()}">` +
    `<saml:AuthnContext><saml:AuthnContextClassRef>${escapeXml(o.loa)}</saml:AuthnContextClassRef>` +
    `</saml:AuthnContext></saml:AuthnStatement>` +
    `<saml:AttributeStatement>` +
    Object.entries(o.attributes)
      .map(([name, value]) => attributeXml(name, value))
      .join('') +
    `</saml:AttributeStatement></saml:Assertion>`
  );
}

/** The whole response, base64-encoded as the HTTP-POST binding carries it. */
export async function buildSamlResponse(o: SamlResponseOptions): Promise<string> {
  const now = o.now ?? new Date();
  let assertion = buildAssertionXml(o);
  if (o.signAssertion !== false) assertion = signXml(assertion, 'Assertion', o.idpKey, o.idpCert);
  if (o.tamperAssertion) assertion = o.tamperAssertion(assertion);
  const carried = o.spCert
    ? `<saml:EncryptedAssertion>${await encryptForSp(assertion, o.spCert)}</saml:EncryptedAssertion>`
    : assertion;
  const irt = o.inResponseTo ? ` InResponseTo="${escapeXml(o.inResponseTo)}"` : '';
  let response =
    `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ` +
    `xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="${newSamlId()}" Version="2.0" ` +
    `IssueInstant="${now.toISOString()}" Destination="${escapeXml(o.destination ?? o.acsUrl)}"${irt}>` +
    `<saml:Issuer>${escapeXml(o.idpEntityId)}</saml:Issuer>` +
    `<samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>` +
    carried +
    `</samlp:Response>`;
  if (o.signResponse !== false) response = signXml(response, 'Response', o.idpKey, o.idpCert);
  if (o.tamperResponse) response = o.tamperResponse(response);
  return Buffer.from(response, 'utf8').toString('base64');
}
