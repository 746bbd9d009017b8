// Demo proposals for a fresh install, at different stages: one open and gathering signatures, one
// open and already past its goal, and one that reached its goal, was referred to a body and has
// been answered. Written and signed by demo citizens (no real personnummer: fixed placeholder
// pidHashes). Runs once: when the demo author already has proposals, nothing is added.
import { trusted } from 'mongoose';
import type { AppContext } from '../../context';
import { User } from '../../auth/user-model';
import { DEFAULT_PROPOSAL_RULES, type ProposalStatus } from '@shared/schemas/proposals';
import { bodyNames } from '../bodies';
import { now } from './clock';
import { Follow, Proposal, Signature } from './model';
import { titleTokens } from './similarity';
import { followStep } from './announce';

const DAY = 24 * 60 * 60 * 1000;
const SIGNER_COUNT = 64;

async function demoCitizen(key: string, displayName: string): Promise<string> {
  const [givenName = displayName, ...rest] = displayName.split(' ');
  const user = await User.findOneAndUpdate(
    { pidHash: `demo:${key}` },
    {
      $setOnInsert: {
        pidHash: `demo:${key}`,
        displayName,
        givenName,
        surname: rest.join(' '),
        roles: [{ role: 'citizen' }],
      },
    },
    { upsert: true, returnDocument: 'after' },
  );
  return String(user._id);
}

/** Demo signers, created in one write; their names are never shown (signatures are counted). */
async function demoSigners(): Promise<string[]> {
  const keys = Array.from({ length: SIGNER_COUNT }, (_, i) => `demo:signer-${i + 1}`);
  const existing = await User.find({ pidHash: trusted({ $in: keys }) }, { pidHash: 1 }).lean();
  const have = new Set(existing.map((u) => u.pidHash));
  const missing = keys.filter((key) => !have.has(key));
  if (missing.length > 0) {
    await User.insertMany(
      missing.map((pidHash, i) => ({
        pidHash,
        displayName: `Invånare ${i + 1}`,
        givenName: 'Invånare',
        surname: String(i + 1),
        roles: [{ role: 'citizen' }],
      })),
    );
  }
  const all = await User.find({ pidHash: trusted({ $in: keys }) }, { _id: 1 }).lean();
  return all.map((u) => String(u._id));
}

type Step =
  'drafted' | 'submitted' | 'approved' | 'threshold_reached' | 'referred_to_body' | 'answered';
const STATUS_AFTER: Record<Step, ProposalStatus> = {
  drafted: 'draft',
  submitted: 'pending_review',
  approved: 'open',
  threshold_reached: 'referred',
  referred_to_body: 'referred',
  answered: 'answered',
};

interface DemoProposal {
  title: string;
  body: string;
  status: ProposalStatus;
  openedDaysAgo: number;
  signatures: number;
  steps: { kind: Step; daysAgo: number; reason?: string }[];
  referral?: { body: string; caseNumber: string; daysAgo: number };
  answer?: { text: string; daysAgo: number };
}

