// Creating, opening and closing a live session: the secretaries and moderators of the session's
// body (its meeting's body; a session without a meeting needs a grant without a body). The panel
// of a meeting's session is chosen among the body's members.
import { z } from 'zod';
import { CreateLiveSessionSchema, type LiveSessionStatus } from '@shared/schemas/live';
import { IdSchema } from '@shared/schemas/common';
import { defineCommand } from '../../../commands/define';
import { validationFailed } from '../../../errors';
import { canManageLiveSessions } from '../../../policies/live';
import { bodyMemberIds } from '../../bodies';
import { resolveSubject } from '../../subjects';
import { announceQuestions, announceSession, sessionSeq } from '../broadcast';
import { loadSession } from '../load';
import type { LiveSessionDoc } from '../model';
import { presentSession } from '../present';
import { createSession, transition } from '../sessions';

export const createLiveSession = defineCommand({
  name: 'live.session.create',
  input: CreateLiveSessionSchema,
  /** The meeting's body (400 for an unknown meeting or agenda item: they are input, not subject). */
  async load(input) {
    const meeting = input.meetingId ? await resolveSubject('meeting', input.meetingId) : null;
    if (input.meetingId && !meeting) {
      throw validationFailed('meetingId: no such meeting', { field: 'meetingId' });
    }
    if (input.agendaItemId && !(await resolveSubject('agendaItem', input.agendaItemId))) {
      throw validationFailed('agendaItemId: no such agenda item', { field: 'agendaItemId' });
    }
    return { bodyId: meeting?.bodyId };
  },
  policy: (user, subject) => canManageLiveSessions(user, subject.bodyId ?? null),
  async work({ input, user, subject }) {
    if (subject.bodyId && input.officialIds?.length) {
      const members = new Set(await bodyMemberIds(subject.bodyId));
      if (input.officialIds.some((id) => !members.has(id))) {
        throw validationFailed(
          "officialIds: the panel is chosen among the meeting's body's members",
          {
            field: 'officialIds',
          },
        );
      }
    }
    return createSession(user!.id, input, subject.bodyId);
  },
  audit: (session, { input }) => ({
    action: 'live.session.create',
    subject: { type: 'liveSession', id: String(session._id) },
    after: { title: input.title, meetingId: input.meetingId, premoderation: input.premoderation },
  }),
  present: (session) => presentSession(session, 0),
});

function statusCommand(action: 'open' | 'close', from: LiveSessionStatus, to: LiveSessionStatus) {
  return defineCommand({
    name: `live.session.${action}`,
    input: z.object({ id: IdSchema }),
    load: ({ id }) => loadSession(id),
    policy: (user, session: LiveSessionDoc) => canManageLiveSessions(user, session.bodyId ?? null),
    work: ({ subject }) => transition(subject, from, to),
    audit: (_result, { input }) => ({
      action: `live.session.${action}`,
      subject: { type: 'liveSession', id: input.id },
      before: { status: from },
      after: { status: to },
    }),
    async announce({ changed }, { input }, rooms) {
      await announceQuestions(rooms, changed);
      await announceSession(rooms, input.id);
    },
    present: async ({ session }, { input }) => presentSession(session, await sessionSeq(input.id)),
  });
}

export const openLiveSession = statusCommand('open', 'scheduled', 'open');
export const closeLiveSession = statusCommand('close', 'open', 'closed');
