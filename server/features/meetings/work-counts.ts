// What meetings leave waiting for staff, for "Mitt arbete": a secretary's drafts, meetings held
// without every decision recorded, without minutes, or with minutes whose approval is not yet on
// the notice board; an official's coming meetings and the documents on their agendas, read or
// unread by the official (the reading room's read marks, as "my meetings" shows them).
import { trusted } from 'mongoose';
import type { WorkMeeting } from '@shared/schemas/work';
import type { CurrentUser } from '../../auth/current-user';
import { readMarks } from '../documents';
import { AgendaItem, Meeting } from './model';
import { presentMeetings } from './present';

/** `'all'` for a grant without body; else the ids of the bodies. */
type Bodies = 'all' | string[];

const ofBodies = (bodies: Bodies) => (bodies === 'all' ? {} : { bodyId: trusted({ $in: bodies }) });

export interface SecretaryWork {
  draftMeetings: number;
  decisionsMissing: number;
  minutesMissing: number;
  approvalMissing: number;
}

/** The secretary's queues over the bodies they keep. */
export async function secretaryWork(bodies: Bodies, now = new Date()): Promise<SecretaryWork> {
  const none = { draftMeetings: 0, decisionsMissing: 0, minutesMissing: 0, approvalMissing: 0 };
  if (bodies !== 'all' && bodies.length === 0) return none;
  const scope = ofBodies(bodies);
  const held = { ...scope, status: 'published' as const, startsAt: trusted({ $lte: now }) };
  const [draftMeetings, minutesMissing, approvalMissing, heldMeetings] = await Promise.all([
    Meeting.countDocuments({ ...scope, status: 'draft' }),
    Meeting.countDocuments({ ...held, minutes: trusted({ $exists: false }) }),
    Meeting.countDocuments({
      ...held,
      'minutes.documentId': trusted({ $exists: true }),
      'minutes.approvedOn': trusted({ $exists: false }),
    }),
    Meeting.find(held, { _id: 1 }).lean(),
  ]);
  const undecided =
    heldMeetings.length === 0
      ? []
      : await AgendaItem.distinct('meetingId', {
          meetingId: trusted({ $in: heldMeetings.map((m) => String(m._id)) }),
          decision: trusted({ $exists: false }),
        });
  return { draftMeetings, decisionsMissing: undecided.length, minutesMissing, approvalMissing };
}

/** The published meetings of these bodies from now on, soonest first (at most 20), each with the
 * documents on its agenda the person has not opened yet. */
export async function comingMeetings(
  bodyIds: string[],
  user: CurrentUser,
  now = new Date(),
): Promise<WorkMeeting[]> {
  if (bodyIds.length === 0) return [];
  const meetings = await Meeting.find({
    bodyId: trusted({ $in: bodyIds }),
    status: 'published',
    startsAt: trusted({ $gte: now }),
  })
    .sort({ startsAt: 1 })
    .limit(20);
  const views = await presentMeetings(meetings, user);
  const documentsOf = (view: (typeof views)[number]) => [
    ...new Set(view.items.flatMap((item) => item.documents.map((document) => document.id))),
  ];
  const read = await readMarks(user.id, [...new Set(views.flatMap(documentsOf))]);
  return views.map((view) => ({
    ...view,
    unreadDocumentIds: documentsOf(view).filter((id) => !read.has(id)),
  }));
}

export interface OfficialMeetingWork {
  meetingsComing: number;
  documentsToRead: number;
  documentsUnread: number;
}

/** The official's reading: coming meetings of their bodies, the documents on their agendas and
 * how many of those the person has not opened yet. */
export async function officialMeetingWork(
  bodyIds: string[],
  userId: string,
  now = new Date(),
): Promise<OfficialMeetingWork> {
  const none = { meetingsComing: 0, documentsToRead: 0, documentsUnread: 0 };
  if (bodyIds.length === 0) return none;
  const coming = await Meeting.find(
    { bodyId: trusted({ $in: bodyIds }), status: 'published', startsAt: trusted({ $gte: now }) },
    { _id: 1 },
  ).lean();
  if (coming.length === 0) return none;
  const items = await AgendaItem.find(
    { meetingId: trusted({ $in: coming.map((m) => String(m._id)) }) },
    { documentIds: 1 },
  ).lean();
  const documents = [...new Set(items.flatMap((item) => item.documentIds))];
  const read = await readMarks(userId, documents);
  return {
    meetingsComing: coming.length,
    documentsToRead: documents.length,
    documentsUnread: documents.filter((id) => !read.has(id)).length,
  };
}
