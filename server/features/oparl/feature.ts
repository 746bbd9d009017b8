// Open data shaped after OParl 1.1, mounted at /api/oparl/v1 (beside, not under, /api/v1).
import type { Feature } from '../../context';
import { oparlRoutes } from './routes';

export const oparlFeature: Feature = {
  name: 'oparl',
  rootRouter: (ctx) => oparlRoutes(ctx),
};
