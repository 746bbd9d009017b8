// Socket events of comment threads: watching a thread's room.
import type { AppContext } from '../../context';
import { socketCommand, type SocketEvent } from '../../realtime/handle';
import { threadRoomCommands } from './commands/rooms';

export function threadEvents(app: AppContext): SocketEvent[] {
  return [
    socketCommand(app, 'thread:join', threadRoomCommands.join),
    socketCommand(app, 'thread:leave', threadRoomCommands.leave),
  ];
}
