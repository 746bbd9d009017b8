// What other features may read of meetings: the plain published records the open data (OParl,
// feeds) publishes, never a draft. Read-only; changes go through the commands.
import { trusted, type Types } from 'mongoose';
import { isObjectId } from '../../db/ids';
import {
  AgendaItem,
  Meeting,
  PUBLIC_STATUSES,
  type AgendaItemFields,
  type MeetingFields,
} from './model';

type Stored<T> = T & { _id: Types.ObjectId; createdAt: Date; updatedAt: Date };
export type MeetingRow = Stored<MeetingFields>;
export type AgendaItemRow = Stored<AgendaItemFields>;

const PUBLISHED = { status: trusted({ $in: [...PUBLIC_STATUSES] }) };
const modified = (since: Date | undefined) =>
  since ? { updatedAt: trusted({ $gte: since }) } : {};

/** A page of published meetings, in order of time. */
export async function publishedMeetingPage(options: {
  modifiedSince?: Date;
  skip: number;
  limit: number;
}): Promise<{ rows: MeetingRow[]; total: number }> {
  const filter = { ...PUBLISHED, ...modified(options.modifiedSince) };
  const [rows, total] = await Promise.all([
    Meeting.find(filter)
      .sort({ startsAt: 1, _id: 1 })
      .skip(options.skip)
      .limit(options.limit)
      .lean<MeetingRow[]>(),
    Meeting.countDocuments(filter),
  ]);
  return { rows, total };
}

export async function publishedMeeting(id: string): Promise<MeetingRow | null> {
  return isObjectId(id) ? Meeting.findOne({ _id: id, ...PUBLISHED }).lean<MeetingRow>() : null;
}

/** Published meetings from `since` on (all bodies or one), in order of time. */
export function publishedMeetingsFrom(
  since: Date,
  options: { bodyId?: string; limit: number },
): Promise<MeetingRow[]> {
  return Meeting.find({
    ...PUBLISHED,
    startsAt: trusted({ $gte: since }),
    ...(options.bodyId ? { bodyId: options.bodyId } : {}),
  })
    .sort({ startsAt: 1 })
    .limit(options.limit)
    .lean<MeetingRow[]>();
}

/** The agenda items of these meetings, each meeting's in agenda order. */
export function agendaItemsOf(meetingIds: string[]): Promise<AgendaItemRow[]> {
  return AgendaItem.find({ meetingId: trusted({ $in: meetingIds }) })
    .sort({ order: 1 })
    .lean<AgendaItemRow[]>();
}

async function publishedMeetingIds(): Promise<string[]> {
  return (await Meeting.find(PUBLISHED, { _id: 1 }).lean()).map((m) => String(m._id));
}

/** An agenda item with its number on the agenda (1, 2, …). */
export interface NumberedItem {
  item: AgendaItemRow;
  number: number;
}

/** A page of the agenda items of published meetings, meeting by meeting. */
export async function publishedAgendaItemPage(options: {
  modifiedSince?: Date;
  skip: number;
  limit: number;
}): Promise<{ rows: NumberedItem[]; total: number }> {
  const filter = {
    meetingId: trusted({ $in: await publishedMeetingIds() }),
    ...modified(options.modifiedSince),
  };
  const [items, total] = await Promise.all([
    AgendaItem.find(filter)
      .sort({ meetingId: 1, order: 1 })
      .skip(options.skip)
      .limit(options.limit)
      .lean<AgendaItemRow[]>(),
    AgendaItem.countDocuments(filter),
  ]);
  const siblings = await AgendaItem.find(
    { meetingId: trusted({ $in: items.map((i) => i.meetingId) }) },
    { meetingId: 1, order: 1 },
  ).lean();
  const numberOf = (item: AgendaItemRow) =>
    siblings.filter((s) => s.meetingId === item.meetingId && s.order <= item.order).length;
  return { rows: items.map((item) => ({ item, number: numberOf(item) })), total };
}

/** One agenda item of a published meeting, with its number. */
export async function publishedAgendaItem(id: string): Promise<NumberedItem | null> {
  const item = isObjectId(id) ? await AgendaItem.findById(id).lean<AgendaItemRow>() : null;
  if (!item || !(await Meeting.exists({ _id: item.meetingId, ...PUBLISHED }))) return null;
  const number = await AgendaItem.countDocuments({
    meetingId: item.meetingId,
    order: trusted({ $lte: item.order }),
  });
  return { item, number };
}

/** The latest decisions recorded on published meetings, newest first. */
export async function recentDecisions(limit: number): Promise<AgendaItemRow[]> {
  const decided = await AgendaItem.find({ decision: trusted({ $exists: true }) })
    .sort({ 'decision.decidedAt': -1 })
    .limit(limit)
    .lean<AgendaItemRow[]>();
  const published = new Set(
    (
      await Meeting.find(
        { _id: trusted({ $in: decided.map((i) => i.meetingId) }), ...PUBLISHED },
        { _id: 1 },
      ).lean()
    ).map((m) => String(m._id)),
  );
  return decided.filter((item) => published.has(item.meetingId) && item.decision);
}
