// Reads an AuthnRequest as the development IdP receives it over the HTTP-Redirect binding
// (base64 of raw DEFLATE).
import { inflateRawSync } from 'node:zlib';
import { DOMParser } from '@xmldom/xmldom';

export interface ParsedAuthnRequest {
  id: string;
  issuer: string;
  acsUrl: string;
  requestedLoas: string[];
}

const PROTOCOL = 'urn:oasis:names:tc:SAML:2.0:protocol';
const ASSERTION = 'urn:oasis:names:tc:SAML:2.0:assertion';

export function parseAuthnRequest(encoded: unknown): ParsedAuthnRequest | undefined {
  if (typeof encoded !== 'string' || encoded.length === 0 || encoded.length > 20_000) return;
  let xml: string;
  try {
    xml = inflateRawSync(Buffer.from(encoded, 'base64')).toString('utf8');
  } catch {
    return undefined;
  }
  let root: Element | null;
  try {
    root = new DOMParser().parseFromString(xml, 'text/xml').documentElement as Element | null;
  } catch {
    return undefined;
  }
  if (!root || root.localName !== 'AuthnRequest' || root.namespaceURI !== PROTOCOL) return;
  const id = root.getAttribute('ID');
  const acsUrl = root.getAttribute('AssertionConsumerServiceURL');
  const issuer = root.getElementsByTagNameNS(ASSERTION, 'Issuer')[0]?.textContent?.trim();
  if (!id || !acsUrl || !issuer) return undefined;
  const requestedLoas = Array.from(root.getElementsByTagNameNS(ASSERTION, 'AuthnContextClassRef'))
    .map((node) => node.textContent?.trim() ?? '')
    .filter(Boolean);
  return { id, issuer, acsUrl, requestedLoas };
}
