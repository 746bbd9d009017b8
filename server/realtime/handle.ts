// Socket events the one way: parse the payload with a zod schema, run the handler, answer through
// the acknowledgement with the result or a typed error. Never throws into the void.
// Each event's listener is made once per server and shared by every socket (Socket.IO calls it
// with the socket as `this`): thousands of watchers then carry no closures of their own.
import type { z } from 'zod';
import type { Ack } from '@shared/errors';
import type { Logger } from '../logger';
import { parseInput } from '../http/parse';
import { toAppError } from '../http/to-app-error';
import type { AppSocket } from './io';

export interface SocketEvent {
  name: string;
  listener: (this: AppSocket, payload: unknown, ack: unknown) => void;
}

export function socketEvent<S extends z.ZodType, R>(
  logger: Logger,
  name: string,
  schema: S,
  handler: (socket: AppSocket, input: z.infer<S>) => Promise<R>,
): SocketEvent {
  async function answer(socket: AppSocket, payload: unknown, ack: unknown): Promise<void> {
    // A client that sends no callback gets no answer, but the action still runs safely.
    const reply = typeof ack === 'function' ? (ack as (r: Ack<R>) => void) : () => {};
    try {
      const input = parseInput(schema, payload);
      reply({ ok: true, data: await handler(socket, input) });
    } catch (error) {
      const appError = toAppError(error);
      if (appError.code === 'internal')
        logger.error({ err: error, event: name }, 'socket handler failed');
      reply({ ok: false, error: appError.toBody() });
    }
  }
  return {
    name,
    listener(payload, ack) {
      void answer(this, payload, ack);
    },
  };
}

/** Attaches the shared listeners to a newly connected socket. */
export function listen(socket: AppSocket, events: readonly SocketEvent[]): void {
  // The typed event map is checked at the schema; the raw listener accepts any payload shape.
  const raw = socket as unknown as { on(e: string, l: SocketEvent['listener']): void };
  for (const event of events) raw.on(event.name, event.listener);
}
