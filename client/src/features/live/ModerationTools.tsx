// The moderator's tools on one question: approve, reject with a reason, fix a typo, merge into
// another question, ban the person who asked (with a reason). Each sends `live:moderate`.
import { useId, useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  LIVE_QUESTION_MAX,
  LIVE_REASON_MAX,
  type LiveQuestion,
  type ModeratePayload,
} from '@shared/schemas/live';
import { emit } from '../../realtime/socket';

type Panel = 'none' | 'reject' | 'edit' | 'merge' | 'ban';

export function ModerationTools({
  question,
  others,
  onError,
}: {
  question: LiveQuestion;
  others: LiveQuestion[];
  onError: (error: unknown) => void;
}) {
  const { t } = useTranslation('live');
  const id = useId();
  const [panel, setPanel] = useState<Panel>('none');
  const [value, setValue] = useState('');

  const moderate = useMutation({
    mutationFn: (payload: ModeratePayload) => emit('live:moderate', payload),
    onSuccess: () => {
      onError(null);
      setPanel('none');
      setValue('');
    },
    onError,
  });
  const send = (payload: ModeratePayload) => moderate.mutate(payload);

  function open(next: Panel) {
    setPanel(panel === next ? 'none' : next);
    setValue(next === 'edit' ? question.text : next === 'merge' ? (others[0]?.id ?? '') : '');
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const questionId = question.id;
    if (panel === 'reject')
      send({ questionId, decision: 'reject', ...(value ? { reason: value } : {}) });
    if (panel === 'edit') send({ questionId, decision: 'edit', text: value });
    if (panel === 'merge') send({ questionId, decision: 'merge', intoId: value });
    if (panel === 'ban') send({ questionId, decision: 'ban', reason: value });
  }

  const pendingOrVisible = question.state === 'pending' || question.state === 'visible';
  const labels: Record<Exclude<Panel, 'none'>, string> = {
    reject: t('moderate.reason'),
    edit: t('moderate.editLabel'),
    merge: t('moderate.mergeLabel'),
    ban: t('moderate.banReason'),
  };
  const submitLabels: Record<Exclude<Panel, 'none'>, string> = {
    reject: t('moderate.reject'),
    edit: t('moderate.save'),
    merge: t('moderate.mergeSubmit'),
    ban: t('moderate.banSubmit'),
  };

  return (
    <div className="live-tools">
      <div className="live-tools__buttons">
        {(question.state === 'pending' || question.state === 'rejected') && (
          <button
            type="button"
            className="button button--small"
            onClick={() => send({ questionId: question.id, decision: 'approve' })}
          >
            {t('moderate.approve')}
          </button>
        )}
        {pendingOrVisible && (
          <button
            type="button"
            className="button button--small button--secondary"
            aria-expanded={panel === 'reject'}
            onClick={() => open('reject')}
          >
            {t('moderate.reject')}
          </button>
        )}
        <button
          type="button"
          className="button button--small button--secondary"
          aria-expanded={panel === 'edit'}
          onClick={() => open('edit')}
        >
          {t('moderate.edit')}
        </button>
        {pendingOrVisible && others.length > 0 && (
          <button
            type="button"
            className="button button--small button--secondary"
            aria-expanded={panel === 'merge'}
            onClick={() => open('merge')}
          >
            {t('moderate.merge')}
          </button>
        )}
        <button
          type="button"
          className="button button--small button--danger"
          aria-expanded={panel === 'ban'}
          onClick={() => open('ban')}
        >
          {t('moderate.ban')}
        </button>
      </div>
      {panel !== 'none' && (
        <form className="live-tools__form" onSubmit={submit}>
          <label htmlFor={`${id}-value`}>{labels[panel]}</label>
          {panel === 'merge' ? (
            <select id={`${id}-value`} value={value} onChange={(e) => setValue(e.target.value)}>
              {others.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.text.slice(0, 80)}
                </option>
              ))}
            </select>
          ) : (
            <input
              id={`${id}-value`}
              value={value}
              maxLength={panel === 'edit' ? LIVE_QUESTION_MAX : LIVE_REASON_MAX}
              required={panel !== 'reject'}
              onChange={(e) => setValue(e.target.value)}
            />
          )}
          <button type="submit" className="button button--small">
            {submitLabels[panel]}
          </button>
        </form>
      )}
    </div>
  );
}
