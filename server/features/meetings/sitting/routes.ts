// The HTTP API of the sitting (CONTRACT.md "The council meeting in real time"): each route is a
// command of commands/, declared and documented here.
import { z } from 'zod';
import {
  AttendanceInputSchema,
  AttendanceResultSchema,
  BallotInputSchema,
  CurrentItemInputSchema,
  MeetingStateSchema,
  MinutesDraftInputSchema,
  MinutesDraftSchema,
  MotionInputSchema,
  MotionSchema,
  PersonSchema,
  RecusalInputSchema,
  ReservationInputSchema,
  SpeakerInputSchema,
  SpeakerNextInputSchema,
  SpeakerOrderInputSchema,
  SpeakerSchema,
  VoteOpenInputSchema,
  VoteSchema,
} from '@shared/schemas/council';
import { IdSchema } from '@shared/schemas/common';
import { MeetingSchema } from '@shared/schemas/meetings';
import type { AppContext } from '../../../context';
import { CommandRouter } from '../../../http/command-routes';
import { getMinutesDraft, editMinutesDraft, getSittingState } from './commands/reads';
import { addMotion, addRecusal, addReservation } from './commands/records';
import {
  adjournSession,
  closeSession,
  resumeSession,
  setAttendance,
  setCurrentItem,
  startSession,
} from './commands/session';
import { askForFloor, nextSpeaker, reorderSpeakers, withdrawFromFloor } from './commands/speakers';
import { castBallot, closeVote, getVote, openVote } from './commands/votes';

const tags = ['sitting'];
const auth = 'secretary of the body';
const member = 'a present member (self), or the secretary of the body for a named member';
const notInSession = { 409: 'The meeting is not in session' };
const SpeakerList = z.object({
  speaking: SpeakerSchema.nullable(),
  speakers: z.array(SpeakerSchema),
});

