// Every feature of the app, in mounting order. Each feature owns its folder; this list is the
// only place they meet.
import type { Feature } from '../context';
import { authFeature } from '../auth/feature';
import { systemFeature } from './system/feature';
import { bodiesFeature } from './bodies';
import { meetingsFeature } from './meetings';
import { documentsFeature } from './documents';
import { noticeBoardFeature } from './noticeboard';
import { feedsFeature } from './feeds';
import { oparlFeature } from './oparl';
import { recordsDemoFeature } from './records';
import { archiveFeature } from './archive';
import { proposalsFeature } from './proposals/feature';
import { commentsFeature } from './comments';
import { notificationsFeature } from './notifications';
import { liveFeature } from './live';
import { notesFeature } from './notes';
import { workFeature } from './work';
import { requestsFeature } from './requests';
import { municipalityFeature } from './municipality';

export const features: Feature[] = [
  systemFeature,
  authFeature,
  municipalityFeature,
  bodiesFeature,
  meetingsFeature,
  documentsFeature,
  noticeBoardFeature,
  feedsFeature,
  oparlFeature,
  recordsDemoFeature,
  archiveFeature,
  proposalsFeature,
  commentsFeature,
  notificationsFeature,
  liveFeature,
  notesFeature,
  workFeature,
  requestsFeature,
];
