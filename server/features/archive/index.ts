// The front door of the archive search: the feature itself; it offers nothing to other features.
export { archiveFeature } from './feature';
