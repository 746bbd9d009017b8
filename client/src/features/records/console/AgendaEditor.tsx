// Builds a meeting's agenda: add items with documents (chosen in a searchable picker, or
// registered in place), edit them, and while the meeting is a draft move and remove them (compact
// buttons named "Flytta § 2 upp", removal confirmed); on a published meeting, record each item's
// decision (before the meeting starts only as an explicit "record in advance"). Every save is
// confirmed in a live status; every change reloads the meeting (onChange). One item's editing is
// in ItemEditor.
import { useId, useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { BodyView } from '@shared/schemas/bodies';
import type { MeetingView } from '@shared/schemas/meetings';
import { api } from '../../../api';
import { ErrorText } from '../../../errors/ErrorText';
import { useZodForm } from '../../../forms/useZodForm';
import { DocumentPicker, type PickedDocument } from './DocumentPicker';
import { ItemEditor } from './ItemEditor';
import { ItemFields, NewItemSchema } from './ItemFields';

interface Props {
  meeting: MeetingView;
  body: BodyView | undefined;
  onChange: () => void;
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
