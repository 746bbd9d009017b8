// Rooms own their order: every room has one sequence number, stored once (collection roomseqs),
// and `announce` is the one way an event reaches a room: it takes the room's next seq and stamps
// it on the payload. Write first, then announce: when the payload is given as a loader, it is read
// after the seq was taken (under the room's lock on this node), so an event with a later seq never
// carries an older state than one before it. Clients keep the highest seq they saw and resync
// with the join answer after a reconnect.
import mongoose, { Schema } from 'mongoose';
import type { z } from 'zod';
import type { serverEvents, ServerEventName } from '@shared/events';
import { withLock } from '../db/lock';
import type { AppServer } from './io';

const roomSeqSchema = new Schema(
  { _id: { type: String, required: true }, seq: { type: Number, default: 0 } },
  { versionKey: false },
);
const RoomSeq = mongoose.model('RoomSeq', roomSeqSchema, 'roomseqs');

/** Reserves `count` consecutive seqs of a room in one update; answers the last one. */
export function reserveSeq(room: string, count = 1): Promise<number> {
  return withLock(`seq:${room}`, async () => {
    const row = await RoomSeq.findOneAndUpdate(
      { _id: room },
      { $inc: { seq: count } },
      { upsert: true, returnDocument: 'after' },
    ).lean();
    return row?.seq ?? 0;
  });
}

/** The room's current seq (what a joining client starts from). */
export async function currentSeq(room: string): Promise<number> {
  return (await RoomSeq.findById(room, { seq: 1 }).lean())?.seq ?? 0;
}

export type EventPayload<E extends ServerEventName> = z.output<(typeof serverEvents)[E]>;
/** A payload before the room's seq is stamped on it. */
export type Unstamped<E extends ServerEventName> = Omit<EventPayload<E>, 'seq'>;

export interface AnnounceOptions {
  /** Rooms whose members do not get this event (e.g. moderators, who get their own view). */
  except?: string | string[];
  /** A seq reserved before (with reserveSeq) instead of taking the next one. */
  seq?: number;
  /**
   * For room-wide state read by a loader (a proposal's status and count): an announcement that
   * finds another of the same room and event still waiting joins it instead of sending its own.
   * Never for per-item events (each comment, each question), which must all be sent.
   */
  coalesce?: boolean;
}

export interface Announcer {
  /**
   * Emits `event` to `room` with the room's next seq. `payload` may be a loader that reads the
   * stored state after the seq was taken; a loader answering null announces nothing.
   */
  announce<E extends ServerEventName>(
    room: string,
    event: E,
    payload: Unstamped<E> | (() => Promise<Unstamped<E> | null>),
    options?: AnnounceOptions,
  ): Promise<number | undefined>;
}

/**
 * Coalescing loader announcements waiting for their room's lock, per room and event: a caller that
 * finds one waiting joins it. It has not read yet, so what it reads is at least as new as the
 * joiner's write (200 signatures at once then cost a few announcements, not 200).
 */
const waiting = new Map<string, Promise<number | undefined>>();

export function announcer(io: AppServer): Announcer {
  return {
    async announce(room, event, payload, options = {}) {
      const send = async (seq: number) => {
        const body = typeof payload === 'function' ? await payload() : payload;
        if (body === null) return undefined;
        const target = options.except ? io.to(room).except(options.except) : io.to(room);
        // The event map types each payload; the stamped body is that payload by construction.
        (target.emit as (e: string, p: unknown) => boolean)(event, { ...body, seq });
        return seq;
      };
      if (options.seq !== undefined) return send(options.seq);
      const coalesce = options.coalesce === true && typeof payload === 'function';
      const key = `${room}|${event}`;
      if (coalesce && waiting.has(key)) return waiting.get(key);
      const run = withLock(`announce:${room}`, async () => {
        if (coalesce) waiting.delete(key);
        return send(await reserveSeq(room));
      });
      if (coalesce) waiting.set(key, run);
      return run;
    },
  };
}
