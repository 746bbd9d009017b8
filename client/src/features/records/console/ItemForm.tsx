// Edits an agenda item: its title, description and documents (chosen in the picker).
import { useId, useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { BodyView } from '@shared/schemas/bodies';
import type { AgendaItemView } from '@shared/schemas/meetings';
import { api } from '../../../api';
import { ErrorText } from '../../../errors/ErrorText';
import { useZodForm } from '../../../forms/useZodForm';
import { DocumentPicker, type PickedDocument } from './DocumentPicker';
import { ItemFields, ItemSchema } from './ItemFields';

export function ItemForm({
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
