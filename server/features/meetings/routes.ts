// The HTTP API of meetings, their agendas, decisions and minutes: each route is a command
// (commands/), declared and documented here.
import { z } from 'zod';
import {
  AgendaItemCreateSchema,
  AgendaItemSchema,
  AgendaItemUpdateSchema,
  AgendaOrderSchema,
  ApprovalInputSchema,
  DecisionInputSchema,
  MeetingCreateSchema,
  MeetingSchema,
  MeetingUpdateSchema,
  MinutesInputSchema,
} from '@shared/schemas/meetings';
import type { AppContext } from '../../context';
import { CommandRouter } from '../../http/command-routes';
import { addAgendaItem, editAgendaItem, removeAgendaItem, reorderAgenda } from './commands/agenda';
import { deleteMeeting, publishMeeting, updateMeeting } from './commands/change';
import { createMeeting } from './commands/create';
import { recordDecision } from './commands/decision';
import { approveMinutes, attachMinutes } from './commands/minutes';
import { getMeeting, listMeetings } from './commands/queries';
import { absenceRoutes } from './absence';
import { bundleRoutes } from './bundle';
import { mineRoutes } from './mine';

const tags = ['meetings'];
const auth = 'secretary of the body';
const notInState = { 409: 'Not allowed in the meeting’s state' };
// What a meeting's public view is made of: the meeting (and its minutes' notice), its agenda
// items and their order, the documents named in it and its body's name. A write to any of these
// families (on any node) makes the next anonymous read fresh. Every announcement to the meeting's
// room comes from a command of these families, so a cached view's seq is never older than the
// events it already contains.
const meetingView = { dependsOn: ['meeting', 'agenda_item', 'agenda', 'document', 'body'] };

export function meetingRoutes(app: AppContext): CommandRouter {
  const routes = new CommandRouter(app, '/api/v1')
    .get('/meetings', listMeetings, {
      summary: 'Published meetings with their agendas (the calendar)',
      tags,
      reply: 'body',
      response: z.object({ data: z.array(MeetingSchema), total: z.number() }),
      cache: meetingView,
    })
    .post('/meetings', createMeeting, {
      summary: 'Create a meeting as a draft',
      tags,
      auth,
      status: 201,
      body: MeetingCreateSchema,
      response: MeetingSchema,
    })
    .get('/meetings/:id', getMeeting, {
      summary:
        'A meeting with its agenda, documents, decisions and minutes (drafts: 404 to others)',
      tags,
      response: MeetingSchema,
      errors: { 404: 'No such meeting' },
      cache: meetingView,
    })
    .patch('/meetings/:id', updateMeeting, {
      summary: 'Change title, time, place or stream URL (`null` clears)',
      tags,
      auth,
      body: MeetingUpdateSchema,
      response: MeetingSchema,
    })
    .delete('/meetings/:id', deleteMeeting, {
      summary: 'Remove a draft meeting',
      tags,
      auth,
      status: 204,
      errors: { 409: 'Published meetings stay' },
    })
    .post('/meetings/:id/publish', publishMeeting, {
      summary: 'Publish the meeting (kallelse); needs at least one agenda item',
      tags,
      auth,
      response: MeetingSchema,
      errors: { 400: 'No agenda items', 409: 'Already published' },
    })
    .post('/meetings/:id/agenda-items', addAgendaItem, {
      summary: 'Add an agenda item',
      tags,
      auth,
      status: 201,
      body: AgendaItemCreateSchema,
      response: AgendaItemSchema,
      errors: { 404: 'No such meeting' },
    })
    .patch('/meetings/:id/agenda-items/:itemId', editAgendaItem, {
      summary: 'Edit an agenda item',
      tags,
      auth,
      body: AgendaItemUpdateSchema,
      response: AgendaItemSchema,
      errors: { 404: 'No such meeting or item' },
    })
    .delete('/meetings/:id/agenda-items/:itemId', removeAgendaItem, {
      summary: 'Remove an agenda item (draft only)',
      tags,
      auth,
      status: 204,
      errors: { 404: 'No such meeting or item', ...notInState },
    })
    .put('/meetings/:id/agenda-order', reorderAgenda, {
      summary: 'Reorder the agenda (draft only): every item id once',
      tags,
      auth,
      body: AgendaOrderSchema,
      response: MeetingSchema,
      errors: notInState,
    })
    .put('/meetings/:id/agenda-items/:itemId/decision', recordDecision, {
      summary:
        'Record the decision of an item (published meeting); before the meeting starts only with `inAdvance: true` (else 409, `details.reason` decision_before_meeting)',
      tags,
      auth,
      body: DecisionInputSchema,
      response: AgendaItemSchema,
      errors: { 404: 'No such meeting or item', ...notInState },
    })
    .put('/meetings/:id/minutes', attachMinutes, {
      summary: 'Attach the minutes (a document of kind protokoll of the meeting’s body)',
      tags,
      auth,
      body: MinutesInputSchema,
      response: MeetingSchema,
      errors: notInState,
    })
    .post('/meetings/:id/minutes/approval', approveMinutes, {
      summary: 'Announce the approval of the minutes (justering) on the notice board',
      tags,
      auth,
      body: ApprovalInputSchema,
      response: MeetingSchema,
      errors: { 409: 'Already announced' },
    });
  // The officials' reading room (issue 17): absences and substitutes, the whole meeting as a PDF.
  return mineRoutes(bundleRoutes(absenceRoutes(routes)));
}
