// Documents added after the notice: when a published meeting's agenda gains a document, it is
// remembered as supplementary and the body's members and the called-in substitutes are notified
// (the document's title only; its content stays behind the access rules).
import type { AppContext } from '../../../context';
import { bodyMemberIds } from '../../bodies';
import { documentRowsByIds } from '../../documents';
import { notify } from '../../notifications';
import { calledInSubstitutes } from '../absence';
import type { MeetingRecord } from '../model';
import { Supplement } from './model';

export async function noteSupplements(
  app: AppContext,
  meeting: MeetingRecord,
  before: string[],
  after: string[],
): Promise<void> {
  if (meeting.status !== 'published') return;
  const added = after.filter((id) => !before.includes(id));
  if (added.length === 0) return;
  const meetingId = String(meeting._id);
  const at = new Date();
  for (const documentId of added) {
    await Supplement.updateOne(
      { meetingId, documentId },
      { $setOnInsert: { at } },
      { upsert: true },
    );
  }
  const [members, substitutes, rows] = await Promise.all([
    bodyMemberIds(meeting.bodyId),
    calledInSubstitutes(meetingId),
    documentRowsByIds(added),
  ]);
  const people = [...members, ...substitutes.map((s) => s.userId)];
  for (const documentId of added) {
    const row = rows.get(documentId);
    if (!row) continue;
    await notify(app, people, {
      kind: 'document_added',
      subject: { type: 'meeting', id: meetingId, title: meeting.title },
      path: '/mina-moten',
      document: row.title,
    });
  }
}
