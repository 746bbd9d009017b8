// The speakers list (talarlistan) of the current item: who has the floor, the floor given to the
// next or to anyone listed, the order changed, a member (or a replik) added.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@tanstack/react-query';
import type { ItemStateView, MeetingStateView } from '@shared/schemas/council';
import { ErrorText } from '../../../errors/ErrorText';
import { nameOf } from '../parts';
import { post, put } from './api';
import { MemberPicker } from './MemberPicker';

export function Speakers({ item, state }: { item: ItemStateView; state: MeetingStateView }) {
  const { t } = useTranslation('council');
  const [who, setWho] = useState('');
  const [replik, setReplik] = useState(false);
  const base = `/agenda-items/${item.itemId}/speakers`;
  const add = useMutation({
    mutationFn: () => post(base, { userId: who, replik }),
    onSuccess: () => {
      setWho('');
      setReplik(false);
    },
  });
  const next = useMutation({
    mutationFn: (speakerId?: string) => post(`${base}/next`, speakerId ? { speakerId } : {}),
  });
  const order = useMutation({
    mutationFn: (speakerIds: string[]) => put(`${base}/order`, { speakerIds }),
  });
  const move = (index: number, by: number) => {
    const ids = state.speakers.map((s) => s.id);
    const [moved] = ids.splice(index, 1);
    ids.splice(index + by, 0, moved!);
    order.mutate(ids);
  };
  return (
    <section aria-labelledby="speakers-heading">
      <h2 id="speakers-heading">{t('speakers.heading')}</h2>
      <p role="status">
        {state.speaking
          ? t('speakers.now', { name: nameOf(state.speaking) })
          : t('speakers.nobody')}
      </p>
      <ol>
        {state.speakers.map((s, index) => (
          <li key={s.id}>
            <div className="row-actions">
              <span>
                {nameOf(s)}
                {s.replik ? ` (${t('speakers.replik')})` : ''}
              </span>
              <button
                type="button"
                className="button button--small"
                onClick={() => next.mutate(s.id)}
                aria-label={t('speakers.giveFloorTo', { name: s.displayName })}
              >
                {t('speakers.giveFloor')}
              </button>
              {index > 0 && (
                <button
                  type="button"
                  className="button button--small button--secondary"
                  aria-label={t('speakers.up', { name: s.displayName })}
                  onClick={() => move(index, -1)}
                >
                  ↑
                </button>
              )}
              {index < state.speakers.length - 1 && (
                <button
                  type="button"
                  className="button button--small button--secondary"
                  aria-label={t('speakers.down', { name: s.displayName })}
                  onClick={() => move(index, 1)}
                >
                  ↓
                </button>
              )}
            </div>
          </li>
        ))}
      </ol>
      <button type="button" className="button" onClick={() => next.mutate(undefined)}>
        {t('speakers.nextButton')}
      </button>
      <div className="row-actions">
        <MemberPicker
          id="speaker-add"
          label={t('speakers.add')}
          state={state}
          value={who}
          onChange={setWho}
        />
        <label>
          <input
            type="checkbox"
            checked={replik}
            onChange={(e) => setReplik(e.currentTarget.checked)}
          />{' '}
          {t('speakers.replik')}
        </label>
        <button
          type="button"
          className="button button--secondary"
          disabled={!who}
          onClick={() => add.mutate()}
        >
          {t('speakers.addButton')}
        </button>
      </div>
      <ErrorText error={add.error ?? next.error ?? order.error} />
    </section>
  );
}
