// The HTTP API of bodies: each route is a command (commands/), declared and documented here.
import { z } from 'zod';
import {
  BodyCreateSchema,
  BodySchema,
  BodyUpdateSchema,
  MemberInputSchema,
  SecretaryInputSchema,
} from '@shared/schemas/bodies';
import type { AppContext } from '../../context';
import { CommandRouter } from '../../http/command-routes';
import { createBody } from './commands/create';
import { deleteBody } from './commands/delete';
import { getBody, listBodies } from './commands/queries';
import {
  addBodySecretary,
  removeBodyMember,
  removeBodySecretary,
  setBodyMember,
} from './commands/seats';
import { updateBody } from './commands/update';

const tags = ['bodies'];
const keeper = 'admin, secretary of the body';

export function bodyRoutes(app: AppContext): CommandRouter {
  return new CommandRouter(app, '/api/v1')
    .get('/bodies', listBodies, {
      summary: 'All bodies in Swedish alphabetical order, with members',
      tags,
      reply: 'body',
      response: z.object({ data: z.array(BodySchema), total: z.number() }),
    })
    .post('/bodies', createBody, {
      summary: 'Create a body (needs an admin or secretary grant without bodyId)',
      tags,
      auth: 'admin, secretary',
      status: 201,
      body: BodyCreateSchema,
      response: BodySchema,
    })
    .get('/bodies/:id', getBody, {
      summary: 'A body with its members',
      tags,
      response: BodySchema,
      errors: { 404: 'No such body' },
    })
    .patch('/bodies/:id', updateBody, {
      summary: 'Change a body',
      tags,
      auth: keeper,
      body: BodyUpdateSchema,
      response: BodySchema,
      errors: { 404: 'No such body' },
    })
    .delete('/bodies/:id', deleteBody, {
      summary: 'Remove a body without meetings or documents',
      tags,
      auth: 'admin',
      status: 204,
      errors: { 404: 'No such body', 409: 'Meetings or documents refer to it' },
    })
    .put('/bodies/:id/members', setBodyMember, {
      summary: 'Add or change a member (grants the official role for the body)',
      tags,
      auth: keeper,
      body: MemberInputSchema,
      response: BodySchema,
    })
    .delete('/bodies/:id/members/:userId', removeBodyMember, {
      summary: 'Remove a member (revokes the official role for the body)',
      tags,
      auth: keeper,
      response: BodySchema,
      errors: { 404: 'No such body or member' },
    })
    .post('/bodies/:id/secretaries', addBodySecretary, {
      summary: 'Add a secretary (grants the secretary role for the body)',
      tags,
      auth: keeper,
      body: SecretaryInputSchema,
      response: BodySchema,
    })
    .delete('/bodies/:id/secretaries/:userId', removeBodySecretary, {
      summary: 'Remove a secretary (revokes the secretary role for the body)',
      tags,
      auth: keeper,
      response: BodySchema,
      errors: { 404: 'No such body or secretary' },
    });
}
