// The commands of private notes: list and write one's own notes on a document or an agenda item,
// remove one. Every query is by the caller's id, so no answer carries anyone else's note; a note
// of someone else is "not found". The audit entry names the note, never its text.
import { z } from 'zod';
import { NoteCreateSchema, type NoteView } from '@shared/schemas/reading';
import { defineCommand } from '../../commands/define';
import { isObjectId } from '../../db/ids';
import { notFound } from '../../errors';
import { anchorStates } from '../documents';
import { resolveSubject, type SubjectInfo } from '../subjects';
import { Note, type NoteFields } from './model';

type NoteSubject = 'document' | 'agendaItem';
const Path = z.object({ id: z.string() });

/** The thing noted on: a document (any registry entry), or an item of a published meeting. */
async function loadSubject(type: NoteSubject, id: string): Promise<SubjectInfo> {
  const subject = await resolveSubject(type, id);
  if (!subject || (type === 'agendaItem' && !subject.public)) throw notFound(`No such ${type}`);
  return subject;
}

/** Notes at most one person keeps on one thing (a bound on what a list answers). */
const NOTES_PER_SUBJECT = 500;

async function present(notes: NoteFields[]): Promise<NoteView[]> {
  const states = new Map<string, NoteView['anchorState']>();
  const byDocument = new Map<string, NoteFields[]>();
  for (const note of notes) {
    if (note.subjectType !== 'document') continue;
    byDocument.set(note.subjectId, [...(byDocument.get(note.subjectId) ?? []), note]);
  }
  for (const [documentId, list] of byDocument) {
    const found = await anchorStates(
      documentId,
      list.map((n) => n.anchor),
    );
    list.forEach((n, i) => states.set(String(n._id), found[i]));
  }
  return notes.map((note) => {
    const anchor = note.anchor
      ? {
          ...(note.anchor.page != null ? { page: note.anchor.page } : {}),
          ...(note.anchor.paragraph != null ? { paragraph: note.anchor.paragraph } : {}),
          ...(note.anchor.quote ? { quote: note.anchor.quote } : {}),
        }
      : undefined;
    const state = states.get(String(note._id));
    return {
      id: String(note._id),
      subject: { type: note.subjectType, id: note.subjectId },
      text: note.text,
      ...(anchor ? { anchor } : {}),
      ...(state ? { anchorState: state } : {}),
      createdAt: note.createdAt.toISOString(),
    };
  });
}

function listNotes(type: NoteSubject) {
  return defineCommand({
    name: type === 'document' ? 'note.list_document' : 'note.list_item',
    input: Path,
    load: ({ id }) => loadSubject(type, id),
    policy: 'user',
    async work({ input, user }) {
      const notes = await Note.find({ userId: user!.id, subjectType: type, subjectId: input.id })
        .sort({ createdAt: 1 })
        .limit(NOTES_PER_SUBJECT)
        .lean<NoteFields[]>();
      return present(notes);
    },
  });
}

function writeNote(type: NoteSubject) {
  return defineCommand({
    name: type === 'document' ? 'note.create_document' : 'note.create_item',
    input: NoteCreateSchema.extend(Path.shape),
    load: ({ id }) => loadSubject(type, id),
    policy: 'user',
    async work({ input, user }) {
      const note = await Note.create({
        userId: user!.id,
        subjectType: type,
        subjectId: input.id,
        text: input.text,
        anchor: input.anchor,
      });
      return (await present([note.toObject<NoteFields>()]))[0]!;
    },
    audit: (note) => ({ action: 'note.create', subject: { type: 'note', id: note.id } }),
  });
}

export const listDocumentNotes = listNotes('document');
export const writeDocumentNote = writeNote('document');
export const listItemNotes = listNotes('agendaItem');
export const writeItemNote = writeNote('agendaItem');

export const deleteNote = defineCommand({
  name: 'note.delete',
  input: Path,
  // Someone else's note does not exist for the caller.
  async load({ id }, actor) {
    const note = isObjectId(id) ? await Note.findOne({ _id: id, userId: actor.user?.id }) : null;
    if (!note) throw notFound('No such note');
    return note;
  },
  policy: 'user',
  async work({ subject }) {
    await subject.deleteOne();
  },
  audit: (_r, { input }) => ({ action: 'note.delete', subject: { type: 'note', id: input.id } }),
});

/** The person's notes, for their data export. */
export async function exportNotes(userId: string) {
  const notes = await Note.find({ userId }).sort({ createdAt: 1 }).lean<NoteFields[]>();
  return notes.map((n) => ({
    subject: { type: n.subjectType, id: n.subjectId },
    text: n.text,
    anchor: n.anchor ?? undefined,
    createdAt: n.createdAt.toISOString(),
  }));
}

export async function eraseNotes(userId: string): Promise<void> {
  await Note.deleteMany({ userId });
}
