// One item of the agenda in the editor: its number, title, description and documents; edited in
// place; while the meeting is a draft moved up or down and removed (compact buttons named
// "Flytta § 2 upp", removal confirmed); on a published meeting its decision.
import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { BodyView } from '@shared/schemas/bodies';
import type { AgendaItemView, MeetingView } from '@shared/schemas/meetings';
import { api } from '../../../api';
import { ErrorText } from '../../../errors/ErrorText';
import { Confirm } from './Confirm';
import { ItemDecisionForm } from './ItemDecisionForm';
import { ItemForm } from './ItemForm';

interface Props {
  meeting: MeetingView;
  item: AgendaItemView;
  body: BodyView | undefined;
  onChange: () => void;
  /** Says what was done, in the agenda's live status. */
  onDone: (message: string) => void;
}

export function ItemEditor({ meeting, item, body, onChange, onDone }: Props) {
  const { t } = useTranslation('records');
  const { t: tw } = useTranslation('work');
  const [editing, setEditing] = useState(false);
  const [removing, setRemoving] = useState(false);
  const isDraft = meeting.status === 'draft';
  const base = `/meetings/${meeting.id}/agenda-items/${item.id}`;
  const change = useMutation({
    mutationFn: ({ run }: { run: () => Promise<unknown>; done: string }) => run(),
    onSuccess: (_result, { done }) => {
      onDone(done);
      onChange();
    },
  });
  const number = item.number;

  const move = (delta: number) => {
    const ids = meeting.items.map((i) => i.id);
    const from = ids.indexOf(item.id);
    ids.splice(from, 1);
    ids.splice(from + delta, 0, item.id);
    change.mutate({
      run: () =>
        api(`/meetings/${meeting.id}/agenda-order`, { method: 'PUT', json: { itemIds: ids } }),
      done: tw('console.itemMoved'),
    });
  };

  return (
    <li className="agenda-item" id={`punkt-${item.id}`}>
      <h3>
        <span className="agenda-number">§ {number}</span> {item.title}
      </h3>
      {item.description && <p>{item.description}</p>}
      {item.documents.length > 0 && (
        <ul className="document-links">
          {item.documents.map((d) => (
            <li key={d.id}>{d.title}</li>
          ))}
        </ul>
      )}
      <div
        className="records-actions agenda-item__actions"
        role="group"
        aria-label={tw('console.itemActions', { number })}
      >
        <button
          type="button"
          className="button button--small button--secondary"
          onClick={() => setEditing(!editing)}
          aria-expanded={editing}
          aria-label={tw('console.itemEdit', { number })}
          title={tw('console.itemEdit', { number })}
        >
          <span aria-hidden="true">✎</span>
        </button>
        {isDraft && (
          <>
            <button
              type="button"
              className="button button--small button--secondary"
              disabled={number === 1 || change.isPending}
              onClick={() => move(-1)}
              aria-label={tw('console.itemUp', { number })}
              title={tw('console.itemUp', { number })}
            >
              <span aria-hidden="true">↑</span>
            </button>
            <button
              type="button"
              className="button button--small button--secondary"
              disabled={number === meeting.items.length || change.isPending}
              onClick={() => move(1)}
              aria-label={tw('console.itemDown', { number })}
              title={tw('console.itemDown', { number })}
            >
              <span aria-hidden="true">↓</span>
            </button>
            <button
              type="button"
              className="button button--small button--danger"
              disabled={change.isPending}
              onClick={() => setRemoving(true)}
              aria-label={tw('console.itemRemove', { number })}
              title={tw('console.itemRemove', { number })}
            >
              <span aria-hidden="true">✕</span>
            </button>
          </>
        )}
      </div>
      {removing && (
        <Confirm
          question={tw('console.itemRemoveConfirm', { number, title: item.title })}
          yes={tw('console.deleteYes')}
          danger
          busy={change.isPending}
          onCancel={() => setRemoving(false)}
          onYes={() =>
            change.mutate({
              run: () => api(base, { method: 'DELETE' }),
              done: tw('console.itemRemoved'),
            })
          }
        />
      )}
      {editing && (
        <ItemForm
          item={item}
          body={body}
          onSaved={() => {
            setEditing(false);
            onDone(tw('console.itemSaved'));
            onChange();
          }}
        />
      )}
      {meeting.status !== 'draft' && (
        <ItemDecisionForm meeting={meeting} item={item} onSaved={onChange} />
      )}
      <ErrorText error={change.error} template={(message) => t('console.failed', { message })} />
    </li>
  );
}
