// Socket.IO events of proposals and personal notifications.
import type { AckCallback } from '../errors';
import type { ProposalUpdate } from '../schemas/proposals';
import type { NotificationEvent } from '../schemas/notifications';

export interface ProposalsClientEvents {
  'proposal:join': (payload: { proposalId: string }, ack: AckCallback<{ seq: number }>) => void;
  'proposal:leave': (payload: { proposalId: string }, ack: AckCallback<{ seq: number }>) => void;
}

export interface ProposalsServerEvents {
  /** To `proposal:<id>` after every write: status and signature count. */
  'proposal:updated': (proposal: ProposalUpdate) => void;
  /** To `user:<id>` when a notification for that person is created. */
  'notification:new': (event: NotificationEvent) => void;
}
