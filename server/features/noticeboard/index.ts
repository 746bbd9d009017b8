// The front door of the notice board: posting the notice of approved minutes, reading the notices
// of meetings, and the Swedish calendar dates the notices are counted in.
export { noticeBoardFeature } from './feature';
export { minutesNotices, postMinutesNotice, type MinutesNotice } from './service';
export { addDays, appealEndsOn, swedishDate } from './appeal';
