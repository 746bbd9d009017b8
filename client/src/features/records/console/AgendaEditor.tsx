// Builds a meeting's agenda: add items with documents (chosen in a searchable picker, or
// registered in place), edit them, and while the meeting is a draft move and remove them (compact
// buttons named "Flytta § 2 upp", removal confirmed); on a published meeting, record each item's
// decision (before the meeting starts only as an explicit "record in advance"). Every save is
// confirmed in a live status; every change reloads the meeting (onChange).
import { useId, useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { z } from 'zod';
import type { BodyView } from '@shared/schemas/bodies';
import {
  AgendaItemCreateSchema,
  DECISION_BEFORE_MEETING,
  DecisionInputSchema,
  ITEM_TITLE_MAX,
  type AgendaItemView,
  type MeetingView,
} from '@shared/schemas/meetings';
import { api, ApiError } from '../../../api';
import { ErrorText } from '../../../errors/ErrorText';
import { FieldError, describedBy, type FieldProblem } from '../../../forms/FieldError';
import { optionalField } from '../../../forms/fields';
import { useZodForm } from '../../../forms/useZodForm';
import { Confirm } from './Confirm';
import { DocumentPicker, type PickedDocument } from './DocumentPicker';

interface Props {
  meeting: MeetingView;
  body: BodyView | undefined;
  onChange: () => void;
}

const { title, description } = AgendaItemCreateSchema.shape;
/** Editing sends every field: an emptied description clears it. The documents come from the picker. */
const ItemSchema = z.object({ title, description });
const NewItemSchema = z.object({ title, description: optionalField(description) });

type ItemField = 'title' | 'description';
interface ItemFieldsForm {
  register: (name: ItemField) => UseFormRegisterReturn;
  formState: { errors: Partial<Record<ItemField, FieldProblem>> };
}

/** The title and description fields of an item form. */
function ItemFields({ id, form }: { id: string; form: ItemFieldsForm }) {
  const { t } = useTranslation('records');
  const { errors } = form.formState;
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-title`}>{t('editor.itemTitle')}</label>
        <input
          id={`${id}-title`}
          maxLength={ITEM_TITLE_MAX}
          aria-invalid={errors.title ? true : undefined}
          aria-describedby={describedBy(undefined, `${id}-title-error`, errors.title)}
          {...form.register('title')}
        />
        <FieldError id={`${id}-title-error`} error={errors.title} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-description`}>{t('editor.description')}</label>
        <textarea
          id={`${id}-description`}
          aria-invalid={errors.description ? true : undefined}
          aria-describedby={describedBy(undefined, `${id}-description-error`, errors.description)}
          {...form.register('description')}
        />
        <FieldError id={`${id}-description-error`} error={errors.description} />
      </div>
    </>
  );
}

function ItemForm({
  item,
  body,
  onSaved,
}: {
  item: AgendaItemView;
  body: BodyView | undefined;
  onSaved: () => void;
}) {
  const { t } = useTranslation('records');
  const id = useId();
  const [picked, setPicked] = useState<PickedDocument[]>(item.documents);
  const labels = { title: t('editor.itemTitle'), description: t('editor.description') };
  const form = useZodForm(ItemSchema, {
    labels,
    defaultValues: { title: item.title, description: item.description ?? '' },
  });
  const save = useMutation({
    mutationFn: (input: unknown) =>
      api(`/meetings/${item.meetingId}/agenda-items/${item.id}`, { method: 'PATCH', json: input }),
    onSuccess: onSaved,
    onError: (error) => form.applyServerError(error),
  });
  return (
    <div className="records-subform">
      <form
        id={`${id}-form`}
        onSubmit={form.handleSubmit((input) =>
          save.mutate({ ...input, documentIds: picked.map((d) => d.id) }),
        )}
        noValidate
      >
        <ItemFields id={id} form={form} />
      </form>
      <DocumentPicker body={body} value={picked} onChange={setPicked} />
      <button
        type="submit"
        form={`${id}-form`}
        className="button button--small"
        disabled={save.isPending}
      >
        {t('editor.save')}
      </button>
      <ErrorText
        error={form.formError(save.error)}
        template={(message) => t('console.failed', { message })}
      />
    </div>
  );
}

