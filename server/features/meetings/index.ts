// The front door of meetings: what other features may read of published meetings and their
// agendas, and the commands that build a meeting (the demo records run them as a secretary).
export { meetingsFeature } from './feature';
export {
  agendaItemsOf,
  publishedAgendaItem,
  publishedAgendaItemPage,
  publishedMeeting,
  publishedMeetingPage,
  publishedMeetingsFrom,
  recentDecisions,
  type AgendaItemRow,
  type MeetingRow,
  type NumberedItem,
} from './reads';
export { meetingSeqs } from './present';
export { createMeeting } from './commands/create';
export { publishMeeting } from './commands/change';
export { addAgendaItem } from './commands/agenda';
export { recordDecision } from './commands/decision';
export { approveMinutes, attachMinutes } from './commands/minutes';
export { calledInSubstitutes, meetingsCalledInFor } from './absence';
export { comingMeetings, officialMeetingWork, secretaryWork } from './work-counts';
export { closedVotesOfItems, type ItemVote } from './sitting/item-votes';
