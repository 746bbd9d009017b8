// The front door of citizen proposals: what other features may read of them.
export { proposalsToReviewCount } from './work-counts';
