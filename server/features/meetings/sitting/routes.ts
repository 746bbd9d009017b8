// The HTTP API of the sitting (CONTRACT.md "The council meeting in real time"): each route is a
// command of commands/, declared and documented here (the body as the command's input reads it).
// Most are the secretary's or a member's actions while the sitting runs: their documentation
// starts from one of those and states what differs.
import { z } from 'zod';
import {
  AttendanceResultSchema,
  MeetingStateSchema,
  MinutesDraftSchema,
  MotionSchema,
  PersonSchema,
  SpeakerSchema,
  VoteSchema,
} from '@shared/schemas/council';
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
const notInSession = { 409: 'The meeting is not in session' };
/** The secretary of the body, while the sitting runs (unless `errors` says otherwise). */
const bySecretary = { tags, auth: 'secretary of the body', errors: notInSession };
/** A present member for themself, or the secretary for a named member, while the sitting runs. */
const byMember = {
  tags,
  auth: 'a present member (self), or the secretary of the body for a named member',
  errors: notInSession,
};
const SpeakerList = z.object({
  speaking: SpeakerSchema.nullable(),
  speakers: z.array(SpeakerSchema),
});
const Adjourned = z.object({ adjourned: z.boolean() });

export function sittingRoutes(app: AppContext): CommandRouter {
  return new CommandRouter(app, '/api/v1')
    .get('/meetings/:id/state', getSittingState, {
      summary: 'The whole state of the sitting (as `meeting:state` carries it)',
      tags,
      response: MeetingStateSchema,
      errors: { 404: 'No such meeting' },
    })
    .post('/meetings/:id/session/start', startSession, {
      ...bySecretary,
      summary: 'Open the sitting: a published meeting goes in_session',
      response: MeetingSchema,
      errors: { 409: 'Not published, or already in session' },
    })
    .post('/meetings/:id/session/adjourn', adjournSession, {
      ...bySecretary,
      summary: 'Adjourn (ajournera) the sitting',
      response: Adjourned,
    })
    .post('/meetings/:id/session/resume', resumeSession, {
      ...bySecretary,
      summary: 'Resume the adjourned sitting',
      response: Adjourned,
    })
    .post('/meetings/:id/session/close', closeSession, {
      ...bySecretary,
      summary: 'Close the sitting (→ closed); writes the minutes draft',
      response: MeetingSchema,
      errors: { 409: 'Not in session, or a vote is open' },
    })
    .put('/meetings/:id/attendance', setAttendance, {
      ...bySecretary,
      summary:
        'Roll call (upprop): who is present, and whom a substitute serves for; those not named keep their mark',
      response: AttendanceResultSchema,
    })
    .put('/meetings/:id/current-item', setCurrentItem, {
      ...bySecretary,
      summary: 'Take up an agenda item (the time is kept: chapters of the webcast)',
      response: z.object({ currentItemId: z.string() }),
    })
    .post('/agenda-items/:itemId/speakers', askForFloor, {
      ...byMember,
      summary: 'Ask for the floor (self), or the secretary adds a member (`replik` goes first)',
      status: 201,
      response: SpeakerList,
      errors: { 403: 'Absent members may not speak', ...notInSession },
    })
    .post('/agenda-items/:itemId/speakers/withdraw', withdrawFromFloor, {
      ...byMember,
      summary: 'Withdraw from the speakers list (self, or the secretary for a member)',
      response: SpeakerList,
    })
    .post('/agenda-items/:itemId/speakers/next', nextSpeaker, {
      ...bySecretary,
      summary: 'Give the floor to the first waiting speaker (or a named entry)',
      response: SpeakerList,
    })
    .put('/agenda-items/:itemId/speakers/order', reorderSpeakers, {
      ...bySecretary,
      summary: 'Reorder the waiting speakers: every waiting entry once',
      response: SpeakerList,
    })
    .post('/agenda-items/:itemId/motions', addMotion, {
      ...byMember,
      summary: 'Enter a motion (yrkande) on the item',
      status: 201,
      response: MotionSchema,
    })
    .post('/agenda-items/:itemId/reservations', addReservation, {
      ...byMember,
      summary: 'Enter a reservation against the decision',
      status: 201,
      response: PersonSchema.extend({ id: z.string(), text: z.string().optional() }),
    })
    .post('/agenda-items/:itemId/recusals', addRecusal, {
      ...byMember,
      summary: 'Declare a conflict of interest (jäv): the member leaves the item and its votes',
      status: 201,
      response: PersonSchema,
    })
    .post('/agenda-items/:itemId/votes', openVote, {
      ...bySecretary,
      summary: 'Open a vote (open: names public; secret: totals only)',
      status: 201,
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
      response: z.object({
        voteId: z.string(),
        choice: z.string(),
        recordedBySecretary: z.boolean(),
      }),
      errors: { 403: 'Not eligible', 409: 'The vote is closed' },
    })
    .post('/votes/:id/close', closeVote, {
      ...bySecretary,
      summary: 'Close the vote and count the ballots',
      response: VoteSchema,
      errors: { 409: 'The vote is closed' },
    })
    .get('/meetings/:id/minutes-draft', getMinutesDraft, {
      ...bySecretary,
      summary: 'The minutes draft written when the sitting closed (as edited)',
      response: MinutesDraftSchema,
      errors: { 404: 'The sitting has not closed' },
    })
    .put('/meetings/:id/minutes-draft', editMinutesDraft, {
      ...bySecretary,
      summary: 'Save the secretary’s edit of the minutes draft',
      response: MinutesDraftSchema,
      errors: { 409: 'The sitting has not closed' },
    });
}
