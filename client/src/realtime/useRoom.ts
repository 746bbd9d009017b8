// One way for a page to follow a Socket.IO room. `useRoom` joins with the room's join event, takes
// the snapshot (or just the room's `seq`) from the acknowledgement, applies the room's events in
// order, joins again and resyncs after a reconnect Socket.IO did not recover, and leaves on
// unmount. Its events are declared with `useRoomEvent`.
//
// Order: every event of a room carries the room's `seq`, and an event whose seq is not above the
// last one seen is dropped, so a late or repeated event never undoes a newer state. The last seen
// is the room's (starting from the join's acknowledgement), or, for events that each carry the
// whole of one thing (a question, a comment), that thing's: then events about different things may
// arrive in any order, and the snapshot can seed each thing's seq. Events that arrive while a join
// is in flight wait for its answer. An event without a seq is applied as it is.
import { useEffect, useRef, useState } from 'react';
import type { ApiError } from '../api';
import { asApiError } from '../errors/errorText';
import {
  emit,
  isConnected,
  on,
  onConnection,
  type AckData,
  type ClientEvent,
  type EmitPayload,
  type EventPayload,
  type ServerEvent,
} from './socket';

/** One server event handed to the room: what it concerns, its seq, and how to apply it. */
interface Delivery {
  scope: string;
  seq?: number;
  apply: () => void;
}

/** A server event a room listens to (made by useRoomEvent). */
export interface RoomEvent {
  readonly event: ServerEvent;
  listen(deliver: (delivery: Delivery) => void): () => void;
}

export interface RoomEventHandlers<E extends ServerEvent> {
  /** Whether the event is about this room: one connection carries every room of the page. */
  belongs: (payload: EventPayload<E>) => boolean;
  /** What the seq orders, when not the whole room: each question or comment keeps its own order. */
  scope?: (payload: EventPayload<E>) => string;
  apply: (payload: EventPayload<E>) => void;
}

function seqOf(payload: unknown): number | undefined {
  if (typeof payload !== 'object' || payload === null || !('seq' in payload)) return undefined;
  return typeof payload.seq === 'number' ? payload.seq : undefined;
}

/** Declares a server event of a room; the handlers may change between renders. */
export function useRoomEvent<E extends ServerEvent>(
  event: E,
  handlers: RoomEventHandlers<E>,
): RoomEvent {
  const current = useRef(handlers);
  useEffect(() => {
    current.current = handlers;
  });
  const [declared] = useState<RoomEvent>(() => ({
    event,
    listen: (deliver) =>
      on(event, (payload) => {
        if (!current.current.belongs(payload)) return;
        deliver({
          scope: current.current.scope?.(payload) ?? '',
          seq: seqOf(payload),
          apply: () => current.current.apply(payload),
        });
      }),
  }));
  return declared;
}

type JoinEvent = {
  [E in ClientEvent]: AckData<E> extends { seq: number } ? E : never;
}[ClientEvent];

export interface RoomOptions<J extends JoinEvent, L extends ClientEvent> {
  /** The room's identity; the hook leaves and joins again when it changes. Null: no room. */
  key: string | null;
  /** The join event and its payload; none for a room the server puts the socket in itself. */
  join?: { event: J; payload: EmitPayload<J> };
  leave?: { event: L; payload: EmitPayload<L> };
  events: readonly RoomEvent[];
  /**
   * Every successful join, the first and each one after an unrecovered reconnect. `missed`: the
   * room moved on while this page was away (its seq is above the last one seen), so a snapshot
   * kept elsewhere (an HTTP query) must be loaded again.
   */
  onJoined?: (ack: AckData<J>, sync: { rejoin: boolean; missed: boolean }) => void;
  /** The seq of each thing in the join's snapshot, for scoped events (scope, seq). */
  seeds?: (ack: AckData<J>) => Iterable<readonly [string, number]>;
  onJoinFailed?: (error: ApiError) => void;
  /** A room without a join event: the connection came back without recovery; reload. */
  onResync?: () => void;
}

/** Follows one room; returns whether the connection is up (for an "offline" notice). */
export function useRoom<J extends JoinEvent, L extends ClientEvent>(
  options: RoomOptions<J, L>,
): { connected: boolean } {
  const [connected, setConnected] = useState(true);
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });
  const { key } = options;

  useEffect(() => {
    if (key === null) return;
    const room = latest.current;
    let roomSeq: number | undefined;
    const scopeSeqs = new Map<string, number>();
    let joins = 0;
    let joining = false;
    let joined = false;
    let buffered: Delivery[] = [];
    let disposed = false;

    const accept = (delivery: Delivery) => {
      if (delivery.seq !== undefined) {
        const last = delivery.scope ? scopeSeqs.get(delivery.scope) : roomSeq;
        if (last !== undefined && delivery.seq <= last) return;
        if (delivery.scope) scopeSeqs.set(delivery.scope, delivery.seq);
        else roomSeq = delivery.seq;
      }
      delivery.apply();
    };
    const deliver = (delivery: Delivery) => {
      if (joining) buffered.push(delivery);
      else accept(delivery);
    };

    const join = async (rejoin: boolean) => {
      if (!room.join) return;
      const attempt = ++joins;
      joining = true;
      try {
        const ack = await emit(room.join.event, room.join.payload);
        if (disposed || attempt !== joins) return;
        const seen = Math.max(roomSeq ?? -1, ...scopeSeqs.values());
        // The acknowledgement is the state as of its seq: what came before it is in it.
        const ackSeq = seqOf(ack) ?? 0;
        roomSeq = ackSeq;
        scopeSeqs.clear();
        for (const [scope, seq] of latest.current.seeds?.(ack) ?? []) scopeSeqs.set(scope, seq);
        joined = true;
        latest.current.onJoined?.(ack, { rejoin, missed: rejoin && ackSeq > seen });
      } catch (error) {
        if (!disposed && attempt === joins) latest.current.onJoinFailed?.(asApiError(error));
      } finally {
        if (attempt === joins) {
          joining = false;
          const waiting = buffered;
          buffered = [];
          if (!disposed) waiting.forEach(accept);
        }
      }
    };
    /** In the room: joined, or (a room without a join event) connected once. */
    const enter = (again: boolean) => {
      if (room.join) void join(again);
      else {
        if (again) latest.current.onResync?.();
        joined = true;
      }
    };

    const stops = room.events.map((event) => event.listen(deliver));
    const stopConnection = onConnection({
      connected: (recovered) => {
        setConnected(true);
        // Recovered: the server kept the rooms and replays what was missed. Otherwise a new
        // join's acknowledgement (or a reload) stands in for it.
        if (!recovered || !joined) enter(joined);
      },
      disconnected: () => setConnected(false),
    });
    // Not yet connected: the first `connect` enters.
    if (isConnected()) enter(false);

    return () => {
      disposed = true;
      stops.forEach((stop) => stop());
      stopConnection();
      if (room.leave) emit(room.leave.event, room.leave.payload).catch(() => undefined);
    };
  }, [key]);

  return { connected };
}
