// "Mitt arbete": staff see what waits for them, per role, with counts that follow every change
// (the `work:changed` event in the person's own room, after the commands that touch a queue).
import type { Feature } from '../../context';
import { observeCommands } from '../../commands/observers';
import { workRoutes } from './routes';
import { onCommandDone } from './triggers';

observeCommands(onCommandDone);

export const workFeature: Feature = {
  name: 'work',
  apiRouter: (ctx) => workRoutes(ctx).router,
};
