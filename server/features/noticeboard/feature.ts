// The digital notice board (anslagstavla): its public list. Notices are posted by the meetings
// feature when the minutes of a meeting are approved (through this feature's front door).
import type { Feature } from '../../context';
import { noticeBoardRoutes } from './routes';

export const noticeBoardFeature: Feature = {
  name: 'noticeboard',
  apiRouter: (ctx) => noticeBoardRoutes(ctx).router,
};
