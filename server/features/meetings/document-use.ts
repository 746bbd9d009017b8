// How meetings refer to documents (agenda items list them; a meeting's minutes are one), as the
// document registry needs to know it: where a document is on an agenda, that minutes stay, and
// how a removed document leaves the agendas (whose viewers are then told).
import { trusted } from 'mongoose';
import type { DocumentUse, MeetingRef } from '../documents';
import { announceMeeting } from './announce';
import { AgendaItem, Meeting } from './model';

export const meetingsUseDocuments: DocumentUse = {
  async meetingsOf(documentIds) {
    const items = await AgendaItem.find(
      { documentIds: trusted({ $in: documentIds }) },
      { meetingId: 1, documentIds: 1 },
    ).lean();
    const meetings = await Meeting.find(
      {
        $or: [
          { _id: trusted({ $in: [...new Set(items.map((item) => item.meetingId))] }) },
          { 'minutes.documentId': trusted({ $in: documentIds }) },
        ],
        status: 'published',
      },
      { title: 1, startsAt: 1, minutes: 1 },
    )
      .sort({ startsAt: 1 })
      .lean();
    const result = new Map<string, MeetingRef[]>();
    for (const documentId of documentIds) {
      const onAgendas = new Set(
        items.filter((i) => i.documentIds.includes(documentId)).map((i) => i.meetingId),
      );
      result.set(
        documentId,
        meetings
          .filter((m) => onAgendas.has(String(m._id)) || m.minutes?.documentId === documentId)
          .map((m) => ({ id: String(m._id), title: m.title, startsAt: m.startsAt.toISOString() })),
      );
    }
    return result;
  },

  async keeps(documentId) {
    return (await Meeting.exists({ 'minutes.documentId': documentId }))
      ? 'These are the minutes of a meeting; they stay in the registry'
      : null;
  },

  async release(documentId) {
    const affected = await AgendaItem.find({ documentIds: documentId }, { meetingId: 1 }).lean();
    await AgendaItem.updateMany(
      { documentIds: documentId },
      { $pull: { documentIds: documentId } },
    );
    return [...new Set(affected.map((item) => item.meetingId))];
  },

  async announce(rooms, meetingIds) {
    for (const meetingId of meetingIds) await announceMeeting(rooms, meetingId);
  },
};
