// The read-only open data API shaped after OParl 1.1, under /api/oparl/v1: each route is a public
// command (commands.ts) whose answer is the OParl object or list itself. Unknown paths below it
// answer in the API's JSON error shape, not HTML.
import { Router } from 'express';
import type { AppContext } from '../../context';
import { notFound } from '../../errors';
import { CommandRouter } from '../../http/command-routes';
import {
  oparlAgendaItemObject,
  oparlAgendaItems,
  oparlBodyList,
  oparlFileObject,
  oparlFiles,
  oparlMeetingObject,
  oparlMeetings,
  oparlMunicipality,
  oparlOrganizationObject,
  oparlOrganizations,
  oparlPaperObject,
  oparlPapers,
  oparlPersonObject,
  oparlPersons,
  oparlSystemObject,
} from './commands';
import { MUNICIPALITY_ID } from './present';

export const OPARL_PREFIX = '/api/oparl/v1';
const tags = ['open data (OParl)'];
const list = (name: string) => ({
  summary: `OParl 1.1 list of ${name} objects`,
  tags,
  reply: 'body' as const,
});
const one = (name: string) => ({
  summary: `One OParl ${name}`,
  tags,
  reply: 'body' as const,
  errors: { 404: 'Not found' },
});

export function oparlRoutes(app: AppContext): Router {
  const routes = new CommandRouter(app, OPARL_PREFIX)
    .get('/system', oparlSystemObject, { summary: 'OParl 1.1 System', tags, reply: 'body' })
    .get('/body', oparlBodyList, {
      ...list('Body'),
      summary: 'OParl 1.1 list of bodies (the municipality)',
    })
    .get(`/body/${MUNICIPALITY_ID}`, oparlMunicipality, {
      summary: 'The municipality as the OParl Body',
      tags,
      reply: 'body',
    })
    .get('/organization', oparlOrganizations, list('organization'))
    .get('/organization/:id', oparlOrganizationObject, one('organization'))
    .get('/person', oparlPersons, list('person'))
    .get('/person/:id', oparlPersonObject, one('person'))
    .get('/meeting', oparlMeetings, list('meeting'))
    .get('/meeting/:id', oparlMeetingObject, one('meeting'))
    .get('/agendaItem', oparlAgendaItems, list('agendaItem'))
    .get('/agendaItem/:id', oparlAgendaItemObject, one('agendaItem'))
    .get('/paper', oparlPapers, list('paper'))
    .get('/paper/:id', oparlPaperObject, one('paper'))
    .get('/file', oparlFiles, list('file'))
    .get('/file/:id', oparlFileObject, one('file'));
  const router = Router();
  routes.router.use((_req, _res, next) => next(notFound('No such OParl endpoint')));
  router.use(OPARL_PREFIX, routes.router);
  return router;
}
