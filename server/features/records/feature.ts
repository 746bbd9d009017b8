// The demo municipality's council records (bodies with members, documents, meetings with agendas,
// decisions and minutes on the notice board), seeded on an empty database through the records
// features' own commands. The records themselves are the features bodies, meetings, documents,
// noticeboard, feeds, oparl and archive.
import type { Feature } from '../../context';
import { seedRecords } from './seed';

export const recordsDemoFeature: Feature = {
  name: 'records-demo',
  seedDemo: (ctx) => seedRecords(ctx),
};
