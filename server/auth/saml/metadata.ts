// The SP metadata a federation (Sweden Connect) registers: signing and encryption keys, the
// POST ACS, a Swedish display name (mdui:UIInfo), the organisation, and the entity category
// for loa3 with personnummer.
import { certBody } from './keys';
import type { SamlProvider } from './providers';
import { ENTITY_CATEGORY_LOA3_PNR, NAMEID_PERSISTENT } from './sweden-connect';

function escapeXml(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!,
  );
}

function keyDescriptor(use: 'signing' | 'encryption', cert: string): string {
  const methods =
    use === 'encryption'
      ? '<md:EncryptionMethod Algorithm="http://www.w3.org/2009/xmlenc11#aes256-gcm"/>' +
        '<md:EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#aes256-cbc"/>' +
        '<md:EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#rsa-oaep-mgf1p"/>'
      : '';
  return (
    `<md:KeyDescriptor use="${use}"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>` +
    `${certBody(cert)}</ds:X509Certificate></ds:X509Data></ds:KeyInfo>${methods}</md:KeyDescriptor>`
  );
}

export function spMetadataXml(provider: SamlProvider, publicUrl: string): string {
  const cert = provider.spKeys.cert;
  const url = escapeXml(publicUrl);
  return (
    `<?xml version="1.0" encoding="UTF-8"?>` +
    `<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" ` +
    `xmlns:ds="http://www.w3.org/2000/09/xmldsig#" xmlns:mdui="urn:oasis:names:tc:SAML:metadata:ui" ` +
    `xmlns:mdattr="urn:oasis:names:tc:SAML:metadata:attribute" ` +
    `xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" entityID="${escapeXml(provider.entityId)}">` +
    `<md:Extensions><mdattr:EntityAttributes>` +
    `<saml:Attribute Name="http://macedir.org/entity-category" ` +
    `NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:uri">` +
    `<saml:AttributeValue>${ENTITY_CATEGORY_LOA3_PNR}</saml:AttributeValue>` +
    `</saml:Attribute></mdattr:EntityAttributes></md:Extensions>` +
    `<md:SPSSODescriptor AuthnRequestsSigned="true" WantAssertionsSigned="true" ` +
    `protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">` +
    `<md:Extensions><mdui:UIInfo>` +
    `<mdui:DisplayName xml:lang="sv">Mötesplats – kommunens digitala mötesplats</mdui:DisplayName>` +
    `<mdui:DisplayName xml:lang="en">Mötesplats – the municipality's digital meeting place</mdui:DisplayName>` +
    `<mdui:Description xml:lang="sv">Följ sammanträden, läs handlingar, lämna e-förslag och ställ frågor till förtroendevalda.</mdui:Description>` +
    `<mdui:Description xml:lang="en">Follow meetings, read documents, submit e-proposals and ask elected officials.</mdui:Description>` +
    `</mdui:UIInfo></md:Extensions>` +
    keyDescriptor('signing', cert) +
    keyDescriptor('encryption', cert) +
    `<md:NameIDFormat>${NAMEID_PERSISTENT}</md:NameIDFormat>` +
    `<md:AssertionConsumerService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" ` +
    `Location="${escapeXml(provider.acsUrl)}" index="0" isDefault="true"/>` +
    `</md:SPSSODescriptor>` +
    `<md:Organization>` +
    `<md:OrganizationName xml:lang="sv">Mötesplats</md:OrganizationName>` +
    `<md:OrganizationDisplayName xml:lang="sv">Mötesplats</md:OrganizationDisplayName>` +
    `<md:OrganizationURL xml:lang="sv">${url}</md:OrganizationURL>` +
    `</md:Organization></md:EntityDescriptor>`
  );
}
