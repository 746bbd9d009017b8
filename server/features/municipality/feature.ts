// The municipality's own face: its profile (name, logo, colour, registry contact), set by an
// administrator and shown by the header, footer, e-mail, feeds and OParl.
import type { Feature } from '../../context';
import { setMailSignature } from '../../mail/mailer';
import { municipalityProfile } from './profile';
import { municipalityRoutes } from './routes';

// Every mail closes with the municipality's name and how to reach its registry.
setMailSignature(async (config) => {
  const { name, registry } = await municipalityProfile(config);
  return [name, registry.name, registry.phone, registry.email].filter(Boolean).join('\n');
});

export const municipalityFeature: Feature = {
  name: 'municipality',
  apiRouter: (ctx) => municipalityRoutes(ctx).router,
};
