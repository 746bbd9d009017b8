// Demo proposals for a fresh install: one open for signing, one that reached its goal and was
// answered, written by a demo citizen (no real personnummer: a fixed placeholder pidHash).
import type { AppContext } from '../../context';
import { User } from '../../auth/user-model';
import { DEFAULT_PROPOSAL_RULES } from '@shared/schemas/proposals';
import { now } from './clock';
import { Follow, Proposal } from './model';
import { titleTokens } from './similarity';
import { followStep } from './announce';

const DAY = 24 * 60 * 60 * 1000;

export async function seedProposals(ctx: AppContext): Promise<void> {
  const author = await User.findOneAndUpdate(
    { pidHash: 'demo:proposals-author' },
    {
      $setOnInsert: {
        pidHash: 'demo:proposals-author',
        displayName: 'Elsa Exempel',
        givenName: 'Elsa',
        surname: 'Exempel',
        roles: [{ role: 'citizen' }],
      },
    },
    { upsert: true, returnDocument: 'after' },
  );
  const authorId = String(author._id);
  const t = now().getTime();
  const demos = [
    {
      title: 'Fler cykelställ vid Stationen och biblioteket',
      body: 'Det saknas cykelställ vid stationen och biblioteket. Många cyklar står lutade mot husväggar och hindrar framkomligheten.\n\nJag föreslår att kommunen sätter upp minst 50 nya cykelställ med tak.',
      status: 'open' as const,
      openedAt: new Date(t - 10 * DAY),
      closesAt: new Date(t + 80 * DAY),
      timeline: ['drafted', 'submitted', 'approved'],
    },
    {
      title: 'Belysning längs gångvägen vid Ekbacken',
      body: 'Gångvägen genom Ekbacken är helt mörk på vinterhalvåret. Många barn går där till skolan.\n\nSätt upp belysning längs hela gångvägen.',
      status: 'open' as const,
      openedAt: new Date(t - 60 * DAY),
      closesAt: new Date(t + 30 * DAY),
      timeline: ['drafted', 'submitted', 'approved'],
    },
  ];
  for (const demo of demos) {
    const statusOf = { drafted: 'draft', submitted: 'pending_review', approved: 'open' } as const;
    const proposal = await Proposal.create({
      title: demo.title,
      body: demo.body,
      titleTokens: titleTokens(demo.title),
      authorId,
      status: demo.status,
      submittedAt: new Date(demo.openedAt.getTime() - DAY),
      openedAt: demo.openedAt,
      closesAt: demo.closesAt,
      threshold: DEFAULT_PROPOSAL_RULES.threshold,
      signingDays: DEFAULT_PROPOSAL_RULES.signingDays,
      timeline: demo.timeline.map((kind, i) => ({
        kind,
        status: statusOf[kind as keyof typeof statusOf],
        at: new Date(demo.openedAt.getTime() - (demo.timeline.length - 1 - i) * DAY),
        ...(kind === 'approved' ? {} : { actorId: authorId }),
      })),
    });
    await Follow.create({ proposalId: String(proposal._id), userId: authorId });
    await followStep(ctx, proposal, 'approved');
  }
}
