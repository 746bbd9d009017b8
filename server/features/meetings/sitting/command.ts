// The wiring every sitting action shares, stated once: what it acts on (the meeting, an agenda
// item or a vote, named in the path) is loaded with the sitting's roll call; unless told
// otherwise it runs only while the sitting does (409); a write is audited under the command's own
// name on what it acts on, and the meeting's room then gets the whole new state. An action states
// only what differs: its body, who may, the work, what its audit entry records.
import { z } from 'zod';
import {
  defineCommand,
  type Actor,
  type AuditDraft,
  type Command,
  type Policy,
  type Step,
} from '../../../commands/define';
import type { Announcer } from '../../../realtime/rooms';
import { announceMeeting } from '../announce';
import {
  loadSittingItem,
  loadSittingMeeting,
  loadSittingVote,
  requireInSession,
  type OnItem,
  type OnSitting,
  type OnVote,
} from './load';
import { announceState } from './state';

const ById = z.object({ id: z.string() });
const ByItem = z.object({ itemId: z.string() });

/** What an action acts on: its path, its loader and the subject of its audit entry. */
const TARGETS = {
  meeting: {
    path: ById,
    load: loadSittingMeeting,
    audited: (s: OnSitting) => ({ type: 'meeting', id: String(s.meeting._id) }),
  },
  item: {
    path: ByItem,
    load: loadSittingItem,
    audited: (s: OnItem) => ({ type: 'agendaItem', id: String(s.item._id) }),
  },
  vote: {
    path: ById,
    load: loadSittingVote,
    audited: (s: OnVote) => ({ type: 'vote', id: String(s.vote._id) }),
  },
} as const;

interface Subjects {
  meeting: OnSitting;
  item: OnItem;
  vote: OnVote;
}
type Target = keyof Subjects;
type Path<T extends Target> = z.output<(typeof TARGETS)[T]['path']>;
type Input<T extends Target, IS extends z.ZodObject> = z.output<IS> & Path<T>;
type SittingStep<T extends Target, IS extends z.ZodObject> = Step<Input<T, IS>, Subjects[T]>;

/** What an audit entry records besides the action (the name) and, by default, its subject. */
type AuditOf = Partial<Pick<AuditDraft, 'subject' | 'after'>>;

export interface SittingSpec<T extends Target, IS extends z.ZodObject, R, O> {
  /** Dotted name (rate limits, metrics); also the action of the audit entry. */
  name: string;
  on: T;
  /** The body of the request; the path's id is added. */
  input?: IS;
  policy: Policy<Subjects[T], Input<T, IS>>;
  /** `false` when the action's own state decides instead (a vote's status, a published meeting). */
  inSession?: boolean;
  work: (step: SittingStep<T, IS>) => Promise<R>;
  /**
   * A write: its audit entry (`true`: the action on what it acts on, nothing more; a function adds
   * `after` or names another subject). Reads have none.
   */
  audit?: true | ((result: R, step: SittingStep<T, IS>) => AuditOf);
  /**
   * Whom a write tells: the meeting's room (`state`, the default), also the meeting's own page
   * when its status changes (`meeting`), or nobody (`false`: nothing the room shows changed).
   */
  tells?: 'state' | 'meeting' | false;
  followUp?: (result: R, step: SittingStep<T, IS>) => Promise<void>;
  present?: (result: R, step: SittingStep<T, IS>) => O | Promise<O>;
}

export function sittingCommand<
  T extends Target,
  IS extends z.ZodObject = z.ZodObject<Record<never, never>>,
  R = void,
  O = R,
>(spec: SittingSpec<T, IS, R, O>): Command<z.ZodType<Input<T, IS>>, Subjects[T], R, O> {
  // The three targets as one shape: TypeScript cannot follow `T` into the table's union.
  const target = TARGETS[spec.on] as unknown as {
    path: z.ZodObject;
    load: (input: Input<T, IS>, actor: Actor) => Promise<Subjects[T]>;
    audited: (subject: Subjects[T]) => AuditDraft['subject'];
  };
  const body: z.ZodObject = spec.input ?? z.object({});
  const { audit } = spec;
  const tells = audit ? (spec.tells ?? 'state') : false;
  return defineCommand({
    name: spec.name,
    input: body.safeExtend(target.path.shape) as unknown as z.ZodType<Input<T, IS>>,
    load: target.load,
    policy: spec.policy,
    work: (step) => {
      if (spec.inSession ?? true) requireInSession(step.subject);
      return spec.work(step);
    },
    ...(audit
      ? {
          audit: (result: R, step: SittingStep<T, IS>) => {
            const extra = audit === true ? {} : audit(result, step);
            return { action: spec.name, subject: target.audited(step.subject), ...extra };
          },
        }
      : {}),
    ...(tells
      ? {
          announce: async (_r: R, { subject }: SittingStep<T, IS>, rooms: Announcer) => {
            const meetingId = String(subject.meeting._id);
            if (tells === 'meeting') await announceMeeting(rooms, meetingId);
            await announceState(rooms, meetingId);
          },
        }
      : {}),
    ...(spec.followUp ? { followUp: spec.followUp } : {}),
    ...(spec.present ? { present: spec.present } : {}),
  });
}
