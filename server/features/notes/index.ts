// The front door of private notes: the feature itself; nothing of a note is for other features.
export { notesFeature } from './feature';
