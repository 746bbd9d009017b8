// What node-saml does not check, read from the XML it verified: the response's Destination and
// the bearer confirmation's Recipient are our ACS, the level of assurance is one we asked for,
// and the attributes. Text is read with textContent, so a comment injected into a value (which
// exclusive c14n ignores when verifying) cannot cut the value short.
import { DOMParser } from '@xmldom/xmldom';
import { ATTR } from './sweden-connect';

const ASSERTION = 'urn:oasis:names:tc:SAML:2.0:assertion';

export interface AssertionFacts {
  assertionId: string;
  destination: string | null;
  inResponseTo: string | null;
  /** The assertion's Issuer and the response's (null when the response names none). */
  issuers: { assertion: string | null; response: string | null };
  recipients: string[];
  loa: string | undefined;
  /** The assertion came as an EncryptedAssertion in the response (not in clear). */
  encrypted: boolean;
  notOnOrAfter: Date;
  attributes: Map<string, string[]>;
}

function parse(xml: string): Element {
  const root = new DOMParser().parseFromString(xml, 'text/xml').documentElement as Element | null;
  if (!root) throw new Error('unreadable XML');
  return root;
}

function byName(parent: Element, name: string): Element[] {
  return Array.from(parent.getElementsByTagNameNS(ASSERTION, name));
}

export function readAssertionFacts(assertionXml: string, responseXml: string): AssertionFacts {
  const assertion = parse(assertionXml);
  if (assertion.localName !== 'Assertion') throw new Error('not an assertion');
  const response = parse(responseXml);
  const attributes = new Map<string, string[]>();
  for (const attribute of byName(assertion, 'Attribute')) {
    const name = attribute.getAttribute('Name');
    if (!name) continue;
    const values = byName(attribute, 'AttributeValue').map((v) => (v.textContent ?? '').trim());
    attributes.set(name, [...(attributes.get(name) ?? []), ...values]);
  }
  const recipients = byName(assertion, 'SubjectConfirmation')
    .filter((c) => c.getAttribute('Method') === 'urn:oasis:names:tc:SAML:2.0:cm:bearer')
    .flatMap((c) => byName(c, 'SubjectConfirmationData'))
    .map((d) => d.getAttribute('Recipient') ?? '');
  const conditions = byName(assertion, 'Conditions')[0];
  const notOnOrAfter = new Date(conditions?.getAttribute('NotOnOrAfter') ?? Date.now());
  const childIssuer = (el: Element) =>
    Array.from(el.childNodes)
      .filter((n): n is Element => n.nodeType === 1)
      .find((n) => n.localName === 'Issuer' && n.namespaceURI === ASSERTION)
      ?.textContent?.trim() ?? null;
  const loas = byName(assertion, 'AuthnContextClassRef').map((n) => (n.textContent ?? '').trim());
  const responseChildren = Array.from(response.childNodes)
    .filter((n): n is Element => n.nodeType === 1)
    .filter((n) => n.namespaceURI === ASSERTION);
  return {
    assertionId: assertion.getAttribute('ID') ?? '',
    destination: response.localName === 'Response' ? response.getAttribute('Destination') : null,
    inResponseTo: response.localName === 'Response' ? response.getAttribute('InResponseTo') : null,
    recipients,
    issuers: { assertion: childIssuer(assertion), response: childIssuer(response) },
    // More than one statement of assurance is ambiguous: treat it as none.
    loa: loas.length === 1 ? loas[0] : undefined,
    encrypted:
      response.localName === 'Response' &&
      responseChildren.some((n) => n.localName === 'EncryptedAssertion') &&
      !responseChildren.some((n) => n.localName === 'Assertion'),
    notOnOrAfter: Number.isNaN(notOnOrAfter.getTime()) ? new Date() : notOnOrAfter,
    attributes,
  };
}

/** A single-valued attribute, or undefined when missing or ambiguous. */
export function single(facts: AssertionFacts, name: string): string | undefined {
  const values = facts.attributes.get(name);
  return values && values.length === 1 && values[0] ? values[0] : undefined;
}

export function personNames(facts: AssertionFacts) {
  return {
    displayName: single(facts, ATTR.displayName),
    givenName: single(facts, ATTR.givenName),
    surname: single(facts, ATTR.surname),
  };
}
