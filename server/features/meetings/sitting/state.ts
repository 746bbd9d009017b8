// The whole state of a sitting as the meeting's room sees it (`meeting:state`), read from the
// stored rows in a handful of queries, and its announcement: the payload is a loader, read after
// the room's seq was taken, so a later seq never carries an older state. Announcements of the same
// room that find one still waiting join it (coalesce), so 101 ballots at once cost a few reads.
// The state goes to every follower at every change, so it stays small: it names who voted how
// only for the votes of the current item (what the room is watching); a closed open vote of
// another item says `named: true` and its names are read on demand (`GET /api/v1/votes/:id`).
import { trusted } from 'mongoose';
import { meetingRoom } from '@shared/events/records';
import type {
  AttendanceView,
  ItemStateView,
  MeetingStateView,
  MotionView,
  PersonView,
  SpeakerView,
  VoteView,
} from '@shared/schemas/council';
import { loadAuthorNames } from '../../../auth/authors';
import type { Announcer } from '../../../realtime/rooms';
import { AgendaItem, Meeting } from '../model';
import {
  Ballot,
  Motion,
  Recusal,
  Reservation,
  Sitting,
  Speaker,
  Vote,
  type SittingFields,
  type VoteFields,
} from './model';
import { bodyMembers, quorumOf, roster, type Member, type Roster } from './roster';

type Names = Map<string, { displayName: string }>;

export interface People {
  members: Member[];
  names: Names;
  person(userId: string): PersonView;
}

export async function people(bodyId: string, extra: Iterable<string> = []): Promise<People> {
  const members = await bodyMembers(bodyId);
  const names = await loadAuthorNames([...members.map((m) => m.userId), ...extra]);
  const party = new Map(members.map((m) => [m.userId, m.party]));
  return {
    members,
    names,
    person: (userId) => ({
      userId,
      displayName: names.get(userId)?.displayName ?? '',
      ...(party.get(userId) ? { party: party.get(userId)! } : {}),
    }),
  };
}

type StoredVote = VoteFields & { _id: unknown };

/**
 * A vote as anyone sees it: names only for open votes and only once closed. Without `names`,
 * a closed open vote that has them says so (`named: true`) instead of carrying them.
 */
export function presentVote(
  vote: StoredVote,
  voted: number,
  who: People,
  { names = true }: { names?: boolean } = {},
): VoteView {
  const closed = vote.status === 'closed';
  const counted = vote.counted ?? [];
  return {
    id: String(vote._id),
    meetingId: vote.meetingId,
    itemId: vote.itemId,
    question: vote.question,
    kind: vote.kind,
    status: vote.status,
    openedAt: vote.openedAt.toISOString(),
    ...(vote.closedAt ? { closedAt: vote.closedAt.toISOString() } : {}),
    eligible: vote.eligible.length,
    voted: closed ? (vote.counted?.length ?? voted) : voted,
    result:
      closed && vote.result
        ? {
            ja: vote.result.ja ?? 0,
            nej: vote.result.nej ?? 0,
            avstar: vote.result.avstar ?? 0,
            absent: vote.result.absent ?? 0,
          }
        : null,
    ...(closed && vote.kind === 'open' && names
      ? {
          ballots: counted.map((b) => ({
            ...who.person(b.userId),
            choice: b.choice,
            ...(b.recordedBySecretary ? { recordedBySecretary: true } : {}),
          })),
        }
      : {}),
    ...(closed && vote.kind === 'open' && !names && counted.length > 0 ? { named: true } : {}),
  };
}

export function presentAttendance(
  sitting: Pick<SittingFields, 'attendance'> | null,
  who: People,
  r: Roster,
): AttendanceView {
  const byId = new Map((sitting?.attendance ?? []).map((a) => [a.userId, a]));
  return {
    ...quorumOf(r),
    members: who.members.map((m) => {
      const seat = r.servesFor.get(m.userId);
      return {
        ...who.person(m.userId),
        ...(m.position ? { position: m.position } : {}),
        seat: m.seat,
        present: byId.get(m.userId)?.present ?? false,
        serving: r.serving.has(m.userId),
        ...(seat ? { substituteFor: who.person(seat) } : {}),
      };
    }),
  };
}

/**
 * The state of the meeting's sitting (unstamped), or null for an unknown or draft meeting. The
 * room's state names voters on the current item only; `names: 'all'` names them on every item
 * (the minutes draft).
 */
