// The public archive search over meetings, agenda items, documents, decisions and proposals.
import type { Feature } from '../../context';
import { archiveRoutes } from './routes';

export const archiveFeature: Feature = {
  name: 'archive',
  apiRouter: (ctx) => archiveRoutes(ctx).router,
};
