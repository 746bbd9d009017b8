// The proposals feature's way in: a proposal a person follows took a step of its timeline.
import type { ProposalStatus, TimelineEntry } from '@shared/schemas/proposals';
import type { AppContext } from '../../context';
import { notify } from './commands/create';

export interface StatusChange {
  proposalId: string;
  title: string;
  status: ProposalStatus;
  step: TimelineEntry['kind'];
  path: string;
}

/** Notifies `userIds` (followers) of a status change. E-mail goes out in the background. */
export function notifyStatusChange(
  app: AppContext,
  userIds: string[],
  change: StatusChange,
): Promise<void> {
  return notify(app, userIds, {
    kind: 'proposal_status',
    subject: { type: 'proposal', id: change.proposalId, title: change.title },
    path: change.path,
    status: change.status,
    step: change.step,
  });
}
