// The development IdP (only when config.devIdp, never in production): a page of test persons
// that answers the SP's AuthnRequest with a real signed and encrypted SAML response, posted to
// the ACS by a form (submitted by a small static script; a button where script is off).
import { Router } from 'express';
import { resources } from '@shared/i18n';
import type { AppContext } from '../../context';
import { escapeHtml, pageLanguage, pageText, renderPage } from '../page';
import { pidHash } from '../pid-hash';
import { ensureUserByPidHash, grantRole } from '../users';
import type { SamlSetup } from '../saml/providers';
import { ATTR } from '../saml/sweden-connect';
import { parseAuthnRequest } from './authn-request';
import { isPersonaName, PERSONA_NAMES, PERSONAS, type PersonaName } from './personas';
import { buildSamlResponse } from './response';
import { recheckUserSockets } from '../../realtime/room-guards';

/** Gives each persona its grants (idempotent): at demo seeding and at each persona login. */
export async function seedPersonaGrants(ctx: AppContext, only?: PersonaName): Promise<void> {
  for (const name of only ? [only] : PERSONA_NAMES) {
    const persona = PERSONAS[name];
    const user = await ensureUserByPidHash(pidHash(persona.personnummer, ctx.secrets.pidPepper));
    let changed = false;
    for (const grant of persona.roles) {
      const result = await grantRole(String(user._id), grant);
      if (result && result.before.length !== result.after.length) changed = true;
    }
    if (changed) await recheckUserSockets(ctx.io, String(user._id));
  }
}

function hidden(name: string, value: string): string {
  return `<input type="hidden" name="${name}" value="${escapeHtml(value)}">`;
}

export function devIdpRouter(ctx: AppContext, ready: Promise<SamlSetup>): Router {
  const router = Router();
  const { publicUrl } = ctx.config;

  /** The SP provider the request came from, if it is one of ours and uses the dev IdP. */
  async function requestingProvider(encoded: unknown) {
    const request = parseAuthnRequest(encoded);
    if (!request) return undefined;
    const setup = await ready;
    const provider = [...setup.providers.values()].find(
      (p) => p.settings.dev && p.entityId === request.issuer && p.acsUrl === request.acsUrl,
    );
    return provider && setup.devIdpKeys
      ? { request, provider, keys: setup.devIdpKeys, encoded: encoded as string }
      : undefined;
  }

  router.get('/dev-idp', async (req, res) => {
    const lang = pageLanguage(req);
    const text = pageText(lang);
    const found = await requestingProvider(req.query.SAMLRequest);
    if (!found) {
      return renderPage(res, {
        status: 400,
        lang,
        title: text.devIdpTitle,
        body: `<p>${escapeHtml(text.devIdpBadRequest)}</p><p><a href="/logga-in">${escapeHtml(text.tryAgain)}</a></p>`,
      });
    }
    const relayState = typeof req.query.RelayState === 'string' ? req.query.RelayState : '';
    const forms = PERSONA_NAMES.map((name) => {
      const p = PERSONAS[name];
      const label = text.devIdpLoginAs
        .replace('{{name}}', `${p.givenName} ${p.surname}`)
        .replace('{{role}}', resources[lang].auth.personas[name]);
      return (
        `<li><form method="post" action="/dev-idp/respond">` +
        hidden('SAMLRequest', found.encoded) +
        hidden('RelayState', relayState) +
        hidden('persona', name) +
        `<button type="submit" data-persona="${name}">${escapeHtml(label)}</button></form></li>`
      );
    }).join('');
    renderPage(res, {
      status: 200,
      lang,
      title: text.devIdpTitle,
      body: `<p>${escapeHtml(text.devIdpIntro)}</p><ul class="personas">${forms}</ul>`,
    });
  });

  router.post('/dev-idp/respond', async (req, res) => {
    const lang = pageLanguage(req);
    const text = pageText(lang);
    const body = (req.body ?? {}) as Record<string, unknown>;
    const found = await requestingProvider(body.SAMLRequest);
    if (!found || !isPersonaName(body.persona)) {
      return renderPage(res, {
        status: 400,
        lang,
        title: text.devIdpTitle,
        body: `<p>${escapeHtml(text.devIdpBadRequest)}</p>`,
      });
    }
    const { request, provider, keys } = found;
    const persona = PERSONAS[body.persona];
    await seedPersonaGrants(ctx, body.persona);
    const samlResponse = await buildSamlResponse({
      idpEntityId: provider.settings.issuer ?? `${publicUrl}/dev-idp/metadata`,
      idpKey: keys.key,
      idpCert: keys.cert,
      spCert: provider.spKeys.cert,
      acsUrl: provider.acsUrl,
      audience: provider.entityId,
      inResponseTo: request.id,
      nameId: pidHash(persona.personnummer, 'dev-idp-nameid'),
      loa: request.requestedLoas[0] ?? provider.settings.requiredLoa,
      attributes: {
        [ATTR.personalIdentityNumber]: persona.personnummer,
        [ATTR.givenName]: persona.givenName,
        [ATTR.surname]: persona.surname,
        [ATTR.displayName]: `${persona.givenName} ${persona.surname}`,
      },
    });
    const relayState = typeof body.RelayState === 'string' ? body.RelayState : '';
    renderPage(res, {
      status: 200,
      lang,
      title: text.devIdpTitle,
      scripts: ['/auth/assets/autosubmit.js'],
      body:
        `<p>${escapeHtml(text.devIdpSending)}</p>` +
        `<form method="post" action="${escapeHtml(provider.acsUrl)}" data-autosubmit>` +
        hidden('SAMLResponse', samlResponse) +
        (relayState ? hidden('RelayState', relayState) : '') +
        `<button type="submit">${escapeHtml(text.devIdpContinue)}</button></form>`,
    });
  });

  return router;
}