export function sittingRoutes(app: AppContext): CommandRouter {
  return new CommandRouter(app, '/api/v1')
    .get('/meetings/:id/state', getSittingState, {
      summary: 'The whole state of the sitting (as `meeting:state` carries it)',
      tags,
      response: MeetingStateSchema,
      errors: { 404: 'No such meeting' },
    })
    .post('/meetings/:id/session/start', startSession, {
      summary: 'Open the sitting: a published meeting goes in_session',
      tags,
      auth,
      response: MeetingSchema,
      errors: { 409: 'Not published, or already in session' },
    })
    .post('/meetings/:id/session/adjourn', adjournSession, {
      summary: 'Adjourn (ajournera) the sitting',
      tags,
      auth,
      response: z.object({ adjourned: z.boolean() }),
      errors: notInSession,
    })
    .post('/meetings/:id/session/resume', resumeSession, {
      summary: 'Resume the adjourned sitting',
      tags,
      auth,
      response: z.object({ adjourned: z.boolean() }),
      errors: notInSession,
    })
    .post('/meetings/:id/session/close', closeSession, {
      summary: 'Close the sitting (→ closed); writes the minutes draft',
      tags,
      auth,
      response: MeetingSchema,
      errors: { 409: 'Not in session, or a vote is open' },
    })
    .put('/meetings/:id/attendance', setAttendance, {
      summary:
        'Roll call (upprop): who is present, and whom a substitute serves for; those not named keep their mark',
      tags,
      auth,
      body: AttendanceInputSchema,
      response: AttendanceResultSchema,
      errors: notInSession,
    })
    .put('/meetings/:id/current-item', setCurrentItem, {
      summary: 'Take up an agenda item (the time is kept: chapters of the webcast)',
      tags,
      auth,
      body: CurrentItemInputSchema,
      response: z.object({ currentItemId: z.string() }),
      errors: notInSession,
    })
    .post('/agenda-items/:itemId/speakers', askForFloor, {
      summary: 'Ask for the floor (self), or the secretary adds a member (`replik` goes first)',
      tags,
      auth: member,
      status: 201,
      body: SpeakerInputSchema,
      response: SpeakerList,
      errors: { 403: 'Absent members may not speak', ...notInSession },
    })
    .post('/agenda-items/:itemId/speakers/withdraw', withdrawFromFloor, {
      summary: 'Withdraw from the speakers list (self, or the secretary for a member)',
      tags,
      auth: member,
      body: z.object({ userId: IdSchema.optional() }),
      response: SpeakerList,
      errors: notInSession,
    })
    .post('/agenda-items/:itemId/speakers/next', nextSpeaker, {
      summary: 'Give the floor to the first waiting speaker (or a named entry)',
      tags,
      auth,
      body: SpeakerNextInputSchema,
      response: SpeakerList,
      errors: notInSession,
    })
    .put('/agenda-items/:itemId/speakers/order', reorderSpeakers, {
      summary: 'Reorder the waiting speakers: every waiting entry once',
      tags,
      auth,
      body: SpeakerOrderInputSchema,
      response: SpeakerList,
      errors: notInSession,
    })
    .post('/agenda-items/:itemId/motions', addMotion, {
      summary: 'Enter a motion (yrkande) on the item',
      tags,
      auth: member,
      status: 201,
      body: MotionInputSchema,
      response: MotionSchema,
      errors: notInSession,
    })
    .post('/agenda-items/:itemId/reservations', addReservation, {
      summary: 'Enter a reservation against the decision',
      tags,
      auth: member,
      status: 201,
      body: ReservationInputSchema,
      response: PersonSchema.extend({ id: z.string(), text: z.string().optional() }),
      errors: notInSession,
    })
    .post('/agenda-items/:itemId/recusals', addRecusal, {
      summary: 'Declare a conflict of interest (jäv): the member leaves the item and its votes',
      tags,
      auth: member,
      status: 201,
      body: RecusalInputSchema,
      response: PersonSchema,
      errors: notInSession,
    })
    .post('/agenda-items/:itemId/votes', openVote, {
      summary: 'Open a vote (open: names public; secret: totals only)',
      tags,
      auth,
      status: 201,
      body: VoteOpenInputSchema,
      response: VoteSchema,
      errors: { 409: 'Not in session, or another vote is open' },
    })
    .get('/votes/:id', getVote, {
      summary:
        'A vote: totals once closed, names for open votes; the secretary also sees who has not voted while it is open',
      tags,
      // Followers open a past vote's names on demand (the state leaves them out): anonymous
      // reads from memory until a vote, meeting or body command writes.
      cache: { dependsOn: ['vote', 'meeting', 'body'] },
      response: VoteSchema,
      errors: { 404: 'No such vote' },
    })
    .post('/votes/:id/ballots', castBallot, {
      summary:
        'Cast a ballot (a new one replaces yours while open); the secretary records a named member’s',
      tags,
      auth: 'a present serving member without recusal; the secretary for a named member',
      body: BallotInputSchema,
      response: z.object({
        voteId: z.string(),
        choice: z.string(),
        recordedBySecretary: z.boolean(),
      }),
      errors: { 403: 'Not eligible', 409: 'The vote is closed' },
    })
    .post('/votes/:id/close', closeVote, {
      summary: 'Close the vote and count the ballots',
      tags,
      auth,
      response: VoteSchema,
      errors: { 409: 'The vote is closed' },
    })
    .get('/meetings/:id/minutes-draft', getMinutesDraft, {
      summary: 'The minutes draft written when the sitting closed (as edited)',
      tags,
      auth,
      response: MinutesDraftSchema,
      errors: { 404: 'The sitting has not closed' },
    })
    .put('/meetings/:id/minutes-draft', editMinutesDraft, {
      summary: 'Save the secretary’s edit of the minutes draft',
      tags,
      auth,
      body: MinutesDraftInputSchema,
      response: MinutesDraftSchema,
      errors: { 409: 'The sitting has not closed' },
    });
}
