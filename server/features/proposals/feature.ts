// Citizen proposals (e-förslag): routes, live rooms, the deadline scheduler, the comment-thread
// subject, the GDPR export.
import type { Feature } from '../../context';
import { registerPersonalData } from '../../auth/personal-data';
import { registerSubject } from '../subjects';
import { isPublicStatus } from '../../policies/proposals';
import { Follow, Proposal, Signature } from './model';
import { proposalPath } from './present';
import { proposalRoutes } from './routes';
import { proposalEvents } from './events';
import { startDeadlineScheduler } from './scheduler';
import { seedProposals } from './seed';

registerSubject('proposal', async (id) => {
  const p = await Proposal.findById(id, { title: 1, status: 1, referral: 1 }).lean();
  if (!p) return null;
  const visible = isPublicStatus(p.status);
  return {
    id,
    type: 'proposal',
    title: p.title,
    ...(p.referral?.bodyId ? { bodyId: p.referral.bodyId } : {}),
    public: visible,
    commentable: visible,
    path: proposalPath(id),
  };
});

registerPersonalData('proposals', async (userId) => {
  const authored = await Proposal.find(
    { authorId: userId },
    { title: 1, body: 1, status: 1, createdAt: 1, submittedAt: 1 },
  ).lean();
  return authored.map((p) => ({
    id: String(p._id),
    title: p.title,
    body: p.body,
    status: p.status,
    createdAt: p.createdAt.toISOString(),
  }));
});
registerPersonalData('proposalSignatures', async (userId) => {
  const signatures = await Signature.find({ userId }).lean();
  return signatures.map((s) => ({ proposalId: s.proposalId, signedAt: s.createdAt.toISOString() }));
});
registerPersonalData('proposalFollows', async (userId) => {
  const follows = await Follow.find({ userId }).lean();
  return follows.map((f) => ({ proposalId: f.proposalId, since: f.createdAt.toISOString() }));
});

export const proposalsFeature: Feature = {
  name: 'proposals',
  apiRouter: (ctx) => proposalRoutes(ctx).router,
  socketEvents: proposalEvents,
  start: startDeadlineScheduler,
  seedDemo: seedProposals,
};
