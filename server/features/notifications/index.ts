// The front door of personal notifications: what other features may use.
export { notificationsFeature } from './feature';
export { notify } from './commands/create';
export { notifyStatusChange, type StatusChange } from './status-change';
export { notifyFollowers, type FollowTarget } from './follows';
export { notifyLiveQuestion, type LiveQuestionOutcome } from './live';
export type { NotificationDraft, NotificationKind } from '@shared/schemas/notifications';
