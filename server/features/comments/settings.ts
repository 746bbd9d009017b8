// Moderation settings as stored: the platform-wide report threshold and pre-moderation per body.
import { retryTransient } from '../../db/retry';
import { CommentSettings } from './moderation-model';

export async function storeReportThreshold(reportThreshold: number): Promise<void> {
  await retryTransient(() =>
    CommentSettings.updateOne({ key: 'global' }, { $set: { reportThreshold } }, { upsert: true }),
  );
}

export async function storePremoderation(bodyId: string, premoderation: boolean): Promise<void> {
  await retryTransient(() =>
    CommentSettings.updateOne(
      { key: `body:${bodyId}` },
      { $set: { premoderation } },
      { upsert: true },
    ),
  );
}
