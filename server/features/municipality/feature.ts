// The municipality's own face: its profile (name, logo, colour, registry contact), set by an
// administrator and shown by the header, footer, e-mail, feeds and OParl.
import type { Feature } from '../../context';
import { municipalityRoutes } from './routes';

export const municipalityFeature: Feature = {
  name: 'municipality',
  apiRouter: (ctx) => municipalityRoutes(ctx).router,
};
