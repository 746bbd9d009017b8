// Builds a meeting's agenda: add items with documents, edit them, and while the meeting is a
// draft move and remove them; on a published meeting, record each item's decision. The forms
// check with the shared schemas; every change reloads the meeting (onChange).
import { useId, useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { z } from 'zod';
import type { DocumentView } from '@shared/schemas/documents';
import {
  AgendaItemCreateSchema,
  DecisionInputSchema,
  ITEM_TITLE_MAX,
  type AgendaItemView,
  type MeetingView,
} from '@shared/schemas/meetings';
import { api } from '../../../api';
import { ErrorText } from '../../../errors/ErrorText';
import { FieldError, describedBy } from '../../../forms/FieldError';
import { checkedValues, optionalField } from '../../../forms/fields';
import { useZodForm } from '../../../forms/useZodForm';

interface Props {
  meeting: MeetingView;
  documents: DocumentView[];
  onChange: () => void;
}

const { description, documentIds } = AgendaItemCreateSchema.shape;
/** Editing sends every field: an emptied description clears it. */
const ItemSchema = z.object({
  ...AgendaItemCreateSchema.shape,
  documentIds: checkedValues(documentIds),
});
const NewItemSchema = ItemSchema.safeExtend({ description: optionalField(description) });

function DocumentChoices({
  documents,
  legend,
  register,
}: {
  documents: DocumentView[];
  legend: string;
  register: UseFormRegisterReturn;
}) {
  const id = useId();
  const { t } = useTranslation('records');
  if (documents.length === 0) return <p className="hint">{t('editor.noDocuments')}</p>;
  return (
    <fieldset className="document-choices">
      <legend>{legend}</legend>
      {documents.map((document) => (
        <div key={document.id}>
          <input type="checkbox" id={`${id}-${document.id}`} value={document.id} {...register} />{' '}
          <label htmlFor={`${id}-${document.id}`} className="plain-label">
            {document.title}
            {document.caseNumber && ` (${document.caseNumber})`}
          </label>
        </div>
      ))}
    </fieldset>
  );
}

/** An agenda change: sent, then the meeting reloads; its failure is shown by the item. */
function useAgendaChange(onChange: () => void) {
  return useMutation({
    mutationFn: (change: () => Promise<unknown>) => change(),
    onSuccess: onChange,
  });
}

function ItemForm({
  item,
  documents,
  onSaved,
}: {
  item: AgendaItemView;
  documents: DocumentView[];
  onSaved: () => void;
}) {
  const { t } = useTranslation('records');
  const id = useId();
  const labels = {
    title: t('editor.itemTitle'),
    description: t('editor.description'),
    documentIds: t('editor.documents'),
  };
  const form = useZodForm(ItemSchema, {
    labels,
    defaultValues: {
      title: item.title,
      description: item.description ?? '',
      documentIds: item.documents.map((d) => d.id),
    },
  });
  const { errors } = form.formState;
  const save = useMutation({
    mutationFn: (input: unknown) =>
      api(`/meetings/${item.meetingId}/agenda-items/${item.id}`, { method: 'PATCH', json: input }),
    onSuccess: onSaved,
    onError: (error) => form.applyServerError(error),
  });
  return (
    <form
      onSubmit={form.handleSubmit((input) => save.mutate(input))}
      className="records-subform"
      noValidate
    >
      <div className="field">
        <label htmlFor={`${id}-title`}>{labels.title}</label>
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
        <label htmlFor={`${id}-description`}>{labels.description}</label>
        <textarea
          id={`${id}-description`}
          aria-invalid={errors.description ? true : undefined}
          aria-describedby={describedBy(undefined, `${id}-description-error`, errors.description)}
          {...form.register('description')}
        />
        <FieldError id={`${id}-description-error`} error={errors.description} />
      </div>
      <DocumentChoices
        documents={documents}
        legend={labels.documentIds}
        register={form.register('documentIds')}
      />
      <button type="submit" className="button button--small" disabled={save.isPending}>
        {t('editor.save')}
      </button>
      <ErrorText
        error={form.formError(save.error)}
        template={(message) => t('console.failed', { message })}
      />
    </form>
  );
}

function DecisionForm({ item, onSaved }: { item: AgendaItemView; onSaved: () => void }) {
  const { t } = useTranslation('records');
  const id = useId();
  const labels = { text: t('editor.decision', { title: item.title }) };
  const form = useZodForm(DecisionInputSchema, {
    labels,
    defaultValues: { text: item.decision?.text ?? '' },
  });
  const { errors } = form.formState;
  const decide = useMutation({
    mutationFn: (input: unknown) =>
      api(`/meetings/${item.meetingId}/agenda-items/${item.id}/decision`, {
        method: 'PUT',
        json: input,
      }),
    onSuccess: onSaved,
    onError: (error) => form.applyServerError(error),
  });
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
      <button type="submit" className="button button--small" disabled={decide.isPending}>
        {t('editor.saveDecision')}
      </button>
      <ErrorText
        error={form.formError(decide.error)}
        template={(message) => t('console.failed', { message })}
      />
    </form>
  );
}

