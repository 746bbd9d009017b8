// The front door of record requests: the feature, and the registry's contact details.
export { requestsFeature } from './feature';
export { registryContact } from './contact';
