// Bodies (nämnder): their routes, what the GDPR export holds of a person's seats, and the body
// check the identity side needs for grants scoped to a body.
import type { Feature } from '../../context';
import { registerPersonalData } from '../../auth/personal-data';
import { registerBodyCheck } from '../../auth/users';
import { registerAuditNamer } from '../../audit/names';
import { Body } from './model';
import { bodyExists, bodyName } from './reads';
import { bodyRoutes } from './routes';

registerBodyCheck(bodyExists);
registerAuditNamer('body', async (id) => {
  const name = await bodyName(id);
  return name === undefined ? null : { name };
});

// What the records keep about a person: their seats and secretary posts (documents and meetings
// store only the creating secretary's id, which the audit log already reports).
registerPersonalData('records', async (userId) => {
  const bodies = await Body.find(
    { $or: [{ 'members.userId': userId }, { secretaryIds: userId }] },
    { name: 1, members: 1, secretaryIds: 1 },
  ).lean();
  return bodies.map((body) => ({
    body: body.name,
    member: body.members.find((m) => m.userId === userId) ?? null,
    secretary: body.secretaryIds.includes(userId),
  }));
});

export const bodiesFeature: Feature = {
  name: 'bodies',
  apiRouter: (ctx) => bodyRoutes(ctx).router,
};
