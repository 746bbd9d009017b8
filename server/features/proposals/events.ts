// Socket events of proposals: watching a proposal's room.
import type { AppContext } from '../../context';
import { socketCommand, type SocketEvent } from '../../realtime/handle';
import { proposalRoomCommands } from './commands/rooms';

export function proposalEvents(app: AppContext): SocketEvent[] {
  return [
    socketCommand(app, 'proposal:join', proposalRoomCommands.join),
    socketCommand(app, 'proposal:leave', proposalRoomCommands.leave),
  ];
}
