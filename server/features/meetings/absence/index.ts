// What the rest of meetings (and, through the front door, other features) use of absences.
export { absenceRoutes } from './routes';
export {
  absentFrom,
  calledInForDocument,
  calledInSubstitutes,
  exportAbsences,
  meetingsCalledInFor,
} from './service';
