// The front door of "Mitt arbete": the feature, and how another feature tells staff that a queue
// changed when the change is not a command the observer sees (e.g. a live question held).
export { workFeature } from './feature';
export { tellWorkChanged } from './triggers';
