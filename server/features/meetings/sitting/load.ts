// Loading what a sitting command acts on: the meeting (or agenda item, or vote) the caller can
// see, with the sitting's roll call and the body's members, so that the policy can tell a
// secretary of the body from a present member without another read.
import type { Actor } from '../../../commands/define';
import type { CurrentUser } from '../../../auth/current-user';
import { isObjectId } from '../../../db/ids';
import { conflict, notFound } from '../../../errors';
import { canManageMeetings } from '../../../policies/meetings';
import { loadVisibleMeeting } from '../load';
import { AgendaItem, type AgendaItemRecord, type MeetingRecord } from '../model';
import { Sitting, Vote, type SittingRecord, type VoteRecord } from './model';
import { bodyMembers, roster, type Member, type Roster } from './roster';

export interface OnSitting {
  meeting: MeetingRecord;
  sitting: SittingRecord | null;
  members: Member[];
  roster: Roster;
}
export interface OnItem extends OnSitting {
  item: AgendaItemRecord;
}
export interface OnVote extends OnSitting {
  vote: VoteRecord;
}

async function withSitting(meeting: MeetingRecord): Promise<OnSitting> {
  const [sitting, members] = await Promise.all([
    Sitting.findById(String(meeting._id)),
    bodyMembers(meeting.bodyId),
  ]);
  return { meeting, sitting, members, roster: roster(members, sitting?.attendance ?? []) };
}

export async function loadSittingMeeting({ id }: { id: string }, actor: Actor): Promise<OnSitting> {
  return withSitting(await loadVisibleMeeting(id, actor.user));
}

export async function loadSittingItem(
  { itemId }: { itemId: string },
  actor: Actor,
): Promise<OnItem> {
  const item = isObjectId(itemId) ? await AgendaItem.findById(itemId) : null;
  if (!item) throw notFound('No such agenda item');
  const meeting = await loadVisibleMeeting(item.meetingId, actor.user);
  return { ...(await withSitting(meeting)), item };
}

export async function loadSittingVote({ id }: { id: string }, actor: Actor): Promise<OnVote> {
  const vote = isObjectId(id) ? await Vote.findById(id) : null;
  if (!vote) throw notFound('No such vote');
  const meeting = await loadVisibleMeeting(vote.meetingId, actor.user);
  return { ...(await withSitting(meeting)), vote };
}

/** A secretary of the meeting's body. */
export const isSecretary = (user: CurrentUser, { meeting }: { meeting: MeetingRecord }) =>
  canManageMeetings(user, meeting.bodyId);

/**
 * The secretary, or a present member acting for themself (no `userId` in the input, or their
 * own). Absent members and everyone else are refused.
 */
export const secretaryOrPresentSelf = (
  user: CurrentUser,
  subject: OnSitting,
  input: { userId?: string },
) =>
  isSecretary(user, subject) ||
  ((input.userId === undefined || input.userId === user.id) && subject.roster.present.has(user.id));

/** The sitting runs (started, not closed). */
export function requireInSession(subject: OnSitting): SittingRecord {
  if (subject.meeting.status !== 'in_session' || !subject.sitting) {
    throw conflict('The meeting is not in session');
  }
  return subject.sitting;
}

/** Whom the action is for: the named member (the secretary acting) or the caller. */
export function targetOf(user: CurrentUser, input: { userId?: string }): string {
  return input.userId ?? user.id;
}
