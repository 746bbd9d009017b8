// The front door of comment threads: what the rest of the app may use.
export { commentsFeature } from './feature';
export { unansweredCount } from './inbox';
export { moderationQueueSize } from './work-counts';
