// What the secretary can do with the meeting as a whole: a draft is published (kallelse) after a
// preview and a confirmation, or removed (confirmed); a published one is viewed as the public sees
// it. The outcome is said in a live status.
import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { MeetingView } from '@shared/schemas/meetings';
import { api } from '../../../api';
import { ErrorText } from '../../../errors/ErrorText';
import { queryKeys } from '../../../query/keys';
import { Confirm } from './Confirm';
import { PublishPreview } from './PublishPreview';

export function MeetingActions({
  meeting,
  onChange,
}: {
  meeting: MeetingView;
  onChange: () => void;
}) {
  const { t } = useTranslation('records');
  const { t: tw } = useTranslation('work');
  const client = useQueryClient();
  const navigate = useNavigate();
  const [previewing, setPreviewing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const publish = useMutation({
    mutationFn: () => api(`/meetings/${meeting.id}/publish`, { method: 'POST' }),
    onSuccess: () => {
      setPreviewing(false);
      onChange();
    },
  });
  const remove = useMutation({
    mutationFn: () => api(`/meetings/${meeting.id}`, { method: 'DELETE' }),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: queryKeys.meetings.all });
      await navigate('/sekreterare', { state: { notice: tw('console.deleted') } });
    },
  });
  const isDraft = meeting.status === 'draft';
  return (
    <>
      <div className="records-actions">
        {isDraft ? (
          <>
            <button
              type="button"
              className="button"
              aria-expanded={previewing}
              onClick={() => setPreviewing(true)}
            >
              {tw('console.publish.preview')}
            </button>
            <button
              type="button"
              className="button button--danger"
              onClick={() => setDeleting(true)}
            >
              {tw('console.deleteDraft')}
            </button>
          </>
        ) : (
          <Link to={`/moten/${meeting.id}`}>{t('editor.view')}</Link>
        )}
      </div>
      {isDraft && deleting && (
        <Confirm
          question={tw('console.deleteConfirm', { title: meeting.title })}
          yes={tw('console.deleteYes')}
          danger
          busy={remove.isPending}
          onCancel={() => setDeleting(false)}
          onYes={() => remove.mutate()}
        />
      )}
      {isDraft && previewing && (
        <>
          <PublishPreview meeting={meeting} />
          <Confirm
            question={t('editor.publish')}
            yes={tw('console.publish.confirm')}
            busy={publish.isPending}
            onCancel={() => setPreviewing(false)}
            onYes={() => publish.mutate()}
          />
        </>
      )}
      <div role="status" aria-live="polite">
        {publish.isSuccess && <p className="success-text">{t('editor.published')}</p>}
        <ErrorText
          error={publish.error ?? remove.error}
          role="none"
          overrides={{
            validation_failed: meeting.items.length === 0 ? t('editor.emptyAgenda') : undefined,
          }}
          template={(message) => t('console.failed', { message })}
        />
      </div>
    </>
  );
}
