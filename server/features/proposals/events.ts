// Socket handlers of proposals: watch a proposal's room for live status and signature count.
// Anyone who may see the proposal may watch; the ack carries the current seq for catching up.
import { ProposalRoomSchema } from '@shared/schemas/proposals';
import type { AppContext } from '../../context';
import { socketEvent, type SocketEvent } from '../../realtime/handle';
import { proposalRoom } from './announce';
import { loadVisible } from './service';

export function proposalEvents(ctx: AppContext): SocketEvent[] {
  return [
    socketEvent(ctx.logger, 'proposal:join', ProposalRoomSchema, async (socket, { proposalId }) => {
      const proposal = await loadVisible(proposalId, socket.data.user);
      await socket.join(proposalRoom(proposalId));
      return { seq: proposal.seq ?? 0 };
    }),
    socketEvent(
      ctx.logger,
      'proposal:leave',
      ProposalRoomSchema,
      async (socket, { proposalId }) => {
        await socket.leave(proposalRoom(proposalId));
        const proposal = await loadVisible(proposalId, socket.data.user).catch(() => null);
        return { seq: proposal?.seq ?? 0 };
      },
    ),
  ];
}
