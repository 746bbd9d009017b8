// Watching a proposal's room for its live status and signature count: anyone who may see it.
import { proposalRoom } from '@shared/events/proposals';
import { ProposalRoomSchema } from '@shared/schemas/proposals';
import { roomCommands } from '../../../realtime/room-commands';
import { loadVisible } from '../load';

export const proposalRoomCommands = roomCommands({
  name: 'proposal',
  input: ProposalRoomSchema,
  room: ({ proposalId }) => proposalRoom(proposalId),
  load: ({ proposalId }, actor) => loadVisible(proposalId, actor.user),
});
