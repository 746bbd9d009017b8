// The notice board (anslagstavla): a notice announces that a meeting's minutes were approved
// (justering), with the day it went up and the last day to appeal; it stays current until that
// day ends, then moves to the archive. Work only: the meetings feature's approval command posts
// the notice (and audits it); the list is public.
import { trusted } from 'mongoose';
import type { NoticeView } from '@shared/schemas/noticeboard';
import { conflict } from '../../errors';
import { isDuplicateKey } from '../../db/errors';
import { bodyNames } from '../bodies';
import { resolveSubject } from '../subjects';
import { appealEndsOn, swedishDate } from './appeal';
import { Notice, type NoticeFields } from './model';

export interface MinutesNotice {
  id: string;
  postedOn: string;
  appealEndsOn: string;
}

/** Posts the notice of approved minutes (one per meeting: a second one is 409). */
export async function postMinutesNotice(input: {
  meetingId: string;
  bodyId: string;
  documentId: string;
  approvedOn: string;
  createdBy: string;
  postedAt: Date;
}): Promise<MinutesNotice> {
  const postedOn = swedishDate(input.postedAt);
  try {
    // The unique meetingId index keeps a double click from posting twice.
    const notice = await Notice.create({
      ...input,
      postedOn,
      appealEndsOn: appealEndsOn(postedOn),
    });
    return { id: String(notice._id), postedOn, appealEndsOn: notice.appealEndsOn };
  } catch (error) {
    if (isDuplicateKey(error)) throw conflict('The approval of these minutes is already announced');
    throw error;
  }
}

/** The notices of these meetings' minutes, by meeting id. */
export async function minutesNotices(
  meetingIds: string[],
): Promise<Map<string, Omit<MinutesNotice, 'id'>>> {
  const notices = await Notice.find(
    { meetingId: trusted({ $in: meetingIds }) },
    { meetingId: 1, postedOn: 1, appealEndsOn: 1 },
  ).lean();
  return new Map(
    notices.map((n) => [n.meetingId, { postedOn: n.postedOn, appealEndsOn: n.appealEndsOn }]),
  );
}

export async function listNotices(
  status: 'current' | 'archived',
  page: number,
  pageSize: number,
  now: Date = new Date(),
): Promise<{ data: NoticeView[]; total: number }> {
  const today = swedishDate(now);
  const filter =
    status === 'current'
      ? { appealEndsOn: trusted({ $gte: today }) }
      : { appealEndsOn: trusted({ $lt: today }) };
  const [notices, total] = await Promise.all([
    Notice.find(filter)
      .sort({ postedAt: -1 })
      .skip((page - 1) * pageSize)
      .limit(pageSize)
      .lean(),
    Notice.countDocuments(filter),
  ]);
  return { data: await presentNotices(notices, today), total };
}

async function presentNotices(
  notices: Array<NoticeFields & { _id: unknown }>,
  today: string,
): Promise<NoticeView[]> {
  const [names, meetings] = await Promise.all([
    bodyNames(notices.map((n) => n.bodyId)),
    Promise.all(notices.map((n) => resolveSubject('meeting', n.meetingId))),
  ]);
  return notices.map((notice, index) => {
    const meeting = meetings[index];
    const bodyName = names.get(notice.bodyId) ?? '';
    return {
      id: String(notice._id),
      kind: 'minutes',
      title: `Protokoll – ${meeting?.title ?? bodyName}`,
      bodyId: notice.bodyId,
      bodyName,
      meetingId: notice.meetingId,
      meetingTitle: meeting?.title ?? '',
      meetingDate: meeting?.date ?? '',
      documentId: notice.documentId,
      approvedOn: notice.approvedOn,
      postedOn: notice.postedOn,
      appealEndsOn: notice.appealEndsOn,
      current: notice.appealEndsOn >= today,
    };
  });
}
