// Tells other features (comments, live sessions) what meetings, agenda items and documents are:
// title, body, whether the public may see them and whether they take comments.
import { registerSubject } from '../subjects';
import { RecordDocument } from '../documents/model';
import { AgendaItem, Meeting } from '../meetings/model';

export function registerRecordSubjects(): void {
  registerSubject('meeting', async (id) => {
    const meeting = await Meeting.findById(id, { title: 1, bodyId: 1, status: 1 }).lean();
    if (!meeting) return null;
    const published = meeting.status === 'published';
    return {
      id,
      type: 'meeting',
      title: meeting.title,
      bodyId: meeting.bodyId,
      public: published,
      commentable: published,
      path: `/moten/${id}`,
    };
  });
  registerSubject('agendaItem', async (id) => {
    const item = await AgendaItem.findById(id, { title: 1, meetingId: 1 }).lean();
    if (!item) return null;
    const meeting = await Meeting.findById(item.meetingId, { bodyId: 1, status: 1 }).lean();
    if (!meeting) return null;
    const published = meeting.status === 'published';
    return {
      id,
      type: 'agendaItem',
      title: item.title,
      bodyId: meeting.bodyId,
      public: published,
      commentable: published,
      path: `/moten/${item.meetingId}#punkt-${id}`,
    };
  });
  registerSubject('document', async (id) => {
    const document = await RecordDocument.findById(id, { title: 1, bodyId: 1, secrecy: 1 }).lean();
    if (!document) return null;
    const isPublic = document.secrecy === 'public';
    return {
      id,
      type: 'document',
      title: document.title,
      bodyId: document.bodyId,
      public: isPublic,
      commentable: isPublic,
      path: `/handlingar/${id}`,
    };
  });
}
