// The SAML endpoints for each IdP (metadata, login, ACS) and logout. Paths per CONTRACT.md.
import express, { Router, type Request } from 'express';
import path from 'node:path';
import type { AppContext } from '../../context';
import { recordAudit, requestIp } from '../../audit/service';
import { endUserSession } from '../sign-in';
import { sessionCookieName, sessionCookieOptions } from '../session';
import { safeReturnTo } from '../return-to';
import { renderLoginFailure } from '../page';
import { userRoom } from '../../realtime/io';
import { handleAcs } from './acs';
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

  router.get('/auth/saml/:idp/login', async (req, res) => {
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

  router.post('/auth/saml/:idp/acs', async (req, res) => {
    const { setup, provider } = await providerFor(ready, req);
    if (!provider) return renderLoginFailure(req, res, 401, 'unknownIdp');
    await handleAcs(ctx, setup, provider, req, res);
  });

  router.post('/auth/logout', async (req, res) => {
    const userId = req.session?.userId;
    const sessionId = req.sessionID;
    if (userId) {
      await endUserSession(req);
      await recordAudit({
        actor: userId,
        action: 'auth.logout',
        subject: { type: 'user', id: userId },
        ip: requestIp(req),
      });
      // Sockets opened under this session lose their identity with it.
      for (const socket of await ctx.io.in(userRoom(userId)).fetchSockets()) {
        const local = ctx.io.sockets.sockets.get(socket.id);
        const sid = (local?.request as { sessionID?: string } | undefined)?.sessionID;
        if (local && sid === sessionId) local.disconnect(true);
      }
    }
    res.clearCookie(sessionCookieName(ctx.config.publicUrl), sessionCookieOptions(ctx.config));
    if (req.accepts(['json', 'html']) === 'html') res.redirect(303, '/');
    else res.status(204).end();
  });

  return router;
}
