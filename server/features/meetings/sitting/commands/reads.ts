// Reading a sitting: its whole state (anyone who may see the meeting), joining the meeting's room
// (the answer carries the whole state, so a late or reconnecting follower needs nothing else),
// and the minutes draft, which the secretary reads and edits before registering it as the
// meeting's protokoll.
import { z } from 'zod';
import { meetingRoom } from '@shared/events/records';
import { MeetingRoomSchema } from '@shared/schemas/meetings';
import { MinutesDraftInputSchema } from '@shared/schemas/council';
import { defineCommand } from '../../../../commands/define';
import { conflict, notFound, validationFailed } from '../../../../errors';
import { currentSeq } from '../../../../realtime/rooms';
import { loadVisibleMeeting } from '../../load';
import { sittingCommand } from '../command';
import { isSecretary } from '../load';
import { draftHtml } from '../minutes-draft';
import { Sitting } from '../model';
import { sittingState } from '../state';

const MeetingPath = z.object({ id: z.string() });

export const getSittingState = defineCommand({
  name: 'meeting.state',
  input: MeetingPath,
  // The seq before the state: every change after this read comes with a higher seq.
  async load({ id }, actor) {
    const meeting = await loadVisibleMeeting(id, actor.user);
    return {
      meetingId: String(meeting._id),
      seq: await currentSeq(meetingRoom(String(meeting._id))),
    };
  },
  policy: 'public',
  async work({ subject }) {
    const state = await sittingState(subject.meetingId);
    if (!state) throw notFound('No such meeting');
    return { ...state, seq: subject.seq };
  },
});

/** meeting:join: the room, then its seq, then the state read after both. */
export const joinMeeting = defineCommand({
  name: 'meeting.join',
  input: MeetingRoomSchema,
  load: ({ meetingId }, actor) => loadVisibleMeeting(meetingId, actor.user),
  policy: 'public',
  async work({ input, actor }) {
    if (!actor.rooms) throw validationFailed('Rooms are joined over a socket');
    const room = meetingRoom(input.meetingId);
    await actor.rooms.join(room);
    const seq = await currentSeq(room);
    const state = await sittingState(input.meetingId);
    return state ? { seq, state: { ...state, seq } } : { seq };
  },
});

export const getMinutesDraft = sittingCommand({
  name: 'meeting.minutes_draft',
  on: 'meeting',
  policy: isSecretary,
  // The draft exists once the sitting has closed.
  inSession: false,
  work: ({ subject }) => {
    const draft = subject.sitting?.minutesDraft;
    if (!draft) return Promise.reject(notFound('No minutes draft: the sitting has not closed'));
    return Promise.resolve({
      html: draft.html,
      text: draft.text,
      generatedAt: draft.generatedAt.toISOString(),
      ...(draft.editedAt ? { editedAt: draft.editedAt.toISOString() } : {}),
    });
  },
});

export const editMinutesDraft = sittingCommand({
  name: 'meeting.minutes_draft.edit',
  on: 'meeting',
  input: MinutesDraftInputSchema,
  policy: isSecretary,
  inSession: false,
  async work({ input, subject }) {
    const draft = subject.sitting?.minutesDraft;
    if (!draft) throw conflict('No minutes draft: the sitting has not closed');
    const editedAt = new Date();
    const html = draftHtml(input.text);
    await Sitting.updateOne(
      { _id: String(subject.meeting._id) },
      {
        $set: {
          'minutesDraft.text': input.text,
          'minutesDraft.html': html,
          'minutesDraft.editedAt': editedAt,
        },
      },
    );
    return {
      html,
      text: input.text,
      generatedAt: draft.generatedAt.toISOString(),
      editedAt: editedAt.toISOString(),
    };
  },
  audit: true,
  // The room does not show the draft.
  tells: false,
});
