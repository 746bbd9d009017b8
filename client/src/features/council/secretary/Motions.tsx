// The motions (yrkanden) on the current item, and a new one recorded with who made it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@tanstack/react-query';
import type { ItemStateView, MeetingStateView } from '@shared/schemas/council';
import { ErrorText } from '../../../errors/ErrorText';
import { nameOf } from '../parts';
import { post } from './api';
import { MemberPicker } from './MemberPicker';

export function Motions({ item, state }: { item: ItemStateView; state: MeetingStateView }) {
  const { t } = useTranslation('council');
  const [who, setWho] = useState('');
  const [text, setText] = useState('');
  const add = useMutation({
    mutationFn: () =>
      post(`/agenda-items/${item.itemId}/motions`, { text, ...(who ? { userId: who } : {}) }),
    onSuccess: () => {
      setText('');
      setWho('');
    },
  });
  return (
    <section aria-labelledby="motions-heading">
      <h2 id="motions-heading">{t('motions.heading')}</h2>
      <ul>
        {item.motions.map((m) => (
          <li key={m.id}>
            {m.by ? `${nameOf(m.by)}: ` : ''}
            {m.text}
          </li>
        ))}
      </ul>
      <MemberPicker
        id="motion-by"
        label={t('motions.by')}
        state={state}
        value={who}
        onChange={setWho}
      />
      <label htmlFor="motion-text">{t('motions.text')}</label>
      <textarea
        id="motion-text"
        rows={2}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
      />
      <p>
        <button
          type="button"
          className="button button--secondary"
          disabled={!text.trim()}
          onClick={() => add.mutate()}
        >
          {t('motions.add')}
        </button>
      </p>
      <ErrorText error={add.error} />
    </section>
  );
}
