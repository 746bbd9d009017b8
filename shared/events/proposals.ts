// Socket.IO events of proposals and personal notifications.
import type { AckCallback } from '../errors';

export interface ProposalsClientEvents {
  'proposal:join': (payload: { proposalId: string }, ack: AckCallback<{ seq: number }>) => void;
  'proposal:leave': (payload: { proposalId: string }, ack: AckCallback<{ seq: number }>) => void;
}

export interface ProposalsServerEvents {
  'proposal:updated': (proposal: unknown) => void;
  'notification:new': (notification: unknown) => void;
}
