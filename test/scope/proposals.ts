// Proposals in the body-scope table. A proposal belongs to no body until it is referred; then to
// the body it was referred to.
import { Proposal } from '../../server/features/proposals/model';
import { submitted, uniqueTitle, validBody } from '../helpers/proposals';
import type { ScopeFixtures, ScopeTable } from './table';

/** A proposal referred to the home body (status answered-ready: referred with a case number). */
async function referredToHome(fx: ScopeFixtures): Promise<string> {
  const { id } = await submitted(fx.app);
  await Proposal.updateOne(
    { _id: id },
    {
      $set: {
        status: 'referred',
        referral: { bodyId: fx.homeBodyId, caseNumber: 'KS 2026/1', at: new Date() },
      },
    },
  );
  return id;
}

async function pending(fx: ScopeFixtures): Promise<string> {
  return (await submitted(fx.app)).id;
}

export const proposalsScope: ScopeTable = {
  'GET /api/v1/proposal-rules': { open: 'anyone' },
  'PUT /api/v1/proposal-rules': {
    refuse: () => ({
      body: { threshold: 10, signingDays: 30, similarRefusalMonths: 0, reviewRulesText: 'Regler' },
    }),
  },
  'GET /api/v1/proposals': { open: 'anyone' },
  'GET /api/v1/proposals/review-queue': { refuse: () => ({}) },
  'GET /api/v1/proposals/mine': { open: 'own' },
  'GET /api/v1/proposals/similar': { open: 'anyone', why: 'titles of public proposals' },
  'POST /api/v1/proposals': { open: 'signed-in', why: 'any citizen writes proposals' },
  'GET /api/v1/proposals/:id': { open: 'anyone', why: 'public ones; others 404' },
  'PUT /api/v1/proposals/:id': {
    refuse: async (fx) => ({
      params: { id: await pending(fx) },
      body: { title: uniqueTitle(), body: validBody },
    }),
    // Not the author's: a pending proposal is not even visible to the foreign person.
    expect: 404,
  },
  'POST /api/v1/proposals/:id/submit': {
    refuse: async (fx) => ({ params: { id: await pending(fx) } }),
    expect: 404,
  },
  'POST /api/v1/proposals/:id/withdraw': {
    refuse: async (fx) => ({ params: { id: await pending(fx) }, body: {} }),
    // Not the author's: a pending proposal is not even visible to the foreign person.
    expect: 404,
  },
  'POST /api/v1/proposals/:id/review': {
    refuse: async (fx) => ({ params: { id: await pending(fx) }, body: { decision: 'approve' } }),
  },
  'POST /api/v1/proposals/:id/referral': {
    refuse: async (fx) => {
      const { id } = await submitted(fx.app);
      await Proposal.updateOne({ _id: id }, { $set: { status: 'referred' } });
      return { params: { id }, body: { bodyId: fx.homeBodyId, caseNumber: 'KS 2026/2' } };
    },
  },
  'POST /api/v1/proposals/:id/answer': {
    refuse: async (fx) => ({ params: { id: await referredToHome(fx) }, body: { answer: 'Svar' } }),
  },
  'POST /api/v1/proposals/:id/decision': {
    refuse: async (fx) => {
      const id = await referredToHome(fx);
      await Proposal.updateOne({ _id: id }, { $set: { status: 'answered' } });
      return { params: { id }, body: { decision: 'Beslut' } };
    },
  },
  'POST /api/v1/proposals/:id/signatures': { open: 'signed-in', why: 'any citizen signs' },
  'DELETE /api/v1/proposals/:id/signatures': { open: 'own' },
  'POST /api/v1/proposals/:id/follow': { open: 'signed-in' },
  'DELETE /api/v1/proposals/:id/follow': { open: 'own' },
  'socket proposal:join': { open: 'anyone' },
  'socket proposal:leave': { open: 'anyone' },
};