const DEMOS: DemoProposal[] = [
  {
    title: 'Fler cykelställ vid Stationen och biblioteket',
    body: 'Det saknas cykelställ vid stationen och biblioteket. Många cyklar står lutade mot husväggar och hindrar framkomligheten.\n\nJag föreslår att kommunen sätter upp minst 50 nya cykelställ med tak.',
    status: 'open',
    openedDaysAgo: 10,
    signatures: 23,
    steps: [
      { kind: 'drafted', daysAgo: 12 },
      { kind: 'submitted', daysAgo: 11 },
      { kind: 'approved', daysAgo: 10 },
    ],
  },
  {
    title: 'Belysning längs gångvägen vid Ekbacken',
    body: 'Gångvägen genom Ekbacken är helt mörk på vinterhalvåret. Många barn går där till skolan.\n\nSätt upp belysning längs hela gångvägen.',
    status: 'open',
    openedDaysAgo: 60,
    signatures: 57,
    steps: [
      { kind: 'drafted', daysAgo: 62 },
      { kind: 'submitted', daysAgo: 61 },
      { kind: 'approved', daysAgo: 60 },
    ],
  },
  {
    title: 'Utegym i Stadsparken',
    body: 'Det finns ingenstans i centrum där man kan träna utomhus gratis.\n\nJag föreslår att kommunen bygger ett utegym med räckhäck, armhävningsstång och balansbom i Stadsparken.',
    status: 'answered',
    openedDaysAgo: 140,
    signatures: 64,
    steps: [
      { kind: 'drafted', daysAgo: 142 },
      { kind: 'submitted', daysAgo: 141 },
      { kind: 'approved', daysAgo: 140 },
      { kind: 'threshold_reached', daysAgo: 50 },
      { kind: 'referred_to_body', daysAgo: 45 },
      { kind: 'answered', daysAgo: 12 },
    ],
    referral: { body: 'Samhällsbyggnadsnämnden', caseNumber: 'SBN 2026/88', daysAgo: 45 },
    answer: {
      text: 'Samhällsbyggnadsnämnden har gett förvaltningen i uppdrag att bygga ett utegym i Stadsparken. Det ska stå klart till sommaren. Tack för förslaget och till alla som skrev under!',
      daysAgo: 12,
    },
  },
];

export async function seedProposals(ctx: AppContext): Promise<void> {
  const authorId = await demoCitizen('proposals-author', 'Elsa Exempel');
  if (await Proposal.exists({ authorId })) return;
  const signers = await demoSigners();
  const bodies = await bodyNames();
  const bodyIdOf = (name: string) => [...bodies].find(([, n]) => n === name)?.[0];
  const t = now().getTime();
  const ago = (days: number) => new Date(t - days * DAY);
  for (const demo of DEMOS) {
    const referralBodyId = demo.referral ? bodyIdOf(demo.referral.body) : undefined;
    // Without the records demo there is no body to refer to: the proposal stays open instead.
    const answered = demo.status === 'answered' && referralBodyId !== undefined;
    const steps = answered
      ? demo.steps
      : demo.steps.filter((s) => STATUS_AFTER[s.kind] !== 'referred' && s.kind !== 'answered');
    const openedAt = ago(demo.openedDaysAgo);
    const proposal = await Proposal.create({
      title: demo.title,
      body: demo.body,
      titleTokens: titleTokens(demo.title),
      authorId,
      status: answered ? 'answered' : 'open',
      submittedAt: ago(demo.openedDaysAgo + 1),
      openedAt,
      closesAt: new Date(openedAt.getTime() + DEFAULT_PROPOSAL_RULES.signingDays * DAY),
      threshold: DEFAULT_PROPOSAL_RULES.threshold,
      signingDays: DEFAULT_PROPOSAL_RULES.signingDays,
      signatureCount: demo.signatures,
      ...(answered && demo.referral
        ? {
            referral: {
              bodyId: referralBodyId,
              caseNumber: demo.referral.caseNumber,
              at: ago(demo.referral.daysAgo),
            },
          }
        : {}),
      ...(answered && demo.answer
        ? { answer: { text: demo.answer.text, at: ago(demo.answer.daysAgo) } }
        : {}),
      timeline: steps.map((step) => ({
        kind: step.kind,
        status: STATUS_AFTER[step.kind],
        at: ago(step.daysAgo),
        ...(step.kind === 'drafted' || step.kind === 'submitted' ? { actorId: authorId } : {}),
      })),
    });
    const proposalId = String(proposal._id);
    await Signature.insertMany(
      signers.slice(0, demo.signatures).map((userId, i) => ({
        proposalId,
        userId,
        createdAt: new Date(openedAt.getTime() + (i + 1) * 60 * 60 * 1000),
      })),
    );
    await Follow.create({ proposalId, userId: authorId });
    await followStep(ctx, proposal, answered ? 'answered' : 'approved');
  }
}