function DecisionForm({
  meeting,
  item,
  onSaved,
}: {
  meeting: MeetingView;
  item: AgendaItemView;
  onSaved: () => void;
}) {
  const { t } = useTranslation('records');
  const { t: tw } = useTranslation('work');
  const id = useId();
  const [saved, setSaved] = useState(false);
  // Judged when the form is shown: a meeting that starts meanwhile still asks, the server decides.
  const [beforeStart] = useState(() => new Date(meeting.startsAt).getTime() > Date.now());
  const labels = { text: t('editor.decision', { title: item.title }) };
  const form = useZodForm(DecisionInputSchema, {
    labels,
    defaultValues: { text: item.decision?.text ?? '', inAdvance: false },
  });
  const { errors } = form.formState;
  const decide = useMutation({
    mutationFn: (input: unknown) =>
      api(`/meetings/${item.meetingId}/agenda-items/${item.id}/decision`, {
        method: 'PUT',
        json: input,
      }),
    onMutate: () => setSaved(false),
    onSuccess: () => {
      setSaved(true);
      onSaved();
    },
    onError: (error) => form.applyServerError(error),
  });
  const early =
    decide.error instanceof ApiError &&
    (decide.error.details as { reason?: string } | undefined)?.reason === DECISION_BEFORE_MEETING;
  return (
    <form
      onSubmit={form.handleSubmit((input) => decide.mutate(input))}
      className="records-subform"
      noValidate
    >
      <div className="field">
        <label htmlFor={`${id}-decision`}>{labels.text}</label>
        <textarea
          id={`${id}-decision`}
          aria-invalid={errors.text ? true : undefined}
          aria-describedby={describedBy(undefined, `${id}-decision-error`, errors.text)}
          {...form.register('text')}
        />
        <FieldError id={`${id}-decision-error`} error={errors.text} />
      </div>
      {beforeStart && (
        <div className="field">
          <p id={`${id}-advance-hint`} className="hint">
            {tw('console.decision.inAdvance')}
          </p>
          <input
            id={`${id}-advance`}
            type="checkbox"
            aria-describedby={`${id}-advance-hint`}
            {...form.register('inAdvance')}
          />{' '}
          <label htmlFor={`${id}-advance`} className="plain-label">
            {tw('console.decision.inAdvanceCheck')}
          </label>
        </div>
      )}
      <button type="submit" className="button button--small" disabled={decide.isPending}>
        {t('editor.saveDecision')}
      </button>
      <div role="status" aria-live="polite">
        {saved && (
          <p className="success-text">{tw('console.decision.saved', { number: item.number })}</p>
        )}
        {early ? (
          <p className="error-text">{tw('console.decision.needsInAdvance')}</p>
        ) : (
          <ErrorText
            error={form.formError(decide.error)}
            role="none"
            template={(message) => t('console.failed', { message })}
          />
        )}
      </div>
    </form>
  );
}

function ItemEditor({
  meeting,
  item,
  body,
  onChange,
  onDone,
}: Props & { item: AgendaItemView; onDone: (message: string) => void }) {
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
        <DecisionForm meeting={meeting} item={item} onSaved={onChange} />
      )}
      <ErrorText error={change.error} template={(message) => t('console.failed', { message })} />
    </li>
  );
}

export function AgendaEditor({ meeting, body, onChange }: Props) {
  const { t } = useTranslation('records');
  const { t: tw } = useTranslation('work');
  const id = useId();
  const [picked, setPicked] = useState<PickedDocument[]>([]);
  const [status, setStatus] = useState('');
  const labels = { title: t('editor.itemTitle'), description: t('editor.description') };
  const form = useZodForm(NewItemSchema, {
    labels,
    defaultValues: { title: '', description: '' },
  });
  const add = useMutation({
    mutationFn: (input: unknown) =>
      api(`/meetings/${meeting.id}/agenda-items`, { method: 'POST', json: input }),
    onMutate: () => setStatus(''),
    onSuccess: () => {
      form.reset();
      setPicked([]);
      setStatus(tw('console.itemAdded'));
      onChange();
    },
    onError: (error) => form.applyServerError(error),
  });
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('editor.agenda')}</h2>
      {meeting.items.length === 0 && <p>{t('editor.emptyAgenda')}</p>}
      <ol className="agenda">
        {meeting.items.map((item) => (
          <ItemEditor
            key={item.id}
            meeting={meeting}
            item={item}
            body={body}
            onChange={onChange}
            onDone={setStatus}
          />
        ))}
      </ol>
      <h3>{t('editor.addItem')}</h3>
      <div className="records-subform">
        <form
          id={`${id}-form`}
          onSubmit={form.handleSubmit((input) =>
            add.mutate({ ...input, documentIds: picked.map((d) => d.id) }),
          )}
          noValidate
        >
          <ItemFields id={id} form={form} />
        </form>
        <DocumentPicker body={body} value={picked} onChange={setPicked} />
        <button type="submit" form={`${id}-form`} className="button" disabled={add.isPending}>
          {t('editor.add')}
        </button>
      </div>
      <div role="status" aria-live="polite">
        {status && <p className="success-text">{status}</p>}
        <ErrorText
          error={form.formError(add.error)}
          role="none"
          template={(message) => t('console.failed', { message })}
        />
      </div>
    </section>
  );
}
