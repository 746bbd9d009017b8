// "Mitt arbete": what waits for a staff member, per role, as counts (GET /api/v1/me/work), and the
// official's coming meetings with their documents, read or unread (GET /api/v1/me/work/meetings).
import { z } from 'zod';
import type { Role } from '../roles';
import { MeetingSchema } from './meetings';

/** Every queue, grouped by the role it belongs to (a person gets the queues of their roles). */
export const WORK_QUEUES_BY_ROLE = {
  official: [
    'meetingsComing',
    'documentsToRead',
    'documentsUnread',
    'commentsUnanswered',
    'panelSessions',
  ],
  secretary: ['draftMeetings', 'decisionsMissing', 'minutesMissing', 'approvalMissing'],
  moderator: ['reportsOpen', 'proposalsToReview', 'questionsWaiting'],
  admin: ['staffPeople'],
} as const satisfies Partial<Record<Role, readonly string[]>>;

export type WorkRole = keyof typeof WORK_QUEUES_BY_ROLE;
export const WORK_ROLES = Object.keys(WORK_QUEUES_BY_ROLE) as WorkRole[];
export type WorkQueue = (typeof WORK_QUEUES_BY_ROLE)[WorkRole][number];
export const WORK_QUEUES: WorkQueue[] = Object.values(WORK_QUEUES_BY_ROLE).flat();

/**
 * The queues that ask for an action (the header's badge sums these); the others tell what there
 * is to read or manage (coming meetings, documents and the unread among them, staff). Unread
 * documents stay out of the badge: opening a document is a read, not a command, so no
 * `work:changed` would bring the badge down; the page reads its counts again when it is opened.
 */
export const ACTION_QUEUES: readonly WorkQueue[] = [
  'commentsUnanswered',
  'draftMeetings',
  'decisionsMissing',
  'minutesMissing',
  'approvalMissing',
  'reportsOpen',
  'proposalsToReview',
  'questionsWaiting',
];

/** `{ <queue>: count }`: only the queues of the person's roles are present. */
export const WorkCountsSchema = z.partialRecord(z.enum(WORK_QUEUES), z.number().int().min(0));
export type WorkCounts = z.infer<typeof WorkCountsSchema>;

/** The sum of the action queues (the header's badge). */
export const actionCount = (counts: WorkCounts): number =>
  ACTION_QUEUES.reduce((sum, queue) => sum + (counts[queue] ?? 0), 0);

/**
 * A coming meeting as "Mitt arbete" lists it: the meeting, and which documents on its agenda the
 * person has not opened yet (the reading room's read marks, as on /mina-moten).
 */
export const WorkMeetingSchema = MeetingSchema.extend({
  /** The agenda's documents (each once) the person has not opened; none read: all of them. */
  unreadDocumentIds: z.array(z.string()),
});
export type WorkMeeting = z.infer<typeof WorkMeetingSchema>;

/** The official's coming meetings of the bodies they sit on, soonest first. */
export const WorkMeetingsSchema = z.object({ data: z.array(WorkMeetingSchema) });

/** Told to a person's own room when one of their queues may have changed: load the counts again. */
export const WorkChangedEventSchema = z.object({ seq: z.number().int() });
