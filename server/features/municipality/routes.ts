// The HTTP API of the municipality's profile: read by anyone (every page shows it), set by an
// administrator; the logo served from its versioned address.
import { MunicipalityProfileSchema } from '@shared/schemas/municipality';
import type { AppContext } from '../../context';
import { CommandRouter } from '../../http/command-routes';
import { getMunicipality, getMunicipalityLogo, updateMunicipality } from './commands/profile';

const tags = ['municipality'];

export function municipalityRoutes(app: AppContext): CommandRouter {
  return new CommandRouter(app, '/api/v1')
    .get('/municipality', getMunicipality, {
      summary: "The municipality's name, logo address, primary colour and registry contact",
      tags,
      response: MunicipalityProfileSchema,
    })
    .put('/municipality', updateMunicipality, {
      summary:
        "Set the municipality's profile; a primary colour below 4.5:1 against white is refused (details code contrast_too_low)",
      tags,
      auth: 'admin',
      response: MunicipalityProfileSchema,
    })
    .get('/municipality/logo', getMunicipalityLogo, {
      summary: "The municipality's logo image (its address changes with each new logo)",
      tags,
      reply: (res, logo, req) => {
        const versioned = typeof req.query.v === 'string';
        res.setHeader('Content-Type', logo.contentType);
        res.setHeader('X-Content-Type-Options', 'nosniff');
        res.setHeader(
          'Cache-Control',
          versioned ? 'public, max-age=31536000, immutable' : 'public, max-age=300',
        );
        res.end(logo.data);
      },
    });
}
