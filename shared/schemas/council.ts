// The council meeting in real time (sammanträde): the roll call, the current item, the speakers
// list, motions (yrkanden), votes (voteringar) with ballots, reservations and recusals (jäv), as
// the API takes them and as `meeting:state` presents the whole sitting. CONTRACT.md "The council
// meeting in real time".
import { z } from 'zod';
import { IdSchema, userText } from './common';

export const MOTION_MAX = 4000;
export const QUESTION_MAX = 500;
export const RESERVATION_MAX = 4000;
export const MINUTES_DRAFT_MAX = 200_000;

export const CHOICES = ['ja', 'nej', 'avstar'] as const;
export type Choice = (typeof CHOICES)[number];
export const VOTE_KINDS = ['open', 'secret'] as const;

// Inputs ---------------------------------------------------------------------------------------

export const AttendanceInputSchema = z.object({
  entries: z
    .array(
      z.object({
        userId: IdSchema,
        present: z.boolean(),
        /** This person serves (tjänstgör) for the named seated member, who is absent. */
        substituteFor: IdSchema.optional(),
      }),
    )
    .max(500),
});
export type AttendanceInput = z.infer<typeof AttendanceInputSchema>;

export const CurrentItemInputSchema = z.object({ itemId: IdSchema });

export const SpeakerInputSchema = z.object({
  /** The secretary adds a named member; a member asks for themself without it. */
  userId: IdSchema.optional(),
  /** A short reply (replik) to the one speaking: placed first in the list. */
  replik: z.boolean().optional(),
});

export const SpeakerNextInputSchema = z.object({
  /** Gives the floor to this entry of the list instead of the first one. */
  speakerId: IdSchema.optional(),
});

export const SpeakerOrderInputSchema = z.object({ speakerIds: z.array(IdSchema).max(500) });

export const MotionInputSchema = z.object({
  text: userText().trim().min(1).max(MOTION_MAX),
  /** The member who moves it (the secretary records it for them); a member moves their own. */
  userId: IdSchema.optional(),
});

export const VoteOpenInputSchema = z.object({
  question: userText().trim().min(1).max(QUESTION_MAX),
  kind: z.enum(VOTE_KINDS),
});

export const BallotInputSchema = z.object({
  choice: z.enum(CHOICES),
  /** The secretary records the ballot of this member (marked as recorded by the secretary). */
  userId: IdSchema.optional(),
});

export const ReservationInputSchema = z.object({
  text: userText().trim().max(RESERVATION_MAX).optional(),
  /** The secretary records a member's reservation. */
  userId: IdSchema.optional(),
});

export const RecusalInputSchema = z.object({
  /** A member declares their own jäv without it; the secretary names the member. */
  userId: IdSchema.optional(),
});

export const MinutesDraftInputSchema = z.object({
  text: userText().max(MINUTES_DRAFT_MAX),
});

// Views ----------------------------------------------------------------------------------------

export const PersonSchema = z.object({
  userId: z.string(),
  displayName: z.string(),
  party: z.string().optional(),
});
export type PersonView = z.infer<typeof PersonSchema>;

export const AttendeeSchema = PersonSchema.extend({
  position: z.string().optional(),
  /** Holds a seat (not an ersättare). */
  seat: z.boolean(),
  present: z.boolean(),
  /** Present and counted: a seated member, or a substitute serving for an absent one. */
  serving: z.boolean(),
  substituteFor: PersonSchema.optional(),
});
export type AttendeeView = z.infer<typeof AttendeeSchema>;

export const QuorumSchema = z.object({
  seats: z.number().int(),
  /** Serving members present (on an item: less those recused). */
  present: z.number().int(),
  /** More than half of the seats. */
  required: z.number().int(),
  quorum: z.boolean(),
});
export type QuorumView = z.infer<typeof QuorumSchema>;

export const AttendanceSchema = QuorumSchema.extend({
  members: z.array(AttendeeSchema),
});
export type AttendanceView = z.infer<typeof AttendanceSchema>;

export const AttendanceResultSchema = QuorumSchema;

