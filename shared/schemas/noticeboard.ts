// The digital notice board (anslagstavla): announcements of approved minutes with the date they
// were posted and the last day to appeal.
import { z } from 'zod';

export const NoticeListQuerySchema = z.object({
  /** `current` (appeal period running, the default) or `archived` (period ended). */
  status: z.enum(['current', 'archived']).default('current'),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const NoticeSchema = z.object({
  id: z.string(),
  kind: z.literal('minutes'),
  title: z.string(),
  bodyId: z.string(),
  bodyName: z.string(),
  meetingId: z.string(),
  meetingTitle: z.string(),
  meetingDate: z.string(),
  documentId: z.string(),
  approvedOn: z.string(),
  /** The day the notice went up (YYYY-MM-DD, Swedish time). */
  postedOn: z.string(),
  /** The last day of the three-week appeal period (laglighetsprövning, kommunallagen 13 kap.). */
  appealEndsOn: z.string(),
  current: z.boolean(),
});
export type NoticeView = z.infer<typeof NoticeSchema>;
