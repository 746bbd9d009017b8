// After closing: the minutes draft the server writes from the sitting, edited freely, saved, and
// registered as the meeting's protokoll (a public document attached to the meeting).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MeetingView } from '@shared/schemas/meetings';
import { apiData } from '../../../api';
import { stockholmToday } from '../../../dates';
import { ErrorText } from '../../../errors/ErrorText';
import { queryKeys } from '../../../query/keys';
import { put } from './api';

export function MinutesDraft({ meeting }: { meeting: MeetingView }) {
  const { t } = useTranslation('council');
  const draft = useQuery({
    queryKey: ['council', 'minutes', meeting.id],
    queryFn: ({ signal }) =>
      apiData<{ text: string; html: string; generatedAt: string }>(
        `/meetings/${meeting.id}/minutes-draft`,
        { signal },
      ),
  });
  return (
    <section aria-labelledby="minutes-heading">
      <h2 id="minutes-heading">{t('minutes.heading')}</h2>
      <ErrorText error={draft.error} />
      {draft.data && (
        <MinutesEditor key={draft.data.generatedAt} meeting={meeting} initial={draft.data.text} />
      )}
    </section>
  );
}

function MinutesEditor({ meeting, initial }: { meeting: MeetingView; initial: string }) {
  const { t } = useTranslation('council');
  const client = useQueryClient();
  const [text, setText] = useState(initial);
  const save = useMutation({
    mutationFn: () => put(`/meetings/${meeting.id}/minutes-draft`, { text }),
  });
  const register = useMutation({
    mutationFn: async () => {
      await put(`/meetings/${meeting.id}/minutes-draft`, { text });
      const document = await apiData<{ id: string }>('/documents', {
        method: 'POST',
        json: {
          title: t('minutes.documentTitle', { title: meeting.title }),
          kind: 'protokoll',
          bodyId: meeting.bodyId,
          date: stockholmToday(),
          secrecy: 'public',
          text,
        },
      });
      await put(`/meetings/${meeting.id}/minutes`, { documentId: document.id });
    },
    onSuccess: () =>
      void client.invalidateQueries({ queryKey: queryKeys.meetings.detail(meeting.id) }),
  });
  return (
    <>
      <label htmlFor="minutes-text">{t('minutes.text')}</label>
      <textarea
        id="minutes-text"
        rows={20}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
      />
      <div className="row-actions">
        <button type="button" className="button button--secondary" onClick={() => save.mutate()}>
          {t('minutes.save')}
        </button>
        <button
          type="button"
          className="button"
          disabled={Boolean(meeting.minutes) || register.isPending}
          onClick={() => register.mutate()}
        >
          {t('minutes.register')}
        </button>
      </div>
      {save.isSuccess && <p role="status">{t('console.saved')}</p>}
      {(register.isSuccess || meeting.minutes) && (
        <p role="status">
          {t('minutes.registered')}{' '}
          <Link to={`/sekreterare/moten/${meeting.id}`}>{t('minutes.continue')}</Link>
        </p>
      )}
      <ErrorText error={save.error ?? register.error} />
    </>
  );
}
