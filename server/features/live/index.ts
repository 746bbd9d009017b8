// The front door of live sessions: what other features may read of them.
export { panelSessionCount, questionsWaitingCount } from './work-counts';