export const SpeakerSchema = PersonSchema.extend({
  id: z.string(),
  itemId: z.string(),
  replik: z.boolean(),
  state: z.enum(['waiting', 'speaking', 'done']),
  since: z.string().optional(),
});
export type SpeakerView = z.infer<typeof SpeakerSchema>;

export const MotionSchema = z.object({
  id: z.string(),
  itemId: z.string(),
  text: z.string(),
  by: PersonSchema.optional(),
  createdAt: z.string(),
});
export type MotionView = z.infer<typeof MotionSchema>;

export const TotalsSchema = z.object({
  ja: z.number().int(),
  nej: z.number().int(),
  avstar: z.number().int(),
  /** Seats without a counted ballot. */
  absent: z.number().int(),
});
export type Totals = z.infer<typeof TotalsSchema>;

export const BallotViewSchema = z.object({
  userId: z.string(),
  displayName: z.string(),
  party: z.string().optional(),
  choice: z.enum(CHOICES),
  recordedBySecretary: z.boolean().optional(),
});

export const VoteSchema = z.object({
  id: z.string(),
  meetingId: z.string(),
  itemId: z.string(),
  question: z.string(),
  kind: z.enum(VOTE_KINDS),
  status: z.enum(['open', 'closed']),
  openedAt: z.string(),
  closedAt: z.string().optional(),
  /** Members who may vote (present, serving, not recused), and how many have. */
  eligible: z.number().int(),
  voted: z.number().int(),
  /** The totals, once the vote is closed (null while it is open). */
  result: TotalsSchema.nullable(),
  /** Open votes only, after closing: who voted how. */
  ballots: z.array(BallotViewSchema).optional(),
  /**
   * In `meeting:state`, a closed open vote not on the current item: it has names, left out to
   * keep the state small; `GET /api/v1/votes/:id` gives them.
   */
  named: z.literal(true).optional(),
  /** The secretary, while the vote is open: who has not voted yet. */
  notVoted: z.array(PersonSchema).optional(),
  /** The caller's own ballot while open (a member's device). */
  mine: z.enum(CHOICES).optional(),
});
export type VoteView = z.infer<typeof VoteSchema>;

export const ItemStateSchema = z.object({
  itemId: z.string(),
  number: z.number().int(),
  title: z.string(),
  decision: z.string().optional(),
  motions: z.array(MotionSchema),
  votes: z.array(VoteSchema),
  reservations: z.array(PersonSchema.extend({ text: z.string().optional() })),
  recusals: z.array(PersonSchema),
  /** Quorum on this item (recused members do not count). */
  quorum: QuorumSchema,
  /** When the item was taken up (the chapters of the webcast). */
  startedAt: z.string().optional(),
});
export type ItemStateView = z.infer<typeof ItemStateSchema>;

export const MeetingStateSchema = z.object({
  meetingId: z.string(),
  status: z.enum(['draft', 'published', 'in_session', 'closed']),
  /** Ajournering: the session is paused. */
  adjourned: z.boolean(),
  startedAt: z.string().optional(),
  closedAt: z.string().optional(),
  currentItemId: z.string().nullable(),
  speaking: SpeakerSchema.nullable(),
  /** The waiting speakers of the current item, in order. */
  speakers: z.array(SpeakerSchema),
  /** The vote that is open now, if any. */
  vote: VoteSchema.nullable(),
  attendance: AttendanceSchema,
  items: z.array(ItemStateSchema),
  streamUrl: z.string().optional(),
  seq: z.number().int(),
});
export type MeetingStateView = z.infer<typeof MeetingStateSchema>;

export const MeetingJoinResultSchema = z.object({
  seq: z.number().int(),
  /** The whole current state (a late or reconnecting follower needs nothing else). */
  state: MeetingStateSchema.optional(),
});

export const ChapterSchema = z.object({
  itemId: z.string(),
  number: z.number().int(),
  title: z.string(),
  at: z.string(),
  /** Seconds from the start of the session (the webcast's time). */
  offsetSeconds: z.number().int(),
});
export type ChapterView = z.infer<typeof ChapterSchema>;

export const MinutesDraftSchema = z.object({
  html: z.string(),
  text: z.string(),
  generatedAt: z.string(),
  editedAt: z.string().optional(),
});
