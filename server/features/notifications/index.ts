// The front door of personal notifications: what other features may use.
export { notificationsFeature } from './feature';
export { notifyStatusChange, type StatusChange } from './service';
