// Moderation settings: the platform-wide report threshold and pre-moderation per body.
import type { CurrentUser } from '../../auth/current-user';
import { recordAudit } from '../../audit/service';
import { notFound } from '../../errors';
import { authorize } from '../../policies/authorize';
import { canConfigureBodyComments, canConfigureComments } from '../../policies/comments';
import { Body } from '../bodies/model';
import { CommentSettings, premoderated, reportThreshold } from './moderation-model';

export async function getSettings(user: CurrentUser | undefined) {
  authorize(user, canConfigureComments);
  return { reportThreshold: await reportThreshold() };
}

export async function setReportThreshold(user: CurrentUser, value: number, ip?: string) {
  authorize(user, canConfigureComments);
  const before = await reportThreshold();
  await CommentSettings.updateOne(
    { key: 'global' },
    { $set: { reportThreshold: value } },
    { upsert: true },
  );
  await recordAudit({
    actor: user.id,
    action: 'comments.settings',
    subject: { type: 'comment-settings', id: 'global' },
    before: { reportThreshold: before },
    after: { reportThreshold: value },
    ip,
  });
  return { reportThreshold: value };
}

async function existingBody(bodyId: string) {
  const body = await Body.exists({ _id: bodyId });
  if (!body) throw notFound('No such body');
}

export async function getBodySettings(user: CurrentUser | undefined, bodyId: string) {
  authorize(user, (u) => canConfigureBodyComments(u, bodyId));
  await existingBody(bodyId);
  return { premoderation: await premoderated(bodyId) };
}

export async function setBodyPremoderation(
  user: CurrentUser,
  bodyId: string,
  premoderation: boolean,
  ip?: string,
) {
  authorize(user, (u) => canConfigureBodyComments(u, bodyId));
  await existingBody(bodyId);
  const before = await premoderated(bodyId);
  await CommentSettings.updateOne(
    { key: `body:${bodyId}` },
    { $set: { premoderation } },
    { upsert: true },
  );
  await recordAudit({
    actor: user.id,
    action: 'comments.premoderation',
    subject: { type: 'body', id: bodyId },
    before: { premoderation: before },
    after: { premoderation },
    ip,
  });
  return { premoderation };
}
