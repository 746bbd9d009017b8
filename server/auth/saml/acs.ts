// The assertion consumer service: passport + node-saml validate the signed response (signature,
// InResponseTo, time window, audience, issuer); then our own checks (Destination, Recipient,
// level of assurance, replay, personnummer); then the person is found or created, a new session
// starts and the browser goes back to where it came from. Any failure: 401/403 page, no session.
import type { Request, Response } from 'express';
import type { Profile } from '@node-saml/passport-saml';
import type { AppContext } from '../../context';
import { recordAudit, requestIp } from '../../audit/service';
import { normalisePersonnummer, pidHash } from '../pid-hash';
import { startUserSession } from '../sign-in';
import { safeReturnTo } from '../return-to';
import { renderLoginFailure } from '../page';
import { presentGrants, syncSourcedRoles, upsertLoginUser } from '../users';
import { recheckUserSockets } from '../../realtime/room-guards';
import { personNames, readAssertionFacts, single } from './assertion';
import type { SamlProvider, SamlSetup } from './providers';
import { firstUseOfAssertion } from './store';
import { browserStartedLogin } from './browser-binding';
import { ATTR, acceptableLoa } from './sweden-connect';

class LoginRefused extends Error {
  constructor(
    readonly status: 401 | 403,
    readonly reason: 'failed' | 'loa',
    message: string,
  ) {
    super(message);
  }
}

function validate(setup: SamlSetup, provider: SamlProvider, req: Request, res: Response) {
  return new Promise<Profile>((resolve, reject) => {
    const middleware = setup.passport.authenticate(
      provider.settings.name,
      { session: false },
      (error: unknown, user: Profile | false) => {
        if (error) reject(new LoginRefused(401, 'failed', (error as Error).message ?? 'invalid'));
        else if (!user) reject(new LoginRefused(401, 'failed', 'no profile'));
        else resolve(user);
      },
    ) as (req: Request, res: Response, next: (error?: unknown) => void) => void;
    middleware(req, res, (error) => reject(new LoginRefused(401, 'failed', String(error))));
  });
}

async function checkedIdentity(
  provider: SamlProvider,
  profile: Profile,
  startedHere: (requestId: string | null) => boolean,
) {
  const assertionXml = profile.getAssertionXml?.();
  const responseXml = profile.getSamlResponseXml?.();
  if (!assertionXml || !responseXml) throw new LoginRefused(401, 'failed', 'no assertion');
  const facts = readAssertionFacts(assertionXml, responseXml);
  // node-saml checks the issuer only of logout messages: the login's issuer is checked here.
  const expectedIssuer = provider.settings.issuer;
  if (
    expectedIssuer &&
    (facts.issuers.assertion !== expectedIssuer ||
      (facts.issuers.response !== null && facts.issuers.response !== expectedIssuer))
  ) {
    throw new LoginRefused(401, 'failed', 'unexpected issuer');
  }
  if (provider.settings.requireEncrypted && !facts.encrypted) {
    throw new LoginRefused(401, 'failed', 'assertion not encrypted');
  }
  if (!startedHere(facts.inResponseTo)) {
    throw new LoginRefused(401, 'failed', 'login not started in this browser');
  }
  if (facts.destination !== provider.acsUrl) {
    throw new LoginRefused(401, 'failed', 'Destination is not our ACS');
  }
  if (facts.recipients.length === 0 || facts.recipients.some((r) => r !== provider.acsUrl)) {
    throw new LoginRefused(401, 'failed', 'Recipient is not our ACS');
  }
  if (!acceptableLoa(facts.loa, provider.settings.requiredLoa)) {
    throw new LoginRefused(403, 'loa', 'level of assurance not requested or too low');
  }
  const personnummer = single(facts, ATTR.personalIdentityNumber);
  let normalised: string;
  try {
    normalised = normalisePersonnummer(personnummer ?? '');
  } catch {
    throw new LoginRefused(401, 'failed', 'no valid personalIdentityNumber');
  }
  if (!facts.assertionId) throw new LoginRefused(401, 'failed', 'assertion without ID');
  if (!(await firstUseOfAssertion(facts.assertionId, provider.settings.name, facts.notOnOrAfter))) {
    throw new LoginRefused(401, 'failed', 'assertion replayed');
  }
  return { normalised, facts };
}

export async function handleAcs(
  ctx: AppContext,
  setup: SamlSetup,
  provider: SamlProvider,
  req: Request,
  res: Response,
): Promise<void> {
  const idp = provider.settings.name;
  let identity: Awaited<ReturnType<typeof checkedIdentity>>;
  try {
    // Without a SAMLResponse passport-saml would start a new login instead of answering.
    const body = req.body as { SAMLResponse?: unknown } | undefined;
    if (typeof body?.SAMLResponse !== 'string' || body.SAMLResponse === '') {
      throw new LoginRefused(401, 'failed', 'no SAMLResponse');
    }
    const profile = await validate(setup, provider, req, res);
    const secure = ctx.config.publicUrl.startsWith('https://');
    identity = await checkedIdentity(provider, profile, (id) =>
      browserStartedLogin(req, res, id, secure),
    );
  } catch (error) {
    const refused =
      error instanceof LoginRefused ? error : new LoginRefused(401, 'failed', 'unexpected');
    // The reason only: node-saml's messages carry no personal data, ours never do.
    ctx.logger.warn(
      { idp, reason: refused.message, ...(error instanceof LoginRefused ? {} : { err: error }) },
      'SAML login refused',
    );
    renderLoginFailure(req, res, refused.status, refused.reason);
    return;
  }
  const { normalised, facts } = identity;
  const { user, created } = await upsertLoginUser(
    pidHash(normalised, ctx.secrets.pidPepper),
    personNames(facts),
  );
  const { groupAttribute, groupRoles } = provider.settings;
  if (groupAttribute && groupRoles) {
    const groups = facts.attributes.get(groupAttribute) ?? [];
    const grants = groups.flatMap((g) => groupRoles[g] ?? []);
    const before = presentGrants(user);
    if (await syncSourcedRoles(user, `idp:${idp}`, grants)) {
      await recordAudit({
        actor: 'system',
        action: 'user.role_sync',
        subject: { type: 'user', id: String(user._id) },
        before: { roles: before },
        after: { roles: presentGrants(user), source: `idp:${idp}` },
        ip: requestIp(req),
      });
      await recheckUserSockets(ctx.io, String(user._id));
    }
  }
  const relayState: unknown = (req.body as { RelayState?: unknown } | undefined)?.RelayState;
  const returnTo = safeReturnTo(relayState, ctx.config.publicUrl);
  await startUserSession(req, String(user._id));
  await recordAudit({
    actor: String(user._id),
    action: 'auth.login',
    subject: { type: 'user', id: String(user._id) },
    after: { idp, loa: facts.loa, created },
    ip: requestIp(req),
  });
  res.redirect(302, returnTo);
}
