// Socket.IO events of proposals: watching a proposal's room for its status and signature count.
import { ProposalRoomSchema, ProposalUpdateSchema } from '../schemas/proposals';
import { RoomSeqSchema } from '../schemas/common';
import { clientEvent } from './define';

/** The room of one proposal. */
export const proposalRoom = (proposalId: string) => `proposal:${proposalId}`;

export const proposalsClientEvents = {
  'proposal:join': clientEvent(ProposalRoomSchema, RoomSeqSchema),
  'proposal:leave': clientEvent(ProposalRoomSchema, RoomSeqSchema),
};

export const proposalsServerEvents = {
  /** To `proposal:<id>` after every write: status and signature count. */
  'proposal:updated': ProposalUpdateSchema,
};
