// Meetings (sammanträden) and their agenda items, decisions and minutes, as the API takes and
// presents them.
import { z } from 'zod';
import { IdSchema, userText } from './common';
import { ChapterSchema } from './council';

export const MEETING_TITLE_MAX = 200;
export const LOCATION_MAX = 200;
export const ITEM_TITLE_MAX = 300;
export const ITEM_DESCRIPTION_MAX = 10_000;
export const DECISION_MAX = 10_000;
export const MAX_DOCUMENTS_PER_ITEM = 50;
export const MAX_AGENDA_ITEMS = 200;

const isoDateTime = z.iso.datetime({ offset: true }).transform((value) => new Date(value));
const isoDate = z.iso.date();
const httpsUrl = z.url({ protocol: /^https?$/ }).max(2000);

export const MeetingCreateSchema = z.object({
  bodyId: IdSchema,
  title: userText().trim().min(1).max(MEETING_TITLE_MAX),
  startsAt: isoDateTime,
  endsAt: isoDateTime.optional(),
  location: userText().trim().max(LOCATION_MAX).optional(),
  streamUrl: httpsUrl.optional(),
});
export type MeetingCreate = z.infer<typeof MeetingCreateSchema>;

export const MeetingUpdateSchema = z
  .object({
    title: userText().trim().min(1).max(MEETING_TITLE_MAX),
    startsAt: isoDateTime,
    endsAt: isoDateTime.nullable(),
    location: userText().trim().max(LOCATION_MAX).nullable(),
    streamUrl: httpsUrl.nullable(),
  })
  .partial()
  .refine((value) => Object.keys(value).length > 0, 'nothing to change');

export const MeetingListQuerySchema = z.object({
  bodyId: IdSchema.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  /** `upcoming` (from today on, soonest first) or `past` (latest first); default: all, soonest first. */
  when: z.enum(['upcoming', 'past']).optional(),
  /** Secretaries: also the drafts of the bodies they keep. */
  includeDrafts: z.enum(['true', 'false']).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const AgendaItemCreateSchema = z.object({
  title: userText().trim().min(1).max(ITEM_TITLE_MAX),
  description: userText().trim().max(ITEM_DESCRIPTION_MAX).optional(),
  documentIds: z.array(IdSchema).max(MAX_DOCUMENTS_PER_ITEM).optional(),
});
export type AgendaItemCreate = z.infer<typeof AgendaItemCreateSchema>;

export const AgendaItemUpdateSchema = z
  .object({
    title: userText().trim().min(1).max(ITEM_TITLE_MAX),
    description: userText().trim().max(ITEM_DESCRIPTION_MAX),
    documentIds: z.array(IdSchema).max(MAX_DOCUMENTS_PER_ITEM),
  })
  .partial()
  .refine((value) => Object.keys(value).length > 0, 'nothing to change');

export const AgendaOrderSchema = z.object({
  itemIds: z.array(IdSchema).min(1).max(MAX_AGENDA_ITEMS),
});

export const DecisionInputSchema = z.object({
  text: userText().trim().min(1).max(DECISION_MAX),
  /**
   * A decision on a meeting that has not started yet (prepared in advance): refused unless the
   * secretary says so here; then 409 with `details.reason` DECISION_BEFORE_MEETING.
   */
  inAdvance: z.boolean().optional(),
});

/** `details.reason` of the 409 for a decision on a meeting that has not started, not marked in advance. */
export const DECISION_BEFORE_MEETING = 'decision_before_meeting';

export const MinutesInputSchema = z.object({ documentId: IdSchema });

export const ApprovalInputSchema = z.object({
  /** The day the minutes were approved (justerade); defaults to today. */
  approvedOn: isoDate.optional(),
});

export const DocumentRefSchema = z.object({
  id: z.string(),
  title: z.string(),
  kind: z.string(),
  caseNumber: z.string().optional(),
  secrecy: z.enum(['public', 'confidential']),
  hasFile: z.boolean(),
});

export const AgendaItemSchema = z.object({
  id: z.string(),
  meetingId: z.string(),
  number: z.number().int(),
  title: z.string(),
  description: z.string().optional(),
  documents: z.array(DocumentRefSchema),
  decision: z.object({ text: z.string(), decidedAt: z.string() }).optional(),
});
export type AgendaItemView = z.infer<typeof AgendaItemSchema>;

export const MeetingSchema = z.object({
  id: z.string(),
  bodyId: z.string(),
  bodyName: z.string(),
  title: z.string(),
  startsAt: z.string(),
  endsAt: z.string().optional(),
  location: z.string().optional(),
  streamUrl: z.string().optional(),
  status: z.enum(['draft', 'published', 'in_session', 'closed']),
  publishedAt: z.string().optional(),
  items: z.array(AgendaItemSchema),
  minutes: z
    .object({
      document: DocumentRefSchema,
      approvedOn: z.string().optional(),
      postedOn: z.string().optional(),
      appealEndsOn: z.string().optional(),
    })
    .optional(),
  /**
   * The meeting room's sequence number: every published change takes the next one; realtime
   * viewers compare it to skip stale updates.
   */
  seq: z.number().int(),
  canManage: z.boolean(),
  /** When each item was taken up in the session (chapters of the webcast: "hoppa till punkt 7"). */
  chapters: z.array(ChapterSchema).optional(),
});
export type MeetingView = z.infer<typeof MeetingSchema>;

/** The payload of meeting:join / meeting:leave. */
export const MeetingRoomSchema = z.object({ meetingId: IdSchema });
