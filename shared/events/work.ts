// Socket.IO events of "Mitt arbete": sent to the person's own room (`user:<id>`), which every
// signed-in socket is in from its connection on (no join event).
import { WorkChangedEventSchema } from '../schemas/work';

export const workServerEvents = {
  /** One of the person's work queues may have changed: the counts are read again. */
  'work:changed': WorkChangedEventSchema,
};
