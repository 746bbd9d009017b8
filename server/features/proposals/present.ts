// Presenters: whitelist what a proposal shows to the public and to the caller. Names are resolved
// here (never stored with the content); signers are never listed.
import type {
  Proposal as ProposalView,
  ProposalSummary,
  TimelineEntry,
} from '@shared/schemas/proposals';
import type { CurrentUser } from '../../auth/current-user';
import { loadAuthorNames } from '../../auth/authors';
import { proposalRoom } from '@shared/events/proposals';
import { currentSeq } from '../../realtime/rooms';
import { hasRoleSomewhere, isAdmin } from '../../policies/roles';
import { bodyName } from '../bodies';
import { resolveSubject, type SubjectType } from '../subjects';
import { canAnswerProposal, canReviewProposals } from '../../policies/proposals';
import { Follow, Signature, type ProposalFields } from './model';
import { upcomingSteps } from './upcoming';

type Stored = ProposalFields & { _id: unknown; createdAt: Date };

const iso = (date: Date | null | undefined) => (date ? date.toISOString() : null);

export const proposalPath = (id: string) => `/forslag/${id}`;

export function presentSummary(
  p: Stored,
  names: Map<string, { displayName: string }>,
): ProposalSummary {
  return {
    id: String(p._id),
    title: p.title,
    topic: p.topic ?? 'other',
    status: p.status,
    author: { displayName: names.get(p.authorId)?.displayName ?? '' },
    signatureCount: p.signatureCount ?? 0,
    threshold: p.threshold,
    closesAt: iso(p.closesAt),
    openedAt: iso(p.openedAt),
    createdAt: p.createdAt.toISOString(),
    submittedAt: iso(p.submittedAt),
  };
}

export async function presentSummaries(list: Stored[]): Promise<ProposalSummary[]> {
  const names = await loadAuthorNames(list.map((p) => p.authorId));
  return list.map((p) => presentSummary(p, names));
}

async function link(type: SubjectType, id: string | null | undefined) {
  if (!id) return null;
  const subject = await resolveSubject(type, id);
  return subject?.public ? { id, title: subject.title, path: subject.path } : null;
}

export async function presentProposal(p: Stored, viewer?: CurrentUser): Promise<ProposalView> {
  const id = String(p._id);
  const actorIds = p.timeline.map((e) => e.actorId).filter((a): a is string => Boolean(a));
  const names = await loadAuthorNames([p.authorId, ...actorIds]);
  const referredBodyName = p.referral?.bodyId ? await bodyName(p.referral.bodyId) : undefined;
  // A message sent with a proposal returned for changes is for its author (and the reviewers).
  const readsMessages = Boolean(viewer && (viewer.id === p.authorId || canReviewProposals(viewer)));
  const timeline: TimelineEntry[] = p.timeline.map((e) => ({
    kind: e.kind,
    at: e.at.toISOString(),
    actor: e.actorId ? { displayName: names.get(e.actorId)?.displayName ?? '' } : null,
    status: e.status,
    ...(e.reason && (e.kind !== 'returned' || readsMessages) ? { reason: e.reason } : {}),
    ...(e.rule ? { rule: e.rule } : {}),
  }));
  const view: ProposalView = {
    ...presentSummary(p, names),
    body: p.body,
    referral:
      p.referral?.bodyId && p.referral.caseNumber && p.referral.at
        ? {
            body: { id: p.referral.bodyId, name: referredBodyName ?? '' },
            caseNumber: p.referral.caseNumber,
            at: p.referral.at.toISOString(),
          }
        : null,
    answer:
      p.answer?.text && p.answer.at
        ? { text: p.answer.text, at: p.answer.at.toISOString(), official: true }
        : null,
    decision:
      p.decision?.text && p.decision.at
        ? { text: p.decision.text, at: p.decision.at.toISOString() }
        : null,
    agendaItem: await link('agendaItem', p.agendaItemId),
    decisionDocument: await link('document', p.decisionDocumentId),
    timeline,
    upcoming: upcomingSteps(p),
    concerns: p.concernsBodyId
      ? { id: p.concernsBodyId, name: (await bodyName(p.concernsBodyId)) ?? '' }
      : null,
    seq: await currentSeq(proposalRoom(id)),
  };
  if (viewer) {
    const [signed, following] = await Promise.all([
      Signature.exists({ proposalId: id, userId: viewer.id }),
      Follow.exists({ proposalId: id, userId: viewer.id }),
    ]);
    view.viewer = {
      signed: Boolean(signed),
      following: Boolean(following),
      isAuthor: viewer.id === p.authorId,
      canReview: canReviewProposals(viewer),
      // The form lists the bodies; the referral itself checks the chosen body.
      canRefer: isAdmin(viewer) || hasRoleSomewhere(viewer, 'secretary'),
      canAnswer: canAnswerProposal(viewer, p),
    };
  }
  return view;
}
