// The routes of absence and substitutes, added to the meetings' router (meetings/routes.ts).
import { AbsenceListSchema } from '@shared/schemas/reading';
import type { CommandRouter } from '../../../http/command-routes';
import { callIn, listAbsences, reportMyAbsence } from './commands';

const tags = ['meetings'];

export function absenceRoutes(routes: CommandRouter): CommandRouter {
  return routes
    .post('/meetings/:id/absence', reportMyAbsence, {
      summary: 'Report that I cannot attend (anmäla förhinder): a member of the body',
      tags,
      auth: 'member of the body',
      status: 201,
      response: AbsenceListSchema,
      errors: { 409: 'The meeting is not published' },
    })
    .get('/meetings/:id/absences', listAbsences, {
      summary: 'Reported absences and the substitutes called in',
      tags,
      auth: 'member or secretary of the body',
      response: AbsenceListSchema,
    })
    .put('/meetings/:id/substitutes', callIn, {
      summary: 'Call in a substitute `{ userId, forUserId }`; the substitute is notified',
      tags,
      auth: 'secretary of the body',
      response: AbsenceListSchema,
    });
}
