// The decision (beslut) on the current item, written and saved by the secretary.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@tanstack/react-query';
import type { ItemStateView } from '@shared/schemas/council';
import type { MeetingView } from '@shared/schemas/meetings';
import { ErrorText } from '../../../errors/ErrorText';
import { put } from './api';

export function Decision({ meeting, item }: { meeting: MeetingView; item: ItemStateView }) {
  // The form starts again from the stored decision when the item or its decision changes.
  return (
    <DecisionForm key={`${item.itemId}|${item.decision ?? ''}`} meeting={meeting} item={item} />
  );
}

function DecisionForm({ meeting, item }: { meeting: MeetingView; item: ItemStateView }) {
  const { t } = useTranslation('council');
  const [text, setText] = useState(item.decision ?? '');
  const save = useMutation({
    mutationFn: () => put(`/meetings/${meeting.id}/agenda-items/${item.itemId}/decision`, { text }),
  });
  return (
    <section aria-labelledby="decision-heading">
      <h2 id="decision-heading">{t('decision')}</h2>
      <label htmlFor="decision-text">{t('console.decisionText')}</label>
      <textarea
        id="decision-text"
        rows={3}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
      />
      <p>
        <button
          type="button"
          className="button"
          disabled={!text.trim()}
          onClick={() => save.mutate()}
        >
          {t('console.saveDecision')}
        </button>
      </p>
      {save.isSuccess && <p role="status">{t('console.saved')}</p>}
      <ErrorText error={save.error} />
    </section>
  );
}
