// How a Socket.IO event is declared once for both sides: its payload (and, from the client, its
// acknowledgement) as zod schemas; the typed event maps of server and client are derived from them.
import type { z } from 'zod';
import type { AckCallback } from '../errors';

export interface ClientEventSpec<P extends z.ZodType = z.ZodType, A extends z.ZodType = z.ZodType> {
  payload: P;
  ack: A;
}

/** A client → server event: what the client sends and what the acknowledgement carries. */
export const clientEvent = <P extends z.ZodType, A extends z.ZodType>(
  payload: P,
  ack: A,
): ClientEventSpec<P, A> => ({ payload, ack });

/** The Socket.IO listener map of client → server events (payload as sent, ack as answered). */
export type ClientEventMap<T extends Record<string, ClientEventSpec>> = {
  [K in keyof T]: (
    payload: z.input<T[K]['payload']>,
    ack: AckCallback<z.output<T[K]['ack']>>,
  ) => void;
};

/** The Socket.IO listener map of server → client events. */
export type ServerEventMap<T extends Record<string, z.ZodType>> = {
  [K in keyof T]: (payload: z.output<T[K]>) => void;
};

/** The acknowledgement of joining or leaving a room: the room's current sequence number. */
export type { AckCallback };