export async function sittingState(
  meetingId: string,
  { names = 'current' }: { names?: 'current' | 'all' } = {},
): Promise<Omit<MeetingStateView, 'seq'> | null> {
  const meeting = await Meeting.findById(meetingId).lean();
  if (!meeting || meeting.status === 'draft') return null;
  const byMeeting = { meetingId };
  const [sitting, items, speakers, motions, votes, reservations, recusals] = await Promise.all([
    Sitting.findById(meetingId).lean(),
    AgendaItem.find(byMeeting).sort({ order: 1 }).lean(),
    Speaker.find({ ...byMeeting, state: trusted({ $in: ['waiting', 'speaking'] }) })
      .sort({ order: 1, createdAt: 1 })
      .lean(),
    Motion.find(byMeeting).sort({ createdAt: 1 }).lean(),
    Vote.find(byMeeting).sort({ openedAt: 1 }).lean(),
    Reservation.find(byMeeting).sort({ createdAt: 1 }).lean(),
    Recusal.find(byMeeting).sort({ at: 1 }).lean(),
  ]);
  const open = votes.find((v) => v.status === 'open');
  const openCount = open ? await Ballot.countDocuments({ voteId: String(open._id) }) : 0;
  const who = await people(meeting.bodyId, [
    ...speakers.map((s) => s.userId),
    ...motions.flatMap((m) => (m.userId ? [m.userId] : [])),
    ...reservations.map((r) => r.userId),
  ]);
  const r = roster(who.members, sitting?.attendance ?? []);
  const current = sitting?.currentItemId ?? null;
  const speakerView = (s: (typeof speakers)[number]): SpeakerView => ({
    id: String(s._id),
    itemId: s.itemId,
    ...who.person(s.userId),
    replik: s.replik ?? false,
    state: s.state === 'speaking' ? 'speaking' : 'waiting',
    ...(s.startedAt ? { since: s.startedAt.toISOString() } : {}),
  });
  const firstTaken = new Map<string, Date>();
  for (const c of sitting?.chapters ?? []) {
    if (!firstTaken.has(c.itemId)) firstTaken.set(c.itemId, c.at);
  }
  const voteView = (v: (typeof votes)[number]) =>
    presentVote(v, v === open ? openCount : 0, who, {
      names: names === 'all' || v.itemId === current,
    });

  const itemStates: ItemStateView[] = items.map((item, index) => {
    const itemId = String(item._id);
    const mine = <T extends { itemId: string }>(rows: T[]) =>
      rows.filter((row) => row.itemId === itemId);
    const recused = mine(recusals).map((x) => x.userId);
    const motionViews: MotionView[] = mine(motions).map((m) => ({
      id: String(m._id),
      itemId,
      text: m.text,
      ...(m.userId ? { by: who.person(m.userId) } : {}),
      createdAt: m.createdAt.toISOString(),
    }));
    const started = firstTaken.get(itemId);
    return {
      itemId,
      number: index + 1,
      title: item.title,
      ...(item.decision ? { decision: item.decision.text } : {}),
      motions: motionViews,
      votes: mine(votes).map(voteView),
      reservations: mine(reservations).map((x) => ({
        ...who.person(x.userId),
        ...(x.text ? { text: x.text } : {}),
      })),
      recusals: recused.map((id) => who.person(id)),
      quorum: quorumOf(r, recused),
      ...(started ? { startedAt: started.toISOString() } : {}),
    };
  });

  const onItem = speakers.filter((s) => s.itemId === current);
  const speaking = onItem.find((s) => s.state === 'speaking');
  return {
    meetingId,
    status: meeting.status,
    adjourned: sitting?.adjourned ?? false,
    ...(sitting?.startedAt ? { startedAt: sitting.startedAt.toISOString() } : {}),
    ...(sitting?.closedAt ? { closedAt: sitting.closedAt.toISOString() } : {}),
    currentItemId: current,
    speaking: speaking ? speakerView(speaking) : null,
    speakers: onItem.filter((s) => s.state === 'waiting').map(speakerView),
    vote: open ? voteView(open) : null,
    attendance: presentAttendance(sitting, who, r),
    items: itemStates,
    ...(meeting.streamUrl ? { streamUrl: meeting.streamUrl } : {}),
  };
}

/** The announce step of every sitting command: the room gets the whole new state. */
export function announceState(rooms: Announcer, meetingId: string) {
  return rooms.announce(meetingRoom(meetingId), 'meeting:state', () => sittingState(meetingId), {
    coalesce: true,
  });
}
