// Identity routes: who am I.
import { Router } from 'express';
import type { Feature } from '../context';
import { describeApi } from '../openapi/registry';
import { MeSchema } from '@shared/schemas/me';
import { currentUser, requireUser } from './current-user';

describeApi({
  method: 'get',
  path: '/api/v1/me',
  summary: 'The signed-in person (never their personnummer)',
  tags: ['identity'],
  auth: 'user',
  responses: {
    200: { description: 'The caller', schema: MeSchema },
    401: { description: 'Not logged in' },
  },
});

export const authFeature: Feature = {
  name: 'auth',
  apiRouter() {
    const router = Router();
    router.get('/me', requireUser, (req, res) => {
      const user = currentUser(req);
      res.json({ data: MeSchema.parse(user) });
    });
    return router;
  },
};
