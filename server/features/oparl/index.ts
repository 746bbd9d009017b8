// The front door of the OParl open data: the feature itself; it offers nothing to other features.
export { oparlFeature } from './feature';
