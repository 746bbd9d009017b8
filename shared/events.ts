// All Socket.IO events, declared once for server and client. Each feature owns its file in events/.
import type { LiveClientEvents, LiveServerEvents } from './events/live';
import type { ProposalsClientEvents, ProposalsServerEvents } from './events/proposals';
import type { RecordsClientEvents, RecordsServerEvents } from './events/records';
import type { ThreadClientEvents, ThreadServerEvents } from './events/thread';

export interface ClientToServerEvents
  extends LiveClientEvents, ThreadClientEvents, RecordsClientEvents, ProposalsClientEvents {}

export interface ServerToClientEvents
  extends LiveServerEvents, ThreadServerEvents, RecordsServerEvents, ProposalsServerEvents {}
