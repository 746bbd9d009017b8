// Identity: SAML login (one SP per IdP, the development IdP outside production), logout, who am
// I, the GDPR export and erasure, role administration, the audit log API, and the schedulers that
// sweep expired SAML state, keep live sockets' roles current and publish audit checkpoints.
import { Router } from 'express';
import type { Feature } from '../context';
import { AuditEntry } from '../audit/model';
import { registerPersonalData } from './personal-data';
import { identityRoutes, logoutRoute } from './routes';
import { prepareSaml } from './saml/providers';
import { samlRouter } from './saml/routes';
import { sweepSamlStore } from './saml/store';
import { devIdpRouter, seedPersonaGrants } from './dev-idp/routes';
import { startRolePoller } from './socket-freshness';
import { startAuditCheckpoints } from '../audit/checkpoints';

// The audit entries a person caused are part of what is stored about them.
registerPersonalData('audit', async (userId) =>
  AuditEntry.find({ actor: userId }, { _id: 0, at: 1, action: 1, subject: 1, ip: 1 })
    .sort({ seq: 1 })
    .limit(10_000)
    .lean(),
);

const SWEEP_MS = 60_000;

export const authFeature: Feature = {
  name: 'auth',
  rootRouter(ctx) {
    // Configured keys and certificates are read here, so a broken setting stops the start;
    // generated ones (outside production) are ready shortly after.
    const { ready } = prepareSaml(ctx.config);
    ready.catch((error: unknown) => ctx.logger.error({ err: error }, 'SAML set-up failed'));
    const router = Router();
    router.use(samlRouter(ctx, ready));
    router.use(logoutRoute(ctx).router);
    if (ctx.config.devIdp) router.use(devIdpRouter(ctx, ready));
    return router;
  },
  apiRouter: (ctx) => identityRoutes(ctx).router,
  start(ctx) {
    const sweep = setInterval(() => {
      sweepSamlStore().catch((error: unknown) => ctx.logger.warn({ err: error }, 'SAML sweep'));
    }, SWEEP_MS);
    sweep.unref();
    const stopPoller = startRolePoller(ctx);
    const stopCheckpoints = startAuditCheckpoints(ctx.logger);
    return async () => {
      clearInterval(sweep);
      stopPoller();
      await stopCheckpoints();
    };
  },
  async seedDemo(ctx) {
    if (ctx.config.devIdp) await seedPersonaGrants(ctx);
  },
};
