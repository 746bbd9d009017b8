// All Socket.IO events, declared once for server and client as zod schemas (each feature owns its
// file in events/); the typed event maps of both directions are derived from these declarations.
import { councilServerEvents } from './events/council';
import { liveClientEvents, liveServerEvents } from './events/live';
import { notificationsServerEvents } from './events/notifications';
import { proposalsClientEvents, proposalsServerEvents } from './events/proposals';
import { recordsClientEvents, recordsServerEvents } from './events/records';
import { threadClientEvents, threadServerEvents } from './events/thread';
import { workServerEvents } from './events/work';
import type { ClientEventMap, ServerEventMap } from './events/define';

export const clientEvents = {
  ...liveClientEvents,
  ...threadClientEvents,
  ...recordsClientEvents,
  ...proposalsClientEvents,
};

export const serverEvents = {
  ...liveServerEvents,
  ...threadServerEvents,
  ...recordsServerEvents,
  ...proposalsServerEvents,
  ...notificationsServerEvents,
  ...councilServerEvents,
  ...workServerEvents,
};

export type ClientEventName = keyof typeof clientEvents;
export type ServerEventName = keyof typeof serverEvents;

export type ClientToServerEvents = ClientEventMap<typeof clientEvents>;
export type ServerToClientEvents = ServerEventMap<typeof serverEvents>;
