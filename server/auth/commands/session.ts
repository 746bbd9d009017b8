// The ways to log in (for the login page) and logging out: the session ends here and, with it,
// every socket opened under it on every node.
import { z } from 'zod';
import { defineCommand } from '../../commands/define';
import { endSessionSockets } from '../../realtime/session-guard';
import { idpSettings } from '../saml/idp-settings';

export const listIdps = defineCommand({
  name: 'auth.idps',
  input: z.object({ lang: z.enum(['sv', 'en']).catch('sv') }),
  policy: 'public',
  work: ({ app, input }) =>
    Promise.resolve(
      idpSettings(app.config).map((idp) => ({
        name: idp.name,
        label: idp.label[input.lang],
        loginUrl: `/auth/saml/${idp.name}/login`,
      })),
    ),
});

/** The session id comes from the HTTP adapter (never from the client's input). */
export const logOut = defineCommand({
  name: 'auth.logout',
  input: z.object({ sessionId: z.string().optional() }),
  policy: 'public',
  work: ({ user }) => Promise.resolve(user?.id),
  audit: (userId) =>
    userId ? { action: 'auth.logout', subject: { type: 'user', id: userId } } : null,
  announce: (_userId, { app, input }) => {
    if (input.sessionId) endSessionSockets(app.io, input.sessionId);
  },
});
