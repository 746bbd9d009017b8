// The front door of record requests: the feature. (The registry's contact details are the
// municipality's: registryContact in ../municipality.)
export { requestsFeature } from './feature';
