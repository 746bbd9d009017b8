// The front door of bodies (nämnder): what other features may know of a body and do with one.
// Everything else in this folder is the feature's own.
export { bodiesFeature } from './feature';
export {
  bodiesWithMembers,
  bodyExists,
  bodyMember,
  bodyMemberIds,
  bodyName,
  bodyNames,
  bodyRow,
  bodyRowPage,
  lastBodyChange,
  type BodyRow,
} from './reads';
export { officialBodyIds, seatedBodyIds, speaksForBody } from './official-seats';
export { registerBodyRecords } from './records';
export { createBody } from './commands/create';
export { setBodyMember } from './commands/seats';
