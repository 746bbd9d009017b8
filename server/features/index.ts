// Every feature of the app, in mounting order. Each feature owns its folder; this list is the
// only place they meet.
import type { Feature } from '../context';
import { authFeature } from '../auth/feature';
import { systemFeature } from './system/feature';
import { recordsFeature } from './records/feature';
import { archiveFeature } from './archive/feature';
import { proposalsFeature } from './proposals/feature';
import { commentsFeature } from './comments';
import { notificationsFeature } from './notifications';
import { liveFeature } from './live/feature';

export const features: Feature[] = [
  systemFeature,
  authFeature,
  recordsFeature,
  archiveFeature,
  proposalsFeature,
  commentsFeature,
  notificationsFeature,
  liveFeature,
];
