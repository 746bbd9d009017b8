// The front door of the demo records: the feature (its seed) and the seed itself, for tests.
export { recordsDemoFeature } from './feature';
export { seedRecords } from './seed';
