// A socket event is a thin adapter over a command: the payload is the command's input, the
// acknowledgement carries the presented result or a typed error, and it never throws into the
// void. Before the command runs, the socket's own event limit is taken and its session is checked
// (a socket dies with its session: logout, idle timeout, absolute lifetime). Each event's listener
// is made once per server and shared by every socket (Socket.IO calls it with the socket as
// `this`): thousands of watchers then carry no closures of their own.
import type { z } from 'zod';
import type { Ack } from '@shared/errors';
import type { clientEvents, ClientEventName } from '@shared/events';
import type { AppContext } from '../context';
import type { Actor, Runnable } from '../commands/define';
import { runCommand } from '../commands/run';
import { registerMount } from '../commands/registry';
import { toAppError } from '../http/to-app-error';
import type { AppSocket } from './io';
import { ensureSocketSession } from './session-guard';
import { observeSocketEvent } from '../metrics';
import { randomUUID } from 'node:crypto';
import { runWithRequestId } from '../request-context';

export interface SocketEvent {
  name: ClientEventName;
  command: Runnable;
  listener: (this: AppSocket, payload: unknown, ack: unknown) => void;
}

type AckData<E extends ClientEventName> = z.output<(typeof clientEvents)[E]['ack']>;

/** The actor of a socket: its user, its address (TRUST_PROXY rule, at the handshake), its rooms. */
function socketActor(socket: AppSocket): Actor {
  const { user, ip, loginAt } = socket.data;
  return {
    ...(user ? { user } : {}),
    ...(ip ? { ip } : {}),
    ...(loginAt ? { loginAt } : {}),
    via: 'socket',
    rooms: {
      join: (room) => socket.join(room),
      leave: (room) => socket.leave(room),
    },
  };
}

/**
 * Mounts `command` as the client event `event`. The command's output must be what the event's
 * acknowledgement declares (shared/events).
 */
export function socketCommand<E extends ClientEventName>(
  app: AppContext,
  event: E,
  command: Runnable<AckData<E>>,
): SocketEvent {
  registerMount({ kind: 'socket', event, command });
  async function answer(socket: AppSocket, payload: unknown, ack: unknown): Promise<void> {
    // A client that sends no callback gets no answer, but the action still runs safely.
    const reply = typeof ack === 'function' ? (ack as (r: Ack<unknown>) => void) : () => {};
    const started = performance.now();
    try {
      await app.limits.takeSocket(socket.id);
      await ensureSocketSession(app, socket);
      const data = await runCommand(app, command, socketActor(socket), payload);
      reply({ ok: true, data });
      observeSocketEvent(event, (performance.now() - started) / 1000, 'ok');
    } catch (error) {
      const appError = toAppError(error);
      if (appError.code === 'internal') {
        app.logger.error({ err: error, event }, 'socket handler failed');
      }
      reply({ ok: false, error: appError.toBody() });
      observeSocketEvent(event, (performance.now() - started) / 1000, appError.code);
    }
  }
  return {
    name: event,
    command,
    listener(payload, ack) {
      // The event's log lines carry an id of their own, as a request's do.
      void runWithRequestId(randomUUID(), () => answer(this, payload, ack));
    },
  };
}

/** Attaches the shared listeners to a newly connected socket. */
export function listen(
  socket: AppSocket,
  events: ReadonlyArray<Pick<SocketEvent, 'name' | 'listener'>>,
): void {
  // The typed event map is checked where each event is declared; the raw listener accepts any
  // payload shape and lets the command's schema judge it.
  const raw = socket as unknown as { on(e: string, l: SocketEvent['listener']): void };
  for (const event of events) raw.on(event.name, event.listener);
}
