// HTTP routes of a meeting's agenda, decisions and minutes, for the body's secretaries. After each
// change to a published meeting, its viewers get `meeting:updated`.
import { Router } from 'express';
import { z } from 'zod';
import {
  AgendaItemCreateSchema,
  AgendaItemSchema,
  AgendaItemUpdateSchema,
  AgendaOrderSchema,
  ApprovalInputSchema,
  DecisionInputSchema,
  MeetingSchema,
  MinutesInputSchema,
} from '@shared/schemas/meetings';
import { requestIp } from '../../audit/service';
import { currentUser, requireUser } from '../../auth/current-user';
import type { AppContext } from '../../context';
import { parseInput } from '../../http/parse';
import { describeApi } from '../../openapi/registry';
import { announceApproval, attachMinutes } from '../noticeboard/service';
import {
  addItem,
  findItem,
  recordDecision,
  removeItem,
  reorderItems,
  updateItem,
} from './agenda-service';
import { announceMeetingChange } from './broadcast';
import type { MeetingRecord } from './model';
import { presentMeeting } from './present';
import { findManagedMeeting, findVisibleMeeting } from './service';
import { pathParam } from '../records/params';

const tags = ['meetings'];
const auth = 'secretary of the body';
const ItemAnswer = z.object({ data: AgendaItemSchema });
const MeetingAnswer = z.object({ data: MeetingSchema });
const ops: Array<
  [
    method: 'post' | 'patch' | 'delete' | 'put',
    path: string,
    summary: string,
    body?: z.ZodType,
    answer?: z.ZodType,
  ]
> = [
  ['post', '/agenda-items', 'Add an agenda item', AgendaItemCreateSchema, ItemAnswer],
  ['patch', '/agenda-items/{itemId}', 'Edit an agenda item', AgendaItemUpdateSchema, ItemAnswer],
  ['delete', '/agenda-items/{itemId}', 'Remove an agenda item (draft only)'],
  [
    'put',
    '/agenda-order',
    'Reorder the agenda (draft only): every item id once',
    AgendaOrderSchema,
    MeetingAnswer,
  ],
  [
    'put',
    '/agenda-items/{itemId}/decision',
    'Record the decision of an item (published meeting)',
    DecisionInputSchema,
    ItemAnswer,
  ],
  [
    'put',
    '/minutes',
    'Attach the minutes (a document of kind protokoll)',
    MinutesInputSchema,
    MeetingAnswer,
  ],
  [
    'post',
    '/minutes/approval',
    'Announce the approval of the minutes (justering) on the notice board',
    ApprovalInputSchema,
    MeetingAnswer,
  ],
];
for (const [method, path, summary, body, answer] of ops) {
  describeApi({
    method,
    path: `/api/v1/meetings/{id}${path}`,
    summary,
    tags,
    auth,
    body,
    responses: {
      [method === 'delete' ? 204 : method === 'post' && path === '/agenda-items' ? 201 : 200]: {
        description: 'Done',
        schema: answer,
      },
      400: { description: 'Invalid input' },
      401: { description: 'Not logged in' },
      403: { description: 'Not a secretary of the body' },
      404: { description: 'No such meeting or item' },
      409: { description: 'Not allowed in the meeting’s state' },
    },
  });
}

export function agendaRouter(ctx: AppContext): Router {
  const router = Router();
  const changed = (meeting: MeetingRecord) => announceMeetingChange(ctx.io, String(meeting._id));
  const itemView = async (
    meeting: MeetingRecord,
    itemId: string,
    user: Parameters<typeof presentMeeting>[1],
  ) => {
    const view = await presentMeeting(await findVisibleMeeting(user, String(meeting._id)), user);
    return view.items.find((item) => item.id === itemId);
  };

  router.post('/meetings/:id/agenda-items', requireUser, async (req, res) => {
    const user = currentUser(req);
    const meeting = await findManagedMeeting(user, pathParam(req, 'id'));
    const input = parseInput(AgendaItemCreateSchema, req.body);
    const item = await addItem(user, meeting, input, requestIp(req));
    await changed(meeting);
    res.status(201).json({ data: await itemView(meeting, String(item._id), user) });
  });

  router.patch('/meetings/:id/agenda-items/:itemId', requireUser, async (req, res) => {
    const user = currentUser(req);
    const meeting = await findManagedMeeting(user, pathParam(req, 'id'));
    const item = await findItem(meeting, pathParam(req, 'itemId'));
    const input = parseInput(AgendaItemUpdateSchema, req.body);
    await updateItem(user, item, input, requestIp(req));
    await changed(meeting);
    res.json({ data: await itemView(meeting, String(item._id), user) });
  });

  router.delete('/meetings/:id/agenda-items/:itemId', requireUser, async (req, res) => {
    const user = currentUser(req);
    const meeting = await findManagedMeeting(user, pathParam(req, 'id'));
    const item = await findItem(meeting, pathParam(req, 'itemId'));
    await removeItem(user, meeting, item, requestIp(req));
    res.status(204).end();
  });

  router.put('/meetings/:id/agenda-order', requireUser, async (req, res) => {
    const user = currentUser(req);
    const meeting = await findManagedMeeting(user, pathParam(req, 'id'));
    const { itemIds } = parseInput(AgendaOrderSchema, req.body);
    await reorderItems(user, meeting, itemIds, requestIp(req));
    res.json({ data: await presentMeeting(meeting, user) });
  });

  router.put('/meetings/:id/agenda-items/:itemId/decision', requireUser, async (req, res) => {
    const user = currentUser(req);
    const meeting = await findManagedMeeting(user, pathParam(req, 'id'));
    const item = await findItem(meeting, pathParam(req, 'itemId'));
    const { text } = parseInput(DecisionInputSchema, req.body);
    await recordDecision(user, meeting, item, text, requestIp(req));
    await changed(meeting);
    res.json({ data: await itemView(meeting, String(item._id), user) });
  });

  router.put('/meetings/:id/minutes', requireUser, async (req, res) => {
    const user = currentUser(req);
    const meeting = await findManagedMeeting(user, pathParam(req, 'id'));
    const { documentId } = parseInput(MinutesInputSchema, req.body);
    await attachMinutes(user, meeting, documentId, requestIp(req));
    await changed(meeting);
    res.json({
      data: await presentMeeting(await findVisibleMeeting(user, pathParam(req, 'id')), user),
    });
  });

  router.post('/meetings/:id/minutes/approval', requireUser, async (req, res) => {
    const user = currentUser(req);
    const meeting = await findManagedMeeting(user, pathParam(req, 'id'));
    const { approvedOn } = parseInput(ApprovalInputSchema, req.body);
    await announceApproval(user, meeting, approvedOn, requestIp(req));
    await changed(meeting);
    res.json({
      data: await presentMeeting(await findVisibleMeeting(user, pathParam(req, 'id')), user),
    });
  });

  return router;
}
