// The HTTP API of identity: who am I, my data, erasure, the ways to log in, logging out, role
// administration and the audit log. Each route is a command (commands/, ../audit/commands.ts).
import { z } from 'zod';
import { RoleGrantSchema } from '@shared/roles';
import { AdminUserSchema, AuditEntrySchema, IdpSchema } from '@shared/schemas/auth';
import { MeSchema } from '@shared/schemas/me';
import type { AppContext } from '../context';
import { CommandRouter } from '../http/command-routes';
import { exportAuditLog, listAuditCheckpoints, readAuditLog } from '../audit/commands';
import { CheckpointSchema } from '../audit/checkpoints';
import { getUser, grantUserRole, listUsers, revokeUserRole } from './commands/admin';
import { eraseMe, exportMyData, getMe, setNameDisplay } from './commands/me';
import { listIdps, logOut } from './commands/session';
import { sessionCookieName, sessionCookieOptions } from './session';
import { endUserSession } from './sign-in';

const identity = ['identity'];
const freshLogin = {
  403: 'Not allowed; or no login within 5 minutes: `details.reason: "fresh_login_required"`',
};

export function identityRoutes(app: AppContext): CommandRouter {
  return new CommandRouter(app, '/api/v1')
    .get('/auth/idps', listIdps, {
      summary: 'The ways to log in (identity providers), for the login page',
      tags: identity,
      response: z.array(IdpSchema),
    })
    .get('/me', getMe, {
      summary: 'The signed-in person (never their personnummer)',
      tags: identity,
      response: MeSchema,
    })
    .patch('/me', setNameDisplay, {
      summary: 'Choose how your name is shown: full name, or given name and initial',
      tags: identity,
      response: MeSchema,
    })
    .get('/me/export', exportMyData, {
      summary: 'Everything stored about the caller (GDPR export), as a JSON download',
      tags: identity,
      reply: (res, data) => {
        res
          .set('Content-Disposition', 'attachment; filename="mina-uppgifter.json"')
          .set('Cache-Control', 'no-store')
          .json({ data });
      },
    })
    .delete('/me', eraseMe, {
      summary: 'Erase the identity (pidHash, names); what the person wrote stays, pseudonymised',
      tags: identity,
      errors: freshLogin,
      reply: async (res, _output, req) => {
        await endUserSession(req);
        res.status(204).end();
      },
    })
    .get('/admin/users', listUsers, {
      summary: 'People known to the platform, with their roles (filter by name or role)',
      tags: identity,
      auth: 'admin',
      reply: 'body',
      response: z.object({ data: z.array(AdminUserSchema), total: z.number() }),
    })
    .get('/admin/users/:id', getUser, {
      summary: 'One person, for their admin page: display name, roles and last login',
      tags: identity,
      auth: 'admin',
      response: AdminUserSchema,
      errors: { 404: 'No such user' },
    })
    .post('/admin/users/:id/roles', grantUserRole, {
      summary: 'Grant a role (optionally for one body)',
      tags: identity,
      auth: 'admin',
      response: z.array(RoleGrantSchema),
      errors: { ...freshLogin, 404: 'No such user' },
    })
    .delete('/admin/users/:id/roles/:role', revokeUserRole, {
      summary: 'Revoke a role (query bodyId for a per-body grant)',
      tags: identity,
      auth: 'admin',
      input: (req) => Promise.resolve({ ...req.query, ...req.params }),
      response: z.array(RoleGrantSchema),
      errors: {
        ...freshLogin,
        404: 'No such user',
        409: 'The base role citizen (without a body) is never removed: `details.reason: "base_role"`',
      },
    })
    .get('/admin/audit', readAuditLog, {
      summary:
        'The audit log, newest first, with names of who and what (action filter: exact, or a prefix ending in "."; person: acting or acted on)',
      tags: ['audit'],
      auth: 'admin',
      reply: 'body',
      response: z.object({ data: z.array(AuditEntrySchema), total: z.number() }),
    })
    .get('/admin/audit.csv', exportAuditLog, {
      summary:
        'The filtered audit log as CSV (UTF-8, newest first, at most 10,000 rows; `lang` sv or en for the headers and words); the export is itself audited',
      tags: ['audit'],
      auth: 'admin',
      responseContentType: 'text/csv',
      response: z.string().describe('CSV: nr, tid, vem, händelse, kod, gäller, typ, roll, nämnd'),
      reply: (res, { csv }) => {
        res
          .type('text/csv; charset=utf-8')
          .set('Content-Disposition', 'attachment; filename="granskningslogg.csv"')
          .set('Cache-Control', 'no-store')
          .send(csv);
      },
    })
    .get('/audit/checkpoints', listAuditCheckpoints, {
      summary:
        'Published checkpoints of the audit chain ({ seq, hash, at }, oldest first): save them, then `audit-verify --checkpoints <file>` detects a rewritten or cut tail',
      tags: ['audit'],
      reply: 'body',
      response: z.object({ data: z.array(CheckpointSchema), total: z.number() }),
    });
}

/** Logging out (at the root, as CONTRACT.md names it): the session and its sockets end. */
export function logoutRoute(app: AppContext): CommandRouter {
  return new CommandRouter(app, '').post('/auth/logout', logOut, {
    summary: 'Log out: the session ends, and every socket opened under it',
    tags: identity,
    input: (req) => Promise.resolve({ sessionId: req.sessionID }),
    reply: async (res, _output, req) => {
      if (req.session?.userId) await endUserSession(req);
      res.clearCookie(sessionCookieName(app.config.publicUrl), sessionCookieOptions(app.config));
      if (req.accepts(['json', 'html']) === 'html') res.redirect(303, '/');
      else res.status(204).end();
    },
  });
}
