// Socket events of meetings: watching a meeting's room.
import type { AppContext } from '../../context';
import { socketCommand, type SocketEvent } from '../../realtime/handle';
import { meetingRoomCommands } from './commands/rooms';

export function meetingEvents(app: AppContext): SocketEvent[] {
  return [
    socketCommand(app, 'meeting:join', meetingRoomCommands.join),
    socketCommand(app, 'meeting:leave', meetingRoomCommands.leave),
  ];
}
