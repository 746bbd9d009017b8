// Open data feeds (iCalendar, Atom), mounted at the root rather than under /api/v1.
import type { Feature } from '../../context';
import { feedRoutes } from './routes';

export const feedsFeature: Feature = {
  name: 'feeds',
  rootRouter: (ctx) => feedRoutes(ctx).router,
};
