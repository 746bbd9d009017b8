// The sitting's status and its steps: open it, adjourn and resume it, close it; and the link to
// the follower's page.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MeetingStateView } from '@shared/schemas/council';
import { ErrorText } from '../../../errors/ErrorText';
import { queryKeys } from '../../../query/keys';
import { post } from './api';

export function SessionControls({
  meetingId,
  state,
}: {
  meetingId: string;
  state: MeetingStateView;
}) {
  const { t } = useTranslation('council');
  const client = useQueryClient();
  const session = useMutation({
    mutationFn: (step: 'start' | 'adjourn' | 'resume' | 'close') =>
      post(`/meetings/${meetingId}/session/${step}`),
    // The meeting's status (and after closing its minutes) shows on other pages too.
    onSuccess: () =>
      void client.invalidateQueries({ queryKey: queryKeys.meetings.detail(meetingId) }),
  });
  return (
    <>
      <p className="badge" role="status">
        {state.adjourned ? t('status.adjourned') : t(`status.${state.status}`)}
      </p>
      <div className="row-actions">
        {state.status === 'published' && (
          <button type="button" className="button" onClick={() => session.mutate('start')}>
            {t('console.start')}
          </button>
        )}
        {state.status === 'in_session' && (
          <>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => session.mutate(state.adjourned ? 'resume' : 'adjourn')}
            >
              {state.adjourned ? t('console.resume') : t('console.adjourn')}
            </button>
            <button
              type="button"
              className="button button--danger"
              onClick={() => session.mutate('close')}
            >
              {t('console.close')}
            </button>
          </>
        )}
        <Link to={`/moten/${meetingId}/direkt`}>{t('console.followLink')}</Link>
      </div>
      <ErrorText error={session.error} />
    </>
  );
}
