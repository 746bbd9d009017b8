// The front door of the feeds: the feature itself; feeds offer nothing to other features.
export { feedsFeature } from './feature';
