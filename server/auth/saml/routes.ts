// The SAML endpoints for each IdP (metadata, login, ACS). Paths per CONTRACT.md. These are the
// protocol's own steps, outside the command path (test/commands/enumeration.test.ts says why);
// login start and ACS are limited per client address. Logging out is a command (../routes.ts).
import express, { Router, type Request } from 'express';
import path from 'node:path';
import type { AppContext } from '../../context';
import { safeReturnTo } from '../return-to';
import { renderLoginFailure } from '../page';
import { handleAcs } from './acs';
import { limitAddress } from '../../http/limit-address';
import { bindLoginToBrowser } from './browser-binding';
import { parseAuthnRequest } from '../dev-idp/authn-request';
import { spMetadataXml } from './metadata';
import type { SamlSetup } from './providers';
import { PROJECT_ROOT } from '../../paths';

async function providerFor(ready: Promise<SamlSetup>, req: Request) {
  const setup = await ready;
  const name = req.params.idp;
  return { setup, provider: typeof name === 'string' ? setup.providers.get(name) : undefined };
}

export function samlRouter(ctx: AppContext, ready: Promise<SamlSetup>): Router {
  const router = Router();
  router.use(
    '/auth/assets',
    express.static(path.join(PROJECT_ROOT, 'server/auth/assets'), { index: false, maxAge: '1h' }),
  );

  router.get('/auth/saml/:idp/metadata', async (req, res) => {
    const { provider } = await providerFor(ready, req);
    if (!provider) return renderLoginFailure(req, res, 401, 'unknownIdp');
    res.type('application/samlmetadata+xml').send(spMetadataXml(provider, ctx.config.publicUrl));
  });

  router.get('/auth/saml/:idp/login', limitAddress(ctx, 'login'), async (req, res) => {
    const { provider } = await providerFor(ready, req);
    if (!provider) return renderLoginFailure(req, res, 401, 'unknownIdp');
    // RelayState carries where to return: it comes back with the response even when the
    // SameSite=Lax session cookie does not (the IdP posts cross-site). Checked again at the ACS.
    const returnTo = safeReturnTo(req.query.returnTo, ctx.config.publicUrl);
    const url = await provider.saml.getAuthorizeUrlAsync(returnTo, req.headers.host, {});
    const request = parseAuthnRequest(new URL(url).searchParams.get('SAMLRequest'));
    if (request) bindLoginToBrowser(res, request.id, ctx.config.publicUrl.startsWith('https://'));
    res.set('Cache-Control', 'no-store').redirect(302, url);
  });

  router.post('/auth/saml/:idp/acs', limitAddress(ctx, 'acs'), async (req, res) => {
    const { setup, provider } = await providerFor(ready, req);
    if (!provider) return renderLoginFailure(req, res, 401, 'unknownIdp');
    await handleAcs(ctx, setup, provider, req, res);
  });

  return router;
}
