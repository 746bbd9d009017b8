// Registers a socket event the one way: parse the payload with a zod schema, run the handler,
// answer through the acknowledgement with the result or a typed error. Never throws into the void.
import type { z } from 'zod';
import type { Ack } from '@shared/errors';
import type { Logger } from '../logger';
import { parseInput } from '../http/parse';
import { toAppError } from '../http/to-app-error';
import type { AppSocket } from './io';

export function handleEvent<S extends z.ZodType, R>(
  socket: AppSocket,
  logger: Logger,
  event: string,
  schema: S,
  handler: (input: z.infer<S>) => Promise<R>,
): void {
  const listener = async (payload: unknown, ack: unknown) => {
    // A client that sends no callback gets no answer, but the action still runs safely.
    const reply = typeof ack === 'function' ? (ack as (r: Ack<R>) => void) : () => {};
    try {
      const input = parseInput(schema, payload);
      reply({ ok: true, data: await handler(input) });
    } catch (error) {
      const appError = toAppError(error);
      if (appError.code === 'internal')
        logger.error({ err: error, event }, 'socket handler failed');
      reply({ ok: false, error: appError.toBody() });
    }
  };
  // The typed event map is checked at the schema; the raw listener accepts any payload shape.
  (socket as unknown as { on(e: string, l: (...args: unknown[]) => void): void }).on(
    event,
    (...args) => {
      void listener(args[0], args[1]);
    },
  );
}
