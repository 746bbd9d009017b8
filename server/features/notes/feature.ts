// Private notes (issue 17): routes, and the person's data export and erasure. Notes are never
// given to search, OParl, feeds or the log.
import type { Feature } from '../../context';
import { registerErasure, registerPersonalData } from '../../auth/personal-data';
import { eraseNotes, exportNotes } from './commands';
import { noteRoutes } from './routes';

registerPersonalData('notes', exportNotes);
registerErasure('notes', eraseNotes);

export const notesFeature: Feature = {
  name: 'notes',
  apiRouter: (ctx) => noteRoutes(ctx).router,
};
