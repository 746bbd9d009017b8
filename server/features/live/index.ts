// The front door of live dialogue sessions ("Direkt"): what the rest of the app may use. Everything
// else in this folder is the feature's own.
export { liveFeature } from './feature';
export { panelSessionCount, questionsWaitingCount } from './work-counts';