function ItemEditor({ meeting, item, documents, onChange }: Props & { item: AgendaItemView }) {
  const { t } = useTranslation('records');
  const [editing, setEditing] = useState(false);
  const isDraft = meeting.status === 'draft';
  const base = `/meetings/${meeting.id}/agenda-items/${item.id}`;
  const change = useAgendaChange(onChange);

  const move = (delta: number) => {
    const ids = meeting.items.map((i) => i.id);
    const from = ids.indexOf(item.id);
    ids.splice(from, 1);
    ids.splice(from + delta, 0, item.id);
    change.mutate(() =>
      api(`/meetings/${meeting.id}/agenda-order`, { method: 'PUT', json: { itemIds: ids } }),
    );
  };

  return (
    <li className="agenda-item">
      <h3>
        <span className="agenda-number">§ {item.number}</span> {item.title}
      </h3>
      {item.description && <p>{item.description}</p>}
      {item.documents.length > 0 && (
        <ul className="document-links">
          {item.documents.map((d) => (
            <li key={d.id}>{d.title}</li>
          ))}
        </ul>
      )}
      <div className="records-actions">
        <button
          type="button"
          className="button button--small button--secondary"
          onClick={() => setEditing(!editing)}
          aria-expanded={editing}
        >
          {t('editor.edit', { title: item.title })}
        </button>
        {isDraft && (
          <>
            <button
              type="button"
              className="button button--small button--secondary"
              disabled={item.number === 1 || change.isPending}
              onClick={() => move(-1)}
            >
              {t('editor.up', { title: item.title })}
            </button>
            <button
              type="button"
              className="button button--small button--secondary"
              disabled={item.number === meeting.items.length || change.isPending}
              onClick={() => move(1)}
            >
              {t('editor.down', { title: item.title })}
            </button>
            <button
              type="button"
              className="button button--small button--danger"
              disabled={change.isPending}
              onClick={() => change.mutate(() => api(base, { method: 'DELETE' }))}
            >
              {t('editor.remove', { title: item.title })}
            </button>
          </>
        )}
      </div>
      {editing && (
        <ItemForm
          item={item}
          documents={documents}
          onSaved={() => {
            setEditing(false);
            onChange();
          }}
        />
      )}
      {meeting.status !== 'draft' && <DecisionForm item={item} onSaved={onChange} />}
      <div role="status" aria-live="polite">
        <ErrorText
          error={change.error}
          role="none"
          template={(message) => t('console.failed', { message })}
        />
      </div>
    </li>
  );
}

export function AgendaEditor({ meeting, documents, onChange }: Props) {
  const { t } = useTranslation('records');
  const id = useId();
  const labels = {
    title: t('editor.itemTitle'),
    description: t('editor.description'),
    documentIds: t('editor.documents'),
  };
  const form = useZodForm(NewItemSchema, {
    labels,
    defaultValues: { title: '', description: '', documentIds: [] },
  });
  const { errors } = form.formState;
  const add = useMutation({
    mutationFn: (input: unknown) =>
      api(`/meetings/${meeting.id}/agenda-items`, { method: 'POST', json: input }),
    onSuccess: () => {
      form.reset();
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
            documents={documents}
            onChange={onChange}
          />
        ))}
      </ol>
      <h3>{t('editor.addItem')}</h3>
      <form
        onSubmit={form.handleSubmit((input) => add.mutate(input))}
        className="records-subform"
        noValidate
      >
        <div className="field">
          <label htmlFor={`${id}-title`}>{labels.title}</label>
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
          <label htmlFor={`${id}-description`}>{labels.description}</label>
          <textarea
            id={`${id}-description`}
            aria-invalid={errors.description ? true : undefined}
            aria-describedby={describedBy(undefined, `${id}-description-error`, errors.description)}
            {...form.register('description')}
          />
          <FieldError id={`${id}-description-error`} error={errors.description} />
        </div>
        <DocumentChoices
          documents={documents}
          legend={labels.documentIds}
          register={form.register('documentIds')}
        />
        <button type="submit" className="button" disabled={add.isPending}>
          {t('editor.add')}
        </button>
        <div role="status" aria-live="polite">
          <ErrorText
            error={form.formError(add.error)}
            role="none"
            template={(message) => t('console.failed', { message })}
          />
        </div>
      </form>
    </section>
  );
}
