// The HTTP API of record requests: ask to see a document, and the registry's contact details.
import {
  CreateRecordRequestSchema,
  RecordRequestViewSchema,
  RegistryContactSchema,
} from '@shared/schemas/requests';
import type { AppContext } from '../../context';
import { CommandRouter } from '../../http/command-routes';
import { registryContactCommand, requestDocument } from './commands/request';

const tags = ['documents'];

export function requestRoutes(app: AppContext): CommandRouter {
  return new CommandRouter(app, '/api/v1')
    .get('/registry', registryContactCommand, {
      summary:
        'The registry’s contact details (where requests for documents go): the municipality profile’s, each empty field from REGISTRY_*',
      tags,
      response: RegistryContactSchema,
    })
    .post('/documents/:id/requests', requestDocument, {
      summary:
        'Ask to see a document (anyone, also anonymously): registered with a reference, mailed to the registry, confirmed to the requester',
      tags,
      status: 201,
      body: CreateRecordRequestSchema,
      response: RecordRequestViewSchema,
      errors: { 404: 'No such document' },
    });
}
