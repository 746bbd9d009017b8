// Socket events of meetings: watching a meeting's room (meeting:updated, meeting:state).
import type { AppContext } from '../../context';
import { socketCommand, type SocketEvent } from '../../realtime/handle';
import { meetingRoomCommands } from './commands/rooms';
import { joinMeeting } from './sitting/commands/reads';

export function meetingEvents(app: AppContext): SocketEvent[] {
  return [
    // The join answers the sitting's whole state besides the seq (a late joiner needs nothing else).
    socketCommand(app, 'meeting:join', joinMeeting),
    socketCommand(app, 'meeting:leave', meetingRoomCommands.leave),
  ];
}
