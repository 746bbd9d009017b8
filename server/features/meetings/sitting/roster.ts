// Who sits and who serves: the body's members hold seats (everyone but the ersättare); the roll
// call marks who is present, and a present substitute serves (tjänstgör) for a named absent
// seated member. Quorum (beslutförhet): more than half of the seats serving; on an item, members
// recused (jäv) do not count. Pure functions over the body's members and the stored roll call.
import { validationFailed } from '../../../errors';
import { bodyRow } from '../../bodies';

export interface Member {
  userId: string;
  party?: string;
  position?: string;
  /** Holds a seat (not an ersättare). */
  seat: boolean;
}

export interface Attendee {
  userId: string;
  present: boolean;
  substituteFor?: string | null;
}

/** An ersättare holds no seat of their own; everyone else seated in the body does. */
export const holdsSeat = (position: string | null | undefined) =>
  !/ersättare|ersattare|substitute/i.test(position ?? '');

export async function bodyMembers(bodyId: string): Promise<Member[]> {
  const body = await bodyRow(bodyId);
  return (body?.members ?? []).map((m) => ({
    userId: m.userId,
    ...(m.party ? { party: m.party } : {}),
    ...(m.position ? { position: m.position } : {}),
    seat: holdsSeat(m.position),
  }));
}

export interface Roster {
  seats: number;
  /** Present, whether serving or not. */
  present: Set<string>;
  /** Present and counted: seated members, and substitutes for absent seated members. */
  serving: Set<string>;
  /** substitute → the seated member they serve for. */
  servesFor: Map<string, string>;
}

export function roster(members: Member[], attendance: Attendee[]): Roster {
  const seated = new Set(members.filter((m) => m.seat).map((m) => m.userId));
  const known = new Set(members.map((m) => m.userId));
  const present = new Set(
    attendance.filter((a) => a.present && known.has(a.userId)).map((a) => a.userId),
  );
  const serving = new Set([...present].filter((id) => seated.has(id)));
  const servesFor = new Map<string, string>();
  const covered = new Set<string>();
  for (const a of attendance) {
    const seat = a.substituteFor;
    if (!a.present || !seat || !present.has(a.userId) || seated.has(a.userId)) continue;
    if (!seated.has(seat) || present.has(seat) || covered.has(seat)) continue;
    covered.add(seat);
    servesFor.set(a.userId, seat);
    serving.add(a.userId);
  }
  return { seats: seated.size, present, serving, servesFor };
}

export interface Quorum {
  seats: number;
  present: number;
  required: number;
  quorum: boolean;
}

/** More than half of the seats serving (less those recused on an item). */
export function quorumOf(r: Roster, recused: Iterable<string> = []): Quorum {
  const out = new Set(recused);
  const present = [...r.serving].filter((id) => !out.has(id)).length;
  const required = Math.floor(r.seats / 2) + 1;
  return { seats: r.seats, present, required, quorum: r.seats > 0 && present >= required };
}

/**
 * Checks a roll call against the body's members: every person seated in the body, a substitute
 * holds no seat and serves for a seated member who is absent, and no seat gets two substitutes.
 */
export function checkRollCall(members: Member[], entries: Attendee[]): void {
  const byId = new Map(members.map((m) => [m.userId, m]));
  const presentIds = new Set(entries.filter((e) => e.present).map((e) => e.userId));
  const seen = new Set<string>();
  const covered = new Set<string>();
  for (const [index, entry] of entries.entries()) {
    const where = `entries.${index}`;
    if (!byId.has(entry.userId))
      throw validationFailed(`${where}.userId: not a member of the body`);
    if (seen.has(entry.userId)) throw validationFailed(`${where}.userId: named twice`);
    seen.add(entry.userId);
    const seat = entry.substituteFor;
    if (!seat) continue;
    if (byId.get(entry.userId)!.seat) {
      throw validationFailed(`${where}.substituteFor: a seated member is no substitute`);
    }
    if (!byId.get(seat)?.seat) {
      throw validationFailed(`${where}.substituteFor: not a seated member of the body`);
    }
    if (presentIds.has(seat)) {
      throw validationFailed(`${where}.substituteFor: that member is present`);
    }
    if (covered.has(seat)) {
      throw validationFailed(`${where}.substituteFor: that member already has a substitute`);
    }
    covered.add(seat);
  }
}
