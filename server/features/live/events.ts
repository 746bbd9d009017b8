// Socket events of live sessions: each is a command (commands/), mounted here.
import type { AppContext } from '../../context';
import { socketCommand, type SocketEvent } from '../../realtime/handle';
import { askLive } from './commands/ask';
import { markLive } from './commands/mark';
import { moderateLive } from './commands/moderate';
import { joinLive, leaveLive } from './commands/rooms';
import { castVote } from './commands/vote';

export function liveEvents(app: AppContext): SocketEvent[] {
  return [
    socketCommand(app, 'live:join', joinLive),
    socketCommand(app, 'live:leave', leaveLive),
    socketCommand(app, 'live:ask', askLive),
    socketCommand(app, 'live:vote', castVote),
    socketCommand(app, 'live:moderate', moderateLive),
    socketCommand(app, 'live:mark', markLive),
  ];
}
