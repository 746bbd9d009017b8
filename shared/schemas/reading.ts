// The officials' reading room (issue 17): the access log of confidential documents, private
// notes, reported absences and called-in substitutes, and "my meetings". Shared by the server's
// commands and the client's pages and forms; limits are declared once here.
import { z } from 'zod';
import { IdSchema, userText } from './common';
import { DocumentRefSchema } from './meetings';

export const NOTE_TEXT_MAX = 4000;
export const NOTE_QUOTE_MAX = 200;
export const ABSENCE_REASON_MAX = 200;

/** What of a confidential document was read: its text, its file or the whole-meeting PDF. */
export const READ_WHATS = ['text', 'file', 'bundle'] as const;

export const AccessLogEntrySchema = z.object({
  displayName: z.string(),
  at: z.string(),
  what: z.enum(READ_WHATS),
  /** The client address (only in the log the body's secretaries and admins read). */
  ip: z.string().nullable(),
});
export type AccessLogEntry = z.infer<typeof AccessLogEntrySchema>;

export const MyReadSchema = z.object({
  documentId: z.string(),
  title: z.string(),
  at: z.string(),
  what: z.enum(READ_WHATS),
});
export type MyRead = z.infer<typeof MyReadSchema>;

/** Where on a document a note sits: a page, a paragraph (its index and the start of its text). */
export const NoteAnchorSchema = z
  .object({
    page: z.number().int().min(1).max(10_000).optional(),
    paragraph: z.number().int().min(0).max(100_000).optional(),
    quote: userText().trim().max(NOTE_QUOTE_MAX).optional(),
  })
  .strict();
export type NoteAnchor = z.infer<typeof NoteAnchorSchema>;

export const NoteCreateSchema = z.object({
  text: userText().trim().min(1).max(NOTE_TEXT_MAX),
  anchor: NoteAnchorSchema.optional(),
});
export type NoteCreate = z.infer<typeof NoteCreateSchema>;

export const NoteSchema = z.object({
  id: z.string(),
  subject: z.object({ type: z.enum(['document', 'agendaItem']), id: z.string() }),
  text: z.string(),
  anchor: NoteAnchorSchema.optional(),
  /** `moved`: the quoted paragraph is now elsewhere; `changed`: the text no longer has it. */
  anchorState: z.enum(['in_place', 'moved', 'changed']).optional(),
  createdAt: z.string(),
});
export type NoteView = z.infer<typeof NoteSchema>;

export const AbsenceCreateSchema = z.object({
  reason: userText().trim().max(ABSENCE_REASON_MAX).optional(),
});

export const SubstituteInputSchema = z.object({ userId: IdSchema, forUserId: IdSchema });

export const AbsenceSchema = z.object({
  userId: z.string(),
  displayName: z.string(),
  reportedAt: z.string(),
  reason: z.string().optional(),
  substitute: z.object({ userId: z.string(), displayName: z.string() }).optional(),
});
export type AbsenceView = z.infer<typeof AbsenceSchema>;

export const AbsenceListSchema = z.object({
  absences: z.array(AbsenceSchema),
  /** Whom the secretary may call in: the body's members who are not absent. */
  candidates: z.array(z.object({ userId: z.string(), displayName: z.string() })),
  canManage: z.boolean(),
  /** The caller has reported absence. */
  mine: z.boolean(),
});
export type AbsenceList = z.infer<typeof AbsenceListSchema>;

export const MyDocumentSchema = DocumentRefSchema.extend({
  /** The caller may read the content (confidential ones too, for members). */
  readable: z.boolean(),
  read: z.boolean(),
  /** Added after the notice (a supplementary document). */
  supplementary: z.boolean(),
  /** Supplementary and added since the caller last opened "my meetings". */
  isNew: z.boolean(),
});
export type MyDocument = z.infer<typeof MyDocumentSchema>;

export const MyMeetingSchema = z.object({
  id: z.string(),
  title: z.string(),
  bodyId: z.string(),
  bodyName: z.string(),
  startsAt: z.string(),
  location: z.string().optional(),
  /** `member`, or `substitute` when called in for someone. */
  role: z.enum(['member', 'substitute']),
  absent: z.boolean(),
  items: z.array(
    z.object({
      id: z.string(),
      number: z.number().int(),
      title: z.string(),
      documents: z.array(MyDocumentSchema),
    }),
  ),
});
export type MyMeeting = z.infer<typeof MyMeetingSchema>;

export const MyMeetingsSchema = z.object({
  meetings: z.array(MyMeetingSchema),
  /** Whether confidential documents may be kept for reading offline (OFFLINE_CONFIDENTIAL). */
  offlineConfidential: z.boolean(),
});
export type MyMeetings = z.infer<typeof MyMeetingsSchema>;
